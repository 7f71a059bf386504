import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseICalendar } from './icalendar.js';
import { parseCalendar } from './term-calendar.js';
import { exampleCalendar } from './test-data/example-calendar.js';

const ics = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Example LA//Term dates//EN', 'X-WR-CALNAME:Example LA 2026-27', ...events, 'END:VCALENDAR'].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');
const allDay = (summary: string, start: string, endExclusive: string) =>
  event(`SUMMARY:${summary}`, `DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${endExclusive}`);

test('all-day events spanning each half term, with DTEND exclusive, INSET and bank holidays', () => {
  const calendar = parseICalendar(
    ics(
      allDay('Autumn Term 1', '20260903', '20261024'),
      allDay('Autumn Term 2', '20261102', '20261219'),
      allDay('Spring Term 1', '20270105', '20270213'),
      allDay('Spring Term 2', '20270222', '20270327'),
      allDay('Summer Term 1', '20270412', '20270529'),
      allDay('Summer Term 2', '20270607', '20270722'),
      allDay('INSET day', '20260928', '20260929'),
      allDay('Early May bank holiday', '20270503', '20270504'),
      allDay('Christmas holidays', '20261221', '20270105'),
      allDay('Parents evening', '20261008', '20261009'),
      allDay('Autumn term reports go home', '20261211', '20261212'),
    ),
  );
  assert.equal(calendar.name, 'Example LA 2026-27');
  assert.deepEqual(
    calendar.periods.map((p) => [p.start, p.end]),
    exampleCalendar.periods.map((p) => [p.start, p.end]),
  );
  assert.deepEqual([...calendar.teachingDays], [...parseCalendar(exampleCalendar).teachingDays]);
  assert.deepEqual(calendar.terms.map((t) => t.name), ['Autumn term', 'Spring term', 'Summer term']);
});

test('start and end markers are paired into periods, in date order', () => {
  const calendar = parseICalendar(
    ics(
      event('SUMMARY:Autumn term ends', 'DTSTART;VALUE=DATE:20261218'),
      event('SUMMARY:Autumn term starts', 'DTSTART;VALUE=DATE:20260903'),
      event('SUMMARY:October half term', 'DTSTART;VALUE=DATE:20261026', 'DTEND;VALUE=DATE:20261031'),
      event('SUMMARY:Start of Spring Term', 'DTSTART;VALUE=DATE:20270105'),
      event('SUMMARY:End of Spring Term – Easter holidays begin', 'DTSTART;VALUE=DATE:20270326'),
      event('SUMMARY:Summer half term begins', 'DTSTART;VALUE=DATE:20270531', 'DTEND;VALUE=DATE:20270605'),
    ),
  );
  assert.deepEqual(calendar.periods, [
    { name: 'Autumn term', start: '2026-09-03', end: '2026-12-18' },
    { name: 'Spring Term', start: '2027-01-05', end: '2027-03-26' },
  ]);
  // The half-term holiday inside the Autumn term span is not teaching time.
  assert.ok(calendar.closures.includes('2026-10-28'));
});

test('unfolds folded lines and reads escaped text, parameters with quoted colons and UTC times', () => {
  const calendar = parseICalendar(
    ics(
      event('SUMMARY:Autumn Term 1 \\, Example', '  School', 'DTSTART;TZID="Europe/London:x":20260903T000000', 'DTEND;TZID="Europe/London:x":20261024T000000'),
      // Exported as UTC: 00:00Z on 2 Nov is midnight UK time (the clocks went back on 25 Oct),
      // while 23:00Z on 11 Apr is already midnight on 12 Apr in British Summer Time.
      event('SUMMARY:Autumn Term 2', 'DTSTART:20261102T000000Z', 'DTEND:20261219T000000Z'),
      allDay('Spring Term', '20270105', '20270327'), // no term missing between the others
      event('SUMMARY:Summer Term 1', 'DTSTART:20270411T230000Z', 'DTEND:20270528T230000Z'),
    ),
  );
  assert.deepEqual(calendar.periods, [
    { name: 'Autumn Term 1 , Example School', start: '2026-09-03', end: '2026-10-23' },
    { name: 'Autumn Term 2', start: '2026-11-02', end: '2026-12-18' },
    { name: 'Spring Term', start: '2027-01-05', end: '2027-03-26' },
    { name: 'Summer Term 1', start: '2027-04-12', end: '2027-05-28' },
  ]);
});

test('DURATION and single-day events', () => {
  const calendar = parseICalendar(
    ics(
      event('SUMMARY:Spring Term 1', 'DTSTART;VALUE=DATE:20270105', 'DURATION:P5W'),
      event('SUMMARY:Staff training day', 'DTSTART;VALUE=DATE:20270105'),
    ),
  );
  assert.deepEqual(calendar.periods, [{ name: 'Spring Term 1', start: '2027-01-05', end: '2027-02-08' }]);
  assert.deepEqual(calendar.closures, ['2027-01-05']);
});

