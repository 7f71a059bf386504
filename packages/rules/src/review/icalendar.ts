import { type DayNumber, dayFromParts, daysInMonth, formatIsoDate, partsFromDay } from '../dates/iso-date.js';
import { RuleInputError } from '../dates/rule-input-error.js';
import { type ParsedPeriod, type TermCalendar, buildCalendar } from './term-calendar.js';

/**
 * Reads a term calendar from an iCalendar (.ics) file as local authorities publish them.
 *
 * Accepted shapes (each VEVENT is classified by its SUMMARY):
 * - Closures: SUMMARY mentions INSET, a staff/training/development/non-pupil day, bank
 *   holiday, closure/closed, polling day … → every weekday of the event is a closure.
 * - Term markers: SUMMARY names a term ("term", "Autumn", "Spring", "Summer") and says
 *   start/begins/first day or end/ends/last day (whichever comes first) → paired in date
 *   order into periods. "End of Autumn term – Christmas holidays begin" is an end marker.
 * - Holidays: SUMMARY mentions holiday, break, or "half term" (not "half term 1/2") →
 *   its days are closures too (only matters when a term event spans them).
 * - Term spans: any other term event is a period from DTSTART to the day before DTEND
 *   (DTEND is exclusive for all-day events), or one day when there is no DTEND. A term
 *   event lying inside another ("Summer term reports go home") is not a period of its own.
 * Dates may be `VALUE=DATE` (20260903) or date-times; UTC times (…Z) are moved to UK
 * time first, since an all-day event exported as 23:00Z belongs to the next day.
 * Folded lines are unfolded. Other events (parents' evenings …) and cancelled ones are ignored.
 */
export function parseICalendar(text: string, name?: string): TermCalendar {
  if (typeof text !== 'string') throw new RuleInputError('invalid-calendar', 'iCalendar: expected the text of an .ics file');
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) {
    throw new RuleInputError('invalid-field', 'name: the calendar name, if given, must be non-empty text', 'name');
  }
  const lines = unfold(text);
  if (!lines.some((line) => /^BEGIN:VCALENDAR$/i.test(line.text.trim()))) {
    throw new RuleInputError('invalid-calendar', 'iCalendar: no BEGIN:VCALENDAR line; is this an .ics file?');
  }
  let calendarName = name;
  const events: RawEvent[] = [];
  let current: RawEvent | undefined;
  // Components inside an event (VALARM) have a SUMMARY of their own: not the event's.
  let nested = 0;
  let ended = false;
  for (const line of lines) {
    const property = parseProperty(line.text);
    if (!property) continue;
    const isEvent = property.value.trim().toUpperCase() === 'VEVENT';
    if (property.name === 'END' && property.value.trim().toUpperCase() === 'VCALENDAR') ended = true;
    if (property.name === 'BEGIN' && isEvent) {
      current = { line: line.number, properties: new Map() };
      nested = 0;
    } else if (property.name === 'END' && isEvent) {
      if (current) events.push(current);
      current = undefined;
    } else if (current && (nested > 0 || property.name === 'BEGIN')) {
      nested += property.name === 'BEGIN' ? 1 : property.name === 'END' ? -1 : 0;
    } else if (current) {
      if (!current.properties.has(property.name)) current.properties.set(property.name, property);
    } else if (property.name === 'X-WR-CALNAME' && calendarName === undefined) {
      calendarName = unescapeText(property.value);
    }
  }
  const label = calendarName ?? 'iCalendar';
  // A download cut short would otherwise lose its last events (an INSET day, a whole term) unseen.
  if (current || !ended) {
    const where = current ? `ends inside the event that starts at line ${current.line} (no END:VEVENT)` : 'has no END:VCALENDAR line';
    throw new RuleInputError('invalid-calendar', `${label}: the file ${where}: it may have been cut short; download it again`);
  }

  const markers: { day: DayNumber; kind: 'start' | 'end'; name: string; line: number }[] = [];
  const periods: ParsedPeriod[] = [];
  const closures: DayNumber[] = [];
  for (const event of events) {
    const summary = unescapeText(event.properties.get('SUMMARY')?.value ?? '').trim();
    const kind = classify(summary);
    // RFC 5545: a cancelled event (an INSET day called off) did not happen.
    if (kind === 'other' || /^cancelled$/i.test(event.properties.get('STATUS')?.value.trim() ?? '')) continue;
    const [start, end] = eventDays(event, label);
    if (kind === 'closure' || kind === 'holiday') {
      for (let day = start; day <= end; day++) closures.push(day);
    } else if (kind === 'term-start' || kind === 'term-end') {
      markers.push({ day: start, kind: kind === 'term-start' ? 'start' : 'end', name: termName(summary), line: event.line });
    } else {
      periods.push({ name: summary, start, end });
    }
  }
  periods.push(...pairMarkers(markers, label));
  // "Summer term reports go home" inside the Summer term is news, not another period.
  const outer = periods.filter(
    (period, index) =>
      !periods.some(
        (other, otherIndex) =>
          otherIndex !== index &&
          other.start <= period.start &&
          other.end >= period.end &&
          (other.end - other.start > period.end - period.start || otherIndex < index),
      ),
  );
  periods.splice(0, periods.length, ...outer);
  if (periods.length === 0) {
    throw new RuleInputError(
      'invalid-calendar',
      `${label}: no term dates found. Expected VEVENTs whose SUMMARY names a term, e.g. "Autumn Term 1" spanning the term, or "Spring term starts" and "Spring term ends"`,
    );
  }
  return buildCalendar(label, periods, closures);
}

