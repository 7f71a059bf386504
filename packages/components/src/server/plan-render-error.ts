/**
 * Why `renderPlanToHtml` refused its input, with the same codes `<isp-plan>` uses in its
 * `isp-plan-error` event (plus `invalid-option` for a bad `mode`), so a server can handle both
 * the same way.
 */
export type PlanRenderErrorCode =
  | 'plan-not-object'
  | 'unknown-template'
  | 'template-mismatch'
  | 'unsupported-schema-version'
  | 'invalid-schema'
  | 'invalid-option';

export class PlanRenderError extends Error {
  override readonly name = 'PlanRenderError';
  readonly code: PlanRenderErrorCode;

  constructor(code: PlanRenderErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
