import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { complete, modes, renderPart, type PartArgs } from './part-story.js';

const ipm = complete('individual-provision-map');
const target = (ipm.targets as Record<string, unknown>[])[0]!;

const meta: Meta<PartArgs> = {
  title: 'Elements/isp-smart-target',
  component: 'isp-smart-target',
  tags: ['autodocs'],
  render: renderPart('isp-smart-target'),
  args: { label: 'SMART target 1', mode: 'edit', pupilName: 'Amara', planDate: '2026-09-14', reviewDate: '2026-10-30', value: target },
  argTypes: { mode: modes, value: { control: 'object' } },
};
export default meta;

type Story = StoryObj<PartArgs>;

/** A SMART target from the IPM fixture: every element of the checklist holds. */
export const Smart: Story = {};
export const Empty: Story = { args: { value: { id: 'target-new' } } };
/** "Improve" cannot be observed, and there is no degree of success or date: the checklist says what to add. */
export const NotSmart: Story = { args: { value: { ...target, target: 'Amara will improve her communication.' } } };
export const WithError: Story = { args: { error: 'Enter the SMART target' , value: { id: 'target-new' } } };
export const View: Story = { args: { mode: 'view' } };
export const Print: Story = { args: { mode: 'print' } };
