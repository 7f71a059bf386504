import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAjv } from './compile/create-ajv.js';
import { schemas, commonSchema, templateIds, isTemplateId, SCHEMA_VERSION } from './index.js';
import { schemaFiles } from './test-support/fixtures.js';
import { validAgainstMetaSchema } from './test-support/hyperjump.js';
import { schemaIdOf } from './template-ids.js';

describe('schema files', () => {
  for (const { file, schema } of schemaFiles()) {
    it(`${file} is valid against the 2020-12 meta-schema (hyperjump and ajv)`, async () => {
      assert.equal(await validAgainstMetaSchema(schema), true);
      const ajv = createAjv();
      assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
    });

    it(`${file} has the published $id for its name`, () => {
      assert.equal(schema.$id, schemaIdOf(file.replace('.schema.json', '') as 'common'));
    });
  }

  it('there is a schema file for every template id, and nothing else but common', () => {
    const names = schemaFiles().map(({ file }) => file.replace('.schema.json', ''));
    assert.deepEqual(names.filter((name) => name !== 'common').sort(), [...templateIds].sort());
  });
});

describe('schemas export', () => {
  it('gives every template schema by id, the same objects as the files', () => {
    for (const { file, schema } of schemaFiles()) {
      const name = file.replace('.schema.json', '');
      const exported = name === 'common' ? commonSchema : isTemplateId(name) ? schemas[name] : undefined;
      assert.deepEqual(exported, schema, `${name} differs from ${file}: run the build`);
    }
  });

  it('each template fixes its own id in `template`', () => {
    for (const id of templateIds) {
      const properties = schemas[id]?.properties as Record<string, { const?: unknown }> | undefined;
      assert.equal(properties?.template?.const, id);
    }
  });

  it('names the schema version as semver', () => {
    assert.match(SCHEMA_VERSION, /^1\.\d+\.\d+$/);
  });

  it('isTemplateId accepts exactly the eight ids', () => {
    assert.equal(templateIds.length, 8);
    for (const id of templateIds) assert.equal(isTemplateId(id), true);
    for (const other of ['common', 'Individual-provision-map', '', null, 3, {}]) assert.equal(isTemplateId(other), false);
  });
});
