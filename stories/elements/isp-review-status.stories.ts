import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { modes, renderPart, type PartArgs } from './part-story.js';

const meta: Meta<PartArgs> = {
  title: 'Elements/isp-review-status',
  component: 'isp-review-status',
  tags: ['autodocs'],
  render: renderPart('isp-review-status'),
  args: { label: 'Next review', mode: 'edit', template: 'individual-provision-map', from: '2026-09-14', today: '2026-10-01' },
  argTypes: { mode: modes, reviews: { control: 'object' } },
};
export default meta;

type Story = StoryObj<PartArgs>;

/** Two weeks into a 6 to 8 week cycle. */
export const Scheduled: Story = {};
export const Due: Story = { args: { today: '2026-11-02' } };
export const Overdue: Story = { args: { today: '2026-12-14' } };
export const Reviewed: Story = { args: { today: '2026-11-09', reviews: [{ date: '2026-10-30', nextReviewDate: '2026-12-11', outcome: 'Targets 1 and 2 achieved; new targets agreed with parents.' }] } };
/** An Inclusion Support Plan reviews every 2 to 4 weeks. */
export const InclusionSupportPlan: Story = { args: { template: 'inclusion-support-plan', today: '2026-10-14' } };
export const CannotWorkOut: Story = { args: { from: 'not a date' } };
/** As a parent reads it on a shared plan: the same status, as text. */
export const View: Story = { args: { mode: 'view', today: '2026-11-09', reviews: Reviewed.args!.reviews } };
export const Print: Story = { args: { mode: 'print' } };
