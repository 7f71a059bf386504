import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { formats } from './formats.js';
import { ownFormats } from './standalone-module.js';
import { sharedDefs } from './shared-defs.js';

describe('own formats', () => {
  it('checks and compares dates exactly as ajv-formats does', () => {
    const reference = fullFormats.date as { validate: (s: string) => boolean; compare: (a: string, b: string) => number | undefined };
    const samples = ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2024-13-01', '2024-00-10', '2024-04-31',
      '2024-04-30', '2024-1-01', ' 2024-01-01', '2024-01-01T00:00:00Z', '', '0000-01-01', '9999-12-31', '２０２４-01-01'];
    for (let day = 0; day <= 32; day++) samples.push(`2025-${String((day % 13) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    for (const text of samples) {
      assert.equal(formats.date.validate(text), reference.validate(text), text);
      assert.equal(formats.date.compare(text, '2024-06-01'), reference.compare(text, '2024-06-01'), text);
    }
  });

  it('replaces ajv-formats only when it has every function format the code uses', () => {
    const table = 'require("ajv-formats/dist/formats").fullFormats';
    assert.equal(ownFormats(`const f = ${table}.date;`), 'import { formats as ownFormatTable } from "./formats.js";\nconst f = ownFormatTable.date;');
    const withUri = `const f = ${table}.date; const g = ${table}.uri;`;
    assert.equal(ownFormats(withUri), withUri);
    assert.equal(ownFormats('const f = /^x$/;'), 'const f = /^x$/;');
  });
});

describe('sharedDefs', () => {
  it('keys each $def by its absolute ref and resolves the refs inside it', () => {
    const shared = sharedDefs([{ $id: 'https://x.org/v1/common.schema.json', $defs: { date: { type: 'string' }, row: { properties: { d: { $ref: '#/$defs/date' } } } } }]);
    assert.deepEqual(shared, [
      { key: 'https://x.org/v1/common.schema.json#/$defs/date', schema: { type: 'string' } },
      { key: 'https://x.org/v1/common.schema.json#/$defs/row', schema: { properties: { d: { $ref: 'https://x.org/v1/common.schema.json#/$defs/date' } } } },
    ]);
  });
});
