import type { PlanDocument } from '../plan/plan-document.js';

/**
 * Fired by `<isp-plan>` after every edit, once the plan is updated.
 *
 * `path` is the JSON Pointer (RFC 6901) of the value that changed, e.g. `/targets/2/target`;
 * for row actions it is the pointer of the array (`/targets`). `plan` is the whole current
 * document (the same object `element.plan` returns).
 */
export class IspPlanChangeEvent extends Event {
  static readonly eventName = 'isp-plan-change';
  readonly plan: PlanDocument;
  readonly path: string;

  constructor(plan: PlanDocument, path: string) {
    super(IspPlanChangeEvent.eventName, { bubbles: true, composed: true });
    this.plan = plan;
    this.path = path;
  }
}

declare global {
  interface HTMLElementEventMap {
    'isp-plan-change': IspPlanChangeEvent;
  }
}
