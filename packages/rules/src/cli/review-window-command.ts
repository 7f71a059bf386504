import { RuleInputError } from '../dates/rule-input-error.js';
import { parseIsoDate } from '../dates/iso-date.js';
import { reviewStatus } from '../review/review-status.js';
import { reviewWindow } from '../review/review-window.js';
import type { TermCalendar } from '../review/term-calendar.js';
import type { CadenceOverride } from '../review/cadence.js';
import { type CliIo, EXIT_OK, EXIT_RECORD_FAILED } from './cli-io.js';
import { type JsonRecord, type RecordId, optionalString, processJsonl, requireString } from './jsonl.js';

/**
 * `isp-rules review-window --jsonl [--calendar file]`: reads
 * `{"id", "template", "from", "today", "reviewedOn"?}` lines and writes
 * `{"id", "earliest", "latest", "status"}` lines.
 */
export async function reviewWindowCommand(io: CliIo, calendar: TermCalendar | undefined, cadence?: CadenceOverride): Promise<number> {
  const { failed } = await processJsonl(io.stdin, io.stdout, (record, id) => windowLine(record, id, calendar, cadence), io.onRecordFailed);
  return failed > 0 ? EXIT_RECORD_FAILED : EXIT_OK;
}

function windowLine(record: JsonRecord, id: RecordId, calendar: TermCalendar | undefined, cadence: CadenceOverride | undefined): JsonRecord {
  const template = record['template'];
  if (template === undefined) throw new RuleInputError('missing-field', 'template: missing', 'template');
  const from = requireString(record, 'from');
  const today = requireString(record, 'today');
  const reviewedOn = optionalString(record, 'reviewedOn');
  // Validate today before the window so a bad date is reported as such, not as a calendar error.
  parseIsoDate(today, 'today');
  const options = { template: template as string, from, calendar, cadence };
  const { earliest, latest } = reviewWindow(options);
  return { id, earliest, latest, status: reviewStatus({ ...options, today, reviewedOn }) };
}
