import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { commonSchema, schemas } from '../schemas.js';
import { SCHEMA_VERSION } from '../schema-version.js';
import { schemaShapes, type TemplateShape } from './schema-shape.js';

// The shape of the schemas as released for this major. Old plans must keep fitting the
// schemas until the next major, so this test fails when a field disappears or becomes
// required, and asks for the snapshot to be brought up to date when a field is added.
// To record additive changes (or start the snapshot of a new major):
//   UPDATE_SCHEMA_SHAPE=1 node --conditions=source --import tsx --test packages/schemas/src/migrate/breaking-change.test.ts
const major = SCHEMA_VERSION.split('.')[0];
const snapshotUrl = new URL(`schema-shape.v${major}.json`, import.meta.url);
const update = `UPDATE_SCHEMA_SHAPE=1 node --conditions=source --import tsx --test packages/schemas/src/migrate/breaking-change.test.ts`;
const policy =
  'removing/renaming a field or making one required is a major change: bump the major and add a migration in src/migrate/migrations.ts';

const current = schemaShapes(schemas, [commonSchema]);

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return (slash === -1 ? '' : path.slice(0, slash)).replace(/(\[\])+$/, '');
}

/** Changes that old plans would not survive: each as a line for the failure message. */
function breakingChanges(before: Record<string, TemplateShape>, after: Record<string, TemplateShape>): string[] {
  const problems: string[] = [];
  for (const [id, old] of Object.entries(before)) {
    const now = after[id];
    if (!now) {
      problems.push(`${id}: the template is gone`);
      continue;
    }
    const properties = new Set(now.properties);
    const oldProperties = new Set(old.properties);
    const oldRequired = new Set(old.required);
    for (const path of old.properties) if (!properties.has(path)) problems.push(`${id}: ${path} was removed or renamed`);
    for (const path of now.required) {
      const parent = parentOf(path);
      // A required field inside a section that old plans cannot have (it is new) breaks nothing.
      const oldPlansHaveParent = parent === '' || oldProperties.has(parent);
      if (!oldRequired.has(path) && oldPlansHaveParent) problems.push(`${id}: ${path} is now required`);
    }
  }
  return problems;
}

function additions(before: Record<string, TemplateShape>, after: Record<string, TemplateShape>): string[] {
  const added: string[] = [];
  for (const [id, now] of Object.entries(after)) {
    const old = before[id];
    if (!old) {
      added.push(`${id}: new template`);
      continue;
    }
    const oldProperties = new Set(old.properties);
    const required = new Set(now.required);
    for (const path of now.properties) if (!oldProperties.has(path)) added.push(`${id}: ${path} was added`);
    for (const path of old.required) if (!required.has(path)) added.push(`${id}: ${path} is no longer required`);
  }
  return added;
}

function write(): void {
  writeFileSync(snapshotUrl, `${JSON.stringify(current, null, 2)}\n`);
}

test(`no field of the ${major}.x schemas is removed, renamed or newly required`, () => {
  if (!existsSync(snapshotUrl)) {
    if (process.env.UPDATE_SCHEMA_SHAPE) return write();
    assert.fail(`There is no ${snapshotUrl.pathname.split('/').pop()} for schema major ${major}: record it with\n  ${update}`);
  }
  const snapshot = JSON.parse(readFileSync(snapshotUrl, 'utf8')) as Record<string, TemplateShape>;
  const breaking = breakingChanges(snapshot, current);
  assert.deepEqual(breaking, [], `${policy}.\n${breaking.join('\n')}`);
  const added = additions(snapshot, current);
  if (added.length > 0 && process.env.UPDATE_SCHEMA_SHAPE) return write();
  assert.deepEqual(
    added,
    [],
    `The schemas gained fields (a minor change) that the shape snapshot does not know yet, so their later removal would go unnoticed: record them with\n  ${update}\n${added.join('\n')}`,
  );
});

test('the check catches a removed, a renamed and a newly required field, and allows additions', () => {
  const before: Record<string, TemplateShape> = {
    'individual-provision-map': { properties: ['child', 'child/name', 'child/setting', 'targets', 'targets[]/id'], required: ['child/name'] },
  };
  const after: Record<string, TemplateShape> = {
    'individual-provision-map': {
      properties: ['child', 'child/fullName', 'child/setting', 'extra', 'extra/id', 'targets', 'targets[]/id', 'targets[]/note'],
      required: ['child/setting', 'extra/id', 'targets[]/note'],
    },
  };
  assert.deepEqual(breakingChanges(before, after), [
    'individual-provision-map: child/name was removed or renamed',
    'individual-provision-map: child/setting is now required',
    'individual-provision-map: targets[]/note is now required',
  ]);
  assert.deepEqual(breakingChanges(before, before), []);
  assert.deepEqual(breakingChanges(before, {}), ['individual-provision-map: the template is gone']);
});

test('the shape follows $refs into the shared schema and lists items of lists with []', () => {
  const ipm = current['individual-provision-map'];
  assert.ok(ipm);
  assert.ok(ipm.properties.includes('child/name'));
  assert.ok(ipm.properties.includes('targets'));
  assert.ok(ipm.properties.some((path) => path.startsWith('targets') && path.endsWith('[]/id')), ipm.properties.join('\n'));
  assert.ok(ipm.required.includes('child/name'));
  assert.ok(ipm.required.includes('schemaVersion'));
});
