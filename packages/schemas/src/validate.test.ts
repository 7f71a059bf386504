import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { english, validate, validateIndividualProvisionMap, validateTemplate, type MessageCatalogue } from './index.js';
import { ajvRawText } from './test-support/ajv-text.js';
import { fixtures } from './test-support/fixtures.js';
import { hyperjumpValid } from './test-support/hyperjump.js';
import { schemaIdOf } from './template-ids.js';

const complete = fixtures().filter((fixture) => fixture.file === 'valid-complete.json');
const ipm = complete.find((fixture) => fixture.template === 'individual-provision-map')?.plan as Record<string, unknown>;

const only = (plan: unknown) => {
  const result = validate(plan);
  assert.equal(result.valid, false);
  assert.equal(result.errors.length, 1, JSON.stringify(result.errors));
  return result.errors[0] as (typeof result.errors)[number];
};

describe('validate: input that is not a plan', () => {
  for (const [label, value, found] of [
    ['null', null, 'empty (null)'],
    ['a list', [ipm], 'a list'],
    ['text', 'individual-provision-map', 'text'],
    ['a number', 42, 'a whole number'],
    ['undefined', undefined, 'a value JSON cannot hold'],
  ] as const) {
    it(`refuses ${label} with not-an-object at the root`, () => {
      const error = only(value);
      assert.equal(error.code, 'not-an-object');
      assert.equal(error.pointer, '');
      assert.ok(error.message.includes(found), error.message);
    });
  }

  it('asks for a template when there is none', () => {
    const { template: _template, ...plan } = ipm;
    const error = only(plan);
    assert.equal(error.code, 'missing-template');
    assert.equal(error.pointer, '/template');
  });

  it('names an unknown template and lists the real ones', () => {
    const error = only({ ...ipm, template: 'individual-provision-plan' });
    assert.equal(error.code, 'unknown-template');
    assert.equal(error.pointer, '/template');
    assert.match(error.message, /"individual-provision-plan"/);
    assert.match(error.message, /sen-support-plan/);
  });

  it('says what a template of the wrong type is', () => {
    const error = only({ ...ipm, template: 7 });
    assert.equal(error.code, 'unknown-template');
    assert.match(error.message, /a whole number/);
  });

  it('refuses a newer major schema version, and only that', () => {
    const error = only({ ...ipm, schemaVersion: '2.0.0', child: 'not checked' });
    assert.equal(error.code, 'unsupported-schema-version');
    assert.equal(error.pointer, '/schemaVersion');
    assert.match(error.message, /2\.0\.0/);
  });

  it('refuses a newer major however it is written ("2", "2.0", "v3.1.0", the number 2)', () => {
    for (const version of ['2', '2.0', 'v3.1.0', 2, 10.5]) {
      const error = only({ ...ipm, schemaVersion: version, child: 'not checked' });
      assert.equal(error.code, 'unsupported-schema-version', String(version));
      assert.match(error.message, new RegExp(String(version).replace('.', '\\.')));
    }
  });

  it('accepts a newer minor version of the same major', () => {
    assert.deepEqual(validate({ ...ipm, schemaVersion: '1.4.0' }).errors, []);
  });

  it('reports a schema version of the wrong type through the schema', () => {
    const error = only({ ...ipm, schemaVersion: 1 });
    assert.equal(error.code, 'wrong-type');
    assert.equal(error.pointer, '/schemaVersion');
  });

  it('shows what a schema version looks like when one is malformed, in every template', () => {
    for (const { template, plan } of complete) {
      for (const version of ['1.0', 'v1.0.0', '0.9.0']) {
        const error = only({ ...(plan as object), schemaVersion: version });
        assert.equal(error.code, 'invalid-pattern');
        assert.equal(error.message, 'Enter the schema version in the right format, for example 1.0.0', `${template}: ${version}`);
      }
    }
  });
});

describe('validate: messages', () => {
  const child = ipm.child as Record<string, unknown>;
  const planDetails = ipm.planDetails as Record<string, unknown>;

  it('uses the field title and plain words for a date that does not exist', () => {
    const error = only({ ...ipm, child: { ...child, dateOfBirth: '2021-02-29' } });
    assert.equal(error.code, 'invalid-date');
    assert.equal(error.pointer, '/child/dateOfBirth');
    assert.equal(error.field, 'DOB');
    assert.equal(error.message, 'Enter the DOB as a real date, for example 2019-03-27');
  });

  it('reports a missing required field at its own pointer', () => {
    const { name: _name, ...nameless } = child;
    const error = only({ ...ipm, child: nameless });
    assert.deepEqual(error, { pointer: '/child/name', field: "Child's name", code: 'required', message: "Enter the child's name" });
  });

  it('asks to choose from the list for a value outside an enum, naming the value given', () => {
    const error = only({ ...ipm, planDetails: { ...planDetails, graduatedResponseLevel: 'GR9' } });
    assert.equal(error.code, 'not-in-list');
    assert.equal(error.message, 'Choose the graduated response level from the list ("GR9" is not one of the choices)');
  });

  it('names an unknown field and keeps vendor fields', () => {
    const error = only({ ...ipm, foo: 1, 'x-upn': 'A123' });
    assert.deepEqual(error, {
      pointer: '/foo',
      field: 'foo',
      code: 'unknown-field',
      message: "Remove the field 'foo': this template does not have it",
    });
  });

  it('says which row of a list a problem is in', () => {
    const targets = ipm.targets as Record<string, unknown>[];
    const broken = targets.map((target, index) => (index === 0 ? { ...target, achieved: 'maybe' } : target));
    const error = only({ ...ipm, targets: broken });
    assert.equal(error.pointer, '/targets/0/achieved');
    assert.match(error.message, /in row 1\b/);
  });

  it('escapes unusual property names in pointers', () => {
    const error = only({ ...ipm, 'a/b~c': 1 });
    assert.equal(error.pointer, '/a~1b~0c');
  });

  it('takes another language from a catalogue keyed by code', () => {
    const welsh: MessageCatalogue = { ...english, required: ({ field }) => `Rhowch ${field}` };
    const { name: _name, ...nameless } = child;
    const result = validate({ ...ipm, child: nameless }, { messages: welsh });
    assert.equal(result.errors[0]?.message, "Rhowch Child's name");
  });
});

