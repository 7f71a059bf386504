import { RuleInputError } from '../dates/rule-input-error.js';
import { parseICalendar } from '../review/icalendar.js';
import { type TermCalendar, parseCalendar } from '../review/term-calendar.js';
import { UsageError, readTextFile } from './cli-io.js';
import { reasonOf } from './json-files.js';

/** Loads `--calendar`: an .ics file, or the JSON shape of REVIEW-TIMING.md. */
export async function loadCalendar(path: string): Promise<TermCalendar> {
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (error) {
    throw new UsageError(`cannot read the calendar ${path}: ${reasonOf(error)}`);
  }
  try {
    return /\.ics$/i.test(path) || /^\s*BEGIN:VCALENDAR/i.test(text) ? parseICalendar(text) : parseCalendar(text);
  } catch (error) {
    if (error instanceof RuleInputError) throw new UsageError(`calendar ${path}: ${error.message}`);
    throw error;
  }
}
