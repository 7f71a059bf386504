import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { seededRandom } from '../test-support/plan-mutations.js';
import { formats, validateDateTime, validateTime, validateUri } from './formats.js';
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

  it('checks times, timestamps and URIs exactly as ajv-formats does, on seeded random ones', () => {
    // Random digits around the limits and random zones for times; URIs from pieces of their
    // grammar, so that many are valid and many fail in one place (host, port, %, brackets).
    const random = seededRandom(0x7e1);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const two = () => pick(['00', '01', '09', '12', '15', '22', '23', '23', '29', '30', '45', '59', '59', '60', '61', '99']);
    const zone = () => pick(['Z', 'z', 'Z', '', `${pick(['+', '-'])}${two()}${pick([':', ''])}${two()}`, `${pick(['+', '-'])}${two()}`, '+1:00']);
    const time = () => `${two()}:${two()}:${two()}${pick(['', '', '.5', '.999', '.'])}${zone()}`;
    const pieces = ['http', 'urn', 'a', 'x-y.z', ':', ':', '/', '//', '[', ']', '::', ':1', 'fe80', '1.2.3.4', '256.1', '.', '%', '%2f', '%zz', '@', 'u:p@', '?', '#', ' ', 'v1.', 'ff', '~', '"', '80', '\\', 'é'];
    const uri = () => Array.from({ length: 1 + Math.floor(random() * 9) }, () => pick(pieces)).join('');
    type Check = (text: string) => boolean;
    const table = fullFormats as unknown as Record<'time' | 'date-time', { validate: Check }> & { uri: Check };
    const checks: [string, Check, Check, () => string][] = [
      ['time', validateTime, table.time.validate, time],
      ['date-time', validateDateTime, table['date-time'].validate, () => `${pick(['2016-12-31', '2024-02-29', '2025-06-30', '2023-02-29', '2024-00-01'])}${pick(['T', 'T', 't', ' ', '\n', 'x'])}${time()}`],
      ['uri', validateUri, table.uri, uri],
      ['uri after a scheme', validateUri, table.uri, () => `${pick(['http://', 'https://[', 'a:', 'a:/'])}${uri()}`],
    ];
    for (const [what, ours, reference, make] of checks) {
      let passed = 0;
      for (let round = 0; round < 3000; round++) {
        const text = make();
        assert.equal(ours(text), reference(text), `${what}: ${JSON.stringify(text)}`);
        if (reference(text)) passed++;
      }
      assert.ok(passed > 50 && passed < 2950, `${what}: ${passed} of 3000 pass`);
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
