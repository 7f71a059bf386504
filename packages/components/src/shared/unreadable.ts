import { html, type TemplateResult } from 'lit';

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
