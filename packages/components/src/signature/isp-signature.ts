import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { IspDateInput } from '../date-input/isp-date-input.js';
import { dateExportParts } from '../shared/date-exportparts.js';
import { describedBy, fieldError } from '../shared/field-error.js';
import { fireChange, fireInput, stopInner } from '../shared/fire-value-events.js';
import { formatDate, isIsoDate } from '../shared/iso-date.js';
import { sameJson } from '../shared/same-json.js';
import { isRecord, textOf } from '../shared/is-record.js';
import { toMode, type Mode } from '../shared/mode.js';
import { holdsUnreadable, isUnreadable, unreadableField, unreadableMessage } from '../shared/unreadable.js';
import { signatureStyles } from './isp-signature.styles.js';

/** The schema's `signature.who` values and their words. */
export const signerKinds: readonly { value: string; label: string }[] = [
  { value: 'parent-carer', label: 'Parent/carer' },
  { value: 'pupil', label: 'Pupil' },
  { value: 'setting', label: 'Setting' },
  { value: 'professional', label: 'Professional' },
];

type SignatureField = 'who' | 'name' | 'date';

/** Signed means what a paper form means by it: a typed name and a real date. */
export function isSigned(value: unknown): boolean {
  return textOf(value, 'name').trim() !== '' && isIsoDate(textOf(value, 'date'));
}

/**
 * @summary A typed signature: who is signing, their role, their typed name and the date. Shows
 * "Signed by … on …" once signed, warns when what it signs has changed since (`stale`), and in
 * print mode gives lines to sign and date by hand.
 *
 * `value` is a schema `signature` object; edits emit a new object keeping every other field.
 *
 * @fires input - After `value` changed while typing (bubbles, composed).
 * @fires change - After a field was committed or the signature was signed (bubbles, composed).
 *
 * @csspart base - The wrapper.
 * @csspart label - The legend or title.
 * @csspart hint - The hint text.
 * @csspart error - Inline error messages.
 * @csspart who - The "who is signing" select.
 * @csspart role - The role box.
 * @csspart name - The typed-name box.
 * @csspart date - The isp-date-input for the date.
 * @csspart date-base - The date's wrapper (the date input's `base`, forwarded).
 * @csspart date-label - The date's legend (the date input's `label`, forwarded).
 * @csspart date-hint - The date's hint (the date input's `hint`, forwarded).
 * @csspart date-error - The date's error message (the date input's `error`, forwarded).
 * @csspart date-control - The row of date boxes (the date input's `control`, forwarded).
 * @csspart date-day - The day box (the date input's `day`, forwarded).
 * @csspart date-month - The month box (the date input's `month`, forwarded).
 * @csspart date-year - The year box (the date input's `year`, forwarded).
 * @csspart date-value - The formatted date (the date input's `value`, forwarded).
 * @csspart date-given - A date value that could not be read, as it was recorded (the date input's `given`, forwarded).
 * @csspart sign-button - The "Sign" button.
 * @csspart cancel-button - "Cancel" while changing a signature: puts it back as it was.
 * @csspart signed - The "Signed by … on …" panel.
 * @csspart sign-again-button - "Change signature", or "Sign again" when stale.
 * @csspart stale-warning - The warning that the signature needs signing again.
 *
 * @cssproperty --isp-color-success - The bar beside a signed signature.
 */
export class IspSignature extends LitElement {
  static override styles = signatureStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The JSON this part shows and edits; fields it does not know are kept as they are. */
  @property({ attribute: false }) value: unknown = {};
  /** e.g. "Parent/carer signature". */
  @property() label = 'Signature';
  /** Hint text under the label, tied to the controls with `aria-describedby`. */
  @property() hint = '';
  /** An error to show inline in GOV.UK style (e.g. from the plan's validation); `''` for none. */
  @property() error = '';
  /** `edit` (default), `view` (a readable document) or `print` (paper layout). */
  @property() mode: Mode = 'edit';
  /** Whether an answer is required: `checkValidity()` is false while it is missing. */
  @property({ type: Boolean }) required = false;
  /** Set by the host when what this signature signs has changed since it was signed. */
  @property({ type: Boolean, reflect: true }) stale = false;
  /** ISO date used when someone signs without giving a date. The part never reads the clock. */
  @property() today = '';

