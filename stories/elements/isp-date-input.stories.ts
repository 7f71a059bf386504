import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderPart, reportValidity } from './part-story.js';

type DateInputArgs = {
  label: string;
  hint: string;
  value: string;
  mode: 'edit' | 'view' | 'print';
  required: boolean;
  error: string;
  min: string;
  max: string;
};

const meta: Meta<DateInputArgs> = {
  title: 'Elements/isp-date-input',
  component: 'isp-date-input',
  tags: ['autodocs'],
  // Every arg as a property, so every control (today too) reaches the element.
  render: renderPart('isp-date-input'),
  args: { label: 'Date of plan', hint: 'For example, 27 3 2026', value: '', mode: 'edit', required: false, error: '', min: '', max: '' },
  argTypes: { mode: { control: 'inline-radio', options: ['edit', 'view', 'print'] } },
};
export default meta;

type Story = StoryObj<DateInputArgs>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: '2026-03-27' } };
export const WithError: Story = { args: { value: '2026-03-27', error: 'Date of plan must be today or in the past' } };
/** What the person sees after typing a date that does not exist and pressing save. */
export const NotARealDate: Story = {
  args: { value: '2026-02-30', required: true },
  play: reportValidity,
};
export const View: Story = { args: { value: '2026-03-27', mode: 'view' } };
export const PrintBlank: Story = { args: { mode: 'print' } };