type Property = { name: string; params: Map<string, string>; value: string };
type RawEvent = { line: number; properties: Map<string, Property> };
type EventKind = 'closure' | 'holiday' | 'term-start' | 'term-end' | 'term' | 'other';

// A day for staff only: "INSET day", "Staff Development Day", "Teacher Training Day", "Non-pupil day";
// or a public holiday, named as a bank holiday or by its own name ("May Day", "Good Friday").
const CLOSURE =
  /\b(inset|((staff|teachers?|training|development|planning|pd|occasional|non[\s-]?pupil|pupil[\s-]?free)(\s+\w+){0,2}\s+days?)|professional development|bank holiday|may day|good friday|easter monday|christmas day|boxing day|new year'?s day|closure|closed|polling|election)\b/i;
const HOLIDAY = /\b(holidays?|break|vacation)\b|half[\s-]?term(?![\s-]*(\d|one|two)\b)/i;
const TERM = /\b(term|autumn|spring|summer)\b/i;
const START = /\b(starts?|begins?|beginning|start of|first day|opens?|returns?)\b/i;
const END = /\b(ends?|end of|finish(es)?|last day|closes?|breaks? up)\b/i;

const HALF_TERM_HOLIDAY = /half[\s-]?term(?![\s-]*(\d|one|two)\b)/gi;

function classify(summary: string): EventKind {
  if (CLOSURE.test(summary)) return 'closure';
  // "End of Autumn term – Christmas holidays begin" marks the end of a term, not a holiday:
  // a summary naming a term (not half term) with a start or end word is a marker.
  const withoutHalfTerm = summary.replace(HALF_TERM_HOLIDAY, ' ');
  const marker = markerKind(summary);
  if (/\bterm\b/i.test(withoutHalfTerm) && marker) return marker;
  if (HOLIDAY.test(summary)) return 'holiday';
  if (!TERM.test(summary)) return 'other';
  return marker ?? 'term';
}

/** Start or end, whichever word comes first ("End of term – holidays begin" is an end). */
function markerKind(summary: string): 'term-start' | 'term-end' | undefined {
  const start = START.exec(summary)?.index ?? Infinity;
  const end = END.exec(summary)?.index ?? Infinity;
  if (start === Infinity && end === Infinity) return undefined;
  return start < end ? 'term-start' : 'term-end';
}

/** "Start of Autumn Term 1" → "Autumn Term 1", for naming periods built from markers. */
function termName(summary: string): string {
  const name = summary
    .replace(/\b(start of|end of|first day of|last day of|first day|last day|starts?|begins?|beginning|opens?|returns?|ends?|finish(es)?|closes?)\b/gi, ' ')
    .replace(/[\s:–-]+/g, ' ')
    .trim();
  return name || summary;
}

function pairMarkers(
  markers: { day: DayNumber; kind: 'start' | 'end'; name: string; line: number }[],
  label: string,
): ParsedPeriod[] {
  const sorted = [...markers].sort((a, b) => a.day - b.day || (a.kind === 'start' ? -1 : 1));
  const periods: ParsedPeriod[] = [];
  let open: (typeof markers)[number] | undefined;
  for (const marker of sorted) {
    if (marker.kind === 'start') {
      if (open) {
        throw new RuleInputError(
          'invalid-calendar',
          `${label}: "${open.name}" starts on ${formatIsoDate(open.day)} (line ${open.line}) but no end is given before the next term starts on ${formatIsoDate(marker.day)} (line ${marker.line})`,
        );
      }
      open = marker;
    } else {
      if (!open) {
        throw new RuleInputError(
          'invalid-calendar',
          `${label}: "${marker.name}" ends on ${formatIsoDate(marker.day)} (line ${marker.line}) but no start of that term is given`,
        );
      }
      periods.push({ name: open.name, start: open.day, end: marker.day });
      open = undefined;
    }
  }
  if (open) {
    throw new RuleInputError(
      'invalid-calendar',
      `${label}: "${open.name}" starts on ${formatIsoDate(open.day)} (line ${open.line}) but its end is not given`,
    );
  }
  return periods;
}

/** A school year, leap day included: the longest a term, holiday or closure event can be. */
const MAX_EVENT_DAYS = 366;

/** First and last day of an event, inclusive (DTEND of a whole-day event is exclusive). */
function eventDays(event: RawEvent, label: string): [DayNumber, DayNumber] {
  const startProperty = event.properties.get('DTSTART');
  if (!startProperty) throw new RuleInputError('invalid-calendar', `${label}: the event at line ${event.line} has no DTSTART`);
  const start = parseDateValue(startProperty, label, event.line);
  const endProperty = event.properties.get('DTEND');
  const duration = event.properties.get('DURATION');
  let end: DayNumber;
  if (endProperty) {
    const endValue = parseDateValue(endProperty, label, event.line);
    if (endValue.day < start.day) {
      throw new RuleInputError(
        'invalid-calendar',
        `${label}: line ${event.line}: DTEND "${endProperty.value.trim()}" is before DTSTART "${startProperty.value.trim()}"`,
      );
    }
    // An end at midnight (a whole-day event, or 00:00) is the first day not included.
    end = endValue.midnight ? endValue.day - 1 : endValue.day;
  } else if (duration) {
    // RFC 5545 §3.3.6: weeks alone, or days and/or a time ("P2DT12H", "PT6H"). The event ends
    // before the minute the duration reaches, so "P1D" from midnight is one day.
    const match = /^P(?:(\d+)W|(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)$/i.exec(duration.value.trim());
    if (!match || duration.value.trim().length < 3) {
      throw new RuleInputError('invalid-calendar', `${label}: line ${event.line}: DURATION "${duration.value}" is not a duration such as P1D, P2W or PT6H`);
    }
    const [weeks, days, hours, minutes, seconds] = match.slice(1).map(Number);
    const length = ((weeks || 0) * 7 + (days || 0)) * 1440 + (hours || 0) * 60 + (minutes || 0) + Math.ceil((seconds || 0) / 60);
    end = start.day + Math.floor((start.minutes + Math.max(length, 1) - 1) / 1440);
  } else {
    end = start.day;
  }
  if (end < start.day) end = start.day;
  // Each day is listed, so a slip ("P99999999W", DTEND in 9999) would exhaust memory.
  if (end - start.day > MAX_EVENT_DAYS) {
    throw new RuleInputError('invalid-calendar', `${label}: line ${event.line}: the event lasts ${end - start.day + 1} days; a term, holiday or closure lasts at most a year`);
  }
  // Only the first occurrence would be read: a repeating closure or term would be silently short.
  const repeat = ['RRULE', 'RDATE', 'EXDATE'].find((name) => event.properties.has(name));
  if (repeat) {
    const summary = unescapeText(event.properties.get('SUMMARY')?.value ?? '').trim();
    throw new RuleInputError('invalid-calendar', `${label}: line ${event.line}: "${summary}" repeats (${repeat}), which is not read: list each term, holiday or closure as its own event`);
  }
  return [start.day, end];
}

function parseDateValue(property: Property, label: string, line: number): { day: DayNumber; minutes: number; midnight: boolean } {
  const value = property.value.trim();
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  const badTime = match?.[4] !== undefined && (Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6]) > 60);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || badTime) {
    throw new RuleInputError('invalid-calendar', `${label}: line ${line}: ${property.name} "${value}" is not a valid iCalendar date`);
  }
  let dayNumber = dayFromParts(year, month, day);
  if (match[4] === undefined) return { day: dayNumber, minutes: 0, midnight: true };
  let minutes = Number(match[4]) * 60 + Number(match[5]);
  if (match[7] === 'Z') {
    minutes += ukOffsetMinutes(dayNumber, minutes);
    if (minutes >= 24 * 60) {
      dayNumber += 1;
      minutes -= 24 * 60;
    }
  }
  return { day: dayNumber, minutes, midnight: minutes === 0 && Number(match[6]) === 0 };
}

