import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate, validateTemplate } from './index.js';
import { ajvRawText } from './test-support/ajv-text.js';
import { fixtures } from './test-support/fixtures.js';
import { hyperjumpValid } from './test-support/hyperjump.js';
import { schemaIdOf, templateIds } from './template-ids.js';

const all = fixtures();

describe('fixtures', () => {
  it('every template has a valid-minimal, a valid-complete and at least one invalid fixture', () => {
    for (const template of templateIds) {
      const files = all.filter((fixture) => fixture.template === template).map((fixture) => fixture.file);
      assert.ok(files.includes('valid-minimal.json'), `${template}: valid-minimal.json`);
      assert.ok(files.includes('valid-complete.json'), `${template}: valid-complete.json`);
      assert.ok(files.some((file) => file.startsWith('invalid-')), `${template}: invalid-*.json`);
    }
  });

  for (const fixture of all) {
    const name = `${fixture.template}/${fixture.file}`;
    if (fixture.expectedPointers === undefined) {
      it(`${name} is valid`, () => {
        const result = validateTemplate(fixture.template, fixture.plan);
        assert.deepEqual(result.errors, []);
        assert.equal(result.valid, true);
        assert.deepEqual(validate(fixture.plan), result, 'validate() dispatches to the same template');
      });
    } else {
      it(`${name} fails at ${fixture.expectedPointers.join(', ')}`, () => {
        assert.ok(fixture.expectedPointers && fixture.expectedPointers.length > 0, 'expected.json lists its pointers');
        const result = validateTemplate(fixture.template, fixture.plan);
        assert.equal(result.valid, false);
        // Each invalid fixture breaks one thing: errors at exactly the pointers listed, no others.
        const pointers = (errors: readonly { pointer: string }[]) => [...new Set(errors.map((error) => error.pointer))].sort();
        const expected = [...fixture.expectedPointers].sort();
        assert.deepEqual(pointers(result.errors), expected);
        assert.deepEqual(pointers(validate(fixture.plan).errors), expected, 'validate() reports the same places');
        for (const error of result.errors) {
          assert.doesNotMatch(error.message, ajvRawText);
          assert.ok(error.field.trim().length > 0, `${error.pointer} has a field name`);
          assert.match(error.message, /^[A-Z]/, 'a sentence');
        }
      });
    }

    it(`${name}: hyperjump agrees`, async () => {
      const ours = validateTemplate(fixture.template, fixture.plan).valid;
      assert.equal(await hyperjumpValid(schemaIdOf(fixture.template), fixture.plan), ours);
    });
  }
});
