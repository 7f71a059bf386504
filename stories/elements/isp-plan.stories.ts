import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { blankPlan, fixture, renderPlan, type PlanArgs } from '../templates/template-story.js';

const templates = ['ey-individual-support-plan', 'individual-provision-map', 'record-of-intervention', 'review-of-intervention',
  'inclusion-action-plan', 'individual-support-plan', 'inclusion-support-plan', 'sen-support-plan'];

// The element itself; every template in every mode and state is under Templates/. A line
// comment, not JSDoc: Storybook would show a JSDoc comment here in place of the element's own
// summary and description from the manifest at the top of its docs page.
const meta: Meta<PlanArgs> = {
  title: 'Elements/isp-plan',
  component: 'isp-plan',
  tags: ['autodocs'],
  render: renderPlan,
  args: { template: 'individual-provision-map', mode: 'edit', plan: fixture('individual-provision-map', 'valid-complete.json') },
  argTypes: {
    template: { control: 'select', options: templates },
    mode: { control: 'inline-radio', options: ['edit', 'view', 'print'] },
    plan: { control: 'object' },
  },
};
export default meta;

type Story = StoryObj<PlanArgs>;

export const Playground: Story = {};
/** No `plan` set: the element starts a blank plan of its template. */
export const NoPlanYet: Story = { args: { plan: undefined } };
/** Bad input is never a crash: a clear message, announced, and the input kept untouched. */
export const PlanNotAnObject: Story = { args: { plan: 'this is not a plan' } };
export const PlanOfAnotherTemplate: Story = { args: { plan: fixture('sen-support-plan', 'valid-complete.json') } };
export const UnknownTemplate: Story = { args: { template: 'no-such-template', plan: blankPlan('no-such-template') } };
export const NewerSchemaVersion: Story = {
  args: { plan: { ...(fixture('individual-provision-map', 'valid-complete.json') as object), schemaVersion: '2.0.0' } },
};
