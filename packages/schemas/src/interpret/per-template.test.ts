// A page that registers one template validates with that template's schema alone
// (`interpretTemplateValidator(individualProvisionMapSchema)`) and the shared dispatch
// (`validateWithTemplates`). It must say exactly what `validateInterpreted` says, on every
// fixture of every template, and refuse a template it was not given in the shared words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as api from '../index.js';
import { commonSchema, createInterpretedPlanValidator, createInterpretedVariantValidator, interpretTemplateValidator, schemas, validateInterpreted, validateTemplateInterpreted, validateWithTemplates } from '../index.js';
import type { JsonSchemaObject } from '../json-schema.js';
import { fixtures } from '../test-support/fixtures.js';
import { templateIds, type TemplateId } from '../template-ids.js';

const camelCase = (id: string) => id.replace(/-([a-z])/g, (_match, char: string) => char.toUpperCase());
/** The per-template export, e.g. `individualProvisionMapSchema`, looked up by name. */
const schemaExportOf = (id: TemplateId) => (api as unknown as Record<string, JsonSchemaObject | undefined>)[`${camelCase(id)}Schema`];
const all = fixtures();

describe('one template on its own', () => {
  it('each template has its own schema export, the very object `schemas` holds', () => {
    for (const id of templateIds) assert.equal(schemaExportOf(id), schemas[id], id);
  });

  it('validates every fixture exactly as validateInterpreted and validateTemplateInterpreted do', () => {
    assert.ok(all.length >= templateIds.length * 3, `only ${all.length} fixtures`);
    const seen = new Set<TemplateId>();
    for (const fixture of all) {
      const id = fixture.template;
      const own = interpretTemplateValidator(schemaExportOf(id) as JsonSchemaObject);
      const lookup = (asked: TemplateId) => (asked === id ? own : undefined);
      const context = `${id}/${fixture.file}`;
      assert.deepEqual(validateWithTemplates(lookup, fixture.plan), validateInterpreted(fixture.plan), context);
      assert.deepEqual(own(fixture.plan), validateTemplateInterpreted(id, fixture.plan), context);
      if (fixture.expectedPointers !== undefined) assert.equal(own(fixture.plan).valid, false, `${context} should be invalid`);
      seen.add(id);
    }
    assert.deepEqual([...seen].sort(), [...templateIds].sort(), 'a template has no fixtures');
  });

  it('refuses a built-in template it was not given, and an unknown one, in the shared words', () => {
    const own = interpretTemplateValidator(schemas['individual-provision-map']);
    const lookup = (id: TemplateId) => (id === 'individual-provision-map' ? own : undefined);
    const other = all.find((fixture) => fixture.template === 'record-of-intervention' && fixture.expectedPointers === undefined);
    assert.ok(other);
    const result = validateWithTemplates(lookup, other.plan);
    assert.equal(result.valid, false);
    assert.deepEqual(result.errors.map((error) => [error.pointer, error.code]), [['/template', 'template-not-available']]);
    const unknown = { template: 'no-such-plan', schemaVersion: '1.0.0', status: 'draft' };
    assert.deepEqual(validateWithTemplates(lookup, unknown), validateInterpreted(unknown));
  });

  it('a variant given only the common schema and its own template validates as with every template', () => {
    const variant = { ...schemas['individual-provision-map'], $id: 'https://isp-kit.org/schemas/v1/ipm-copy.schema.json' };
    const narrow = createInterpretedVariantValidator(variant, { related: [commonSchema, schemas['individual-provision-map']] });
    const wide = createInterpretedPlanValidator(variant);
    for (const fixture of all.filter((each) => each.template === 'individual-provision-map')) {
      assert.deepEqual(narrow(fixture.plan), wide(fixture.plan), fixture.file);
    }
  });
});
