import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { goldenFile, goldenResult, type GoldenCase } from '../../scripts/smart-golden.js';

// The fixture holds every corpus target and ~10,000 seeded variants with the results the checker gave
// when it was written (scripts/smart-golden.ts). Any change to a verdict, code, evidence span,
// message or suggestion fails here; regenerate only for a deliberate, listed change.
test('checkSmartTarget and checkTargetRow give the golden results, byte for byte', () => {
  const lines = brotliDecompressSync(readFileSync(goldenFile)).toString('utf8').split('\n');
  let checked = 0;
  const differ: string[] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const c = JSON.parse(lines[i]!) as GoldenCase;
    const actual = goldenResult(c);
    if (actual !== lines[i + 1]) differ.push(`${JSON.stringify(c)}\n  expected ${lines[i + 1]}\n  actual   ${actual}`);
    checked++;
  }
  assert.ok(checked > 10_000, `only ${checked} golden cases`);
  assert.equal(differ.length, 0, `${differ.length} of ${checked} cases differ, e.g.:\n${differ.slice(0, 5).join('\n')}`);
});
