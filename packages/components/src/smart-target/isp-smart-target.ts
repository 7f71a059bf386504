import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { checkTargetRow, smartElements, type SmartCheck, type TargetRowIssue } from '@isp-kit/rules';
import { describedBy, fieldError } from '../shared/field-error.js';
import { fireChange, fireInput, stopInner } from '../shared/fire-value-events.js';
import { isIsoDate } from '../shared/iso-date.js';
import { isRecord, textOf } from '../shared/is-record.js';
import { toMode, type Mode } from '../shared/mode.js';
import { cannotReadField, holdsUnreadable, isUnreadable, unreadableField, unreadableMessage } from '../shared/unreadable.js';
import { commonEnumChoices } from '../shared/schema-choices.js';
import { smartElementLabels } from './smart-element-labels.js';
import { announcement, countSentence } from './smart-summary.js';
import { smartTargetStyles } from './isp-smart-target.styles.js';

type TextField = 'baseline' | 'target' | 'provision' | 'resources' | 'whenWhoWhere' | 'outcome';

const achievedChoices = [
  { value: 'yes', label: 'Yes' },
  { value: 'partly', label: 'Partly' },
  { value: 'no', label: 'No' },
  { value: '', label: 'Not reviewed yet' },
] as const;

const areasOfNeed = commonEnumChoices('areaOfNeed');

/** How long typing must pause before the checklist is announced. */
const ANNOUNCE_DELAY_MS = 1200;

/**
 * @summary A SMART target row: baseline, target, provision, resources, when/who/where,
 * outcome, achieved and area of need. As the target is typed, a checklist of the seven SMART elements (from
 * `@isp-kit/rules`) shows what is missing and how to fix it, announced politely once typing
 * pauses. It is advice: it never blocks saving and never marks the field invalid.
 *
 * `value` is a schema `smartTarget`; edits emit a new object keeping every other field.
 *
 * @fires input - After `value` changed while typing (bubbles, composed).
 * @fires change - After a field was changed and left, or an outcome chosen (bubbles, composed).
 *
 * @csspart base - The wrapper.
 * @csspart label - The legend.
 * @csspart hint - The hint text.
 * @csspart error - The inline error message.
 * @csspart baseline - The baseline box.
 * @csspart target - The target box.
 * @csspart provision - The provision box.
 * @csspart resources - The resources box.
 * @csspart when-who-where - The when/who/where box.
 * @csspart outcome - The outcome box.
 * @csspart achieved - The achieved choices.
 * @csspart area-of-need - The area of need select.
 * @csspart checklist - The SMART checklist.
 *
 * @cssproperty --isp-color-advice - The bar beside the checklist.
 */
export class IspSmartTarget extends LitElement {
  static override styles = smartTargetStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The JSON this part shows and edits; fields it does not know are kept as they are. */
  @property({ attribute: false }) value: unknown = {};
  /** The visible label or heading of the part. */
  @property() label = 'SMART target';
  /** Hint text under the label, tied to the controls with `aria-describedby`. */
  @property() hint = '';
  /** An error to show inline in GOV.UK style (e.g. from the plan's validation); `''` for none. */
  @property() error = '';
  /** `edit` (default), `view` (a readable document) or `print` (paper layout). */
  @property() mode: Mode = 'edit';
  /** Whether an answer is required: `checkValidity()` is false while it is missing. */
  @property({ type: Boolean }) required = false;
  /** The pupil's name: the check looks for it, and the hints use it. */
  @property({ attribute: 'pupil-name' }) pupilName = '';
  /** The plan's review date (ISO): a target due after it gets advice. */
  @property({ attribute: 'review-date' }) reviewDate = '';
  /** The plan's date (ISO): lets "within 6 weeks" be placed against the review date. */
  @property({ attribute: 'plan-date' }) planDate = '';

  @state() private spoken = '';

  private lastCheck: { key: string; result: SmartCheck; dateIssues: TargetRowIssue[] } | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** The SMART check of the current target text; the same object while the text is unchanged. */
  get smartCheck(): SmartCheck {
    return this.checkRow().result;
  }

  /** One rules call per change of the target text, name or dates, however often the part renders. */
  private checkRow(): { result: SmartCheck; dateIssues: TargetRowIssue[] } {
    const text = textOf(this.value, 'target');
    const reviewDate = isIsoDate(this.reviewDate) ? this.reviewDate : undefined;
    const planDate = isIsoDate(this.planDate) ? this.planDate : undefined;
    const key = JSON.stringify([text, this.pupilName, reviewDate, planDate]);
    if (this.lastCheck?.key === key) return this.lastCheck;
    const row = checkTargetRow({ target: text }, {
      ...(typeof this.pupilName === 'string' && this.pupilName ? { pupilName: this.pupilName } : {}),
      ...(reviewDate ? { reviewDate } : {}),
      ...(planDate ? { planDate } : {}),
    });
    // Only the end-date advice: missing baseline or provision is plain to see in the row itself.
    const dateIssues = row.issues.filter((issue) => issue.field === 'target' && issue.code.startsWith('row.time-bound'));
    this.lastCheck = { key, result: row.target, dateIssues };
    return this.lastCheck;
  }

