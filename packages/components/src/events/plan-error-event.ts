/**
 * Why `<isp-plan>` refused its input. The element then shows the reason, offers no editing
 * controls and gives back exactly what was set.
 * - `plan-not-object`: `plan` is not a JSON object (a string, an array, `null`, a number…, or an
 *   object that cannot be written as JSON: one that refers to itself, or holds a BigInt)
 * - `unknown-template`: the `template` attribute (or the plan's `template`) is not a known id
 * - `template-mismatch`: the plan belongs to another template than the one rendered
 * - `unsupported-schema-version`: the plan's `schemaVersion` has a newer (or unreadable) major
 * - `invalid-schema`: the `schema` property is not a usable JSON Schema object
 * - `unreadable-form-state`: the browser restored a form state that is not plan JSON
 */
export type IspPlanErrorCode =
  | 'plan-not-object'
  | 'unknown-template'
  | 'template-mismatch'
  | 'unsupported-schema-version'
  | 'invalid-schema'
  | 'unreadable-form-state';

/** Fired by `<isp-plan>` when its input cannot be rendered safely. */
export class IspPlanErrorEvent extends Event {
  static readonly eventName = 'isp-plan-error';
  readonly code: IspPlanErrorCode;
  /** A plain-English sentence saying what is wrong, the same words the element shows. */
  readonly reason: string;

  constructor(code: IspPlanErrorCode, reason: string) {
    super(IspPlanErrorEvent.eventName, { bubbles: true, composed: true });
    this.code = code;
    this.reason = reason;
  }
}

declare global {
  interface HTMLElementEventMap {
    'isp-plan-error': IspPlanErrorEvent;
  }
}
