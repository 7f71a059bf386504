import type { IspPlan } from '../plan/isp-plan.js';

/** The control of `element` that edits the value at `pointer`. */
export function controlAt(element: IspPlan, pointer: string): HTMLInputElement {
  const found = element.shadowRoot!.querySelector<HTMLInputElement>(`[data-pointer="${CSS.escape(pointer)}"]`);
  if (!found) throw new Error(`no control for ${pointer}`);
  return found;
}

/** Types `text` into `input` as a person does, then leaves it (`input`, then `change`). */
export function typeInto(input: HTMLInputElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
