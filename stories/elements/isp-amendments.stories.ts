import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { complete, modes, renderPart, type PartArgs } from './part-story.js';

const plan = complete('inclusion-support-plan');

const meta: Meta<PartArgs> = {
  title: 'Elements/isp-amendments',
  component: 'isp-amendments',
  tags: ['autodocs'],
  render: renderPart('isp-amendments'),
  args: { label: 'Amendments', mode: 'view', value: plan.amendments, titles: { '/behaviours/proactiveStrategies': 'Proactive strategies' } },
  argTypes: { mode: modes, value: { control: 'object' }, titles: { control: 'object' } },
};
export default meta;

type Story = StoryObj<PartArgs>;

/** Seed 003: changes after agreement shown apart from the original text. */
export const Amended: Story = {};
export const None: Story = { args: { value: [] } };
export const Edit: Story = { args: { mode: 'edit' } };
export const Print: Story = { args: { mode: 'print' } };
