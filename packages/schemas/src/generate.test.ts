import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { fixturesDir, packageDir, readJson, schemasDir } from './test-support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'isp-generate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function generate(schemas: string, out: string) {
  return spawnSync(process.execPath, [join(packageDir, 'scripts', 'generate.js'), '--schemas', schemas, '--out', out], {
    encoding: 'utf8',
  });
}

describe('scripts/generate.js', () => {
  it('builds from whatever templates exist (here only common and one template)', async () => {
    const schemas = join(dir, 'partial-schemas');
    const out = join(dir, 'partial-out');
    mkdirSync(schemas);
    for (const file of ['common.schema.json', 'individual-provision-map.schema.json']) {
      copyFileSync(join(schemasDir, file), join(schemas, file));
    }
    const result = generate(schemas, out);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /no schema yet for ey-individual-support-plan/);

    const { standaloneIndividualProvisionMap, ...others } = await import(pathToFileURL(join(out, 'validators.js')).href);
    assert.deepEqual(Object.keys(others), []);
    const plan = readJson(join(fixturesDir, 'individual-provision-map', 'valid-complete.json'));
    assert.equal(standaloneIndividualProvisionMap(plan), true);
    assert.equal(standaloneIndividualProvisionMap({ ...(plan as object), template: 'sen-support-plan' }), false);

    assert.match(readFileSync(join(out, 'schemas.ts'), 'utf8'), /Readonly<Partial<Record<TemplateId, JsonSchemaObject>>>/);
    assert.match(readFileSync(join(out, 'types.ts'), 'utf8'), /export type Plan = IndividualProvisionMap;/);
    assert.match(readFileSync(join(out, 'types.ts'), 'utf8'), /\[k: `x-\$\{string\}`\]: unknown;/);
  });

  it('fails naming the schema and the keyword when a schema has a misspelt keyword', () => {
    const schemas = join(dir, 'typo-schemas');
    mkdirSync(schemas);
    copyFileSync(join(schemasDir, 'common.schema.json'), join(schemas, 'common.schema.json'));
    const template = readJson(join(schemasDir, 'individual-provision-map.schema.json')) as Record<string, unknown>;
    writeFileSync(join(schemas, 'individual-provision-map.schema.json'), JSON.stringify({ ...template, additionalProperites: false }));
    const result = generate(schemas, join(dir, 'typo-out'));
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /individual-provision-map\.schema\.json/);
    assert.match(result.stderr, /additionalProperites/);
  });

  it('refuses a schema whose $id does not match its file name', () => {
    const schemas = join(dir, 'id-schemas');
    mkdirSync(schemas);
    copyFileSync(join(schemasDir, 'common.schema.json'), join(schemas, 'common.schema.json'));
    const template = readJson(join(schemasDir, 'individual-provision-map.schema.json')) as Record<string, unknown>;
    writeFileSync(join(schemas, 'individual-provision-map.schema.json'), JSON.stringify({ ...template, $id: 'https://example.org/x.json' }));
    const result = generate(schemas, join(dir, 'id-out'));
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /must have "\$id": "https:\/\/isp-kit\.org\/schemas\/v1\/individual-provision-map\.schema\.json"/);
  });
});
