import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { compileVariant, evalPattern } from './compile/index.js';
import { commonSchema, templateSchemas } from './generated/schemas.js';
import { createPlanValidator, type CompiledValidator, type JsonSchemaObject } from './index.js';
import { fixtures } from './test-support/fixtures.js';

// A local authority that names its levels differently and records a locality team.
const variant = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.example-la.gov.uk/ipm.schema.json',
  title: 'Example LA individual provision map',
  $ref: 'https://isp-kit.org/schemas/v1/individual-provision-map.schema.json',
  $defs: {
    graduatedResponseLevel: { type: 'string', title: 'Level of need', enum: ['Universal', 'Targeted', 'Specialist'] },
  },
  properties: { localityTeam: { type: 'string', title: 'Locality team', minLength: 1 } },
  required: ['localityTeam'],
};

const ipm = fixtures().find((f) => f.template === 'individual-provision-map' && f.file === 'valid-complete.json')
  ?.plan as Record<string, Record<string, unknown>>;
const withLevel = (level: string, extra: object = { localityTeam: 'North' }) => ({
  ...ipm,
  ...extra,
  planDetails: { ...ipm.planDetails, graduatedResponseLevel: level },
});

describe('compileVariant', () => {
  let dir: string;
  let module: { validate: CompiledValidator; default: CompiledValidator; schema: JsonSchemaObject };
  let source: string;

  before(async () => {
    source = await compileVariant(variant, { common: commonSchema, templates: Object.values(templateSchemas) });
    dir = mkdtempSync(join(tmpdir(), 'isp-variant-'));
    const file = join(dir, 'ipm-variant.js');
    writeFileSync(file, source);
    module = await import(pathToFileURL(file).href);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  // It was imported from a temporary folder, where no node_modules can be reached: the
  // module needs nothing but itself.
  it('writes a plain ES module: no imports, no runtime compilation', () => {
    assert.doesNotMatch(source, evalPattern);
    assert.doesNotMatch(source, /^\s*import[\s{*]/m);
    assert.equal(typeof module.validate, 'function');
    assert.equal(module.default, module.validate);
  });

  it("accepts the LA's levels and refuses the defaults they replace", () => {
    assert.equal(module.validate(withLevel('Targeted')), true);
    assert.equal(module.validate(withLevel('GR2')), false);
    assert.equal(module.validate(withLevel('Plenty')), false);
  });

  it('requires the field the variant adds, and still refuses fields nobody defined', () => {
    assert.equal(module.validate(withLevel('Targeted', {})), false);
    assert.equal(module.validate(withLevel('Targeted', { localityTeam: 'North', shoeSize: 5 })), false);
  });

  it('keeps the base template rules (dates, required child name)', () => {
    const broken = withLevel('Targeted');
    assert.equal(module.validate({ ...broken, child: { ...ipm.child, dateOfBirth: '2021-02-30' } }), false);
  });

  it('gives plain-English errors through createPlanValidator', () => {
    const check = createPlanValidator(module.validate, module.schema);
    const result = check(withLevel('GR2', {}));
    assert.equal(result.valid, false);
    const byPointer = new Map(result.errors.map((error) => [error.pointer, error]));
    assert.equal(byPointer.get('/localityTeam')?.message, 'Enter the locality team');
    assert.equal(byPointer.get('/planDetails/graduatedResponseLevel')?.code, 'not-in-list');
  });

  it('refuses a variant without an absolute $id, saying so', async () => {
    const { $id: _id, ...anonymous } = variant;
    await assert.rejects(
      compileVariant(anonymous, { common: commonSchema, templates: Object.values(templateSchemas) }),
      /absolute "\$id"/,
    );
  });

  it('refuses a misspelt keyword (strict mode), naming it', async () => {
    await assert.rejects(
      compileVariant({ ...variant, properties: { localityTeam: { type: 'string', minLenght: 1 } } }, {
        common: commonSchema,
        templates: Object.values(templateSchemas),
      }),
      /minLenght/,
    );
  });

  it('names each problem the meta-schema finds once, not once per vocabulary that reports it', async () => {
    const error = await compileVariant({ ...variant, $defs: { graduatedResponseLevel: 5 } }, { common: commonSchema, templates: Object.values(templateSchemas) }).then(
      () => assert.fail('compiled'),
      (failure: Error) => failure.message,
    );
    assert.equal(error.split('graduatedResponseLevel must be object,boolean').length - 1, 1, error);
  });

  it('accepts x- extension keywords as annotations, as the interpreter does', async () => {
    const annotated = { ...variant, 'x-ui': { order: ['localityTeam'] }, properties: { localityTeam: { type: 'string', minLength: 1, 'x-widget': 'textarea' } } };
    const code = await compileVariant(annotated, { common: commonSchema, templates: Object.values(templateSchemas) });
    const file = join(dir, 'annotated.mjs');
    writeFileSync(file, code);
    const compiled = (await import(pathToFileURL(file).href)) as { validate: CompiledValidator };
    assert.equal(compiled.validate(withLevel('Targeted')), true);
    assert.equal(compiled.validate(withLevel('Targeted', { localityTeam: '' })), false);
  });
});

describe('compileVariant with a conditional rule on the template\'s own fields', () => {
  // The usual local-authority rule: "an agreed plan must have its agreement section". The
  // field is defined by the template the variant extends, not beside the `required`.
  const conditional = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://schemas.example-la.gov.uk/ipm-agreed.schema.json',
    allOf: [
      { $ref: 'https://isp-kit.org/schemas/v1/individual-provision-map.schema.json' },
      { if: { properties: { status: { const: 'agreed' } }, required: ['status'] }, then: { required: ['agreement'] } },
    ],
  };

  it('compiles, and the rule holds', async () => {
    const source = await compileVariant(conditional, { common: commonSchema, templates: Object.values(templateSchemas) });
    const dir = mkdtempSync(join(tmpdir(), 'isp-variant-'));
    try {
      const file = join(dir, 'ipm-agreed.js');
      writeFileSync(file, source);
      const { validate } = (await import(pathToFileURL(file).href)) as { validate: CompiledValidator };
      const { agreement: _agreement, ...withoutAgreement } = ipm;
      assert.equal(validate({ ...ipm, status: 'agreed' }), true);
      assert.equal(validate({ ...withoutAgreement, status: 'agreed' }), false);
      assert.equal(validate({ ...withoutAgreement, status: 'draft' }), true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
