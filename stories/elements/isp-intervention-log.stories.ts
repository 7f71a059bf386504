import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { complete, modes, renderPart, type PartArgs } from './part-story.js';

const record = complete('record-of-intervention');

const meta: Meta<PartArgs> = {
  title: 'Elements/isp-intervention-log',
  component: 'isp-intervention-log',
  tags: ['autodocs'],
  render: renderPart('isp-intervention-log'),
  args: { label: 'Record of intervention', mode: 'edit', today: '2026-10-01', targets: record.targets, value: record.entries },
  argTypes: { mode: modes, value: { control: 'object' }, targets: { control: 'object' } },
};
export default meta;

type Story = StoryObj<PartArgs>;

export const Logged: Story = {};
export const Empty: Story = { args: { value: [] } };
export const WithError: Story = { args: { error: 'Add at least one entry' , value: [] } };
export const View: Story = { args: { mode: 'view' } };
export const Print: Story = { args: { mode: 'print' } };
