// A local authority's variant (a template named by `$ref`, with fields, required fields and
// replaced shared lists laid over it, as `isp-schemas compile` reads it) must mean the same
// to the interpreter as to the compiled module: the same PlanErrors, word for word.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { compileVariant } from '../compile/index.js';
import { commonSchema, createInterpretedPlanValidator, createPlanValidator, schemas, type CompiledValidator, type JsonSchemaObject } from '../index.js';
import { fixtures } from '../test-support/fixtures.js';

const ipmId = schemas['individual-provision-map'].$id as string;
const variant: JsonSchemaObject = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.example-la.gov.uk/ipm.schema.json',
  title: 'Example LA individual provision map',
  $ref: ipmId,
  $defs: {
    graduatedResponseLevel: { type: 'string', title: 'Level of need', enum: ['Universal', 'Targeted', 'Specialist'] },
    areaOfNeed: { type: 'string', title: 'Broad area', enum: ['communication-and-interaction', 'cognition-and-learning'] },
  },
  properties: { localityTeam: { type: 'string', title: 'Locality team', minLength: 1 } },
  required: ['localityTeam'],
};

const ipm = fixtures().find((f) => f.template === 'individual-provision-map' && f.file === 'valid-complete.json')?.plan as Record<string, unknown>;
const planDetails = ipm.planDetails as object;
const targets = ipm.targets as Record<string, unknown>[];
const good = { ...ipm, localityTeam: 'North', planDetails: { ...planDetails, graduatedResponseLevel: 'Targeted' }, targets: targets.map((target) => ({ ...target, areaOfNeed: 'cognition-and-learning' })) };
const plans: Record<string, unknown> = {
  good,
  'a default level the LA replaced': { ...good, planDetails: { ...planDetails, graduatedResponseLevel: 'GR2' } },
  'no locality team': { ...good, localityTeam: undefined },
  'an area of need the LA left out, inside a target': { ...good, targets: [{ ...targets[0], areaOfNeed: 'sensory-and-physical' }] },
  'an unknown field': { ...good, shoeSize: 5 },
  'a vendor field': { ...good, 'x-upn': 'A123' },
};

describe('a variant that extends a template', () => {
  let dir: string;
  let compiled: ReturnType<typeof createPlanValidator>;
  before(async () => {
    const source = await compileVariant(variant, { common: commonSchema, templates: Object.values(schemas) });
    dir = mkdtempSync(join(tmpdir(), 'isp-variant-'));
    writeFileSync(join(dir, 'variant.js'), source);
    const module = (await import(pathToFileURL(join(dir, 'variant.js')).href)) as { validate: CompiledValidator; schema: JsonSchemaObject };
    compiled = createPlanValidator(module.validate, module.schema);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('compiled: accepts the LA lists, and a replaced shared part without a title of its own is named by the variant', () => {
    assert.deepEqual(compiled(good).errors, []);
    assert.deepEqual(compiled(plans['a default level the LA replaced']).errors.map((error) => [error.pointer, error.code]), [
      ['/planDetails/graduatedResponseLevel', 'not-in-list'],
    ]);
    const errors = compiled(plans['an area of need the LA left out, inside a target']).errors;
    assert.deepEqual(errors.map((error) => [error.pointer, error.field, error.message]), [
      ['/targets/0/areaOfNeed', 'Broad area', 'Choose the broad area in row 1 of the SMART targets from the list ("sensory-and-physical" is not one of the choices)'],
    ]);
  });

  it('interpreted: the same errors as the compiled module, word for word', () => {
    const interpreted = createInterpretedPlanValidator(variant);
    for (const [name, plan] of Object.entries(plans)) assert.deepEqual(interpreted(plan), compiled(plan), name);
  });

  it('interpreted: also when the variant names its template inside allOf, or has no $id', () => {
    const { $ref: _ref, $id: _id, ...rest } = variant;
    for (const each of [{ ...rest, allOf: [{ $ref: ipmId }] }, { ...rest, $ref: 'individual-provision-map.schema.json' }]) {
      const interpreted = createInterpretedPlanValidator(each);
      for (const [name, plan] of Object.entries(plans)) {
        assert.deepEqual(interpreted(plan).errors.map((error) => [error.pointer, error.code]), compiled(plan).errors.map((error) => [error.pointer, error.code]), name);
      }
    }
  });
});

describe('a variant whose merged root keywords have the wrong shape', () => {
  // The overlay merges these into the template; read as `{}` or `[]`, they were dropped in silence.
  const broken: Record<string, JsonSchemaObject> = {
    'required as text': { ...variant, required: 'localityTeam' },
    'a required name that is not text': { ...variant, required: ['localityTeam', 5] },
    'properties as a number': { ...variant, properties: 5 },
    'properties as a list': { ...variant, properties: [variant.properties] },
    '$defs as text': { ...variant, $defs: 'graduatedResponseLevel' },
    'allOf as an object': { ...variant, allOf: { required: ['localityTeam'] } },
  };
  const where: Record<string, RegExp> = {
    'required as text': /"required" at https:\/\/schemas\.example-la\.gov\.uk\/ipm\.schema\.json#\/required must be a list of field names, not text/,
    'a required name that is not text': /"required" at https:\/\/schemas\.example-la\.gov\.uk\/ipm\.schema\.json#\/required\/1 must be a field name, not a whole number/,
    'properties as a number': /"properties" at .*#\/properties must be an object of field schemas, not a whole number/,
    'properties as a list': /"properties" at .*#\/properties must be an object of field schemas, not a list/,
    '$defs as text': /"\$defs" at .*#\/\$defs must be an object of schemas, not text/,
    'allOf as an object': /"allOf" at .*#\/allOf must be a list of schemas, not a group of fields/,
  };

  for (const [name, schema] of Object.entries(broken)) {
    it(`${name}: compile and the interpreter refuse it, naming the keyword and where`, async () => {
      await assert.rejects(compileVariant(schema, { common: commonSchema, templates: Object.values(schemas) }), where[name]);
      assert.throws(() => createInterpretedPlanValidator(schema), where[name]);
    });
  }

  it('a root $ref beside the template in allOf is kept, not dropped', async () => {
    const { $ref: _ref, ...rest } = variant;
    const both = { ...rest, allOf: [{ $ref: ipmId }], $ref: '#/$defs/localRules', $defs: { ...(variant.$defs as object), localRules: { type: 'object', properties: variant.properties, required: ['localityTeam'] } }, required: [] };
    const source = await compileVariant(both, { common: commonSchema, templates: Object.values(schemas) });
    const file = join(mkdtempSync(join(tmpdir(), 'isp-variant-')), 'variant.js');
    writeFileSync(file, source);
    const module = (await import(pathToFileURL(file).href)) as { validate: CompiledValidator; schema: JsonSchemaObject };
    const compiled = createPlanValidator(module.validate, module.schema);
    const interpreted = createInterpretedPlanValidator(both);
    for (const check of [compiled, interpreted]) {
      assert.deepEqual(check(plans['no locality team']).errors.map((error) => [error.pointer, error.code]), [['/localityTeam', 'required']]);
      assert.deepEqual(check(good).errors, []);
    }
    rmSync(dirname(file), { recursive: true, force: true });
  });
});
