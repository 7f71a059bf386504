import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCHEMA_VERSION } from '../schema-version.js';
import { isTemplateId } from '../template-ids.js';
import type { Migration } from './migration.js';
import { migrations } from './migrations.js';

const currentMajor = Number(SCHEMA_VERSION.split('.')[0]);

/** What would make `migratePlan` skip a migration or strand plans of some major. */
function registryProblems(registry: readonly Migration[], current: number): string[] {
  const problems: string[] = [];
  for (const m of registry) {
    const name = `"${m.describe}"`;
    if (!Number.isInteger(m.from) || m.from < 0 || !Number.isInteger(m.to)) problems.push(`${name}: majors must be whole numbers from 0`);
    if (m.to <= m.from) problems.push(`${name}: goes from ${m.from} to ${m.to}, not forward`);
    if (m.to > current) problems.push(`${name}: goes to ${m.to}, past the current major ${current}`);
    if (m.template !== undefined && m.template !== 'all' && !isTemplateId(m.template)) problems.push(`${name}: unknown template ${m.template}`);
    if (m.describe.trim() === '') problems.push(`a migration from ${m.from} has no description`);
    const first = registry.find((other) => other.from === m.from);
    if (first && first.to !== m.to) problems.push(`${name}: migrations from ${m.from} disagree on the next major (${first.to} and ${m.to})`);
  }
  // Every major since the oldest one migrations know must lead to the current one.
  const oldest = Math.min(current, ...registry.map((m) => m.from));
  for (let major = oldest; major < current; ) {
    const next = registry.find((m) => m.from === major)?.to;
    if (next === undefined || next <= major) {
      problems.push(`plans of major ${major} have no migration towards ${current}`);
      break;
    }
    major = next;
  }
  return problems;
}

test(`the migrations are well formed and lead every older major to ${currentMajor}.x`, () => {
  const problems = registryProblems(migrations, currentMajor);
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('a major bump comes with a migration into it', () => {
  if (currentMajor <= 1) return;
  assert.ok(
    migrations.some((m) => m.to === currentMajor),
    `SCHEMA_VERSION is ${SCHEMA_VERSION}: add the migration from ${currentMajor - 1}.x in src/migrate/migrations.ts`,
  );
});

test('the registry check catches the mistakes that would strand plans', () => {
  const plain = (from: number, to: number, describe = `${from} to ${to}`): Migration => ({ from, to, describe, migrate: (plan) => plan });
  assert.deepEqual(registryProblems([plain(0, 1), plain(1, 2)], 2), []);
  assert.deepEqual(registryProblems([plain(1, 2)], 3), ['plans of major 2 have no migration towards 3']);
  assert.deepEqual(registryProblems([plain(1, 1)], 1), ['"1 to 1": goes from 1 to 1, not forward']);
  assert.deepEqual(registryProblems([plain(0, 1), plain(0, 2)], 2), [
    '"0 to 2": migrations from 0 disagree on the next major (1 and 2)',
    'plans of major 1 have no migration towards 2',
  ]);
  assert.deepEqual(registryProblems([plain(1, 3)], 2), ['"1 to 3": goes to 3, past the current major 2']);
});