  @state() private editing = true;
  @state() private fieldErrors: Partial<Record<SignatureField, string>> = {};

  private ownValue: unknown;
  /** Said by the status region once signed. */
  @state() private announcement = '';
  /** The signature as it was before "Change signature" or "Sign again", for Cancel. */
  @state() private beforeChange: unknown;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A host handing back a copy of what this part wrote (Vue's ref, a store) is not a new value.
    if (changed.has('value') && !sameJson(this.value, this.ownValue)) {
      this.editing = !isSigned(this.value);
      this.fieldErrors = {};
      this.beforeChange = undefined; // a value from the host ends a change in progress
    }
  }

  /** The host's `error`, or, when `required` and not signed, what is still needed to sign. */
  get validationMessage(): string {
    if (this.error) return this.error;
    if (!this.required || isSigned(this.value)) return '';
    return textOf(this.value, 'name').trim() === '' ? 'Enter the name of the person signing' : 'Enter the date of signing';
  }

  /** True when the value is complete and valid, as a native input's `checkValidity()`. */
  checkValidity(): boolean {
    return this.validationMessage === '';
  }

  /**
   * Opens the form again, e.g. to sign again after the signed content changed. The old date
   * goes at once: otherwise a name typed over the old one would read as signed on that date by
   * someone who never pressed Sign. Cancel puts the signature back as it was.
   */
  async signAgain(): Promise<void> {
    if (isSigned(this.value) && isRecord(this.value)) {
      this.beforeChange = this.value;
      const { date: _old, ...undated } = this.value;
      this.write(undated);
      fireChange(this);
    }
    this.editing = true;
    await this.updateComplete;
    this.focus();
  }

  private cancelChange(): void {
    const before = this.beforeChange;
    this.beforeChange = undefined;
    this.fieldErrors = {};
    if (before !== undefined) {
      this.write(before);
      fireChange(this);
    }
    this.editing = !isSigned(this.value);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.signed button')?.focus());
  }

  private write(next: unknown): void {
    this.ownValue = next;
    this.value = next;
    fireInput(this);
  }

  private setField(field: string, text: string, event: Event, kind: 'input' | 'change'): void {
    stopInner(event);
    if (kind === 'input' || textOf(this.value, field) !== text) {
      const next = { ...(isRecord(this.value) ? this.value : {}), [field]: text };
      // An emptied field is left out, as the plan's own fields are: no '' kept in the plan.
      if (text === '') delete next[field];
      if (this.fieldErrors[field as SignatureField]) this.fieldErrors = { ...this.fieldErrors, [field]: undefined };
      this.write(next);
    }
    if (kind === 'change') fireChange(this);
  }

  private onDate(event: Event, kind: 'input' | 'change'): void {
    const input = event.target as IspDateInput;
    // A date that is wrong (in the future, say) is not written: it would sign on that date.
    const date = input.validationMessage ? '' : input.value;
    // The boxes fire on every keystroke; until they make a date (or clear one) nothing changed.
    if (kind === 'input' && date === textOf(this.value, 'date')) {
      stopInner(event);
      return;
    }
    this.setField('date', date, event, kind);
  }

