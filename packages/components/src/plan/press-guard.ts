import type { PropertyValues, ReactiveController, ReactiveElement } from 'lit';

/**
 * Holds back the host's redraws while a pointer is pressed anywhere on the page, and redraws
 * as soon as the press ends. Leaving a field (its `change`) can grow the plan: an amendment
 * recorded, a signature flagged, an inline error shown. Drawn between a button's mousedown and
 * mouseup, that growth moves the button from under the pointer and the click is lost, whether
 * the button is the host page's Save or one of the plan's own. Only drawing waits: the plan,
 * its events and validity are current throughout. Keyboard use never holds anything.
 * Properties changed meanwhile are requested again on release, so `willUpdate` still sees them.
 */
export class PressGuard implements ReactiveController {
  private pressed = false;
  private owed: Map<PropertyKey, unknown> | undefined;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pointerdown', this.onPress, true);
    for (const type of ['pointerup', 'pointercancel', 'blur'] as const) addEventListener(type, this.onRelease, true);
  }

  hostDisconnected(): void {
    removeEventListener('pointerdown', this.onPress, true);
    for (const type of ['pointerup', 'pointercancel', 'blur'] as const) removeEventListener(type, this.onRelease, true);
    this.release();
  }

  /** For the host's `shouldUpdate`: false while a press is on, and the redraw is then owed. */
  allowsUpdate(changed: PropertyValues): boolean {
    if (!this.pressed) return true;
    this.owed ??= new Map();
    for (const [key, previous] of changed) if (!this.owed.has(key)) this.owed.set(key, previous);
    return false;
  }

  private onPress = (event: PointerEvent): void => {
    if (event.isPrimary) this.pressed = true;
  };

  // By pointerup the browser has already chosen what the click lands on, so drawing now is safe.
  private onRelease = (event: Event): void => {
    if (event.type !== 'blur' || event.target === window) this.release();
  };

  private release(): void {
    this.pressed = false;
    const owed = this.owed;
    if (!owed) return;
    this.owed = undefined;
    this.host.requestUpdate();
    for (const [key, previous] of owed) this.host.requestUpdate(key, previous);
  }
}
