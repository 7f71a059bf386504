import type { IspPlan } from '../plan/isp-plan.js';

/** A new `<isp-plan>`, set up before it is connected (as a host would), once it has rendered. */
export async function mountPlan(setup: (element: IspPlan) => void, parent: HTMLElement = document.body): Promise<IspPlan> {
  const element = document.createElement('isp-plan');
  setup(element);
  parent.append(element);
  await element.updateComplete;
  return element;
}
