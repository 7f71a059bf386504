import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIsoDate, parseIsoDate } from '../dates/iso-date.js';
import { isTeachingDay, nthTeachingDayAfter, parseCalendar } from './term-calendar.js';
import { exampleCalendar } from './test-data/example-calendar.js';

const calendar = parseCalendar(exampleCalendar);
const day = (date: string) => parseIsoDate(date);

test('teaching days are weekdays inside periods and not closures', () => {
  assert.equal(isTeachingDay(calendar, day('2026-09-03')), true); // first day of term
  assert.equal(isTeachingDay(calendar, day('2026-09-05')), false); // Saturday
  assert.equal(isTeachingDay(calendar, day('2026-09-28')), false); // INSET closure
  assert.equal(isTeachingDay(calendar, day('2026-10-28')), false); // half term
  // Autumn 1: 37 weekdays from Thu 3 Sep to Fri 23 Oct, less the INSET day.
  const autumn1 = [...calendar.teachingDays].filter((d) => d <= day('2026-10-23'));
  assert.equal(autumn1.length, 36);
});

test('counts the n-th teaching day after a date, the date itself not counted', () => {
  assert.equal(formatIsoDate(nthTeachingDayAfter(calendar, day('2026-09-03'), 1)), '2026-09-04');
  assert.equal(formatIsoDate(nthTeachingDayAfter(calendar, day('2026-09-25'), 1)), '2026-09-29'); // skips weekend and INSET
  assert.equal(formatIsoDate(nthTeachingDayAfter(calendar, day('2026-10-23'), 1)), '2026-11-02'); // skips half term
});

test('accepts the JSON text as well as the object, and sorts periods', () => {
  const reversed = { ...exampleCalendar, periods: [...exampleCalendar.periods].reverse() };
  const fromText = parseCalendar(JSON.stringify(reversed));
  assert.deepEqual([...fromText.teachingDays], [...calendar.teachingDays]);
  assert.equal(fromText.periods[0]?.name, 'Autumn 1');
});

test('groups half-term periods into the three terms', () => {
  assert.deepEqual(calendar.terms.map((term) => term.name), ['Autumn term', 'Spring term', 'Summer term']);
});

test('periods naming no season: a half-term week joins them, a two-week break ends the term', () => {
  const numbered = parseCalendar({
    name: 'Term 1 to 4',
    periods: [
      { name: 'Term 1', start: '2026-09-03', end: '2026-10-23' },
      { name: 'Term 2', start: '2026-11-03', end: '2026-12-18' }, // after half term and an INSET Monday
      { name: 'Term 3', start: '2027-01-05', end: '2027-02-12' }, // after Christmas
      { name: 'Term 4', start: '2027-02-22', end: '2027-03-26' },
    ],
    closures: [],
  });
  assert.deepEqual(numbered.terms.map((term) => term.name), ['Term 1', 'Term 3']);
  // One period per school day (some feeds publish that) still makes whole terms.
  const days = [...calendar.teachingDays].filter((d) => d <= day('2027-03-26')).map(formatIsoDate);
  const daily = parseCalendar({ name: 'Daily', periods: days.map((date) => ({ name: 'Term day', start: date, end: date })), closures: [] });
  assert.equal(daily.terms.length, 2);
  assert.deepEqual([...daily.teachingDays], [...calendar.teachingDays].filter((d) => d <= day('2027-03-26')));
});

test('a calendar that does not reach far enough is an error that says so', () => {
  assert.throws(() => nthTeachingDayAfter(calendar, day('2027-07-01'), 30), (error: unknown) => {
    assert.equal((error as { code?: string }).code, 'calendar-too-short');
    assert.match((error as Error).message, /ends on 2027-07-21, before the 30th teaching day after 2027-07-01/);
    return true;
  });
  assert.throws(() => nthTeachingDayAfter(calendar, day('2027-07-22'), 1), /covers 2026-09-03 to 2027-07-21; from 2027-07-22 is outside it/);
});