describe('validateTemplate and the per-template validators', () => {
  it('reports a plan of another template at /template', () => {
    const other = complete.find((fixture) => fixture.template === 'sen-support-plan')?.plan;
    const result = validateTemplate('individual-provision-map', other);
    assert.equal(result.valid, false);
    assert.ok(result.errors.some((error) => error.pointer === '/template' && error.code === 'wrong-value'));
  });

  it('validateIndividualProvisionMap agrees with validateTemplate', () => {
    assert.deepEqual(validateIndividualProvisionMap(ipm), validateTemplate('individual-provision-map', ipm));
  });

  it('refuses an unknown template id from JavaScript callers instead of throwing', () => {
    const result = validateTemplate('nope' as 'sen-support-plan', ipm);
    assert.equal(result.errors[0]?.code, 'unknown-template');
  });
});

describe('vendor fields', () => {
  for (const fixture of complete) {
    it(`${fixture.template}: x- fields pass on every object and come back untouched`, () => {
      const plan = addVendorFields(structuredClone(fixture.plan));
      const before = structuredClone(plan);
      assert.deepEqual(validateTemplate(fixture.template, plan).errors, []);
      assert.deepEqual(plan, before);
    });
  }
});

describe('any change to a valid plan (property-based)', () => {
  for (const fixture of complete) {
    it(`${fixture.template}: never throws, explains itself, and agrees with hyperjump`, async () => {
      const leaves = leafPointers(fixture.plan);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...leaves), fc.jsonValue({ maxDepth: 2 }), async (pointer, value) => {
          const plan = setAt(structuredClone(fixture.plan), pointer, value);
          const result = validateTemplate(fixture.template, plan);
          assert.equal(result.valid, result.errors.length === 0);
          for (const error of result.errors) {
            assert.doesNotMatch(error.message, ajvRawText);
            assert.ok(error.field.length > 0 && error.message.length > 0);
            assert.match(error.pointer, /^(\/[^/]*)*$/);
          }
          assert.equal(await hyperjumpValid(schemaIdOf(fixture.template), plan), result.valid);
        }),
        { numRuns: 60 },
      );
    });
  }
});

function addVendorFields(value: unknown): unknown {
  if (Array.isArray(value)) value.forEach(addVendorFields);
  else if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) addVendorFields(child);
    Object.assign(value, { 'x-mis-id': 'MIS-001', 'x-vendor': { nested: [1, 'two'] } });
  }
  return value;
}

function leafPointers(value: unknown, pointer = ''): string[] {
  if (typeof value !== 'object' || value === null) return [pointer];
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  return [pointer, ...entries.flatMap(([key, item]) => leafPointers(item, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`))];
}

function setAt(document: unknown, pointer: string, value: unknown): unknown {
  if (pointer === '') return value;
  const tokens = pointer.slice(1).split('/').map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
  let node = document as Record<string, unknown>;
  for (const token of tokens.slice(0, -1)) node = node[token] as Record<string, unknown>;
  node[tokens.at(-1) as string] = value;
  return document;
}

describe('a plan from a newer minor release', () => {
  // A minor release adds only optional fields (README, Versions): this release does not know
  // them, but they are the plan's data, not mistakes to remove.
  const ipm = fixtures().find((each) => each.template === 'individual-provision-map' && each.file === 'valid-complete.json')!.plan as Record<string, unknown>;

  it('keeps fields added since without calling them unknown, and still checks every field it knows', () => {
    const newer = { ...ipm, schemaVersion: '1.3.0', transitionPlan: { notes: 'Added in 1.3' }, child: { ...(ipm['child'] as object), preferredName: 'Mimi' } };
    assert.deepEqual(validate(newer), { valid: true, errors: [] });
    const wrong = { ...newer, status: 'agred' };
    assert.deepEqual(validate(wrong).errors.map((error) => error.pointer), ['/status']);
  });

  it('still reports a field this release does not know in a plan of its own minor or older', () => {
    const same = { ...ipm, schemaVersion: '1.0.0', transitionPlan: { notes: 'Not a field' } };
    assert.deepEqual(validate(same).errors.map((error) => [error.pointer, error.code]), [['/transitionPlan', 'unknown-field']]);
  });
});