  /**
   * What stops the row being saved, for the owning plan: the host's `error`, or "Enter the
   * SMART target" when `required` and empty. The SMART checklist is advice and never counts.
   */
  get validationMessage(): string {
    if (this.error) return this.error;
    return this.required && textOf(this.value, 'target').trim() === '' ? 'Enter the SMART target' : '';
  }

  /** True when the value is complete and valid, as a native input's `checkValidity()`. */
  checkValidity(): boolean {
    return this.validationMessage === '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  private setField(field: TextField | 'achieved' | 'areaOfNeed', text: string): void {
    const next: Record<string, unknown> = { ...(isRecord(this.value) ? this.value : {}) };
    // An emptied field is left out, as the plan's own fields are: no '' kept in the plan.
    if (text === '') delete next[field];
    else next[field] = text;
    this.value = next;
    if (field === 'target') this.scheduleAnnouncement();
  }

  private onInput(field: TextField, event: Event): void {
    stopInner(event);
    this.setField(field, (event.target as HTMLTextAreaElement).value);
    fireInput(this);
  }

  private onChange(event: Event): void {
    stopInner(event);
    fireChange(this);
  }

  private onAchieved(event: Event): void {
    stopInner(event);
    this.setField('achieved', (event.target as HTMLInputElement).value);
    fireInput(this);
    fireChange(this);
  }

