import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { migratePlan, migrations as builtIn, renameField, updateAt, type Migration, type MigrationResult, type PlanObject } from '../index.js';
import { SCHEMA_VERSION } from '../schema-version.js';
import { migratePlanTo } from './migrate-plan.js';
import { templateIds } from '../template-ids.js';
import { validate } from '../validate.js';

function fixture(template: string, name: string): PlanObject {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${template}/${name}`, import.meta.url), 'utf8')) as PlanObject;
}

/** Frozen all the way down, so any change a migration makes to its input throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function migrated(result: MigrationResult): { plan: PlanObject; applied: readonly string[] } {
  if ('error' in result) assert.fail(`expected a plan, got ${JSON.stringify(result.error)}`);
  return result;
}

function errorOf(result: MigrationResult) {
  if (!('error' in result)) assert.fail(`expected an error, got ${JSON.stringify(result)}`);
  return result.error;
}

test('every 1.x fixture passes through unchanged, with nothing applied', () => {
  for (const template of templateIds) {
    for (const name of ['valid-minimal.json', 'valid-complete.json']) {
      const plan = deepFreeze(fixture(template, name));
      const result = migrated(migratePlan(plan));
      assert.equal(result.plan, plan, `${template}/${name}`);
      assert.deepEqual(result.applied, []);
    }
  }
  const later = deepFreeze({ ...fixture('individual-provision-map', 'valid-minimal.json'), schemaVersion: '1.7.2' });
  assert.deepEqual(migrated(migratePlan(later)), { plan: later, applied: [] });
});

test('the shipped registry needs nothing yet: the schemas are at their first major', () => {
  assert.equal(SCHEMA_VERSION.split('.')[0], '1');
  assert.deepEqual(builtIn, []);
});

test('a value that is not a plan or has no usable schemaVersion is one clear error', () => {
  for (const value of [null, 'plan', 42, [], undefined]) {
    const error = errorOf(migratePlan(value));
    assert.equal(error.code, 'not-an-object');
    assert.equal(error.pointer, '');
    assert.match(error.message, /must be a JSON object/);
  }
  const base = { template: 'individual-provision-map', status: 'draft' };
  assert.deepEqual(errorOf(migratePlan(base)), {
    pointer: '/schemaVersion',
    field: 'Schema version',
    code: 'required',
    message: 'Enter the schema version',
  });
  const wrongType = errorOf(migratePlan({ ...base, schemaVersion: 1 }));
  assert.equal(wrongType.code, 'wrong-type');
  assert.match(wrongType.message, /as text, not a whole number/);
  for (const schemaVersion of ['1', '1.0', 'v1.0.0', '01.0.0', '']) {
    const malformed = errorOf(migratePlan({ ...base, schemaVersion }));
    assert.equal(malformed.code, 'invalid-pattern', schemaVersion);
    assert.equal(malformed.pointer, '/schemaVersion');
    assert.match(malformed.message, /for example "1\.0\.0"/);
  }
});

test('a plan of a newer major is refused, as validate refuses it', () => {
  const plan = { ...fixture('individual-provision-map', 'valid-minimal.json'), schemaVersion: '2.0.0' };
  const error = errorOf(migratePlan(plan));
  assert.equal(error.code, 'unsupported-schema-version');
  assert.match(error.message, /2\.0\.0.*newer than this version of ISP Kit reads \(1\.x\)/);
  assert.deepEqual(validate(plan).errors, [error]);
});

test('an older major with no migration is an error, not a plan passed off as current', () => {
  const error = errorOf(migratePlan({ template: 'individual-provision-map', schemaVersion: '0.9.0' }));
  assert.equal(error.code, 'no-migration-path');
  assert.equal(error.pointer, '/schemaVersion');
  assert.match(error.message, /0\.9\.0.*0\.x plans up to 1\.x/);
});

// A pretend 0.x shape: the child's name was `fullName`, and targets called their area `area`
// in the individual provision map only.
const pretend: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    describe: 'Rename child.fullName to child.name',
    migrate: (plan) => renameField(plan, ['child', 'fullName'], 'name'),
  },
  {
    from: 0,
    to: 1,
    template: 'individual-provision-map',
    describe: 'Rename targets[].area to targets[].areaOfNeed',
    migrate: (plan) => renameField(plan, ['targets', '[]', 'area'], 'areaOfNeed'),
  },
];

function oldPlan(): PlanObject {
  return {
    template: 'individual-provision-map',
    schemaVersion: '0.4.1',
    status: 'draft',
    'x-mis-id': 'MIS-0042',
    child: { fullName: 'Sam Taylor', 'x-upn': 'A123456789012', dateOfBirth: '2019-03-27' },
    targets: [
      { id: 't1', area: 'communication-and-interaction', target: 'Sam will ask for help using a symbol card', 'x-source': 'ipm-2025' },
      { id: 't2', target: 'Sam will take turns in a game of four' },
    ],
    legacyNotes: 'a field this package has never heard of',
  };
}

test('a registry migration renames fields from an older shape, keeping vendor and unknown fields', () => {
  const input = deepFreeze(oldPlan());
  const before = structuredClone(input);
  const result = migrated(migratePlan(input, { migrations: pretend }));

  assert.deepEqual(input, before, 'the input is not changed');
  assert.deepEqual(result.applied, ['Rename child.fullName to child.name', 'Rename targets[].area to targets[].areaOfNeed']);
  assert.deepEqual(result.plan, {
    template: 'individual-provision-map',
    schemaVersion: SCHEMA_VERSION,
    status: 'draft',
    'x-mis-id': 'MIS-0042',
    child: { name: 'Sam Taylor', 'x-upn': 'A123456789012', dateOfBirth: '2019-03-27' },
    targets: [
      { id: 't1', areaOfNeed: 'communication-and-interaction', target: 'Sam will ask for help using a symbol card', 'x-source': 'ipm-2025' },
      { id: 't2', target: 'Sam will take turns in a game of four' },
    ],
    legacyNotes: 'a field this package has never heard of',
  });
  const child = result.plan.child as PlanObject;
  assert.deepEqual(Object.keys(child), ['name', 'x-upn', 'dateOfBirth'], 'a renamed field keeps its place');
  assert.deepEqual(
    validate(result.plan).errors.map((error) => error.pointer),
    ['/legacyNotes'],
    'the migrated plan fits the 1.x schema except for the field no migration knew',
  );
});

test('template-specific migrations apply only to their template; others still reach the current major', () => {
  const input: PlanObject = deepFreeze({ ...oldPlan(), template: 'sen-support-plan' });
  const result = migrated(migratePlan(input, { migrations: pretend }));
  assert.deepEqual(result.applied, ['Rename child.fullName to child.name']);
  assert.deepEqual(result.plan.targets, input.targets, 'the map-only rename is not applied');
  assert.equal(result.plan.schemaVersion, SCHEMA_VERSION);

  const otherOnly = pretend.slice(1);
  const bumped = migrated(migratePlan(input, { migrations: otherOnly }));
  assert.deepEqual(bumped.applied, []);
  assert.deepEqual(bumped.plan, { ...input, schemaVersion: SCHEMA_VERSION });
});

test('migrations chain through every major in order, each seeing the version it was written for', () => {
  const seen: string[] = [];
  const step = (from: number, describe: string): Migration => ({
    from,
    to: from + 1,
    describe,
    migrate: (plan) => {
      seen.push(String(plan.schemaVersion));
      return { ...plan, steps: [...((plan.steps as string[] | undefined) ?? []), describe] };
    },
  });
  // Registry order need not be major order: the plan's version picks each step.
  const chain = [step(2, 'two to three'), step(0, 'zero to one'), step(1, 'one to two')];
  const input = deepFreeze({ template: 'inclusion-action-plan', schemaVersion: '0.3.0', 'x-keep': true });
  const result = migrated(migratePlanTo('3.1.0', input, { migrations: chain }));
  assert.deepEqual(result.applied, ['zero to one', 'one to two', 'two to three']);
  assert.deepEqual(seen, ['0.3.0', '1.0.0', '2.0.0']);
  assert.deepEqual(result.plan, {
    template: 'inclusion-action-plan',
    schemaVersion: '3.1.0',
    'x-keep': true,
    steps: ['zero to one', 'one to two', 'two to three'],
  });
  const fromTwo = migrated(migratePlanTo('3.1.0', { ...input, schemaVersion: '2.5.0' }, { migrations: chain }));
  assert.deepEqual(fromTwo.applied, ['two to three']);

  const gap = errorOf(migratePlanTo('3.1.0', input, { migrations: [chain[0]!, chain[1]!] }));
  assert.equal(gap.code, 'no-migration-path');
  assert.match(gap.message, /0\.3\.0.*1\.x plans up to 3\.x/);
});

test('a migration that does not move forward is ignored rather than looping', () => {
  const stuck: Migration[] = [
    { from: 0, to: 0, describe: 'stuck', migrate: (plan) => plan },
    { from: 0, to: 2, describe: 'past the current major', migrate: (plan) => plan },
  ];
  assert.equal(errorOf(migratePlan({ schemaVersion: '0.1.0' }, { migrations: stuck })).code, 'no-migration-path');
});

test('renameField and updateAt copy only what they change and skip what a draft lacks', () => {
  const plan = deepFreeze({ child: { fullName: 'Sam', name: 'stale' }, targets: [{ area: 'x' }, 'not a row'], notes: { a: 1 } });
  const renamed = renameField(plan, ['child', 'fullName'], 'name');
  assert.deepEqual(renamed.child, { name: 'Sam' }, 'the renamed field wins over a stray field of the new name');
  assert.equal(renamed.notes, plan.notes, 'untouched sections are shared, not copied');
  assert.deepEqual(renameField(plan, ['targets', '[]', 'area'], 'areaOfNeed').targets, [{ areaOfNeed: 'x' }, 'not a row']);
  assert.equal(renameField(plan, ['planDetails', 'keyPerson'], 'keyWorker'), plan, 'a missing section is left alone');
  assert.deepEqual(updateAt(plan, ['notes', 'a'], (value) => Number(value) + 1), { ...plan, notes: { a: 2 } });
});
