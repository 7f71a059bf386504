import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { complete, modes, renderPart, type PartArgs } from './part-story.js';

const voice = (complete('sen-support-plan').communicationAndInteraction as Record<string, unknown>).pupilVoice;

const meta: Meta<PartArgs> = {
  title: 'Elements/isp-pupil-voice',
  component: 'isp-pupil-voice',
  tags: ['autodocs'],
  render: renderPart('isp-pupil-voice'),
  args: { label: 'What Kai says', mode: 'edit', value: voice },
  argTypes: { mode: modes, value: { control: 'object' } },
};
export default meta;

type Story = StoryObj<PartArgs>;

export const InTheirOwnWords: Story = {};
export const Empty: Story = { args: { value: undefined } };
export const WithError: Story = { args: { error: "Record the pupil's views", value: undefined } };
export const View: Story = { args: { mode: 'view' } };
export const Print: Story = { args: { mode: 'print' } };
