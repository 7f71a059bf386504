import type { StoryContext } from '@storybook/web-components-vite';

type Validatable = HTMLElement & { reportValidity(): boolean; updateComplete?: Promise<unknown> };

/**
 * Shows the errors of the story's <isp-plan> as a person would after pressing submit: the
 * error summary and the inline messages. The sweep then checks that state with axe too.
 */
export async function reportValidityPlay({ canvasElement }: Pick<StoryContext, 'canvasElement'>): Promise<void> {
  const defined = await Promise.race([
    customElements.whenDefined('isp-plan').then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), 5000)),
  ]);
  if (!defined) throw new Error('<isp-plan> is not defined: is packages/components/src/define/isp-plan.ts there?');
  const plan = canvasElement.querySelector<Validatable>('isp-plan');
  if (!plan) throw new Error('The story rendered no <isp-plan> to validate');
  await plan.updateComplete;
  // A story named for its errors that shows none misleads whoever browses it: fail it instead.
  if (plan.reportValidity()) throw new Error('This story is meant to show errors, but reportValidity() found the plan valid');
  await plan.updateComplete;
}
