// The schemas package's valid-complete fixtures, loaded in the browser through the test
// server (which serves JSON as a module), so these tests grow with the fixtures.
import { templateIds, type TemplateId } from '@isp-kit/schemas';

export async function loadFixture(template: TemplateId, name: string): Promise<unknown> {
  const url = `/packages/schemas/fixtures/${template}/${name}`;
  const module = (await import(/* @vite-ignore */ url)) as { default: unknown };
  return module.default;
}

/** The valid-complete plan of every template, as fresh copies. */
export async function completePlans(): Promise<{ template: TemplateId; plan: unknown }[]> {
  return Promise.all(templateIds.map(async (template) => ({ template, plan: structuredClone(await loadFixture(template, 'valid-complete.json')) })));
}