  private onArea(event: Event): void {
    stopInner(event);
    this.setField('areaOfNeed', (event.target as HTMLSelectElement).value);
    fireInput(this);
    fireChange(this);
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const text = textOf(this.value, 'target').trim();
      this.spoken = text ? announcement(this.smartCheck, this.checkRow().dateIssues.map((issue) => issue.message)) : '';
    }, ANNOUNCE_DELAY_MS);
  }

  private get who(): string {
    // A framework may set `pupilName` to undefined or null. The hints echo a first name; text
    // no first name is that long (a pasted paragraph, a 1 MB string) would take the browser
    // seconds to lay out in every target's hints, so they say "Child" instead.
    const first = (typeof this.pupilName === 'string' ? this.pupilName : '').trim().split(/\s+/)[0] ?? '';
    return first && first.length <= 40 ? first : 'Child';
  }

  protected override render() {
    const mode = toMode(this.mode);
    if (isUnreadable(this.value, 'object')) return unreadableMessage(this.label, 'target');
    return mode === 'edit' ? this.renderEdit() : this.renderRead(mode);
  }

  private textArea(field: TextField, label: string, hint: string, extra: { describedBy?: string[]; error?: string } = {}) {
    if (holdsUnreadable(this.value, field)) return unreadableField(label);
    const hintId = hint ? `${field}-hint` : '';
    const part = field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    const errorId = extra.error ? `${field}-error` : '';
    return html`<div class="field ${extra.error ? 'form-group--error' : ''}">
      <label class="label" for=${field}>${label}</label>
      ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing}
      ${fieldError(`${field}-error`, extra.error ?? '')}
      <textarea id=${field} part=${part} rows="2"
        aria-describedby=${describedBy(hintId, errorId, ...(extra.describedBy ?? [])) ?? nothing}
        aria-invalid=${extra.error ? 'true' : nothing}
        aria-required=${field === 'target' && this.required ? 'true' : nothing}
        .value=${live(textOf(this.value, field))}
        @input=${(event: Event) => this.onInput(field, event)}
        @change=${this.onChange}></textarea>
    </div>`;
  }

  private renderEdit() {
    const name = this.who;
    const target = textOf(this.value, 'target');
    const check = target.trim() ? this.smartCheck : undefined;
    const achieved = textOf(this.value, 'achieved');
    return html`<div part="base">
      <fieldset class="target-row" aria-describedby=${describedBy(this.hint && 'row-hint') ?? nothing}>
        <legend part="label">${this.label}</legend>
        ${this.hint ? html`<p class="hint" id="row-hint" part="hint">${this.hint}</p>` : nothing}
        ${this.textArea('baseline', 'Current achievement or baseline', `What ${name} can do now, for example “${name} can…”`)}
        ${this.textArea('target', 'SMART target', `For example, “${name} will…”: who, does what, under what conditions, how well and by when`, {
          describedBy: check ? ['smart-count'] : [],
          error: this.error,
        })}
        ${check ? guard([check, this.lastCheck?.dateIssues], () => this.renderChecklist(check, this.lastCheck?.dateIssues ?? [])) : nothing}
        <div class="visually-hidden" aria-live="polite">${this.spoken}</div>
        ${this.textArea('provision', 'How will this be achieved (provision)?', '')}
        ${this.textArea('resources', 'Resources', '')}
        ${this.textArea('whenWhoWhere', 'When, who and where', '')}
        ${this.textArea('outcome', 'Achieved or outcome', 'What happened by the review date')}
        ${holdsUnreadable(this.value, 'achieved') ? unreadableField('Was the target achieved?') : html`<fieldset part="achieved" class="field">
          <legend>Was the target achieved?</legend>
          <div class="choices-inline">
            ${achievedChoices.map((choice) => html`<div class="choice">
              <input type="radio" name="achieved" id="achieved-${choice.value || 'none'}" value=${choice.value}
                .checked=${live(achieved === choice.value)} @change=${this.onAchieved} @input=${stopInner} />
              <label for="achieved-${choice.value || 'none'}">${choice.label}</label>
            </div>`)}
          </div>
          ${achieved && !achievedChoices.some((choice) => choice.value === achieved) ? html`<p>Recorded as: ${achieved}</p>` : nothing}
        </fieldset>`}
        ${this.renderArea()}
      </fieldset>
    </div>`;
  }

  private renderArea() {
    const area = textOf(this.value, 'areaOfNeed');
    const known = areasOfNeed.some((choice) => choice.value === area);
    if (holdsUnreadable(this.value, 'areaOfNeed')) return unreadableField('Area of need');
    return html`<div class="field">
      <label class="label" for="areaOfNeed">Area of need</label>
      <select id="areaOfNeed" part="area-of-need" @change=${this.onArea} @input=${stopInner}>
        <option value="" .selected=${live(area === '')}>Not chosen</option>
        ${areasOfNeed.map((choice) => html`<option value=${choice.value} .selected=${live(area === choice.value)}>${choice.label}</option>`)}
        ${area && !known ? html`<option value=${area} selected>${area}</option>` : nothing}
      </select>
    </div>`;
  }

  private renderChecklist(check: SmartCheck, dateIssues: TargetRowIssue[]) {
    return html`<div class="checklist" part="checklist">
      <p class="count" id="smart-count">${countSentence(check)}</p>
      <p class="advice">Advice only: you can save the target at any time.</p>
      <ul>
        ${smartElements.map((key) => {
          const result = check.elements[key];
          const label = smartElementLabels[key].name;
          const found = result.evidence.map((span) => `“${span.text}”`).join(', ');
          return result.ok
            ? html`<li class="met"><span class="mark" aria-hidden="true">✓</span>
                <span><span class="visually-hidden">Found: </span><span class="element">${label}</span>${found ? html` <span class="found">(${found})</span>` : nothing}</span></li>`
            : html`<li class="missing"><span class="mark" aria-hidden="true">!</span>
                <span><span class="visually-hidden">Missing: </span><span class="element">${label}</span>
                  ${result.message ? html`<p class="message">${result.message}</p>` : nothing}
                  ${result.suggestion ? html`<p class="suggestion">${result.suggestion}</p>` : nothing}</span></li>`;
        })}
        ${dateIssues.map((issue) => html`<li class="missing"><span class="mark" aria-hidden="true">!</span>
          <span><span class="visually-hidden">Missing: </span><span class="element">End date</span>
            <p class="message">${issue.message}</p>
            ${issue.suggestion ? html`<p class="suggestion">${issue.suggestion}</p>` : nothing}</span></li>`)}
      </ul>
    </div>`;
  }

  private renderRead(mode: Mode) {
    const rows: [string, TextField | 'achieved' | 'areaOfNeed'][] = [
      ['Current achievement or baseline', 'baseline'],
      ['SMART target', 'target'],
      ['How will this be achieved (provision)?', 'provision'],
      ['Resources', 'resources'],
      ['When, who and where', 'whenWhoWhere'],
      ['Achieved or outcome', 'outcome'],
      ['Achieved', 'achieved'],
      ...(textOf(this.value, 'areaOfNeed') ? [['Area of need', 'areaOfNeed'] as [string, 'areaOfNeed']] : []),
    ];
    return html`<div part="base" class=${this.error ? 'form-group--error' : ''}>
      <p class="label" part="label">${this.label}</p>
      ${fieldError('target-error', this.error)}
      <dl class="summary">
        ${rows.map(([label, field]) => {
          let text = holdsUnreadable(this.value, field) ? cannotReadField : textOf(this.value, field);
          if (field === 'achieved') text = achievedChoices.find((choice) => choice.value === text && text)?.label ?? text;
          if (field === 'areaOfNeed') text = areasOfNeed.find((choice) => choice.value === text)?.label ?? text;
          const blank = text === '';
          // On paper, an outcome not yet known gets a line to write it by hand at the review.
          const handWritten = blank && mode === 'print' && (field === 'outcome' || field === 'achieved');
          return html`<dt>${label}</dt><dd class=${blank && !handWritten ? 'empty' : ''}>${handWritten
            ? html`<span class="write-line"></span>` : blank ? 'Not given' : text}</dd>`;
        })}
      </dl>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'isp-smart-target': IspSmartTarget;
  }
}
