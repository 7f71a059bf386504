import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { fieldId } from './render-context.js';

export interface SummaryEntry {
  readonly pointer: string;
  readonly message: string;
}

/**
 * The GOV.UK error summary: "There is a problem", `role="alert"` on the inner element so it is
 * announced when it appears, the container focusable so focus can move to it, and each
 * message (the same words as inline) a link the plan turns into focusing the field.
 */
export function renderErrorSummary(entries: readonly SummaryEntry[]) {
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <div role="alert">
      <h2 class="error-summary-title" id="error-summary-title">There is a problem</h2>
      <ul class="error-summary-list">
        ${repeat(
          entries,
          // Keyed, so fixing one error removes its item and leaves the others' text alone: the
          // alert would otherwise read out the next error again each time one is fixed.
          (entry) => entry.pointer,
          (entry) => html`<li><a href="#${fieldId(entry.pointer)}" data-focus-pointer=${entry.pointer}>${entry.message}</a></li>`,
        )}
      </ul>
    </div>
  </div>`;
}
