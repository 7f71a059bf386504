// Stories of the parts (the domain elements <isp-plan> uses, each usable on its own). A part
// takes its data as properties, so a story creates the element and assigns its args to it:
// the Controls panel (from the custom elements manifest) edits the same properties.
import type { StoryContext } from '@storybook/web-components-vite';

export type PartArgs = Record<string, unknown>;

/** Renders `tag` with every arg set as a property (`pupilName`, `value`, `mode`…). */
export function renderPart(tag: string) {
  return (args: PartArgs): HTMLElement => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(args)) {
      if (value !== undefined) (element as unknown as Record<string, unknown>)[name] = value;
    }
    return element;
  };
}

type Validatable = HTMLElement & { reportValidity?: () => boolean; updateComplete?: Promise<unknown> };

/** Shows a part's own error messages as after pressing save (its `reportValidity()`). */
export async function reportValidity({ canvasElement }: Pick<StoryContext, 'canvasElement'>): Promise<void> {
  // The first custom element of the story: a lit template may wrap it in other markup.
  const element = [...canvasElement.querySelectorAll<Validatable>('*')].find((node) => node.localName.includes('-'));
  if (!element) throw new Error('The story rendered no custom element');
  await customElements.whenDefined(element.localName);
  await element.updateComplete;
  if (typeof element.reportValidity !== 'function') throw new Error(`<${element.localName}> has no reportValidity()`);
  element.reportValidity();
  await element.updateComplete;
}

const fixtures = import.meta.glob<Record<string, unknown>>('../../packages/schemas/fixtures/*/valid-complete.json', { eager: true, import: 'default' });

/** A fresh copy of a template's complete fixture, the source of every part's sample data. */
export function complete(template: string): Record<string, unknown> {
  const plan = fixtures[`../../packages/schemas/fixtures/${template}/valid-complete.json`];
  if (!plan) throw new Error(`No fixture packages/schemas/fixtures/${template}/valid-complete.json`);
  return structuredClone(plan);
}

export const modes = { control: 'inline-radio', options: ['edit', 'view', 'print'] } as const;
