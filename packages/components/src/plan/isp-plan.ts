import { html, LitElement, nothing, type PropertyValues, type ReactiveElement } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { property, state } from 'lit/decorators.js';
import { IspPlanChangeEvent } from '../events/plan-change-event.js';
import { IspPlanErrorEvent } from '../events/plan-error-event.js';
import { planStyles } from './isp-plan.styles.js';
import { editField, groupErrors, isMachineId } from './edit-fields.js';
import { readField, printSignOff } from './read-fields.js';
import { renderErrorSummary } from './error-summary.js';
import { hasContent, renderTaskList, sectionState, type SectionSummary } from './task-list.js';
import { changedPointer, getAt, parsePointer, setAt, toPointer, updateAt } from './json-pointer.js';
import { amendmentOf, changesAt, isAgreed, isSignatureStale, localIsoDate } from './amendments.js';
import { sameJson } from '../shared/same-json.js';
import { isPlainObject, type PlanDocument } from './plan-document.js';
import { checkPlanInput } from './plan-input-check.js';
import type { IspPlanErrorCode } from '../events/plan-error-event.js';
import { basicValidator, type FieldError, type PlanValidator, type ValidationResult } from './plan-validation.js';
import { withTypedDates } from './typed-dates.js';
import { reviewStatusTag } from './part-tags.js';
import { onPartDefined } from './part-registry.js';
import { fieldId, sectionId, type PlanMode, type RenderContext } from './render-context.js';
import { fieldError } from '../shared/field-error.js';
import { RowKeys } from './row-keys.js';
import { DrawnSections, showsTargets } from './drawn-sections.js';
import { allowsNull, guidanceParagraphs, kindOf, propertiesOf, requiredNames, stringKeyword, titleOf } from './schema-keywords.js';
import { SchemaResolver, type ResolvedSchema, type SchemaNode } from './schema-resolver.js';
import { schemaProblem } from './schema-problem.js';
import { SCHEMA_VERSION } from '@isp-kit/schemas';
import { hostSchemaOf, hostSchemaValidator, isRegisteredTemplate, knownSchemaDocuments, templateSchema, unknownTemplateReason, validateTemplatePlan } from './template-registry.js';
import { readControl } from './read-control.js';
import { findFieldElement } from './field-lookup.js';
import { insertAt, removeAt, swap } from './list-operations.js';
import { useA4Paper } from './paper.js';
import { newRow } from './new-row.js';
import { PressGuard } from './press-guard.js';
import { dateOfPlanIn, reviewsIn, type FoundReviews } from './plan-reviews.js';
import { planFieldsOf } from '@isp-kit/rules';

/** Top-level properties that are the document's bookkeeping, not a section to fill in. */
const bookkeeping = new Set(['template', 'schemaVersion', 'status', 'amendments']);
/** Sections that are a record kept by the plan rather than a task to complete. */
const notTasks = new Set(['amendments']);
/** How long typing pauses before validity is refreshed (feedback itself waits for blur). */
const validityDelayMs = 300;

/** A part; one that keeps what was typed (a date's boxes) drops it for a plan the host set. */
type HostRefreshedPart = HTMLElement & Partial<ReactiveElement> & { refreshFromHost?: () => void };

/** Why the input is refused (shown instead of the form, and fired as `isp-plan-error`). */
interface Problem {
  readonly code: IspPlanErrorCode;
  readonly reason: string;
}

interface RemovedRow {
  readonly arrayPointer: string;
  readonly index: number;
  readonly row: unknown;
  readonly key: number;
}

interface RowStatus {
  readonly arrayPointer: string;
  readonly message: string;
  readonly undo?: RemovedRow;
}

const noErrors: ValidationResult = { valid: true, errors: [] };
/** One empty list, so a plan without targets or reviews passes the same one on every render. */
const emptyList: readonly unknown[] = [];

/**
 * A support plan as a form (or a readable document, or paper), drawn from its JSON Schema.
 *
 * @summary Renders any ISP Kit template, or any schema of the family, edits the plan
 * immutably, and takes part in forms.
 *
 * @fires isp-plan-change - After every edit: `plan` (whole document) and `path` (JSON Pointer).
 * @fires isp-plan-error - When the input cannot be shown: `code` and `reason`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Title, status and plan-level guidance.
 * @csspart task-list - The list of sections with their status.
 * @csspart error-summary - "There is a problem", after `reportValidity()` or a submit.
 * @csspart section - One section of the template.
 * @csspart guidance - The seed's guidance disclosure.
 * @csspart field - A label, hint, error and control together.
 * @csspart label - A field's label or legend.
 * @csspart hint - A field's hint.
 * @csspart control - An input, textarea or select.
 * @csspart error - An inline error message.
 * @csspart rows - A repeating list; `row` one of its rows; `add-button` its "Add another".
 * @csspart problem - The message shown instead of the form when the input is bad.
 * @csspart agreed-warning - Before any edit of an agreed, signed plan: changes are amendments and need signing again.
 * @csspart signature-lines - Lines to sign and date by hand (print mode).
 *
 * @cssproperty --isp-color-text - Text colour; every design token is listed with its default.
 */
