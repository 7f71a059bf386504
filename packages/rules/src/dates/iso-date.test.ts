import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, dayOfWeek, formatIsoDate, isIsoDate, parseIsoDate } from './iso-date.js';
import { RuleInputError } from './rule-input-error.js';

test('round-trips every day from 1900 to 2100 through day numbers', () => {
  for (let day = parseIsoDate('1900-01-01'); day <= parseIsoDate('2100-12-31'); day++) {
    assert.equal(parseIsoDate(formatIsoDate(day)), day);
  }
});

test('day numbers agree with the Gregorian calendar', () => {
  assert.equal(parseIsoDate('1970-01-01'), 0);
  assert.equal(parseIsoDate('2000-03-01') - parseIsoDate('2000-02-28'), 2); // 2000 was a leap year
  assert.equal(parseIsoDate('2100-03-01') - parseIsoDate('2100-02-28'), 1); // 2100 is not
  assert.equal(dayOfWeek(parseIsoDate('2026-09-03')), 4); // a Thursday
  assert.equal(addDays('2026-02-27', 2), '2026-03-01');
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
});

test('refuses impossible dates with a message naming the field and the reason', () => {
  assert.throws(() => parseIsoDate('2026-02-30', 'from'), (error: unknown) => {
    assert.ok(error instanceof RuleInputError);
    assert.equal(error.code, 'invalid-date');
    assert.equal(error.path, 'from');
    assert.match(error.message, /^from: 2026-02-30 is not a real date \(February 2026 has 28 days\)/);
    return true;
  });
  assert.throws(() => parseIsoDate('2026-13-01'), /month 13 does not exist/);
  assert.throws(() => parseIsoDate('2026-04-31'), /April 2026 has 30 days/);
  assert.ok(isIsoDate('2028-02-29'));
  assert.equal(isIsoDate('2027-02-29'), false);
});

test('refuses dates with times, other layouts and non-strings', () => {
  for (const value of ['2026-09-03T00:00:00Z', '03/09/2026', '2026-9-3', ' 2026-09-03', '', '２０２６-09-03']) {
    assert.throws(() => parseIsoDate(value, 'from'), /from: .* is not a date written YYYY-MM-DD/, value);
  }
  assert.throws(() => parseIsoDate(undefined, 'today'), /today: expected a date written YYYY-MM-DD, got nothing/);
  assert.throws(() => parseIsoDate(20260903, 'today'), /got number/);
});

test('addDays refuses a number of days that is not whole, and dates it cannot write YYYY-MM-DD', () => {
  // Before: "2026-02-28.5", "0NaN-NaN-NaN", and "2" + a day number for a string.
  for (const days of [1.5, Number.NaN, Infinity, '2' as unknown as number]) {
    assert.throws(() => addDays('2026-02-27', days), { name: 'RuleInputError', code: 'invalid-field', path: 'days' }, String(days));
  }
  assert.throws(() => addDays('9999-12-31', 1, 'from'), { name: 'RuleInputError', code: 'invalid-date', path: 'from', message: /^from: 9999-12-31 plus 1 days? is after 9999-12-31/ });
  assert.throws(() => addDays('0000-01-01', -1), { code: 'invalid-date', message: /before 0000-01-01/ });
  assert.equal(addDays('2026-03-01', -1), '2026-02-28');
});
