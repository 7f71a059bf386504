// Size budgets: `npm test` fails when a page would download more than these ceilings, min+gzip.
// The figures are printed on every run (as test diagnostics) so a change can be seen coming.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { bundleSize, fileSize, kb, repo, requireBuilt, runtimeImports } from './measure.js';

const KB = 1024;

/**
 * Each budget has a ceiling that `npm test` enforces (what we ship now plus a little room, so
 * growth is caught the day it happens) and the goal its issue sets, printed beside the figure.
 * Where the goal is not met yet the ceiling is higher; lowering a ceiling is the way to hold a
 * gain, raising one needs a reason in docs/decisions/size-budgets.md.
 */
export const budgets = {
  /** The whole kit in one file (issue 4's goal: 60 KB with everything in it). */
  fullBundle: { ceiling: 118 * KB, goal: 60 * KB },
  /** <isp-plan> knowing one template (its single-template entry), as an application using one template bundles it. */
  singleTemplate: { ceiling: 42 * KB, goal: 45 * KB },
  /** All eight precompiled schema validators (issue 2's goal). */
  validators: { ceiling: 25 * KB, goal: 25 * KB },
  /** @isp-kit/rules as the components import it (issue 3's goal). */
  rules: { ceiling: 43 * KB, goal: 10 * KB },
};

type Budget = (typeof budgets)[keyof typeof budgets];

function within(t: { diagnostic(message: string): void }, what: string, gzipped: number, budget: Budget): void {
  const goal = gzipped <= budget.goal ? `meets its goal of ${kb(budget.goal)}` : `goal ${kb(budget.goal)} NOT met`;
  t.diagnostic(`${what}: ${kb(gzipped)} min+gzip (ceiling ${kb(budget.ceiling)}; ${goal})`);
  assert.ok(gzipped <= budget.ceiling, `${what} is ${kb(gzipped)} min+gzip, over its ceiling of ${kb(budget.ceiling)} by ${kb(gzipped - budget.ceiling)}`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'server' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

test('packages/components/dist/isp-kit.js stays within its budget', async (t) => {
  const size = await fileSize('packages/components/dist/isp-kit.js');
  within(t, 'isp-kit.js', size.gzipped, budgets.fullBundle);
});

test('one template entry (<isp-plan> knowing only the IPM) stays within its budget', async (t) => {
  requireBuilt('packages/components/dist/define/templates/individual-provision-map.js');
  requireBuilt('packages/schemas/dist/index.js');
  const size = await bundleSize("import '@isp-kit/components/define/templates/individual-provision-map.js';");
  within(t, 'define/templates/individual-provision-map.js', size.gzipped, budgets.singleTemplate);
});

test('all schema validators stay within their budget', async (t) => {
  requireBuilt('packages/schemas/dist/generated/validators.js');
  const size = await bundleSize("export * from './packages/schemas/dist/generated/validators.js';");
  within(t, 'all eight validators', size.gzipped, budgets.validators);
});

test('@isp-kit/rules, as the components import it, stays within its budget', async (t) => {
  requireBuilt('packages/rules/dist/index.js');
  const sources = sourceFiles(join(repo, 'packages/components/src')).map((file) => readFileSync(file, 'utf8'));
  const names = runtimeImports(sources, '@isp-kit/rules');
  assert.ok(names.length > 0, 'the components import nothing from @isp-kit/rules at run time: is the scan broken?');
  const size = await bundleSize(`export { ${names.join(', ')} } from '@isp-kit/rules';`);
  within(t, `@isp-kit/rules (${names.join(', ')})`, size.gzipped, budgets.rules);
});
