// The interpreter must agree with the precompiled (ajv standalone) validators exactly: the
// same valid flag, the same raw errors in the same order and so the same PlanErrors, word
// for word, on every fixture and on thousands of seeded random changes to the valid ones.
// A failure prints the seed, the changes and both error lists.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AjvError, CompiledValidator } from '../compiled-validator.js';
import * as standalone from '../generated/validators.js';
import { commonSchema, schemas, validate, validateInterpreted, validateTemplate, validateTemplateInterpreted } from '../index.js';
import { fixtures } from '../test-support/fixtures.js';
import { mutatePlan, seededRandom } from '../test-support/plan-mutations.js';
import { templateIds, type TemplateId } from '../template-ids.js';
import { interpretSchema } from './interpret-schema.js';

const mutationsPerPlan = 250;
const all = fixtures();
const pascalCase = (id: string) => id.replace(/(^|-)([a-z])/g, (_match, _dash, char: string) => char.toUpperCase());
const standaloneOf = (id: TemplateId) => (standalone as unknown as Record<string, CompiledValidator>)[`standalone${pascalCase(id)}`] as CompiledValidator;
const interpretedOf = new Map(templateIds.map((id) => [id, interpretSchema(schemas[id], { related: [commonSchema] })]));

/** ajv's raw errors without `schemaPath` (the built-in validators leave it empty). */
function rawErrors(validator: CompiledValidator, plan: unknown): { valid: boolean; errors: Omit<AjvError, 'schemaPath'>[] } {
  const valid = validator(plan);
  return { valid, errors: (validator.errors ?? []).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params })) };
}

function assertAgree(id: TemplateId, plan: unknown, context: () => string): Set<string> {
  const expected = validate(plan);
  assert.deepEqual(validateInterpreted(plan), expected, `validate: ${context()}`);
  assert.deepEqual(validateTemplateInterpreted(id, plan), validateTemplate(id, plan), `validateTemplate: ${context()}`);
  const raw = rawErrors(standaloneOf(id), plan);
  assert.deepEqual(rawErrors(interpretedOf.get(id) as CompiledValidator, plan), raw, `raw errors: ${context()}`);
  return new Set(raw.errors.map((error) => error.keyword));
}

describe('the interpreter agrees with the precompiled validators', () => {
  it('on every fixture', () => {
    assert.ok(all.length > 0);
    for (const fixture of all) assertAgree(fixture.template, fixture.plan, () => `${fixture.template}/${fixture.file}`);
  });

  const valid = all.filter((fixture) => fixture.expectedPointers === undefined);
  const keywordsSeen = new Set<string>();
  let invalidSeen = 0;
  for (const [index, fixture] of valid.entries()) {
    it(`on ${mutationsPerPlan} seeded changes to ${fixture.template}/${fixture.file}`, () => {
      const seed = 0x15b + index;
      const random = seededRandom(seed);
      for (let round = 0; round < mutationsPerPlan; round++) {
        const { plan, changes } = mutatePlan(fixture.plan, schemas[fixture.template], [commonSchema], random);
        for (const keyword of assertAgree(fixture.template, plan, () => `seed ${seed}, round ${round}: ${changes.join('; ')}`)) keywordsSeen.add(keyword);
        if (!validate(plan).valid) invalidSeen++;
      }
    });
  }

  it('the changes reach every keyword the schemas use, and most make the plan invalid', () => {
    for (const keyword of ['required', 'additionalProperties', 'type', 'enum', 'const', 'pattern', 'minLength', 'minimum', 'format']) {
      assert.ok(keywordsSeen.has(keyword), `no change produced a "${keyword}" error (seen: ${[...keywordsSeen].join(', ')})`);
    }
    assert.ok(invalidSeen > valid.length * mutationsPerPlan * 0.6, `${invalidSeen} invalid plans`);
  });
});
