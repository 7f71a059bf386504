import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { fieldError } from '../shared/field-error.js';
import { formatDate } from '../shared/iso-date.js';
import { isRecord, textOf } from '../shared/is-record.js';
import type { Mode } from '../shared/mode.js';
import { describePointer } from './json-pointer.js';
import { amendmentsStyles } from './isp-amendments.styles.js';

/** Field titles by JSON pointer, or a function that finds one (e.g. from the plan's schema). */
export type FieldTitles = Record<string, string> | ((pointer: string) => string | undefined);

/** A value before or after a change, as a person reads it. */
export function readableValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return formatDate(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(readableValue).join('; ');
  if (isRecord(value)) {
    return Object.entries(value).map(([key, item]) => `${describePointer(`/${key}`)}: ${readableValue(item)}`).join('\n');
  }
  return String(value);
}

/**
 * @summary The amendments made to a plan after it was agreed (who, when, which field, before →
 * after, why), highlighted apart from the original text as seed 003 asks. Display only.
 *
 * Record amendments with `recordAmendment(plan, { path, value, by, reason, date })`.
 *
 * @csspart base - The wrapper.
 * @csspart label - The title.
 * @csspart hint - The hint text.
 * @csspart error - The inline error message from the host.
 * @csspart list - The list of amendments.
 * @csspart amendment - One amendment.
 * @csspart previous - The value before.
 * @csspart new-value - The value after.
 *
 * @cssproperty --isp-color-amendment - The bar beside each amendment.
 * @cssproperty --isp-color-amended - The highlight behind the new value.
 */
export class IspAmendments extends LitElement {
  static override styles = amendmentsStyles;

  /** A schema `amendment[]`, in the order they were made. */
  @property({ attribute: false }) value: unknown = [];
  /** Titles for the fields amendments point at; otherwise the pointer is made readable. */
  @property({ attribute: false }) titles: FieldTitles | undefined = undefined;
  /** The visible label or heading of the part. */
  @property() label = 'Amendments';
  /** Hint text under the label, tied to the controls with `aria-describedby`. */
  @property() hint = '';
  /** An error to show inline in GOV.UK style (e.g. from the plan's validation); `''` for none. */
  @property() error = '';
  /** `edit` (default), `view` (a readable document) or `print` (paper layout). */
  @property() mode: Mode = 'edit';
  /** Whether an answer is required: `checkValidity()` is false while it is missing. */
  @property({ type: Boolean }) required = false;

  private titleOf(pointer: string): string {
    const titles = this.titles;
    const found = typeof titles === 'function' ? safely(() => titles(pointer)) : isRecord(titles) ? titles[pointer] : undefined;
    return typeof found === 'string' && found ? found : describePointer(pointer);
  }

  protected override render() {
    return html`<div part="base" class=${this.error ? 'form-group--error' : ''}>
      <p class="label" part="label" id="amendments-label">${this.label}</p>
      ${this.hint ? html`<p class="hint" part="hint">${this.hint}</p>` : nothing}
      ${fieldError('amendments-error', this.error)}
      ${this.renderList()}
    </div>`;
  }

  private renderList() {
    if (this.value === undefined || this.value === null) return html`<p class="empty">No amendments since the plan was agreed.</p>`;
    if (!Array.isArray(this.value)) {
      return html`<p class="form-group--error">The amendments could not be read: they are not a list.</p>`;
    }
    if (this.value.length === 0) return html`<p class="empty">No amendments since the plan was agreed.</p>`;
    return html`<ol part="list" aria-labelledby="amendments-label">
      ${this.value.map((amendment) => this.renderAmendment(amendment))}
    </ol>`;
  }

  private renderAmendment(amendment: unknown) {
    if (!isRecord(amendment)) return html`<li class="amendment" part="amendment">This amendment could not be read.</li>`;
    const by = amendment.by;
    // "by" written as plain text (an MIS export) names the person too: never hidden.
    const who = typeof by === 'string' ? [by].filter(Boolean) : [textOf(by, 'name'), textOf(by, 'role')].filter(Boolean);
    const byText = who.length === 0 ? '' : who.length === 1 ? ` by ${who[0]}` : ` by ${who[0]} (${who[1]})`;
    const date = textOf(amendment, 'date');
    const reason = textOf(amendment, 'reason');
    return html`<li class="amendment" part="amendment">
      <p class="meta"><strong class="tag">Amended</strong> ${date ? formatDate(date) : 'Date not recorded'}${byText}</p>
      <dl class="change">
        <dt>Field</dt><dd>${this.titleOf(textOf(amendment, 'path'))}</dd>
        <dt>Before</dt><dd><del part="previous">${readableValue(amendment.previous)}</del></dd>
        <dt>After</dt><dd><ins part="new-value">${readableValue(amendment.value)}</ins></dd>
        ${reason ? html`<dt>Why</dt><dd>${reason}</dd>` : nothing}
      </dl>
    </li>`;
  }
}

function safely(find: () => string | undefined): string | undefined {
  try {
    return find();
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'isp-amendments': IspAmendments;
  }
}