test('clear errors: no term at all, an unpaired marker, a broken date, not an .ics file', () => {
  assert.throws(() => parseICalendar(ics(allDay('Christmas holidays', '20261221', '20270105'))), (error: unknown) => {
    assert.equal((error as { code?: string }).code, 'invalid-calendar');
    assert.match((error as Error).message, /Example LA 2026-27: no term dates found/);
    return true;
  });
  assert.throws(
    () => parseICalendar(ics(event('SUMMARY:Autumn term starts', 'DTSTART;VALUE=DATE:20260903'))),
    /"Autumn term" starts on 2026-09-03 \(line 5\) but its end is not given/,
  );
  assert.throws(
    () => parseICalendar(ics(event('SUMMARY:Autumn term ends', 'DTSTART;VALUE=DATE:20261218'))),
    /"Autumn term" ends on 2026-12-18 \(line 5\) but no start of that term is given/,
  );
  assert.throws(() => parseICalendar(ics(allDay('Autumn Term 1', '20260230', '20261024'))), /line 5: DTSTART "20260230" is not a valid iCalendar date/);
  assert.throws(() => parseICalendar('{"name": "json"}'), /no BEGIN:VCALENDAR line/);
});

test('properties of an alarm inside an event are not the event’s own', () => {
  const calendar = parseICalendar(
    ics(
      event(
        'DTSTART;VALUE=DATE:20260903',
        'DTEND;VALUE=DATE:20261024',
        'BEGIN:VALARM',
        'ACTION:EMAIL',
        'SUMMARY:Reminder: check the term dates',
        'TRIGGER:-P1D',
        'END:VALARM',
        'SUMMARY:Autumn Term 1',
      ),
    ),
  );
  assert.deepEqual(calendar.periods, [{ name: 'Autumn Term 1', start: '2026-09-03', end: '2026-10-23' }]);
});

test('an event that ends before it starts, or a time that does not exist, is a broken date', () => {
  assert.throws(
    () => parseICalendar(ics(allDay('Autumn Term 1', '20261024', '20260903'))),
    /Example LA 2026-27: line 5: DTEND "20260903" is before DTSTART "20261024"/,
  );
  assert.throws(
    () => parseICalendar(ics(event('SUMMARY:Autumn Term 1', 'DTSTART;TZID=Europe/London:20260903T250000', 'DTEND;TZID=Europe/London:20261023T153000'))),
    /line 5: DTSTART "20260903T250000" is not a valid iCalendar date/,
  );
  assert.throws(
    () => parseICalendar(ics(event('SUMMARY:Autumn Term 1', 'DTSTART;VALUE=DATE:20260903', 'DTEND:20261023T156000'))),
    /line 5: DTEND "20261023T156000" is not a valid iCalendar date/,
  );
});