test('`from` may fall in the holiday just before the first period, which has no teaching days', () => {
  // A school year's calendar speaks for the summer holiday before it (English schools have
  // broken up by 1 August): a plan dated in August or on the days before term counts from
  // the first day of term.
  assert.equal(formatIsoDate(nthTeachingDayAfter(calendar, day('2026-08-20'), 1)), '2026-09-03');
  assert.equal(formatIsoDate(nthTeachingDayAfter(calendar, day('2026-08-01'), 2)), '2026-09-04');
  assert.throws(() => nthTeachingDayAfter(calendar, day('2026-07-31'), 1), /covers 2026-09-03 to 2027-07-21; from 2026-07-31 is before it, in the previous school year: add that year's dates/);
  // A calendar that starts mid-year speaks for the two weeks before it (a Christmas or Easter
  // break) and no further: the weeks before that were term time it does not list.
  const spring = parseCalendar({ name: 'Spring only', periods: [{ name: 'Spring 1', start: '2027-01-05', end: '2027-02-12' }], closures: [] });
  assert.equal(formatIsoDate(nthTeachingDayAfter(spring, day('2026-12-22'), 1)), '2027-01-05');
  assert.throws(() => nthTeachingDayAfter(spring, day('2026-12-21'), 1), /covers 2027-01-05 to 2027-02-12; from 2026-12-21 is before it, in term time it does not list: add the previous term's dates/);
});

test('bad calendars get errors naming the period and the field', () => {
  const withPeriod = (period: unknown) => ({ ...exampleCalendar, periods: [exampleCalendar.periods[0], period] });
  assert.throws(
    () => parseCalendar(withPeriod({ name: 'Autumn 2', start: '2026-11-02', end: '2026-02-30' })),
    /Calendar "Example LA 2026-27": periods\[1\] \("Autumn 2"\): end 2026-02-30 is not a real date/,
  );
  assert.throws(
    () => parseCalendar(withPeriod({ name: 'Autumn 2', start: '2026-12-18', end: '2026-11-02' })),
    /periods\[1\] \("Autumn 2"\): end 2026-11-02 is before start 2026-12-18/,
  );
  assert.throws(() => parseCalendar(withPeriod({ start: '2026-11-02', end: '2026-12-18' })), /periods\[1\]\.name must be a non-empty string/);
  assert.throws(() => parseCalendar(withPeriod({ name: 'Autumn 2', end: '2026-12-18' })), /periods\[1\] \("Autumn 2"\): start expected a date/);
  assert.throws(
    () => parseCalendar(withPeriod({ name: 'Overlap', start: '2026-10-19', end: '2026-12-18' })),
    /periods "Autumn 1" \(2026-09-03 to 2026-10-23\) and "Overlap" \(2026-10-19 to 2026-12-18\) overlap/,
  );
  assert.throws(() => parseCalendar({ ...exampleCalendar, closures: ['2026-09-31'] }), /closures\[0\] 2026-09-31 is not a real date/);
  assert.throws(() => parseCalendar({ name: 'Empty', periods: [], closures: [] }), /"periods" must be a non-empty array/);
  assert.throws(() => parseCalendar('{ not json'), /Calendar: not valid JSON/);
  assert.throws(() => parseCalendar(null), /expected an object \{ name, periods, closures \}/);
});

test('a term missing between two periods is an error, not counted as a holiday', () => {
  // Before: without Spring 1, a plan dated in January silently counted its weeks from 22 February.
  const withoutSpring1 = { ...exampleCalendar, periods: exampleCalendar.periods.filter((period) => period.name !== 'Spring 1') };
  assert.throws(() => parseCalendar(withoutSpring1), {
    name: 'RuleInputError',
    code: 'invalid-calendar',
    path: 'periods',
    message: /"Autumn 2" ends on 2026-12-18 and "Spring 2" starts 66 days later, longer than any holiday: add the dates of the term between them/,
  });
  // The summer holiday between two school years is no gap.
  const twoYears = {
    name: 'Two years',
    periods: [...exampleCalendar.periods, { name: 'Autumn 1', start: '2027-09-06', end: '2027-10-22' }],
    closures: [],
  };
  assert.equal(parseCalendar(twoYears).periods.length, 7);
});

test('JSON text saved with a byte-order mark is read like any other', () => {
  assert.equal(parseCalendar(`\uFEFF${JSON.stringify(exampleCalendar)}`).name, calendar.name);
});

test('the n-th teaching day needs a whole n of 1 or more', () => {
  for (const n of [0, -1, 1.5, Number.NaN]) {
    assert.throws(() => nthTeachingDayAfter(calendar, day('2026-09-03'), n), { code: 'invalid-field', path: 'n' }, String(n));
  }
});