/** UK summer time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
function ukOffsetMinutes(utcDay: DayNumber, utcMinutes: number): number {
  const [year] = partsFromDay(utcDay);
  const start = lastSunday(year, 3);
  const end = lastSunday(year, 10);
  const afterStart = utcDay > start || (utcDay === start && utcMinutes >= 60);
  const beforeEnd = utcDay < end || (utcDay === end && utcMinutes < 60);
  return afterStart && beforeEnd ? 60 : 0;
}

function lastSunday(year: number, month: number): DayNumber {
  const last = dayFromParts(year, month, daysInMonth(year, month));
  return last - ((((last + 4) % 7) + 7) % 7);
}

/** RFC 5545 §3.1: a line starting with a space or tab continues the previous one. */
function unfold(text: string): { number: number; text: string }[] {
  const lines: { number: number; text: string }[] = [];
  text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).forEach((raw, index) => {
    const previous = lines[lines.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && previous) previous.text += raw.slice(1);
    else lines.push({ number: index + 1, text: raw });
  });
  return lines;
}

/** `NAME;PARAM=a;PARAM="b:c":value`; colons inside quoted parameter values do not end the name. */
function parseProperty(line: string): Property | undefined {
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (char === ':' && !inQuotes) {
      const [name = '', ...paramParts] = line.slice(0, i).split(';');
      const params = new Map<string, string>();
      for (const part of paramParts) {
        const eq = part.indexOf('=');
        if (eq > 0) params.set(part.slice(0, eq).toUpperCase(), part.slice(eq + 1).replace(/^"|"$/g, ''));
      }
      return { name: name.trim().toUpperCase(), params, value: line.slice(i + 1) };
    }
  }
  return undefined;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}
