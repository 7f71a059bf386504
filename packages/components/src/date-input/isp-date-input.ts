import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldError } from '../shared/field-error.js';
import { fireChange, fireInput, stopInner } from '../shared/fire-value-events.js';
import { formatDate, isIsoDate } from '../shared/iso-date.js';
import { toMode, type Mode } from '../shared/mode.js';
import { dateInputStyles } from './isp-date-input.styles.js';
import {
  checkDateParts,
  partsFromValue,
  splitWholeDate,
  type DateCheck,
  type DateField,
  type DateParts,
} from './parse-date-parts.js';

const fieldLabels: Record<DateField, string> = { day: 'Day', month: 'Month', year: 'Year' };
const fields: DateField[] = ['day', 'month', 'year'];

/**
 * @summary A GOV.UK date input: day, month and year boxes that accept what people type
 * ("3", "03", "March", "mar") and say what is wrong in GOV.UK words.
 *
 * `value` is the ISO date (`YYYY-MM-DD`), or '' while the boxes are empty, incomplete or not a
 * real date. `validationMessage`, `checkValidity()` and `reportValidity()` work like a native
 * input's, for the form or plan that owns it.
 *
 * @fires input - On every keystroke in a box, as a native input does; `value` stays '' until the
 *   boxes make a real date (bubbles, composed).
 * @fires change - After a box was changed and left (bubbles, composed).
 *
 * @csspart base - The wrapper (with the red error bar).
 * @csspart label - The legend, or the label in view and print modes.
 * @csspart hint - The hint text.
 * @csspart error - The inline error message.
 * @csspart control - The row of three boxes.
 * @csspart day - The day box.
 * @csspart month - The month box.
 * @csspart year - The year box.
 * @csspart value - The formatted date in view and print modes.
 * @csspart given - "Recorded as: …", a `value` that is not a date, shown until the person types.
 *
 * @cssproperty --isp-color-error - Error text and bar colour.
 * @cssproperty --isp-color-focus - Focus ring colour.
 * @cssproperty --isp-color-text - Text colour.
 */
export class IspDateInput extends LitElement {
  static override styles = dateInputStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** ISO date `YYYY-MM-DD`, or '' when there is no complete, real date. */
  @property() value: string = '';
  /** The question, e.g. "Date of plan"; also starts every error message. */
  @property() label = '';
  /** Hint text under the label, tied to the controls with `aria-describedby`. */
  @property() hint = '';
  /** An error the host shows (wins over the part's own message). */
  @property() error = '';
  /** `edit` (default), `view` (a readable document) or `print` (paper layout). */
  @property() mode: Mode = 'edit';
  /** Whether an answer is required: `checkValidity()` is false while it is missing. */
  @property({ type: Boolean }) required = false;
  /** Earliest allowed ISO date, inclusive. */
  @property() min = '';
  /** Latest allowed ISO date, inclusive. */
  @property() max = '';
  /**
   * Today's ISO date (the part never reads the clock). With `max` or `min` set to today,
   * yesterday or tomorrow, messages say "must be in the past", "must be today or in the future"…
   */
  @property() today = '';

  @state() private parts: DateParts = { day: '', month: '', year: '' };
  /** Own messages show once the person has left the boxes after typing, or on reportValidity. */
  @state() private showOwnMessage = false;

  /** The value this part last wrote itself: a host echoing it back must not reset the boxes. */
  private ownValue: string | undefined;
  /** Set by `refreshFromHost`: the next value is the host's, even when it equals our own. */
  private fromHost = false;
  private dirty = false;

  /** The host set a new document (or reset the form): the boxes give way to the value given. */
  refreshFromHost(): void {
    this.fromHost = true;
    this.requestUpdate('value', {});
  }

  /** What is wrong with the date, in GOV.UK words, or '' when nothing is. */
  get validationMessage(): string {
    return this.error || this.currentCheck().message;
  }

  /**
   * What is wrong with what has been typed in the boxes, ignoring `error`: '' when they are
   * empty or hold a real date. A form holding the part reads it, since `value` is then ''.
   */
  get typedMessage(): string {
    const { day, month, year } = this.parts;
    return `${day}${month}${year}`.trim() === '' ? '' : this.currentCheck().message;
  }

  /** True when the value is complete and valid, as a native input's `checkValidity()`. */
  checkValidity(): boolean {
    return this.validationMessage === '';
  }

  /** Shows the message inline and moves focus to the first box it is about. */
  reportValidity(): boolean {
    this.showOwnMessage = true;
    const check = this.currentCheck();
    if (this.validationMessage === '') return true;
    const first = check.invalidFields[0] ?? 'day';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#${this.baseId}-${first}`)?.focus());
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Boxes that hold no date yet make the value '', which a plan stores as no value at all and
    // hands back as undefined: still our own, so what was typed stays.
    const own = this.value === this.ownValue || (this.ownValue === '' && this.value == null);
    if (changed.has('value') && (this.fromHost || !own)) {
      this.fromHost = false;
      this.parts = partsFromValue(this.value);
      this.ownValue = undefined;
      // A value that was given but cannot be read is shown as a problem straight away.
      this.showOwnMessage = this.givenButUnreadable();
    }
  }

