import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inclusionMeetingSchedule } from './inclusion-meetings.js';
import { parseCalendar } from './term-calendar.js';
import { exampleCalendar } from './test-data/example-calendar.js';

test('weekly class team, fortnightly SLT/SENCO, monthly all professionals, merged by day', () => {
  // Mon 7 Sep 2026 to Mon 5 Oct, no calendar: weekdays only.
  assert.deepEqual(inclusionMeetingSchedule({ start: '2026-09-07', end: '2026-10-05' }), [
    { date: '2026-09-14', meetings: ['class-team'] },
    { date: '2026-09-21', meetings: ['class-team', 'slt-senco'] },
    { date: '2026-09-28', meetings: ['class-team'] },
    { date: '2026-10-05', meetings: ['class-team', 'slt-senco', 'all-professionals'] },
  ]);
});

test('with a calendar, meetings fall on teaching days and holidays do not count as weeks', () => {
  const calendar = parseCalendar(exampleCalendar);
  // From Mon 12 Oct: day 5 is Mon 19 Oct, days 6-9 are 20-23 Oct, then half term: day 10 is
  // Mon 2 Nov and day 15 Mon 9 Nov.
  assert.deepEqual(inclusionMeetingSchedule({ start: '2026-10-12', end: '2026-11-13', calendar }), [
    { date: '2026-10-19', meetings: ['class-team'] },
    { date: '2026-11-02', meetings: ['class-team', 'slt-senco'] },
    { date: '2026-11-09', meetings: ['class-team'] },
  ]);
  // The INSET Monday is skipped: 5 teaching days after Mon 21 Sep is Tue 29 Sep.
  assert.equal(inclusionMeetingSchedule({ start: '2026-09-21', end: '2026-09-30', calendar })[0]?.date, '2026-09-29');
});

test('a reduced timetable must have an end date', () => {
  assert.throws(() => inclusionMeetingSchedule({ start: '2026-09-07', reducedTimetable: true }), (error: unknown) => {
    assert.equal((error as { code?: string }).code, 'reduced-timetable-needs-end-date');
    assert.match((error as Error).message, /a reduced timetable must have an end date/);
    return true;
  });
  assert.throws(() => inclusionMeetingSchedule({ start: '2026-09-07' }), /give the end date of the plan/);
  assert.throws(() => inclusionMeetingSchedule({ start: '2026-09-07', end: '2026-09-01' }), /end: 2026-09-01 is before start 2026-09-07/);
  assert.throws(() => inclusionMeetingSchedule({ start: '2026-09-07', end: '2926-09-07' }), /more than two years after start/);
});

test('an end beyond the calendar is an error, not a guess', () => {
  const calendar = parseCalendar(exampleCalendar);
  assert.throws(() => inclusionMeetingSchedule({ start: '2027-07-01', end: '2027-08-30', calendar }), /end 2027-08-30 is outside it/);
  assert.throws(() => inclusionMeetingSchedule({ start: '2026-07-20', end: '2026-09-07', calendar }), /start 2026-07-20 is before it, in the previous school year/);
});

test('options that are not an object, and a reduced timetable whose end is null, get clear errors', () => {
  assert.throws(() => inclusionMeetingSchedule(undefined as never), (error: unknown) => {
    assert.equal((error as { code?: string }).code, 'invalid-field');
    assert.match((error as Error).message, /^options: expected an object/);
    return true;
  });
  for (const end of [null, '', undefined]) {
    assert.throws(
      () => inclusionMeetingSchedule({ start: '2026-10-05', end: end as never, reducedTimetable: true }),
      (error: unknown) => (error as { code?: string }).code === 'reduced-timetable-needs-end-date',
      String(end),
    );
    assert.throws(() => inclusionMeetingSchedule({ start: '2026-10-05', end: end as never }), (error: unknown) => (error as { code?: string }).code === 'missing-field');
  }
});

test('reducedTimetable must be true or false: "no" is not read as yes', () => {
  for (const value of ['no', 'yes', 1]) {
    assert.throws(
      () => inclusionMeetingSchedule({ start: '2026-09-07', end: '2026-10-30', reducedTimetable: value as never }),
      (error: unknown) => (error as { code?: string }).code === 'invalid-field' && /reducedTimetable: expected true or false/.test((error as Error).message),
      String(value),
    );
  }
});

test('a BigInt reducedTimetable is refused as invalid-field, not a TypeError while writing the message', () => {
  assert.throws(() => inclusionMeetingSchedule({ start: '2026-09-07', end: '2026-10-30', reducedTimetable: 1n as never }), { name: 'RuleInputError', code: 'invalid-field', path: 'reducedTimetable' });
});

test('weekly means the same weekday each week: a closed day moves that one meeting, not all later ones', () => {
  const calendar = parseCalendar(exampleCalendar);
  // Mondays from 21 Sep; Mon 28 Sep is an INSET day. Before: every meeting after it fell on a
  // Tuesday (5 teaching days on), so the rhythm drifted a day with each closure.
  assert.deepEqual(inclusionMeetingSchedule({ start: '2026-09-21', end: '2026-10-20', calendar }), [
    { date: '2026-09-29', meetings: ['class-team'] },
    { date: '2026-10-05', meetings: ['class-team', 'slt-senco'] },
    { date: '2026-10-12', meetings: ['class-team'] },
    { date: '2026-10-19', meetings: ['class-team', 'slt-senco', 'all-professionals'] },
  ]);
  // A closed Friday (the last day of the week) moves that meeting back to the Thursday.
  const fridayClosed = parseCalendar({ ...exampleCalendar, closures: ['2026-10-09'] });
  assert.deepEqual(
    inclusionMeetingSchedule({ start: '2026-10-02', end: '2026-10-23', calendar: fridayClosed }).map((meeting) => meeting.date),
    ['2026-10-08', '2026-10-16', '2026-10-23'],
  );
});
