import { html, type TemplateResult } from 'lit';
import { isRecord } from './is-record.js';

/**
 * A value of the wrong shape (a string where an object belongs, say) is shown as a message with
 * no inputs, so nobody overwrites data they cannot see. null and undefined mean "nothing yet".
 */
export function isUnreadable(value: unknown, shape: 'object' | 'list'): boolean {
  if (value === undefined || value === null) return false;
  if (shape === 'list') return !Array.isArray(value);
  return typeof value !== 'object' || Array.isArray(value);
}

export function unreadableMessage(label: string, what: string): TemplateResult {
  return html`<div part="base">
    <p class="label" part="label">${label}</p>
    <p class="form-group--error" part="problem">This ${what} could not be read: it is not in the expected shape, so it is kept unchanged and cannot be edited here.</p>
  </div>`;
}

/**
 * A field the part edits as text or a choice that holds a list or an object instead: a box
 * would show it empty and typing would overwrite what nobody saw.
 */
export function holdsUnreadable(record: unknown, key: string): boolean {
  const item = isRecord(record) ? record[key] : undefined;
  return typeof item === 'object' && item !== null;
}

/** What view and print modes say of such a field, rather than "Not given". */
export const cannotReadField = 'This could not be read: it is kept unchanged';

/** Such a field, named and kept, in place of its box. */
export function unreadableField(label: string): TemplateResult {
  return html`<div class="field">
    <p class="label">${label}</p>
    <p class="form-group--error" part="problem">${cannotReadField} and cannot be edited here.</p>
  </div>`;
}
