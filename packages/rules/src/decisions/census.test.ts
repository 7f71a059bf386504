import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCensus } from './census.js';

const codes = (data: Parameters<typeof checkCensus>[0]) => checkCensus(data).map((issue) => issue.code);

test('valid SEN data passes', () => {
  assert.deepEqual(codes({ senProvision: 'N' }), []);
  assert.deepEqual(codes({ senProvision: 'K', primaryNeed: 'SLCN' }), []);
  assert.deepEqual(codes({ senProvision: 'E', primaryNeed: 'ASD', secondaryNeed: 'SLCN' }), []);
  assert.deepEqual(codes({ senProvision: 'K', primaryNeed: 'NSA' }), []);
  assert.deepEqual(codes({ senProvision: 'K', needs: [{ type: 'SPLD', rank: 1 }, { type: 'SEMH', rank: 2 }] }), []);
  assert.deepEqual(codes({ senProvision: 'E', needs: ['ASD', 'SLCN'] }), []);
});

test('a type is required when provision is K or E, and not allowed with N', () => {
  assert.deepEqual(codes({ senProvision: 'K' }), ['need-type-required']);
  assert.deepEqual(codes({ senProvision: 'E', needs: [] }), ['need-type-required']);
  assert.deepEqual(codes({ senProvision: 'N', primaryNeed: 'MLD' }), ['need-type-without-sen']);
});

test('NSA only with K', () => {
  const issues = checkCensus({ senProvision: 'E', primaryNeed: 'NSA' });
  assert.deepEqual(issues.map((i) => i.code), ['nsa-only-with-k']);
  assert.equal(issues[0]?.path, 'primaryNeed');
  assert.match(issues[0]?.message ?? '', /only be used with provision K/);
});

test('at most two types; a single type is primary; no type twice', () => {
  assert.deepEqual(
    codes({ senProvision: 'K', needs: [{ type: 'MLD', rank: 1 }, { type: 'SEMH', rank: 2 }, { type: 'HI', rank: 2 }] }),
    ['too-many-need-types'],
  );
  assert.deepEqual(codes({ senProvision: 'K', needs: [{ type: 'MLD', rank: 2 }] }), ['single-need-not-primary']);
  assert.deepEqual(codes({ senProvision: 'K', needs: ['MLD', 'SEMH', 'HI'] }), ['too-many-need-types']);
  assert.deepEqual(codes({ senProvision: 'E', needs: ['NSA'] }), ['nsa-only-with-k']);
  assert.deepEqual(codes({ senProvision: 'K', secondaryNeed: 'MLD' }), ['single-need-not-primary']);
  assert.deepEqual(codes({ senProvision: 'K', primaryNeed: 'MLD', secondaryNeed: 'MLD' }), ['duplicate-need-type']);
  assert.deepEqual(codes({ senProvision: 'K', needs: [{ type: 'MLD', rank: 1 }, { type: 'HI', rank: 1 }] }), ['duplicate-rank']);
});

test('codes must be census codes', () => {
  assert.deepEqual(codes({ senProvision: 'S', primaryNeed: 'MLD' }), ['invalid-provision']);
  assert.deepEqual(codes({ senProvision: 'K', primaryNeed: 'ADHD' }), ['invalid-need-type']);
  assert.deepEqual(codes({}), ['missing-provision']);
});

test('null is read as "not recorded", as a plan saved from a form holds it', () => {
  assert.deepEqual(codes({ senProvision: 'N', primaryNeed: null, secondaryNeed: null }), []);
  assert.deepEqual(codes({ senProvision: 'K', primaryNeed: 'ASD', secondaryNeed: null }), []);
  assert.deepEqual(codes({ senProvision: 'K', primaryNeed: null }), ['need-type-required']);
  assert.deepEqual(codes({ senProvision: null }), ['missing-provision']);
  assert.deepEqual(codes({ senProvision: 'K', primaryNeed: 'SEMH', needs: null as never }), []);
});

test('a missing need type given as a needs list is reported at needs', () => {
  assert.deepEqual(checkCensus({ senProvision: 'E', needs: [] }).map((issue) => `${issue.code} ${issue.path}`), ['need-type-required needs']);
});

test('a need with no type, a code in lower case and both forms at once are each named', () => {
  assert.deepEqual(checkCensus({ senProvision: 'K', needs: [{ rank: 1 }] }).map((issue) => `${issue.code} ${issue.path}`), ['missing-need-type needs[0].type']);
  const lower = checkCensus({ senProvision: 'K', primaryNeed: 'asd' });
  assert.deepEqual(lower.map((issue) => issue.code), ['invalid-need-type']);
  assert.match(lower[0]!.message, /ASD/);
  // Nothing given is silently ignored: the plan's fields and the census list must not both speak.
  assert.deepEqual(codes({ senProvision: 'K', primaryNeed: 'MLD', needs: ['ASD'] }), ['two-forms']);
});

test('a list where the SEN data object belongs is refused, not reported as "provision missing"', () => {
  assert.throws(() => checkCensus([{ senProvision: 'K', primaryNeed: 'ASD' }] as never), { name: 'RuleInputError', code: 'invalid-field', message: /^senData: expected an object/ });
});

test('a value JSON cannot write (a BigInt from a database driver) is reported, not a TypeError', () => {
  // Before: JSON.stringify(1n) in the message threw "Do not know how to serialize a BigInt".
  assert.deepEqual(
    checkCensus({ senProvision: 'K', needs: [{ type: 'ASD', rank: 1n }] }).map((issue) => [issue.code, issue.message]),
    [['invalid-rank', 'rank bigint must be 1 (primary) or 2 (secondary)']],
  );
  assert.equal(checkCensus({ senProvision: 10n, primaryNeed: 'ASD' })[0]?.message, 'SEN provision bigint is not a census code: use N, K or E');
});
