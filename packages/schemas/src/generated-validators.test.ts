import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { evalPattern } from './compile/standalone-module.js';
import * as validators from './generated/validators.js';
import { forEachSchema } from './schema-traversal.js';
import { templateIds } from './template-ids.js';
import { schemaFiles } from './test-support/fixtures.js';

const source = readFileSync(new URL('./generated/validators.js', import.meta.url), 'utf8');

describe('generated validators', () => {
  it('contain no runtime code compilation (new Function, eval): safe under a CSP without unsafe-eval', () => {
    assert.doesNotMatch(source, evalPattern);
  });

  it('never copy the error list to add a referenced validator\'s errors (quadratic on many bad rows)', () => {
    assert.doesNotMatch(source, /\.concat\([\w$]+\.errors\)/);
  });

  it('import nothing at runtime: ajv helpers are bundled in', () => {
    assert.doesNotMatch(source, /(^|[;}])\s*import\s*[\s{*"']/m);
    assert.doesNotMatch(source, /\bimport\s*\(/);
  });

  it('ship no annotation text (guidance, descriptions) inside the validators', () => {
    const texts: string[] = [];
    for (const { schema } of schemaFiles()) {
      forEachSchema(schema, (node) => {
        for (const keyword of ['guidance', 'description'] as const) {
          const text = node[keyword];
          if (typeof text === 'string' && text.length > 20) texts.push(text);
        }
      });
    }
    assert.ok(texts.length > 0);
    for (const text of texts) assert.ok(!source.includes(JSON.stringify(text).slice(1, -1)), `shipped: ${text.slice(0, 40)}`);
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
