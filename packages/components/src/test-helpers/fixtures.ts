import { templateIds } from '@isp-kit/schemas';

export interface Fixture {
  readonly template: string;
  readonly name: string;
  readonly plan: unknown;
}

/**
 * Loads a fixture of packages/schemas through the test server, which serves JSON as a module.
 * The path is built at run time, so the sweep grows with the fixtures without code changes.
 */
async function load(template: string, name: string): Promise<unknown> {
  const url = `/packages/schemas/fixtures/${template}/${name}`;
  const module = (await import(/* @vite-ignore */ url)) as { default: unknown };
  return module.default;
}

/** `valid-minimal` and `valid-complete` of every template. */
export async function validFixtures(): Promise<Fixture[]> {
  const all: Fixture[] = [];
  for (const template of templateIds) {
    for (const name of ['valid-minimal.json', 'valid-complete.json']) {
      all.push({ template, name, plan: await load(template, name) });
    }
  }
  return all;
}

/** Every `invalid-*.json` that a template's `expected.json` lists, with the pointers it expects. */
export async function invalidFixtures(): Promise<(Fixture & { pointers: string[] })[]> {
  const all: (Fixture & { pointers: string[] })[] = [];
  for (const template of templateIds) {
    const expected = (await load(template, 'expected.json')) as Record<string, string[]>;
    for (const [name, pointers] of Object.entries(expected)) {
      all.push({ template, name, pointers, plan: await load(template, name) });
    }
  }
  return all;
}