  private sign(): void {
    const current = isRecord(this.value) ? this.value : {};
    const dateInput = this.renderRoot.querySelector<IspDateInput>('isp-date-input');
    const errors: Partial<Record<SignatureField, string>> = {};
    if (!textOf(current, 'who')) errors.who = 'Select who is signing';
    if (!textOf(current, 'name').trim()) errors.name = 'Enter the name of the person signing';
    const dateProblem = dateInput?.validationMessage ?? '';
    const date = textOf(current, 'date') || (dateProblem === '' && isIsoDate(this.today) ? this.today : '');
    if (dateProblem) errors.date = dateProblem;
    else if (!date) errors.date = 'Enter the date of signing';
    this.fieldErrors = errors;
    const first = (['who', 'name', 'date'] as const).find((field) => errors[field]);
    if (first) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus());
      return;
    }
    if (date !== textOf(current, 'date')) this.write({ ...current, date });
    this.beforeChange = undefined;
    this.editing = false;
    this.announcement = `${this.signedSentence()}.`;
    fireChange(this);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.signed button')?.focus());
  }

  private whoWords(): string {
    const who = textOf(this.value, 'who');
    const role = textOf(this.value, 'role');
    const kind = signerKinds.find((option) => option.value === who)?.label ?? who;
    return [kind, role].filter(Boolean).join(', ');
  }

  private signedSentence(): string {
    const who = this.whoWords();
    return `Signed by ${textOf(this.value, 'name')}${who ? ` (${who})` : ''} on ${formatDate(textOf(this.value, 'date'))}`;
  }

  /** What is recorded of a signature still missing its name or a real date: never hidden. */
  private unsignedSentence(): string {
    const name = textOf(this.value, 'name').trim();
    const who = this.whoWords();
    const recorded = [name, who && (name ? `(${who})` : who)].filter(Boolean).join(' ');
    return recorded ? `Not signed yet: ${recorded}, no signing date` : 'Not signed yet';
  }

  protected override render() {
    const mode = toMode(this.mode);
    // One status region that stays while the form gives way to "Signed by…", so signing is announced.
    return html`${this.renderBody(mode)}${mode === 'edit' ? html`<p class="visually-hidden" role="status">${this.announcement}</p>` : nothing}`;
  }

  private renderBody(mode: Mode) {
    if (isUnreadable(this.value, 'object')) return unreadableMessage(this.label, 'signature');
    if (mode === 'print') return this.renderPrint();
    const signed = isSigned(this.value);
    if (mode === 'view' || (signed && !this.editing)) {
      return html`<div part="base" class=${this.error ? 'form-group--error' : ''}>
        ${this.label ? html`<p class="label" part="label">${this.label}</p>` : nothing}
        ${fieldError('signature-error', this.error)}
        ${signed ? this.renderSigned(mode) : html`<p class="empty">${this.unsignedSentence()}</p>`}
      </div>`;
    }
    return this.renderForm();
  }

  private renderSigned(mode: Mode) {
    return html`<div class="signed" part="signed">
      ${this.stale ? html`<div class="warning" part="stale-warning">
        <span class="warning-icon" aria-hidden="true">!</span>
        <p><span class="visually-hidden">Warning:</span> This has changed since it was signed. It needs to be signed again.</p>
      </div>` : nothing}
      <p class="signed-by">${this.signedSentence()}</p>
      ${mode === 'edit' ? html`<div class="actions">
        <button type="button" class=${this.stale ? '' : 'secondary'} part="sign-again-button" @click=${this.signAgain}>
          ${this.stale ? 'Sign again' : 'Change signature'}<span class="visually-hidden">: ${this.label}</span>
        </button>
      </div>` : nothing}
    </div>`;
  }

  private renderForm() {
    const value = this.value;
    const who = textOf(value, 'who');
    const unknownWho = who !== '' && !signerKinds.some((option) => option.value === who);
    const errors = this.fieldErrors;
    return html`<div part="base" class=${this.error ? 'form-group--error' : ''}>
      <fieldset aria-describedby=${describedBy(this.hint && 'signature-hint', this.error && 'signature-error') ?? nothing}>
        <legend part="label">${this.label}</legend>
        ${this.hint ? html`<p id="signature-hint" class="hint" part="hint">${this.hint}</p>` : nothing}
        ${fieldError('signature-error', this.error)}
        ${this.stale && isSigned(value) ? html`<div class="warning" part="stale-warning">
          <span class="warning-icon" aria-hidden="true">!</span>
          <p><span class="visually-hidden">Warning:</span> This has changed since it was signed. It needs to be signed again.</p>
        </div>` : nothing}
        ${holdsUnreadable(value, 'who') ? unreadableField('Who is signing') : html`<div class="field ${errors.who ? 'form-group--error' : ''}">
          <label class="label" for="who">Who is signing</label>
          ${fieldError('who-error', errors.who ?? '')}
          <select id="who" part="who" aria-describedby=${errors.who ? 'who-error' : nothing}
            aria-invalid=${errors.who ? 'true' : nothing}
            @change=${(event: Event) => this.setField('who', (event.target as HTMLSelectElement).value, event, 'change')}
            @input=${stopInner}>
            <option value="" .selected=${live(who === '')}>Choose</option>
            ${signerKinds.map((option) => html`<option value=${option.value} .selected=${live(who === option.value)}>${option.label}</option>`)}
            ${unknownWho ? html`<option value=${who} selected>${who}</option>` : nothing}
          </select>
        </div>`}
        ${holdsUnreadable(value, 'role') ? unreadableField('Role') : html`<div class="field">
          <label class="label" for="role">Role</label>
          <p id="role-hint" class="hint">For example, mum, key person or SENCO</p>
          <input type="text" id="role" part="role" aria-describedby="role-hint" autocomplete="organization-title"
            .value=${live(textOf(value, 'role'))}
            @input=${(event: Event) => this.setField('role', (event.target as HTMLInputElement).value, event, 'input')}
            @change=${(event: Event) => this.setField('role', (event.target as HTMLInputElement).value, event, 'change')} />
        </div>`}
        ${holdsUnreadable(value, 'name') ? unreadableField('Full name') : html`<div class="field ${errors.name ? 'form-group--error' : ''}">
          <label class="label" for="name">Full name</label>
          <p id="name-hint" class="hint">Typing your name here signs this section</p>
          ${fieldError('name-error', errors.name ?? '')}
          <input type="text" id="name" class="name" part="name" autocomplete="name" spellcheck="false"
            aria-describedby=${describedBy('name-hint', errors.name && 'name-error')!}
            aria-invalid=${errors.name ? 'true' : nothing}
            .value=${live(textOf(value, 'name'))}
            @input=${(event: Event) => this.setField('name', (event.target as HTMLInputElement).value, event, 'input')}
            @change=${(event: Event) => this.setField('name', (event.target as HTMLInputElement).value, event, 'change')} />
        </div>`}
        ${holdsUnreadable(value, 'date') ? unreadableField('Date') : html`<isp-date-input id="date" part="date" exportparts=${dateExportParts} label="Date"
          hint=${isIsoDate(this.today) ? `Leave empty to use today, ${formatDate(this.today)}` : 'For example, 14 10 2026'}
          .value=${isRecord(value) && value.date !== undefined ? value.date : ''}
          .today=${isIsoDate(this.today) ? this.today : ''}
          .max=${isIsoDate(this.today) ? this.today : ''}
          .error=${errors.date ?? ''}
          @input=${(event: Event) => this.onDate(event, 'input')}
          @change=${(event: Event) => this.onDate(event, 'change')}></isp-date-input>`}
        ${(['who', 'name', 'date'] as const).some((field) => holdsUnreadable(value, field)) ? nothing
          : html`<div class="actions">
            <button type="button" part="sign-button" @click=${this.sign}>Sign<span class="visually-hidden">: ${this.label}</span></button>
            ${this.beforeChange !== undefined ? html`<button type="button" class="secondary" part="cancel-button" @click=${this.cancelChange}>Cancel<span class="visually-hidden">: keep the signature as it was</span></button>` : nothing}
          </div>`}
      </fieldset>
    </div>`;
  }

  private renderPrint() {
    const name = textOf(this.value, 'name');
    const date = textOf(this.value, 'date');
    const who = this.whoWords();
    return html`<div part="base">
      ${this.label ? html`<p class="label" part="label">${this.label}</p>` : nothing}
      ${this.stale && isSigned(this.value) ? html`<p><strong>Warning:</strong> this has changed since it was signed and needs to be signed again.</p>` : nothing}
      <div class="print-lines">
        <span>Signature</span><span class="write-line"></span>
        <span>Name</span><span class="write-line">${name}</span>
        ${who ? html`<span>Role</span><span class="write-line">${who}</span>` : nothing}
        <span>Date</span><span class="write-line">${date ? formatDate(date) : ''}</span>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'isp-signature': IspSignature;
  }
}
