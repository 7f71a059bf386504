import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseJson } from './parse-json.js';

const failure = (text: string) => {
  const result = parseJson(text);
  assert.equal(result.ok, false);
  return result as Extract<typeof result, { ok: false }>;
};

describe('parseJson', () => {
  it('reads valid JSON, with or without a byte-order mark', () => {
    assert.deepEqual(parseJson('{"a": [1, "x"]}'), { ok: true, value: { a: [1, 'x'] } });
    assert.deepEqual(parseJson('\uFEFF{"a": 1}'), { ok: true, value: { a: 1 } });
  });

  it('points at a missing comma on the right line and column', () => {
    const error = failure('{\n  "a": 1\n  "b": 2\n}');
    assert.deepEqual([error.line, error.column], [3, 3]);
    assert.match(error.message, /expected ',' or '}'/);
  });

  it('names a trailing comma', () => {
    const error = failure('{"a": [1, 2,]}');
    assert.deepEqual([error.line, error.column], [1, 13]);
    assert.match(error.message, /trailing comma/);
  });

  it('names a string that never ends and an unquoted field name', () => {
    assert.match(failure('{"a": "abc').message, /never closed/);
    assert.match(failure("{a: 1}").message, /field name in double quotes/);
  });

  it('says when the file is empty or has text after the value', () => {
    assert.match(failure('').message, /end of the file/);
    assert.match(failure('{} {}').message, /after the end/);
  });

  it('finds an error exactly when JSON.parse does, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.json().map((text) => text.slice(0, -1))), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const result = parseJson(text);
        assert.equal(result.ok, parses || text.charCodeAt(0) === 0xfeff);
        if (!result.ok) assert.ok(result.line >= 1 && result.column >= 1);
      }),
    );
  });
});
