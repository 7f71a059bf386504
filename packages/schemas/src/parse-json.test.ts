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

describe('parseJson and a field named twice in one object', () => {
  // JSON.parse keeps the last value and drops the first without a word: a plan with two
  // "targets" lists would lose one of them.
  it('refuses it, naming the field and both places', () => {
    const error = failure('{\n  "status": "closed",\n  "child": {"name": "A"},\n  "status": "draft"\n}');
    assert.deepEqual([error.line, error.column], [4, 3]);
    assert.equal(error.message, 'the field "status" appears twice in one object (first at line 2, column 3): keep one');
  });

  it('compares names as JSON reads them, and only within one object', () => {
    assert.match(failure('{"a\\u0062": 1, "ab": 2}').message, /"ab" appears twice/);
    assert.deepEqual(parseJson('{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}'), { ok: true, value: { a: { a: 1 }, b: [{ a: 1 }, { a: 2 }] } });
  });
});