test('days for staff only, however a school names them, are closures', () => {
  const days = {
    'Staff Development Day': '20261001', 'Teacher Training Day': '20261002', 'Non-pupil day': '20261005',
    'Pupil free day': '20261006', 'Staff INSET day': '20261007', 'Teacher planning day': '20261008',
  };
  const calendar = parseICalendar(
    ics(allDay('Autumn Term', '20260903', '20261219'), ...Object.entries(days).map(([name, day]) => event(`SUMMARY:${name}`, `DTSTART;VALUE=DATE:${day}`))),
  );
  assert.deepEqual(calendar.closures, ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08']);
  assert.equal(calendar.periods.length, 1);
  // A day that is not for staff only stays a teaching day.
  assert.deepEqual(parseICalendar(ics(allDay('Autumn Term', '20260903', '20261219'), allDay('Sports day', '20261001', '20261002'))).closures, []);
});

test('a cancelled event (STATUS:CANCELLED) is not a closure or a term', () => {
  const calendar = parseICalendar(
    ics(
      allDay('Autumn Term', '20260903', '20261219'),
      event('SUMMARY:INSET day', 'STATUS:CANCELLED', 'DTSTART;VALUE=DATE:20261005'),
      event('SUMMARY:Autumn Term', 'STATUS:CANCELLED', 'DTSTART;VALUE=DATE:20260901', 'DTEND;VALUE=DATE:20261218'),
      event('SUMMARY:INSET day', 'STATUS:CONFIRMED', 'DTSTART;VALUE=DATE:20261006'),
    ),
  );
  assert.deepEqual(calendar.periods, [{ name: 'Autumn Term', start: '2026-09-03', end: '2026-12-18' }]);
  assert.deepEqual(calendar.closures, ['2026-10-06']);
});

test('an event lasting years (a slip in DURATION or DTEND) is refused, not expanded day by day', () => {
  // Before: P99999999W built hundreds of millions of days and killed the process.
  for (const length of ['DURATION:P99999999W', 'DURATION:P400D', 'DTEND;VALUE=DATE:99991231']) {
    assert.throws(
      () => parseICalendar(ics(event('SUMMARY:Christmas holidays', 'DTSTART;VALUE=DATE:20261221', length), allDay('Autumn Term', '20260903', '20261219'))),
      { name: 'RuleInputError', code: 'invalid-calendar', message: /line 5: the event lasts \d+ days/ },
      length,
    );
  }
  // A whole school year is still one event.
  assert.equal(parseICalendar(ics(allDay('Term time 2026-27', '20260901', '20270901'))).periods.length, 1);
});

test('a file cut short (no END:VEVENT or END:VCALENDAR) is refused, not read without its last events', () => {
  const whole = ics(allDay('Autumn Term', '20260903', '20261219'), allDay('INSET day', '20261005', '20261006'));
  const cut = whole.slice(0, whole.indexOf('END:VEVENT', whole.indexOf('INSET')));
  assert.throws(() => parseICalendar(cut), { code: 'invalid-calendar', message: /ends inside the event that starts at line 10/ });
  const noEnd = whole.slice(0, whole.lastIndexOf('END:VCALENDAR'));
  assert.throws(() => parseICalendar(noEnd), { code: 'invalid-calendar', message: /no END:VCALENDAR/ });
  assert.deepEqual(parseICalendar(whole).closures, ['2026-10-05']);
});

test('a repeating term, holiday or closure (RRULE, RDATE, EXDATE) is refused, not read as its first day only', () => {
  for (const rule of ['RRULE:FREQ=WEEKLY;COUNT=3', 'RDATE;VALUE=DATE:20261012', 'EXDATE;VALUE=DATE:20261006']) {
    assert.throws(
      () => parseICalendar(ics(allDay('Autumn Term', '20260903', '20261219'), event('SUMMARY:INSET day', 'DTSTART;VALUE=DATE:20261005', 'DTEND;VALUE=DATE:20261007', rule))),
      { code: 'invalid-calendar', message: /line 10: "INSET day" repeats \((RRULE|RDATE|EXDATE)\)/ },
      rule,
    );
  }
  // Events the calendar does not read may repeat.
  const calendar = parseICalendar(ics(allDay('Autumn Term', '20260903', '20261219'), event('SUMMARY:Parents evening', 'DTSTART;VALUE=DATE:20261005', 'RRULE:FREQ=WEEKLY')));
  assert.equal(calendar.periods.length, 1);
});

test('DURATION is read whole (RFC 5545): days with hours, hours alone; malformed ones are refused', () => {
  const closuresWith = (...lines: string[]) =>
    parseICalendar(ics(allDay('Autumn Term', '20260903', '20261219'), event('SUMMARY:INSET day', ...lines))).closures;
  // Before: P2DT12H lost its third day, PT6H was refused, P1W2D (not a duration) read as one week.
  assert.deepEqual(closuresWith('DTSTART;VALUE=DATE:20261005', 'DURATION:P2DT12H'), ['2026-10-05', '2026-10-06', '2026-10-07']);
  assert.deepEqual(closuresWith('DTSTART;TZID=Europe/London:20261005T090000', 'DURATION:PT6H'), ['2026-10-05']);
  assert.deepEqual(closuresWith('DTSTART;TZID=Europe/London:20261005T090000', 'DURATION:PT24H'), ['2026-10-05', '2026-10-06']);
  assert.deepEqual(closuresWith('DTSTART;VALUE=DATE:20261005', 'DURATION:P1D'), ['2026-10-05']);
  assert.deepEqual(closuresWith('DTSTART;VALUE=DATE:20261005', 'DURATION:P1W'), ['2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-11']);
  for (const bad of ['P1W2D', 'P', 'PT', '-P1D', 'P1H', 'one day']) {
    assert.throws(() => closuresWith('DTSTART;VALUE=DATE:20261005', `DURATION:${bad}`), { code: 'invalid-calendar', message: /line 10: DURATION ".*" is not a duration/ }, bad);
  }
});

test('public holidays named without the words "bank holiday" are closures too', () => {
  // Before: "May Day" inside the Summer term span was counted as a teaching day.
  const days = { 'May Day': '20270503', 'Good Friday': '20270416', 'Easter Monday': '20270419', "New Year's Day": '20270101', 'Christmas Day': '20261225', 'Boxing Day': '20261228' };
  const calendar = parseICalendar(
    ics(allDay('Term time 2026-27', '20260903', '20270722'), ...Object.entries(days).map(([name, day]) => event(`SUMMARY:${name}`, `DTSTART;VALUE=DATE:${day}`))),
  );
  assert.deepEqual(calendar.closures, ['2026-12-25', '2026-12-28', '2027-01-01', '2027-04-16', '2027-04-19', '2027-05-03']);
});

test('a name given for the calendar must be text, not taken as whatever was passed', () => {
  const text = ics(allDay('Autumn Term', '20260903', '20261219'));
  // Before: parseICalendar(text, 5).name was the number 5, and messages said Calendar "5".
  for (const name of [5, '', '  ', {}]) {
    assert.throws(() => parseICalendar(text, name as never), { name: 'RuleInputError', code: 'invalid-field', path: 'name' }, JSON.stringify(name));
  }
  assert.equal(parseICalendar(text, 'West Sussex 2026-27').name, 'West Sussex 2026-27');
  assert.equal(parseICalendar(text).name, 'Example LA 2026-27');
});
