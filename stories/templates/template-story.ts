// Builds the template stories that generated/<template-id>.stories.ts lists: each story is a
// fixture from packages/schemas/fixtures (loaded here at run time, never copied) shown by
// <isp-plan> in one mode and one state.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderPart } from '../elements/part-story.js';
import { blankPlan } from './blank-plan.js';
import { guidanceMarkdown } from './guidance.js';
import { longPlan, signedAndAmendedPlan } from './plan-variants.js';
import { reportValidityPlay } from './report-validity-play.js';
import { resolve, schemaFor } from './schemas.js';

export type Mode = 'edit' | 'view' | 'print';
export type State = 'empty' | 'complete' | 'fixture' | 'signed-amended' | 'long' | 'errors' | 'invalid';

// A type, not an interface: it must fit renderPart's Record<string, unknown>.
export type PlanArgs = {
  template: string;
  mode: Mode;
  plan: unknown;
  schema?: object;
};

const fixtures = import.meta.glob<unknown>('../../packages/schemas/fixtures/*/*.json', { eager: true, import: 'default' });

/** A fixture's content, or a clear error naming the missing file. */
export function fixture(template: string, file: string): unknown {
  const key = `../../packages/schemas/fixtures/${template}/${file}`;
  if (!(key in fixtures)) throw new Error(`No fixture packages/schemas/fixtures/${template}/${file}`);
  // A fresh copy per story: the element edits the plan it is given.
  return structuredClone(fixtures[key]);
}

export { blankPlan };

/**
 * Every arg set as a property, as for the parts: the controls the manifest gives <isp-plan>
 * (today, name, amendedBy, calendar, validator) reach the element, not only template, mode and plan.
 */
export const renderPlan: (args: PlanArgs) => HTMLElement = renderPart('isp-plan');

export function templateMeta(template: string): Meta<PlanArgs> {
  return {
    render: renderPlan,
    args: { template, mode: 'edit' },
    argTypes: {
      template: { control: false },
      mode: { control: 'inline-radio', options: ['edit', 'view', 'print'] },
      plan: { control: 'object', description: 'The plan document (JSON). Reading it back returns the edited plan.' },
      schema: { control: false },
    },
    parameters: { docs: { description: { component: guidanceMarkdown(template, schemaFor(template)) } } },
  };
}

export function templateStory(spec: { template: string; mode: Mode; state: State; fixture: string | null }): StoryObj<PlanArgs> {
  const { template, mode, state } = spec;
  const file = spec.fixture;
  // The story's name is written into the generated file (storyName in generate-template-stories.js).
  return {
    args: { template, mode, plan: planFor(template, state, file) },
    ...(state === 'errors' || state === 'invalid' ? { play: reportValidityPlay } : {}),
    parameters: { fixture: file ? `packages/schemas/fixtures/${template}/${file}` : null, state },
  };
}

function resolveIn(template: string) {
  const base = schemaFor(template);
  return (node: unknown) => resolve(node, base);
}

function planFor(template: string, state: State, file: string | null): unknown {
  if (state === 'errors' || file === null) return blankPlan(template);
  const plan = fixture(template, file);
  if (state === 'signed-amended') return signedAndAmendedPlan(plan, schemaFor(template), resolveIn(template));
  if (state === 'long') return longPlan(plan, schemaFor(template), resolveIn(template), 200);
  return plan;
}