export class IspPlan extends LitElement {
  static override styles = planStyles;
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: false };

  /** One of the eight template ids; ignored when `schema` is set. */
  @property({ reflect: true }) template?: string;

  /** Any JSON Schema of the family; renders instead of `template`. */
  @property({ attribute: false }) schema?: unknown;

  /**
   * Checks the plan for `reportValidity()` and forms. Defaults to the precompiled validator of
   * the template, or a basic structural check for a `schema` without one.
   */
  @property({ attribute: false }) validator?: PlanValidator;

  /** `edit` (default), `view` (a readable document) or `print` (paper). */
  @property({ reflect: true }) mode: PlanMode = 'edit';

  /** The form field name the plan JSON is submitted under. */
  @property({ reflect: true }) name = '';

  /**
   * Who is editing (a schema `contributor`, `{ name, role }`), written into the amendments
   * recorded when an agreed plan is edited. Hosts know who is signed in; the element does not.
   */
  @property({ attribute: false }) amendedBy?: { name: string; role?: string } & Record<string, unknown>;

  /**
   * ISO date used as today: written into amendments, new log entries and signatures, and the day
   * the review status is judged on. Defaults to the person's own today.
   */
  @property() today = '';

  /**
   * The local authority's term calendar (`{ name, periods, closures }`, as `@isp-kit/rules` reads it), so
   * the review window is counted in teaching days; without it, in calendar weeks.
   */
  @property({ attribute: false }) calendar?: unknown;

  @state() private problem: Problem | undefined;
  @state() private validation: ValidationResult = noErrors;
  @state() private summaryShown = false;
  @state() private rowStatus: RowStatus | undefined;
  @state() private printing = false;
  @state() private formDisabled = false;
  @state() private partsVersion = 0;

  private readonly internals: ElementInternals;
  private readonly rowKeys = new RowKeys();
  /** What each section and header field was last drawn from: a keystroke redraws only its own. */
  private readonly drawn = new DrawnSections();
  /** Growth from leaving a field is drawn after a press, so a click lands where it was aimed. */
  private readonly pressGuard = new PressGuard(this);
  /** Content found per section value, and sections with errors per validation result. */
  private contentOf = new WeakMap<object, boolean>();
  private errorSections: { validation: ValidationResult; names: Set<string> } | undefined;
  private messages: { key: unknown[]; feedback: Feedback } | undefined;
  private current: unknown = undefined;
  private planWasSet = false;
  private defaultPlan: unknown = undefined;
  private resolved:
    | { resolver: SchemaResolver; root: ResolvedSchema; expectedTemplate: string | undefined; hostSchema?: SchemaNode; hostValidator?: PlanValidator; schemaProblem?: string | undefined; blank?: PlanDocument }
    | undefined;
  private resolvedFor: unknown[] = [];
  private foundReviews: FoundReviews | undefined;
  /** Fields whose feedback is due: edited then left (Lion: touched and dirty). */
  private readonly shownPointers = new Set<string>();
  private validationStale = true;
  /** Validity must be re-set once the DOM holds the field to anchor it to. */
  private validityDue = false;
  private validityTimer: ReturnType<typeof setTimeout> | undefined;
  private reportedProblem: Problem | undefined;
  private unreportedProblem: Problem | undefined;
  private problemReports = 0;
  /** Gives back the A4 `@page` rule set on the document while this plan is on it. */
  private releasePaper: (() => void) | undefined;
  private stamp: object = {};
  private partContext: RenderContext['partContext'] = { pupilName: '', targets: [], today: '' };
  private stampKey: unknown[] = [];
  /** Bumped whenever `shownPointers` changes, so the messages shown are worked out again. */
  private shownVersion = 0;
  /** Bumped whenever the host sets the plan (or a form resets it): everything is drawn again. */
  private hostVersion = 0;
  private drawnHostVersion = 0;
  private afterRender: (() => void) | undefined;
  private stopWatchingParts: (() => void) | undefined;
  private formValueStale = false;
  /** Value of each field when its current edit began, for the amendment recorded on `change`. */
  private readonly amendmentStarts = new Map<string, unknown>();
  /** Amendments recorded since the plan was set: signatures must then be signed again… */
  private amendedThisSession = 0;
  /** …unless signed again after them. */
  private readonly signedAgain = new Set<string>();
  private lastRemovalAmendment: unknown;
  private associatedForm: HTMLFormElement | null = null;
  /** Set while our own checkValidity() runs, whose `invalid` event must not show feedback. */
  private quietCheck = false;
  /** Documents this element made from edits: a host setting one back is not a new plan. */
  private emitted = new WeakSet<object>();

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', this.onInvalid);
    // A framework may set `plan` before the element is defined: that own property would hide
    // the accessor, so take its value through the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'plan')) {
      const early = (this as { plan?: unknown }).plan;
      delete (this as { plan?: unknown }).plan;
      this.plan = early;
    }
  }

  /**
   * The plan. Reading it gives the current edited document, with every field it was given kept
   * (unknown ones and `x-` fields included); input that cannot be shown is given back exactly
   * as it was set, same reference.
   */
  get plan(): unknown {
    if (this.current === undefined && !this.planWasSet) return this.blankPlan();
    return this.current;
  }

  set plan(value: unknown) {
    const previous = this.current;
    // A host handing back what this element made (React's and Vue's controlled pattern, a store
    // copying each change) is not a new plan: typing, focus, feedback, undo and the amendments
    // of an agreed plan carry on. The latest edit or a copy of it keeps the element's own
    // document, whose arrays the rows are keyed by; an earlier edit's document is gone back to.
    if (this.emitted.has(previous as object) && (value === previous || sameJson(value, previous))) return;
    if (this.emitted.has(value as object)) {
      this.current = value;
      this.requestUpdate('plan', previous);
      return;
    }
    this.current = value;
    this.planWasSet = true;
    this.defaultPlan = value;
    this.afterHostChange();
    // The same object again may have been changed in place: it is still a new plan to draw.
    this.requestUpdate('plan', previous === value ? {} : previous);
  }

  // --- form-associated custom element -------------------------------------------------------

  /** The `<form>` the element belongs to, as a native input's `form`. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The plan's validity, as a native input's `validity` (`customError` when the plan has problems). */
  get validity(): ValidityState {
    this.flushValidation();
    return this.internals.validity;
  }
  /** The first problem with the plan in words, or `''`, as a native input's `validationMessage`. */
  get validationMessage(): string {
    this.flushValidation();
    return this.internals.validationMessage;
  }
  /** Whether the element takes part in form validation, as a native input's `willValidate`. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** Always `isp-plan`, as native controls name their type. */
  get type(): string {
    return 'isp-plan';
  }

  /** Like an input's: true when the plan is valid, else fires `invalid` and returns false. */
  checkValidity(): boolean {
    this.flushValidation();
    this.quietCheck = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.quietCheck = false;
    }
  }

  /**
   * Like an input's, and GOV.UK's pattern: when the plan is invalid, shows the error summary and
   * the inline errors (same words) and moves focus to the summary.
   */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid && !this.problem) {
      this.showAllFeedback();
      this.afterRender = () => this.focusSummary();
      if (this.isConnected) {
        this.requestUpdate();
        this.performUpdate();
      }
    }
    return valid;
  }

  /** Form reset: back to the plan the host last set (edits since are dropped). */
  formResetCallback(): void {
    const previous = this.current;
    this.current = this.defaultPlan;
    this.rowStatus = undefined;
    this.afterHostChange();
    this.requestUpdate('plan', previous);
  }

  /** Called by the browser to restore the plan (back/forward, autofill); not for hosts to call. */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      const previous = this.current;
      this.current = JSON.parse(state);
      this.planWasSet = true;
      this.afterHostChange();
      this.requestUpdate('plan', previous);
    } catch {
      this.dispatchEvent(new IspPlanErrorEvent('unreadable-form-state', 'The saved form state is not a plan, so the plan as set is kept.'));
    }
  }

  /** Called by the browser when a disabled `<fieldset>` or form disables the element. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  // --- lifecycle ------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.releasePaper = useA4Paper();
    this.renderRoot.addEventListener('input', this.onControlInput);
    this.renderRoot.addEventListener('change', this.onControlChange);
    this.renderRoot.addEventListener('click', this.onClick);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.stopWatchingParts = onPartDefined(() => this.partsVersion++);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releasePaper?.();
    this.renderRoot.removeEventListener('input', this.onControlInput);
    this.renderRoot.removeEventListener('change', this.onControlChange);
    this.renderRoot.removeEventListener('click', this.onClick);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.stopWatchingParts?.();
    clearTimeout(this.validityTimer);
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return this.pressGuard.allowsUpdate(changed) && super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Only a change from the host re-checks everything here; edits validate on blur (`change`),
    // after a pause in typing, and on submit, never on every key.
    if (changed.has('template') || changed.has('schema') || changed.has('plan' as keyof IspPlan) || changed.has('validator')) {
      this.resolveSchema();
      const problem = this.findProblem();
      const same = problem && this.reportedProblem && problem.code === this.reportedProblem.code && problem.reason === this.reportedProblem.reason;
      this.problem = problem;
      // Fired once this update is done, so a host answering it with another plan gets it drawn.
      if (problem && !same) {
        this.unreportedProblem = problem;
        this.problemReports++;
      }
      this.reportedProblem = problem;
      this.runValidation();
      this.validityDue = true;
      this.syncFormValue();
    }
    // Rows are re-rendered only when their own value or feedback changes, or when something
    // every row shows changes (mode, parts, disabled, a new plan from the host): then the stamp,
    // part of the guard, moves. Feedback is not in the stamp: leaving a field shows its error
    // only, so it redraws only the rows whose messages changed (`feedbackKey`).
    const stampKey = [this.effectiveMode, this.formDisabled, this.partsVersion, this.pupilNameOf(), this.amendedThisSession, this.hostVersion, this.targetIdsOf()];
    if (stampKey.some((part, index) => part !== this.stampKey[index])) {
      this.stampKey = stampKey;
      this.stamp = {};
    }
  }

  protected override updated(): void {
    if (this.validityDue) this.updateValidity();
    const problem = this.unreportedProblem;
    this.unreportedProblem = undefined;
    if (problem) this.dispatchEvent(new IspPlanErrorEvent(problem.code, problem.reason));
    // After the host set the plan, parts redraw even when handed the objects they hold already.
    if (this.drawnHostVersion !== this.hostVersion) {
      this.drawnHostVersion = this.hostVersion;
      for (const part of this.renderRoot.querySelectorAll<HostRefreshedPart>('[data-kind="part"]')) {
        if (part.refreshFromHost) part.refreshFromHost();
        else part.requestUpdate?.('value', {});
      }
    }
    const after = this.afterRender;
    this.afterRender = undefined;
    after?.();
  }

  // --- rendering ------------------------------------------------------------------------------

  private get effectiveMode(): PlanMode {
    if (this.printing) return 'print';
    return this.mode === 'view' || this.mode === 'print' ? this.mode : 'edit';
  }

  override render() {
    if (this.problem) {
      this.drawn.reset();
      // Drawn anew for each refusal reported, so a screen reader announces it again.
      return keyed(this.problemReports, html`<div class="base problem" part="base problem" role="alert">
        <h2 class="problem-title">This plan cannot be shown</h2>
        <p>${this.problem.reason}</p>
      </div>`);
    }
    if (!this.resolved) {
      this.drawn.reset();
      return nothing;
    }
    const { resolver, root } = this.resolved;
    const plan = isPlainObject(this.plan) ? this.plan : {};
    const mode = this.effectiveMode;
    const ctx = this.renderContext(resolver, mode, plan);
    const rootNode = root.node;
    const required = requiredNames(rootNode);
    const properties = propertiesOf(rootNode);
    const sections = properties.filter(([name, raw]) => !bookkeeping.has(name) && this.isSection(resolver, raw, root.base));
    // A reader is not shown what the system keeps for itself (`readOnly`, e.g. the review a plan
    // follows), as renderPlanToHtml leaves it out; edit mode shows it as text.
    const headerFields = properties.filter(([name, raw]) => {
      const node = resolver.resolve(raw, root.base).node;
      return name !== 'template' && name !== 'schemaVersion' && name !== 'amendments' && !sections.some(([s]) => s === name) && !isMachineId(name, node) && (mode === 'edit' || node['readOnly'] !== true);
    });
    // What is wrong with the plan itself, or with a field not drawn (its version, an unknown one).
    const planError = mode === 'edit' ? groupErrors(ctx, rootNode, root.base, plan, [], ['schemaVersion']) : undefined;
    const amendments = properties.find(([name]) => name === 'amendments');
    const title = stringKeyword(rootNode, 'title') ?? 'Plan';
    const field = (name: string, raw: unknown, inSection: boolean) =>
      mode === 'edit'
        ? editField(ctx, raw, root.base, plan[name], [name], name, required.has(name), { inSection, level: 2 })
        : readField(ctx, raw, root.base, plan[name], [name], name, { inSection, level: 2 });
    const renderedSections = [...sections, ...(amendments && (mode === 'edit' || Array.isArray(plan['amendments'])) ? [amendments] : [])];
    // A section is drawn again only when something it shows changed: its own value, what every
    // row shows (the stamp), the row status, today, and the targets if it shows them (the
    // intervention log, a review's choice of target). Otherwise Lit keeps its DOM (typing in
    // one target redraws only its section).
    this.drawn.use(`${mode}|${headerFields.map(([name]) => name).join(',')}|${renderedSections.map(([name]) => name).join(',')}`);
    const drawn = (name: string, raw: unknown, inSection: boolean, draw: () => unknown) =>
      this.drawn.draw(
        `${inSection ? 's' : 'h'}:${name}`,
        [plan[name], ctx.stamp, ctx.feedbackKey(toPointer([name])), resolver, this.rowStatus, this.today, showsTargets(resolver, raw, root.base) ? ctx.partContext.targets : undefined],
        ctx,
        draw,
      );

    // Drawn first, so whether the plan holds a signature is known for the warning above them.
    const headerFieldsDrawn = headerFields.map(([name, raw]) => drawn(name, raw, false, () => field(name, raw, false)));
    const drawnSections = renderedSections.map(([name, raw]) => drawn(name, raw, true, () => this.renderSection(ctx, resolver, root.base, name, raw, field(name, raw, true))));
    // GOV.UK puts the error summary at the top, above the title, where focus lands on submit.
    const body = html`<div class="base mode-${mode}" part="base">
      ${this.summaryShown && mode === 'edit' && this.validation.errors.length > 0 ? renderErrorSummary(this.summaryEntries()) : nothing}
      <header class="header" part="header">
        <h1 class="plan-title" tabindex="-1" aria-describedby=${planError ? `${fieldId('')}-error` : nothing}>${title}</h1>
        ${planError ? fieldError(`${fieldId('')}-error`, planError) : nothing}
        ${mode === 'edit' && ctx.sawSignature && isAgreed(plan)
          ? html`<div class="warning" part="agreed-warning"><span class="warning-icon" aria-hidden="true">!</span><p><span class="visually-hidden">Warning:</span> This plan has been agreed and signed. A change is recorded as an amendment, and it will need to be signed again.</p></div>`
          : nothing}
        ${mode === 'print' ? nothing : this.renderGuidance(rootNode, title)}
        ${this.renderReviewStatus(ctx, plan)}
        ${headerFields.length > 0 ? (mode === 'edit' ? headerFieldsDrawn : html`<dl class="summary-list">${headerFieldsDrawn}</dl>`) : nothing}
      </header>
      ${mode === 'edit' && sections.length > 1 ? renderTaskList(this.sectionSummaries(resolver, root, sections, plan)) : nothing}
      ${drawnSections}
      ${mode === 'print' && !ctx.sawSignature ? printSignOff() : nothing}
    </div>`;
    return body;
  }

  private renderContext(resolver: SchemaResolver, mode: PlanMode, plan: PlanDocument): RenderContext {
    const { messages, under } = this.visibleMessages();
    const child = plan['child'];
    const pupilName = isPlainObject(child) && typeof child['name'] === 'string' ? child['name'] : '';
    // Targets stay the same array while other fields are typed in, so parts are not re-rendered.
    const targets = Array.isArray(plan['targets']) ? plan['targets'] : emptyList;
    const today = this.today;
    const known = this.partContext;
    if (pupilName !== known.pupilName || targets !== known.targets || today !== known.today) this.partContext = { pupilName, targets, today };
    return {
      partContext: this.partContext,
      resolver,
      mode,
      rowKeys: this.rowKeys,
      errorAt: (pointer) => messages.get(pointer),
      errorsUnder: (pointer) => under.get(pointer)?.messages.join('. '),
      feedbackKey: (pointer) => under.get(pointer)?.key,
      hasPart: (tag) => customElements.get(tag) !== undefined,
      signatureStale: (pointer, value) => !this.signedAgain.has(pointer) && isSignatureStale(value, plan, this.amendedThisSession > 0),
      stamp: this.stamp,
      disabled: this.formDisabled,
      sawSignature: false,
    };
  }

  /**
   * The targets' ids in order: a review row chooses its target from them, so adding, removing or
   * moving a target redraws the rows (typing in one does not; its words there wait for a redraw).
   */
  private targetIdsOf(): string {
    const targets = isPlainObject(this.current) ? this.current['targets'] : undefined;
    return Array.isArray(targets) ? targets.map((target) => (isPlainObject(target) ? String(target['id']) : '')).join('\n') : '';
  }

  private pupilNameOf(): unknown {
    return isPlainObject(this.current) && isPlainObject(this.current['child']) ? this.current['child']['name'] : undefined;
  }

  private isSection(resolver: SchemaResolver, raw: unknown, base: string): boolean {
    const kind = kindOf(resolver.resolve(raw, base).node);
    return kind === 'object' || kind === 'array';
  }

  private renderSection(ctx: RenderContext, resolver: SchemaResolver, base: string, name: string, raw: unknown, content: unknown) {
    const { node } = resolver.resolve(raw, base);
    const title = titleOf(node, name);
    const description = stringKeyword(node, 'description');
    const headingId = `${sectionId(name)}-heading`;
    return html`<section class="section" part="section" id=${sectionId(name)} aria-labelledby=${headingId} data-section=${name}>
      <h2 class="section-heading" id=${headingId} tabindex="-1">${title}</h2>
      ${description ? html`<p class="section-description hint">${description}</p>` : nothing}
      ${ctx.mode === 'edit' ? this.renderGuidance(node, title) : nothing}
      ${content} ${ctx.mode === 'edit' ? this.renderRowStatus(name) : nothing}
    </section>`;
  }

  private renderGuidance(node: SchemaNode, title: string) {
    const paragraphs = guidanceParagraphs(node);
    if (paragraphs.length === 0) return nothing;
    return html`<details class="guidance" part="guidance">
      <summary>Open for guidance<span class="visually-hidden"> on ${title}</span></summary>
      <div class="guidance-text">${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}</div>
    </details>`;
  }

  /** The live region after each section: "Row removed. Undo", "Row moved up"… */
  private renderRowStatus(section: string) {
    const status = this.rowStatus;
    const mine = status && (status.arrayPointer === `/${section}` || status.arrayPointer.startsWith(`/${section}/`));
    return html`<div class="row-status" role="status" aria-live="polite" part="row-status">${mine
      ? html`${status.message}${status.undo
          ? html` <button type="button" class="button button--secondary button--small" data-action="undo">Undo</button>`
          : nothing}`
      : nothing}</div>`;
  }

  private renderReviewStatus(ctx: RenderContext, plan: PlanDocument) {
    if (!ctx.hasPart(reviewStatusTag) || !this.resolved?.expectedTemplate) return nothing;
    const fields = planFieldsOf(this.resolved.root.node);
    const from = dateOfPlanIn(plan, fields);
    if (!from) return nothing;
    this.foundReviews = reviewsIn(plan, fields, this.foundReviews);
    return html`<isp-review-status
      .template=${this.resolved.expectedTemplate}
      .from=${from}
      .reviews=${this.foundReviews.reviews}
      .today=${this.today || localIsoDate()}
      .calendar=${this.calendar}
      .mode=${ctx.mode}
    ></isp-review-status>`;
  }

  private sectionSummaries(resolver: SchemaResolver, root: ResolvedSchema, sections: [string, unknown][], plan: PlanDocument): SectionSummary[] {
    // Per keystroke this costs a lookup per section: sections with errors are found once per
    // validation result, and whether a section has content once per value of it.
    if (this.errorSections?.validation !== this.validation) {
      const names = new Set(this.validation.errors.map((error) => parsePointer(error.pointer)[0] ?? ''));
      this.errorSections = { validation: this.validation, names };
    }
    const withErrors = this.errorSections.names;
    return sections
      .filter(([name]) => !notTasks.has(name))
      .map(([name, raw]) => {
        const value = plan[name];
        let content = typeof value === 'object' && value !== null ? this.contentOf.get(value) : undefined;
        if (content === undefined) {
          content = hasContent(value);
          if (typeof value === 'object' && value !== null) this.contentOf.set(value, content);
        }
        return { name, title: titleOf(resolver.resolve(raw, root.base).node, name), state: sectionState(content, withErrors.has(name)) };
      });
  }

  // --- schema and input -----------------------------------------------------------------------

  /** The template attribute as an id: removing the attribute sets `null`, which names none. */
  private get templateId(): string | undefined {
    return typeof this.template === 'string' ? this.template : undefined;
  }

  private resolveSchema(): void {
    const key = [this.schema, this.templateId, this.schema ? undefined : isPlainObject(this.current) ? this.current['template'] : undefined];
    if (this.resolved && key.every((part, index) => part === this.resolvedFor[index])) return;
    this.resolvedFor = key;
    this.resolved = undefined;
    if (this.schema !== undefined) {
      if (!isPlainObject(this.schema)) return;
      const hostSchema = hostSchemaOf(this.schema);
      const resolver = new SchemaResolver(hostSchema, knownSchemaDocuments());
      const root = resolver.root();
      const templateProperty = isPlainObject(root.node['properties']) ? root.node['properties']['template'] : undefined;
      const expected = isPlainObject(templateProperty) && typeof templateProperty['const'] === 'string' ? templateProperty['const'] : undefined;
      this.resolved = { resolver, root, expectedTemplate: expected, hostSchema, schemaProblem: schemaProblem(resolver) };
      return;
    }
    const id = this.templateId ?? (isPlainObject(this.current) && typeof this.current['template'] === 'string' ? this.current['template'] : undefined);
    const schema = id === undefined ? undefined : templateSchema(id);
    if (!schema || id === undefined) return;
    const resolver = new SchemaResolver(schema, knownSchemaDocuments());
    this.resolved = { resolver, root: resolver.root(), expectedTemplate: id };
  }

  private findProblem(): Problem | undefined {
    if (this.schema !== undefined && !isPlainObject(this.schema)) {
      return { code: 'invalid-schema', reason: 'This plan cannot be shown: the schema given is not a JSON Schema object.' };
    }
    const schemaProblem = this.resolved?.schemaProblem;
    if (schemaProblem) return { code: 'invalid-schema', reason: `This plan cannot be shown: the schema given is not valid${schemaProblem}.` };
    if (this.schema === undefined) {
      const template = this.templateId;
      const id = template ?? (isPlainObject(this.current) ? this.current['template'] : undefined);
      if (template !== undefined && !isRegisteredTemplate(template)) {
        return { code: 'unknown-template', reason: unknownTemplateReason(template) };
      }
      if (this.planWasSet && isPlainObject(this.current)) {
        if (id === undefined) return { code: 'unknown-template', reason: 'This plan cannot be shown: it names no template, and the element has none.' };
        if (!isRegisteredTemplate(id)) return { code: 'unknown-template', reason: unknownTemplateReason(id) };
      }
    }
    // A blank plan someone has typed into is checked like a plan the host set (e.g. when the
    // template changes under it): it is theirs now.
    if (!this.planWasSet && this.current === undefined) return undefined;
    if (this.current === undefined && this.resolved) return undefined;
    return checkPlanInput(this.current, this.resolved?.expectedTemplate, SCHEMA_VERSION);
  }

  /** A new, empty plan for the rendered template: only its bookkeeping fields. */
  private blankPlan(): PlanDocument | undefined {
    if (!this.resolved) return undefined;
    if (this.resolved.blank) return this.resolved.blank; // one object, however often `plan` is read
    const properties = isPlainObject(this.resolved.root.node['properties']) ? this.resolved.root.node['properties'] : {};
    const blank: PlanDocument = {};
    if (this.resolved.expectedTemplate) blank['template'] = this.resolved.expectedTemplate;
    if ('schemaVersion' in properties) blank['schemaVersion'] = SCHEMA_VERSION;
    if ('status' in properties) blank['status'] = 'draft';
    this.resolved.blank = blank;
    return blank;
  }

  /** The plan being edited; a blank one is kept from the first edit on. */
  private editable(): PlanDocument {
    if (isPlainObject(this.current)) return this.current;
    const blank = this.blankPlan() ?? {};
    this.current = blank;
    return blank;
  }

  private afterHostChange(): void {
    // A host may have changed its objects in place before setting them again.
    this.contentOf = new WeakMap();
    // New input from the host is reported even when it is refused for the same reason as the last.
    this.reportedProblem = undefined;
    this.amendmentStarts.clear();
    this.signedAgain.clear();
    this.amendedThisSession = 0;
    this.lastRemovalAmendment = undefined;
    this.validationStale = true;
    this.shownPointers.clear();
    this.shownVersion++;
    this.hostVersion++;
    this.summaryShown = false;
  }

  // --- editing --------------------------------------------------------------------------------

  private onControlInput = (event: Event): void => {
    const origin = event.composedPath()[0];
    if (!(origin instanceof HTMLElement) || origin.dataset['pointer'] === undefined || origin.getRootNode() !== this.renderRoot) return;
    if (this.problem || this.formDisabled || this.effectiveMode !== 'edit') return;
    const pointer = origin.dataset['pointer'];
    const segments = parsePointer(pointer);
    const previous = getAt(this.editable(), segments);
    const parentIsArray = Array.isArray(getAt(this.current, segments.slice(0, -1)));
    let value = readControl(origin, previous, this.renderRoot as ShadowRoot, parentIsArray);
    // A field emptied that may be null is null: Zod's `.nullable()` requires the key itself.
    if (value === undefined && allowsNull(this.schemaAt(segments)?.node)) value = null;
    if (Object.is(value, previous)) {
      // A date's boxes changed without making a date: what is wrong with them has changed.
      if (origin.localName === 'isp-date-input') {
        this.validationStale = true;
        this.scheduleValidity();
      }
      return;
    }
    const signature = this.signatureAt(origin, segments);
    if (!signature && isAgreed(this.current) && !this.amendmentStarts.has(pointer) && !bookkeeping.has(segments[0] ?? '')) {
      this.amendmentStarts.set(pointer, previous);
    }
    // A part hands back its whole value: the event names the field in it that changed.
    const changed = origin.dataset['kind'] === 'part' ? changedPointer(pointer, previous, value) : pointer;
    // An emptied group goes, and so does the group holding it once that is empty too, so no `{}`
    // is left to fail its own `required` (a review with no date, a signature with no signer)
    // where the plan shows nothing filled in.
    let next = setAt(this.current, segments, isEmptyGroup(value) && this.mayLeaveOut(segments) ? undefined : value, this.rowKeys.follow);
    const group = segments.slice(0, -1);
    if (isEmptyGroup(getAt(next, group)) && this.mayLeaveOut(group)) next = setAt(next, group, undefined, this.rowKeys.follow);
    // Signed again is a signature other than the one the plan came with: Cancel after "Sign
    // again" puts that one back, and it still needs signing again.
    if (signature) {
      const same = sameJson(getAt(next, signature), getAt(this.defaultPlan, signature));
      this.signedAgain[same ? 'delete' : 'add'](toPointer(signature));
    }
    this.commit(next as PlanDocument, changed);
  };

  /** The signature an edit is in, if any. Signing is not amending: it only signs again. */
  private signatureAt(origin: HTMLElement, segments: string[]): string[] | undefined {
    if (origin.localName === 'isp-signature') return segments;
    if (!this.resolved) return undefined;
    const { resolver, root } = this.resolved;
    let current: ResolvedSchema = root;
    for (const [index, segment] of segments.entries()) {
      const node = current.node;
      const next = kindOf(node) === 'array' ? node['items'] : isPlainObject(node['properties']) ? node['properties'][segment] : undefined;
      if (next === undefined) return undefined;
      current = resolver.resolve(next, current.base);
      if (current.defName === 'signature') return segments.slice(0, index + 1);
    }
    return undefined;
  }

  /** Once a field of an agreed plan is left changed, the change is written down (seed 003). */
  private recordAmendment(pointer: string): void {
    if (!this.amendmentStarts.has(pointer)) return;
    const previous = this.amendmentStarts.get(pointer);
    this.amendmentStarts.delete(pointer);
    const value = getAt(this.current, parsePointer(pointer));
    if (sameJson(previous, value)) return;
    this.appendAmendments(this.amendmentsOf(pointer, previous, value));
  }

  /** The amendments recording a change at `pointer`, by the editor, today. */
  private amendmentsOf(pointer: string, previous: unknown, value: unknown): Record<string, unknown>[] {
    const [by, date] = [this.editor(), this.today || localIsoDate()];
    return changesAt(pointer, previous, value).map((change) => amendmentOf({ ...change, by, date }));
  }

  private editor(): Record<string, unknown> {
    return this.amendedBy && typeof this.amendedBy.name === 'string' && this.amendedBy.name !== '' ? this.amendedBy : { name: 'Not recorded' };
  }

  private appendAmendments(amendments: Record<string, unknown>[]): void {
    this.amendedThisSession++;
    this.signedAgain.clear();
    const next = updateAt(this.current, ['amendments'], (list) => [...(Array.isArray(list) ? list : []), ...amendments], this.rowKeys.follow);
    this.commit(next as PlanDocument, '/amendments');
  }

  private onControlChange = (event: Event): void => {
    const origin = event.composedPath()[0];
    if (!(origin instanceof HTMLElement) || origin.dataset['pointer'] === undefined || origin.getRootNode() !== this.renderRoot) return;
    // `change` is when a person leaves a field they edited: from now on its feedback is due.
    this.recordAmendment(origin.dataset['pointer']);
    this.shownPointers.add(origin.dataset['pointer']);
    this.shownVersion++;
    // A date part's boxes may have changed without making a date (its value stays ''), and
    // what is wrong with them is part of the plan's findings (`withTypedDates`).
    if (origin.localName === 'isp-date-input') this.validationStale = true;
    this.flushValidation();
    this.requestUpdate();
  };

  private commit(next: PlanDocument, pointer: string): void {
    this.current = next;
    this.emitted.add(next);
    // Serialising a 1,000-row plan on every key would cost milliseconds: the form value is
    // refreshed after a pause, on `change`, and whenever the form builds its data (`formdata`).
    this.formValueStale = true;
    this.validationStale = true;
    this.scheduleValidity();
    this.requestUpdate();
    this.dispatchEvent(new IspPlanChangeEvent(next, pointer));
  }

  private onClick = (event: Event): void => {
    const origin = event.composedPath()[0];
    const target = origin instanceof Element ? origin.closest('[data-action], [data-focus-pointer], [data-section]') : null;
    if (!(target instanceof HTMLElement) || target.getRootNode() !== this.renderRoot) return;
    if (target.dataset['focusPointer'] !== undefined) {
      event.preventDefault();
      this.focusField(target.dataset['focusPointer']);
      return;
    }
    if (target.dataset['section'] !== undefined && target.tagName === 'A') {
      event.preventDefault();
      const heading = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(sectionId(target.dataset['section']))}-heading`);
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus();
      return;
    }
    if (this.formDisabled || this.effectiveMode !== 'edit' || this.problem) return;
    const action = target.dataset['action'];
    const arrayPointer = target.dataset['array'] ?? '';
    const index = Number(target.dataset['index']);
    if (action === 'add') this.addRow(arrayPointer);
    else if (action === 'remove') this.removeRow(arrayPointer, index);
    else if (action === 'move-up' && target.getAttribute('aria-disabled') !== 'true') this.moveRow(arrayPointer, index, -1);
    else if (action === 'move-down' && target.getAttribute('aria-disabled') !== 'true') this.moveRow(arrayPointer, index, 1);
    else if (action === 'undo') this.undoRemove();
  };

  private rowsAt(arrayPointer: string): { rows: unknown[]; keys: number[]; segments: string[] } {
    const segments = parsePointer(arrayPointer);
    const found = getAt(this.editable(), segments);
    const rows = Array.isArray(found) ? found : [];
    return { rows, keys: this.rowKeys.of(rows), segments };
  }

  private replaceRows(arrayPointer: string, segments: string[], rows: unknown[], keys: number[], status: RowStatus | undefined, focus: () => void): void {
    this.rowKeys.set(rows, keys);
    this.rowStatus = status;
    this.afterRender = focus;
    this.commit(updateAt(this.current, segments, () => rows, this.rowKeys.follow) as PlanDocument, arrayPointer);
  }

  private addRow(arrayPointer: string): void {
    const { rows, keys, segments } = this.rowsAt(arrayPointer);
    const itemSchema = this.itemSchemaAt(segments);
    const row = newRow(itemSchema, this.resolved?.resolver);
    const index = rows.length;
    this.replaceRows(arrayPointer, segments, [...rows, row], [...keys, this.rowKeys.fresh()], { arrayPointer, message: `Row ${index + 1} added.` }, () =>
      this.focusRow(`${arrayPointer}/${index}`),
    );
  }

  private removeRow(arrayPointer: string, index: number): void {
    const { rows, keys, segments } = this.rowsAt(arrayPointer);
    if (index < 0 || index >= rows.length) return;
    const removed: RemovedRow = { arrayPointer, index, row: rows[index], key: keys[index] ?? this.rowKeys.fresh() };
    const agreed = isAgreed(this.current);
    this.replaceRows(
      arrayPointer,
      segments,
      removeAt(rows, index),
      removeAt(keys, index),
      { arrayPointer, message: `Row ${index + 1} removed.`, undo: removed },
      () => this.renderRoot.querySelector<HTMLElement>('[data-action="undo"]')?.focus(),
    );
    if (agreed) {
      const amendment = amendmentOf({ path: `${arrayPointer}/${index}`, previous: removed.row, value: undefined, by: this.editor(), date: this.today || localIsoDate() });
      this.lastRemovalAmendment = amendment;
      this.appendAmendments([amendment]);
    }
  }

  private undoRemove(): void {
    const removed = this.rowStatus?.undo;
    if (!removed) return;
    // Undoing a removal also takes back the amendment that recorded it.
    const amendments = isPlainObject(this.current) ? this.current['amendments'] : undefined;
    if (this.lastRemovalAmendment && Array.isArray(amendments) && amendments.at(-1) === this.lastRemovalAmendment) {
      this.current = setAt(this.current, ['amendments'], amendments.slice(0, -1), this.rowKeys.follow);
      this.amendedThisSession--;
    }
    this.lastRemovalAmendment = undefined;
    const { rows, keys, segments } = this.rowsAt(removed.arrayPointer);
    const index = Math.min(removed.index, rows.length);
    const nextRows = insertAt(rows, index, removed.row);
    const nextKeys = insertAt(keys, index, removed.key);
    this.replaceRows(removed.arrayPointer, segments, nextRows, nextKeys, { arrayPointer: removed.arrayPointer, message: `Row ${index + 1} restored.` }, () =>
      this.focusRow(`${removed.arrayPointer}/${index}`),
    );
  }

  private moveRow(arrayPointer: string, index: number, by: -1 | 1): void {
    const { rows, keys, segments } = this.rowsAt(arrayPointer);
    const to = index + by;
    if (index < 0 || to < 0 || to >= rows.length) return;
    const nextRows = swap(rows, index, to);
    const nextKeys = swap(keys, index, to);
    const action = by < 0 ? 'move-up' : 'move-down';
    const agreed = isAgreed(this.current) && !bookkeeping.has(segments[0] ?? '');
    this.replaceRows(arrayPointer, segments, nextRows, nextKeys, { arrayPointer, message: `Row ${index + 1} moved to position ${to + 1}.` }, () => {
      // Keep focus on the button pressed, now in the moved row; at an end, on its twin.
      const at = (name: string) =>
        this.renderRoot.querySelector<HTMLElement>(`[data-array="${CSS.escape(arrayPointer)}"][data-index="${to}"][data-action="${name}"]`);
      const same = at(action);
      (same?.getAttribute('aria-disabled') === 'true' ? at(by < 0 ? 'move-down' : 'move-up') : same)?.focus();
    });
    // After agreement the order is part of what was agreed: a move is an amendment of both rows.
    if (agreed) this.appendAmendments(this.amendmentsOf(arrayPointer, rows, nextRows));
  }

  private schemaAt(segments: string[]): ResolvedSchema | undefined {
    if (!this.resolved) return undefined;
    const { resolver, root } = this.resolved;
    let current: ResolvedSchema = root;
    for (const segment of segments) {
      const node = current.node;
      if (kindOf(node) === 'array') current = resolver.resolve(node['items'], current.base);
      else if (isPlainObject(node['properties']) && segment in node['properties']) current = resolver.resolve(node['properties'][segment], current.base);
      else return undefined;
    }
    return current;
  }

  private itemSchemaAt(segments: string[]): ResolvedSchema | undefined {
    const current = this.schemaAt(segments);
    return current && kindOf(current.node) === 'array' ? this.resolved?.resolver.resolve(current.node['items'], current.base) : undefined;
  }

  /** An emptied group may be left out unless it is a row (only Remove takes those) or required. */
  private mayLeaveOut(segments: string[]): boolean {
    const group = segments.length > 0 ? this.schemaAt(segments.slice(0, -1))?.node : undefined;
    return group !== undefined && kindOf(group) === 'object' && !requiredNames(group).has(segments.at(-1) ?? '');
  }

  // --- focus ----------------------------------------------------------------------------------

  private elementFor(pointer: string): HTMLElement | undefined {
    return findFieldElement(this.renderRoot, pointer);
  }

  /** Moves focus to the field at `pointer` (inside a part, its control of that name, else its first). */
  focusField(pointer: string): boolean {
    const element = this.elementFor(pointer);
    if (!element) return false;
    const within = pointerInPart(element, pointer);
    // A part that edits a list (the log) opens the row for change and focuses its field itself.
    if (within && (element as Partial<FieldOwner>).focusField?.(within, this.visibleMessages().messages.get(pointer))) return true;
    const target = controlInPart(element, within) ?? element;
    target.scrollIntoView?.({ block: 'center' });
    focusWhenDrawn(target);
    // A part with nothing to focus (the amendments) would leave focus on the summary's link.
    if ((this.renderRoot as ShadowRoot).activeElement !== element) element.closest('section')?.querySelector<HTMLElement>('.section-heading')?.focus();
    return true;
  }

  private focusRow(rowPointer: string): void {
    const first = this.renderRoot.querySelector<HTMLElement>(`[data-pointer^="${CSS.escape(rowPointer)}"]`);
    const heading = this.renderRoot.querySelector<HTMLElement>(`[data-row-heading="${CSS.escape(rowPointer)}"]`);
    // The first control of the row, if it is really inside that row (not a later row's prefix).
    const inRow = first && (first.dataset['pointer'] === rowPointer || first.dataset['pointer']?.startsWith(rowPointer + '/'));
    focusWhenDrawn(inRow ? first : heading);
  }

  private focusSummary(): void {
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  // --- validation -----------------------------------------------------------------------------

  private activeValidator(): PlanValidator | undefined {
    if (this.validator) return this.validator;
    if (!this.resolved) return undefined;
    if (this.schema === undefined) return validateTemplatePlan;
    const { resolver } = this.resolved;
    return (this.resolved.hostValidator ??= hostSchemaValidator((this.resolved.hostSchema ?? this.schema) as object, () => basicValidator(resolver)));
  }

  private runValidation(): void {
    this.validationStale = false;
    // A refused input is not checked: its schema may be one no validator can be made from.
    const validator = this.problem ? undefined : this.activeValidator();
    if (!validator) {
      this.validation = noErrors;
      return;
    }
    let next: ValidationResult;
    try {
      next = validator(this.plan);
    } catch (error) {
      next = { valid: false, errors: [{ pointer: '', message: `The plan could not be checked: ${String(error)}` }] };
    }
    next = withTypedDates(next, this.renderRoot);
    // Same findings as before: keep the old result, so nothing re-renders for nothing.
    if (!sameErrors(next.errors, this.validation.errors)) this.validation = next;
  }

  private flushValidation(): void {
    clearTimeout(this.validityTimer);
    if (this.formValueStale) this.syncFormValue();
    if (this.validationStale) {
      this.runValidation();
      this.updateValidity();
    }
  }

  private scheduleValidity(): void {
    clearTimeout(this.validityTimer);
    this.validityTimer = setTimeout(() => {
      if (this.formValueStale) this.syncFormValue();
      this.runValidation();
      this.updateValidity();
    }, validityDelayMs);
  }

  /** Called by the browser when the element joins or leaves a form. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.associatedForm?.removeEventListener('formdata', this.onFormData);
    this.associatedForm?.removeEventListener('submit', this.onSubmit, { capture: true });
    this.associatedForm = form;
    form?.addEventListener('formdata', this.onFormData);
    form?.addEventListener('submit', this.onSubmit, { capture: true });
  }

  /**
   * The browser checked validity before this submit, but an edit may be newer than that (typing
   * refreshes it after a pause): check now, and stop the submit as the browser would have.
   */
  private onSubmit = (event: SubmitEvent): void => {
    if (!this.validationStale || this.problem || !this.willValidate) return;
    const submitter = event.submitter as HTMLButtonElement | HTMLInputElement | null;
    if (this.associatedForm?.noValidate || submitter?.formNoValidate) return;
    this.flushValidation();
    if (this.internals.validity.valid) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.internals.reportValidity();
  };

  /** The form is building its data (submit or `new FormData`): make sure it has the latest plan. */
  private onFormData = (event: FormDataEvent): void => {
    if (!this.formValueStale || !this.name || this.problem) return;
    this.syncFormValue();
    const plan = this.plan;
    if (plan !== undefined) event.formData.set(this.name, JSON.stringify(plan));
  };

  private onInvalid = (event: Event): void => {
    // A submit (or the form's checkValidity/reportValidity, which fire the same event) found
    // this plan invalid: show the summary and inline errors. On submit the browser then moves
    // focus to the first field with a problem, the anchor given to setValidity.
    if (event.target !== this || this.problem || this.quietCheck) return;
    this.showAllFeedback();
  };

  private showAllFeedback(): void {
    this.summaryShown = true;
    for (const error of this.validation.errors) this.shownPointers.add(error.pointer);
    this.shownVersion++;
    this.requestUpdate();
  }

  /**
   * Messages now shown inline, by pointer (first message per pointer), and for every pointer
   * with messages at or under it, those messages and a key naming them with their pointers.
   * Worked out once per validation result and feedback state, not per render.
   */
  private visibleMessages(): Feedback {
    const key = [this.validation, this.summaryShown, this.shownVersion];
    if (this.messages && key.every((part, index) => part === this.messages?.key[index])) return this.messages.feedback;
    const messages = new Map<string, string>();
    const under = new Map<string, { messages: string[]; key: string }>();
    for (const error of this.validation.errors) {
      if (messages.has(error.pointer)) continue;
      if (!this.summaryShown && !this.isShown(error.pointer)) continue;
      messages.set(error.pointer, error.message);
      // Every ancestor of a pointer is a prefix of it ending before a '/' (escaped segments
      // hold no '/'), so '' (the plan), '/targets', '/targets/3' and the pointer itself.
      if (error.pointer !== '') {
        for (let end = 0; end !== -1; end = error.pointer.indexOf('/', end + 1)) addUnder(under, error.pointer.slice(0, end), error.pointer, error.message);
      }
      addUnder(under, error.pointer, error.pointer, error.message);
    }
    const feedback = { messages, under };
    this.messages = { key, feedback };
    return feedback;
  }

  private isShown(pointer: string): boolean {
    for (const shown of this.shownPointers) if (pointer === shown || pointer.startsWith(shown + '/')) return true;
    return false;
  }

  private summaryEntries(): FieldError[] {
    const seen = new Set<string>();
    return this.validation.errors.filter((error) => (seen.has(error.pointer) ? false : (seen.add(error.pointer), true)));
  }

  /** The form value is the plan as JSON (nothing while the input is refused). */
  private syncFormValue(): void {
    this.formValueStale = false;
    const plan = this.plan;
    this.internals.setFormValue(this.problem || plan === undefined ? null : JSON.stringify(plan));
  }

  private updateValidity(): void {
    this.validityDue = false;
    if (this.problem) {
      this.internals.setValidity({ customError: true }, this.problem.reason);
      return;
    }
    const first = this.validation.errors[0];
    if (!first) {
      this.internals.setValidity({});
      return;
    }
    const anchor = this.elementFor(first.pointer);
    this.internals.setValidity({ customError: true }, first.message, anchor);
  }

  // --- print ----------------------------------------------------------------------------------

  private onBeforePrint = (): void => {
    this.printing = true;
  };
  private onAfterPrint = (): void => {
    this.printing = false;
  };
}

interface Feedback {
  readonly messages: Map<string, string>;
  readonly under: Map<string, { messages: string[]; key: string }>;
}

function addUnder(under: Feedback['under'], prefix: string, pointer: string, message: string): void {
  const entry = under.get(prefix);
  const part = `${pointer}\u0000${message}\u0001`;
  if (entry) {
    entry.messages.push(message);
    entry.key += part;
  } else {
    under.set(prefix, { messages: [message], key: part });
  }
}

function isEmptyGroup(value: unknown): boolean {
  return isPlainObject(value) && Object.keys(value).length === 0;
}

function sameErrors(a: readonly FieldError[], b: readonly FieldError[]): boolean {
  return a.length === b.length && a.every((error, index) => error.pointer === b[index]?.pointer && error.message === b[index]?.message);
}

/**
 * Focuses `element`. A part drawn in this render (a new or restored row) has no controls yet to
 * delegate focus to, so it is focused again once it has rendered.
 */
function focusWhenDrawn(element: (HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<unknown> }) | null | undefined): void {
  element?.focus();
  if (element?.hasUpdated === false) void element.updateComplete?.then(() => element.focus());
}

/** A part that focuses a field of its value itself (`/1/date`), saying `message` beside it. */
interface FieldOwner {
  focusField(pointer: string, message?: string): boolean;
}

/** For a pointer inside a part's value (`/targets/1/achieved`), the rest of it (`/achieved`). */
function pointerInPart(element: HTMLElement, pointer: string): string | undefined {
  const at = element.dataset['pointer'];
  return element.dataset['kind'] === 'part' && at !== undefined && pointer.startsWith(`${at}/`) ? pointer.slice(at.length) : undefined;
}

/** The part's control named by the first segment of `within`. */
function controlInPart(element: HTMLElement, within: string | undefined): HTMLElement | undefined {
  if (within === undefined) return undefined;
  const name = CSS.escape(parsePointer(within)[0] ?? '');
  return element.shadowRoot?.querySelector<HTMLElement>(`#${name}, [name="${name}"]`) ?? undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'isp-plan': IspPlan;
  }
}
