import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fixture, renderPlan, type PlanArgs } from './template-story.js';
import { localAuthorityPlan, localAuthorityVariant } from './local-authority-variant.js';
import { schemaFor } from './schemas.js';

const base = schemaFor('individual-provision-map');
if (!base) throw new Error('packages/schemas/schemas/individual-provision-map.schema.json is missing');
const schema = localAuthorityVariant(base);
const complete = () => localAuthorityPlan(fixture('individual-provision-map', 'valid-complete.json') as Record<string, unknown>);

const meta: Meta<PlanArgs> = {
  title: 'Templates/Local authority variant',
  component: 'isp-plan',
  tags: ['autodocs'],
  render: renderPlan,
  args: { template: 'individual-provision-map', mode: 'edit', schema },
  argTypes: { mode: { control: 'inline-radio', options: ['edit', 'view', 'print'] }, plan: { control: 'object' }, schema: { control: 'object' } },
  parameters: {
    docs: {
      description: {
        component: 'The individual provision map as a local authority might vary it: its own list of levels in place of '
          + 'GR1 to Exceptional, and an added "Early Help reference" field. The variant schema is passed through the `schema` '
          + 'property; `<isp-plan>` renders it with no new code.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<PlanArgs>;

export const Edit: Story = { args: { plan: complete() } };
export const EditEmpty: Story = { args: { plan: fixture('individual-provision-map', 'valid-minimal.json') } };
export const View: Story = { args: { mode: 'view', plan: complete() } };
export const Print: Story = { args: { mode: 'print', plan: complete() } };
