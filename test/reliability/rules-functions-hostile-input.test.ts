// The rules and schema functions under hostile input: control characters, lone surrogates,
// 1 MB texts, values of the wrong type, impossible
// dates and calendars that do not cover the dates. Each call gives a result or a clear
// RuleInputError (never another exception, never a hang: the per-test timeout fails a hang),
// and `validate` never throws and never lets a key such as `__proto__` change Object.prototype.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkSmartTarget, RuleInputError, reviewStatus, reviewWindow } from '@isp-kit/rules';
import { validate } from '@isp-kit/schemas';
import { anyText } from './support/plan-arbitrary.js';

const smartElements = ['who', 'observableAction', 'conditions', 'criterion', 'timeBound', 'positive', 'clearLanguage'];
const megabyte = 1024 * 1024;

/** A calendar for the 2026-27 school year only. */
const calendar = {
  name: 'Test LA 2026-27',
  periods: [
    { name: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' },
    { name: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
    { name: 'Spring 1', start: '2027-01-05', end: '2027-02-12' },
    { name: 'Spring 2', start: '2027-02-22', end: '2027-03-26' },
    { name: 'Summer 1', start: '2027-04-12', end: '2027-05-28' },
    { name: 'Summer 2', start: '2027-06-07', end: '2027-07-21' },
  ],
  closures: ['2026-09-28'],
};

function expectWellFormed(text: string, result: ReturnType<typeof checkSmartTarget>): void {
  assert.equal(typeof result.smart, 'boolean');
  assert.deepEqual(Object.keys(result.elements).sort(), [...smartElements].sort());
  for (const [name, element] of Object.entries(result.elements)) {
    assert.equal(typeof element.ok, 'boolean', `${name}.ok`);
    assert.equal(typeof element.code, 'string', `${name}.code`);
    if (!element.ok) assert.ok((element.message ?? '').length > 0, `${name} says what is missing`);
    for (const span of element.evidence) {
      assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${name} evidence span inside the text`);
      assert.equal(span.text, text.slice(span.start, span.end), `${name} evidence text matches its span`);
    }
  }
}

test('checkSmartTarget: any text (any Unicode, control characters, payloads) gives a well-formed result with spans inside the text', () => {
  fc.assert(
    fc.property(anyText, fc.option(anyText, { nil: undefined }), (text, pupilName) => {
      expectWellFormed(text, checkSmartTarget(text, pupilName === undefined ? {} : { pupilName }));
    }),
    { numRuns: 400, seed: 6 },
  );
});

test('checkSmartTarget: 1 MB texts of one letter, spaces, control characters, capitals, counts, dates and words finish with a result', () => {
  // Texts full of dates once took minutes: each number was compared with every date found.
  const shapes: Record<string, string> = {
    'one letter repeated': 'a'.repeat(megabyte),
    'spaces only': ' '.repeat(megabyte),
    'control characters and newlines': '\u0000\u0007\r\n\t\u2028'.repeat(megabyte / 6),
    'one unbroken word with capitals': 'AbC'.repeat(megabyte / 3),
    'counts without an end': '4 out of '.repeat(megabyte / 9),
    'dates without a verb': 'by 30/10/2026 '.repeat(megabyte / 14),
    'a target without a date repeated': 'Amara will walk to the door with one prompt '.repeat(megabyte / 44),
  };
  for (const [shape, text] of Object.entries(shapes)) {
    assert.ok(text.length >= megabyte - 100, `${shape} is about 1 MB`);
    expectWellFormed(text, checkSmartTarget(text, { pupilName: 'Amara' }));
  }
});

test('checkSmartTarget: a caller passing a non-string gets a result that says the target is not text, not an exception', () => {
  for (const notText of [undefined, null, 42, {}, [], true]) {
    const result = checkSmartTarget(notText as unknown as string, null as never);
    assert.equal(result.smart, false, `${JSON.stringify(notText)} is not SMART`);
  }
});

test('reviewWindow and reviewStatus: impossible dates, wrong types and unknown templates throw a RuleInputError with a code and a message', () => {
  const bad: { what: string; options: Record<string, unknown> }[] = [
    { what: '30 February', options: { template: 'individual-provision-map', from: '2026-02-30' } },
    { what: 'month 13', options: { template: 'individual-provision-map', from: '2026-13-01' } },
    { what: 'an empty date', options: { template: 'individual-provision-map', from: '' } },
    { what: 'a word for a date', options: { template: 'individual-provision-map', from: 'yesterday' } },
    { what: 'a date without leading zeros', options: { template: 'individual-provision-map', from: '2026-9-1' } },
    { what: 'a date with a time', options: { template: 'individual-provision-map', from: '2026-09-01T10:00:00Z' } },
    { what: 'a date with control characters', options: { template: 'individual-provision-map', from: '2026-09-01\u0000' } },
    { what: 'a number for a date', options: { template: 'individual-provision-map', from: 20260901 } },
    { what: 'null for a date', options: { template: 'individual-provision-map', from: null } },
    { what: 'a 1 MB date', options: { template: 'individual-provision-map', from: '2'.repeat(megabyte) } },
    { what: 'an unknown template', options: { template: 'no-such-plan', from: '2026-09-14' } },
    { what: 'a number for a template', options: { template: 7, from: '2026-09-14' } },
    { what: 'an object for a template', options: { template: { toString: () => 'individual-provision-map' }, from: '2026-09-14' } },
    { what: 'a date before the calendar', options: { template: 'individual-provision-map', from: '2020-01-06', calendar } },
    { what: 'a window running past the end of the calendar', options: { template: 'individual-provision-map', from: '2027-07-01', calendar } },
    { what: 'a calendar that is not a calendar', options: { template: 'individual-provision-map', from: '2026-09-14', calendar: { name: 'x', periods: 'none' } } },
    { what: 'a calendar with an impossible date', options: { template: 'individual-provision-map', from: '2026-09-14', calendar: { ...calendar, closures: ['2026-02-30'] } } },
  ];
  const problems: string[] = [];
  for (const { what, options } of bad) {
    for (const [name, call] of [
      ['reviewWindow', () => reviewWindow(options as never)],
      ['reviewStatus', () => reviewStatus({ ...options, today: '2026-10-01' } as never)],
    ] as const) {
      try {
        call();
        problems.push(`${name} with ${what}: no error`);
      } catch (error) {
        if (!(error instanceof RuleInputError)) problems.push(`${name} with ${what}: ${(error as Error)?.constructor?.name}: ${(error as Error)?.message}`);
        else if (!error.code || error.message.length < 10) problems.push(`${name} with ${what}: unclear error ${error.code}: ${error.message}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('reviewStatus: an impossible "today" is a RuleInputError, not a wrong status', () => {
  for (const today of ['2026-02-30', 'now', '', '2026-10-01 ']) {
    assert.throws(() => reviewStatus({ template: 'individual-provision-map', from: '2026-09-14', today }), RuleInputError, JSON.stringify(today));
  }
});

test('validate: hostile documents give errors with pointers, never an exception, and never change Object.prototype', { timeout: 60_000 }, () => {
  let deep: unknown = 'bottom';
  for (let level = 0; level < 10_000; level += 1) deep = { inner: deep };
  const minimal = JSON.parse(readFileSync(new URL('../../packages/schemas/fixtures/individual-provision-map/valid-minimal.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  assert.equal(validate(minimal as never).valid, true, 'the base document is valid');
  const documents: Record<string, { document: unknown; valid: boolean }> = {
    'a string': { document: 'plan', valid: false },
    'null': { document: null, valid: false },
    'a list': { document: [1, 2], valid: false },
    'an empty object': { document: {}, valid: false },
    'a number for the template': { document: { template: 7 }, valid: false },
    'a future schemaVersion': { document: { ...minimal, schemaVersion: '2.0.0' }, valid: false },
    // Long text is allowed: a plan is not refused for what a person wrote, however long.
    'a 1 MB child name with control characters': { document: { ...minimal, child: { ...(minimal['child'] as object), name: '\u0000\u0007'.repeat(megabyte / 2) } }, valid: true },
    'an unknown field nested 10,000 deep': { document: { ...minimal, deep }, valid: false },
    'an x- field nested 10,000 deep': { document: { ...minimal, 'x-deep': deep }, valid: true },
    '__proto__ and constructor keys (as JSON.parse makes them)': {
      document: JSON.parse('{"template":"individual-provision-map","schemaVersion":"1.0.0","status":"draft","__proto__":{"polluted":"yes"},"child":{"constructor":{"prototype":{"polluted":"yes"}},"__proto__":{"polluted":"yes"}}}'),
      valid: false,
    },
    '10,000 targets of the wrong type': { document: { ...minimal, targets: Array.from({ length: 10_000 }, (_, index) => index) }, valid: false },
  };
  const problems: string[] = [];
  for (const [what, { document, valid }] of Object.entries(documents)) {
    try {
      const result = validate(document as never);
      if (result.valid !== valid) problems.push(`${what}: reported ${result.valid ? 'valid' : 'invalid'}`);
      if (!valid && result.errors.length === 0) problems.push(`${what}: invalid without an error`);
      for (const error of result.errors) {
        if (typeof error.pointer !== 'string' || !(error.message.length > 0)) problems.push(`${what}: an error without a pointer or message`);
      }
    } catch (error) {
      problems.push(`${what}: threw ${(error as Error)?.name}: ${String((error as Error)?.message).slice(0, 200)}`);
    }
  }
  assert.deepEqual(problems, []);
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined, 'Object.prototype is untouched');
});
