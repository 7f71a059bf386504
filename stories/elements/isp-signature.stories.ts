import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { complete, modes, renderPart, type PartArgs } from './part-story.js';

const signature = (complete('individual-provision-map').agreement as Record<string, unknown>).parentCarerSignature;

const meta: Meta<PartArgs> = {
  title: 'Elements/isp-signature',
  component: 'isp-signature',
  tags: ['autodocs'],
  render: renderPart('isp-signature'),
  args: { label: 'Parent/carer signature', mode: 'edit', today: '2026-09-14', value: signature },
  argTypes: { mode: modes, value: { control: 'object' } },
};
export default meta;

type Story = StoryObj<PartArgs>;

export const Signed: Story = {};
export const Unsigned: Story = { args: { value: undefined } };
/** Signed, then the section it signs was edited: the signature warns it no longer covers the text. */
export const Stale: Story = { args: { stale: true } };
/** The host (or <isp-plan>) shows what is missing through `error`. */
export const WithError: Story = { args: { required: true, value: undefined, error: 'Enter the name of the parent or carer who is signing' } };
export const View: Story = { args: { mode: 'view' } };
/** On paper: the typed name, then lines to sign and date by hand. */
export const Print: Story = { args: { mode: 'print' } };
export const PrintBlank: Story = { args: { mode: 'print', value: undefined } };
