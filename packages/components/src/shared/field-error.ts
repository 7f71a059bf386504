import { html, nothing, type TemplateResult } from 'lit';

/**
 * A GOV.UK inline error message. The visually hidden prefix tells screen-reader users it is an
 * error, since the red colour and bar do not reach them.
 */
export function fieldError(id: string, message: string): TemplateResult | typeof nothing {
  if (!message) return nothing;
  return html`<p id=${id} class="error-message" part="error"><span class="visually-hidden">Error:</span> ${message}</p>`;
}

/** The space-separated ids for `aria-describedby`, skipping the ones not rendered. */
export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}