  /** The label as text: a framework may set `label` to undefined or null. */
  private get labelText(): string {
    return typeof this.label === 'string' ? this.label : '';
  }

  private get baseId(): string {
    return this.id || 'date';
  }

  /** A value was given (not empty, not null) that is not an ISO date: say so, keep it. */
  private givenButUnreadable(): boolean {
    const given: unknown = this.value;
    return given !== '' && given !== null && given !== undefined && !isIsoDate(given);
  }

  private currentCheck(): DateCheck {
    const check = checkDateParts(this.parts, this.labelText, {
      required: this.required,
      min: isIsoDate(this.min) ? this.min : undefined,
      max: isIsoDate(this.max) ? this.max : undefined,
      today: isIsoDate(this.today) ? this.today : undefined,
    });
    if (check.message === '' && this.ownValue === undefined && this.givenButUnreadable()) {
      return { value: '', message: `${this.labelText.trim() || 'The date'} must be a real date`, invalidFields: fields };
    }
    return check;
  }

  private onInput(field: DateField, event: Event): void {
    stopInner(event);
    const typed = (event.target as HTMLInputElement).value;
    // A whole date in one box is split into the three, once it is whole: typed key by key,
    // "31/2/20" is on its way to "31/2/2026", so a two-figure year waits for a paste or for
    // the person to leave the box (onChange).
    const whole = splitWholeDate(typed);
    const pasted = (event as InputEvent).inputType?.startsWith('insertFrom') ?? false;
    this.setParts(whole && (pasted || whole.year.length === 4) ? whole : { ...this.parts, [field]: typed });
  }

  private onChange(event: Event): void {
    stopInner(event);
    const whole = splitWholeDate((event.target as HTMLInputElement).value);
    if (whole) this.setParts(whole);
    fireChange(this);
  }

  private setParts(parts: DateParts): void {
    this.parts = parts;
    this.dirty = true;
    const next = checkDateParts(this.parts, this.labelText, { required: this.required }).value;
    if (next !== this.value) {
      this.ownValue = next;
      this.value = next;
    }
    // Every keystroke, as a native input: boxes that still make no date may now be wrong differently.
    fireInput(this);
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (next instanceof Node && this.renderRoot.contains(next)) return;
    if (this.dirty) this.showOwnMessage = true;
  }

  protected override render() {
    const mode = toMode(this.mode);
    if (mode !== 'edit') return this.renderReadOnly(mode);
    const id = this.baseId;
    const check = this.currentCheck();
    const message = this.error || (this.showOwnMessage ? check.message : '');
    // A host repeating the part's own message still marks just the boxes it is about.
    const own = !this.error || this.error === check.message;
    // A value that cannot be read stays visible beside the message until the person types.
    const given: unknown = this.ownValue === undefined && this.givenButUnreadable() ? this.value : '';
    const invalid = new Set<DateField>(message ? (check.invalidFields.length > 0 && own ? check.invalidFields : fields) : []);
    return html`
      <div class="form-group ${message ? 'form-group--error' : ''}" part="base">
        <fieldset role="group" aria-describedby=${describedBy(this.hint && `${id}-hint`, message && `${id}-error`, given !== '' && `${id}-given`) ?? nothing}
          @focusout=${this.onFocusOut}>
          <legend part="label">${this.labelText || 'Date'}</legend>
          ${this.hint ? html`<div id="${id}-hint" class="hint" part="hint">${this.hint}</div>` : nothing}
          ${fieldError(`${id}-error`, message)}
          ${given !== '' ? html`<p id="${id}-given" class="hint" part="given">Recorded as: ${typeof given === 'string' ? given : JSON.stringify(given)}</p>` : nothing}
          <div class="date-input" part="control">
            ${fields.map((field) => html`
              <div class="item ${field}">
                <label for="${id}-${field}">${fieldLabels[field]}</label>
                <input type="text" id="${id}-${field}" name=${field} part=${field} inputmode="numeric"
                  autocomplete="off" spellcheck="false"
                  .value=${live(this.parts[field])}
                  aria-invalid=${invalid.has(field) ? 'true' : nothing}
                  aria-required=${this.required ? 'true' : nothing}
                  @input=${(event: Event) => this.onInput(field, event)}
                  @change=${this.onChange} />
              </div>`)}
          </div>
        </fieldset>
      </div>`;
  }

  private renderReadOnly(mode: Mode) {
    const given: unknown = this.value;
    const hasValue = given !== '' && given !== null && given !== undefined;
    if (mode === 'print' && !hasValue) {
      return html`<div part="base">
        <span class="label" part="label">${this.labelText || 'Date'}</span>
        <div class="hand-written" part="value">
          ${fields.map((field) => html`<div class=${field}><span>${fieldLabels[field]}</span></div>`)}
        </div>
      </div>`;
    }
    return html`<div part="base">
      <span class="label" part="label">${this.labelText || 'Date'}</span>
      <p class="view-value ${hasValue ? '' : 'empty'}" part="value">${hasValue ? formatDate(given) || JSON.stringify(given) : 'Not given'}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'isp-date-input': IspDateInput;
  }
}
