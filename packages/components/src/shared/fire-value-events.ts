/**
 * Fires the native events a form control fires, from the host, after its `value` changed.
 * They bubble and are composed so frameworks and `<isp-plan>` hear them through shadow roots.
 */
export function fireInput(host: HTMLElement): void {
  host.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function fireChange(host: HTMLElement): void {
  host.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/**
 * Native `input` events from inputs inside a shadow root are composed, so they would reach the
 * host's listeners before the host has updated its `value`. Parts stop them and fire their own.
 */
export function stopInner(event: Event): void {
  event.stopPropagation();
}
