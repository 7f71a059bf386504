import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { evalPattern } from './compile/standalone-module.js';
import * as validators from './generated/validators.js';
import { templateIds } from './template-ids.js';

const source = readFileSync(new URL('./generated/validators.js', import.meta.url), 'utf8');

describe('generated validators', () => {
  it('contain no runtime code compilation (new Function, eval): safe under a CSP without unsafe-eval', () => {
    assert.doesNotMatch(source, evalPattern);
  });

  it('import nothing at runtime: ajv helpers are bundled in', () => {
    assert.doesNotMatch(source, /(^|[;}])\s*import\s*[\s{*"']/m);
    assert.doesNotMatch(source, /\bimport\s*\(/);
  });

  it('ship no annotation text (titles, guidance) inside the validators', () => {
    assert.doesNotMatch(source, /"(title|guidance|description)":/);
  });

  it('export one function per template', () => {
    const exported = Object.entries(validators).filter(([, value]) => typeof value === 'function');
    assert.equal(exported.length, templateIds.length);
  });

  it('the eval check itself catches what it should', () => {
    for (const bad of ['new Function("a", "return a")', 'eval("1")', 'const f = Function("x")']) {
      assert.match(bad, evalPattern);
    }
    for (const fine of ['validate.evaluated = {}', 'typeof x === "function"', 'x.Function(1)']) {
      assert.doesNotMatch(fine, evalPattern);
    }
  });
});
