// Puts an <isp-plan> on the page with every part registered, the way a portal would, and
// waits until it and its parts have rendered. The define modules are imported by path: the
// package's `./define/*` export maps `define/all.js` to `all.js.ts` (reported in issue 6).
import '../../../packages/components/src/define/all.js';
import '../../../packages/components/src/define/isp-amendments.js';
import '../../../packages/components/src/define/isp-date-input.js';
import '../../../packages/components/src/define/isp-intervention-log.js';
import '../../../packages/components/src/define/isp-pupil-voice.js';
import '../../../packages/components/src/define/isp-review-status.js';
import '../../../packages/components/src/define/isp-signature.js';
import '../../../packages/components/src/define/isp-smart-target.js';
import type { IspPlan } from '../../../packages/components/src/plan/isp-plan.js';
import { settled } from './deep-dom.js';

export type Mode = 'edit' | 'view' | 'print';
export const modes: readonly Mode[] = ['edit', 'view', 'print'];

export async function mountPlan(template: string, mode: Mode, plan?: unknown): Promise<IspPlan> {
  const element = document.createElement('isp-plan');
  element.template = template;
  element.mode = mode;
  if (plan !== undefined) element.plan = plan;
  document.body.append(element);
  await settled(element);
  return element;
}
