import { schemas, validate } from '@isp-kit/schemas';
import { type DayNumber, formatIsoDate, isIsoDate, parseIsoDate } from '../dates/iso-date.js';
import { RuleInputError } from '../dates/rule-input-error.js';
import { type CadenceOverride, cadenceFor, isKnownTemplate } from '../review/cadence.js';
import { assertOptions, calendarOf, reviewWindowDays } from '../review/review-window.js';
import type { TermCalendar, TermCalendarInput } from '../review/term-calendar.js';
import { checkTargetRow } from '../smart/index.js';
import { checkCensus } from './census.js';
import { planFieldsOf, slotsAt, valuesAt } from './plan-fields.js';

export type SignOffIssue = {
  /** Stable code: a schema error code, or one of the sign-off codes below. */
  code: string;
  /** JSON pointer of the field to fix. */
  pointer: string;
  message: string;
  /** SMART advice and a review date already past are warnings; everything else is an error. */
  severity: 'error' | 'warning';
};

export type SignOffOptions = {
  today: string;
  calendar?: TermCalendar | TermCalendarInput | undefined;
  cadence?: CadenceOverride | undefined;
};

type Json = Record<string, unknown>;

/**
 * Everything that stands between a plan and its signatures: schema errors; the date of
 * plan; parent/carer views; signatures (parent/carer, pupil and setting slots must be
 * signed with a typed name and a date, none in the future); review dates inside the review
 * window from the date of plan (and each later review date inside the window from the one
 * before); a reduced timetable's end date, not before the plan starts; and every target row complete (baseline,
 * provision, resources, ending by the review date) and SMART (checked with the child's
 * name). An empty list means the plan is ready to sign.
 */
export function checkPlanForSignOff(plan: unknown, options: SignOffOptions): SignOffIssue[] {
  assertOptions(options, '{ today, calendar?, cadence? }');
  const today = parseIsoDate(options.today, 'today');
  // A calendar that cannot be read is the caller's to fix, not an issue of each plan checked.
  if (options.calendar != null) calendarOf(options.calendar);
  const issues: SignOffIssue[] = validate(plan).errors.map((error) => ({
    code: error.code,
    pointer: error.pointer,
    message: error.message,
    severity: 'error' as const,
  }));
  if (!isJson(plan) || !isKnownTemplate(plan['template'])) return issues;
  const template = plan['template'];
  const fields = planFieldsOf(schemas[template]);
  const add = (code: string, pointer: string, message: string, severity: SignOffIssue['severity'] = 'error') =>
    issues.push({ code, pointer, message, severity });

  const planDate = checkDateOfPlan(plan, fields.dateOfPlan, today, add);
  for (const pattern of fields.parentViews) {
    for (const { pointer, value } of slotsAt(plan, pattern)) {
      if (typeof value !== 'string' || value.trim() === '') {
        add('missing-parent-views', pointer, "Record the parent/carer's views before the plan is signed.");
      }
    }
  }
  for (const pattern of fields.signatures) checkSignatures(plan, pattern, today, add);
  if (cadenceFor(template, options.cadence) !== 'none') {
    checkReviewDates(plan, fields.reviewDate, planDate, today, options, add);
  }
  checkNextReviewDates(plan, fields.reviews, options, add);
  checkReducedTimetable(plan, planDate, add);
  checkSenData(plan, fields.senData, add);
  const [firstReviewDate] = fields.reviewDate[0] === undefined ? [] : slotsAt(plan, fields.reviewDate[0].replace(/\/\*$/, '/0'));
  checkTargets(
    plan,
    fields.targets,
    isIsoDate(firstReviewDate?.value) ? firstReviewDate.value : undefined,
    planDate === undefined ? undefined : formatIsoDate(planDate),
    add,
  );
  return issues;
}

type Add = (code: string, pointer: string, message: string, severity?: SignOffIssue['severity']) => void;

function checkDateOfPlan(plan: Json, patterns: string[], today: DayNumber, add: Add): DayNumber | undefined {
  const pattern = patterns[0];
  if (pattern === undefined) return undefined;
  const [found] = slotsAt(plan, pattern);
  if (found === undefined || found.value === undefined || found.value === '') {
    add('missing-date-of-plan', found?.pointer ?? pattern, 'Enter the date of the plan: the review window is counted from it.');
    return undefined;
  }
  if (!isIsoDate(found.value)) return undefined; // the schema check already reports it
  const day = parseIsoDate(found.value);
  if (day > today) add('date-of-plan-in-future', found.pointer, `The date of plan ${found.value} is after today (${formatIsoDate(today)}).`);
  return day;
}

/** Parent/carer, pupil and setting slots must be signed; staff and professional lists may be empty. */
function checkSignatures(plan: Json, pattern: string, today: DayNumber, add: Add): void {
  const required = !/staff|professional/i.test(pattern);
  const isList = pattern.endsWith('/*');
  const who = describeSlot(pattern);
  for (const slot of slotsAt(plan, isList ? pattern.slice(0, -2) : pattern)) {
    const signatures = isList
      ? (Array.isArray(slot.value) ? slot.value : []).map((value, index) => ({ pointer: `${slot.pointer}/${index}`, value }))
      : slot.value === undefined ? [] : [slot];
    if (signatures.length === 0) {
      if (required) add('missing-signature', slot.pointer, `The ${who} has not signed yet: add a typed name and the date.`);
      continue;
    }
    for (const { pointer, value } of signatures) {
      const signature = isJson(value) ? value : {};
      if (typeof signature['name'] !== 'string' || signature['name'].trim() === '') {
        add('signature-missing-name', `${pointer}/name`, `Type the name of the ${who} who signs.`);
      }
      const date = signature['date'];
      if (date === undefined || date === '') add('signature-missing-date', `${pointer}/date`, `Add the date the ${who} signed.`);
      else if (isIsoDate(date) && parseIsoDate(date) > today) {
        add('signature-date-in-future', `${pointer}/date`, `The ${who}'s signature is dated ${date}, after today.`);
      }
    }
  }
}

function checkReviewDates(
  plan: Json,
  patterns: string[],
  planDate: DayNumber | undefined,
  today: DayNumber,
  options: SignOffOptions,
  add: Add,
): void {
  const pattern = patterns[0];
  if (pattern === undefined) return;
  const isList = pattern.endsWith('/*');
  const [slot] = slotsAt(plan, isList ? pattern.slice(0, -2) : pattern);
  if (slot === undefined) return;
  const dates = (isList ? (Array.isArray(slot.value) ? slot.value : []).map((value, index) => ({ pointer: `${slot.pointer}/${index}`, value })) : [slot])
    .filter(({ value }) => value !== undefined && value !== '');
  if (dates.length === 0) {
    add('missing-review-date', slot.pointer, 'Agree a review date with the parents and record it.');
    return;
  }
  let from = planDate;
  for (const { pointer, value } of dates) {
    if (!isIsoDate(value)) return; // reported by the schema check
    const day = parseIsoDate(value);
    if (from !== undefined) {
      try {
        const [earliest, latest] = reviewWindowDays({
          template: plan['template'] as string,
          from: formatIsoDate(from),
          calendar: options.calendar,
          cadence: options.cadence,
        });
        if (day < earliest || day > latest) {
          add(
            'review-date-outside-window',
            pointer,
            `The review date ${value} is outside the review window ${formatIsoDate(earliest)} to ${formatIsoDate(latest)} counted from ${formatIsoDate(from)}.`,
          );
        }
      } catch (error) {
        if (!(error instanceof RuleInputError)) throw error;
        add(error.code, pointer, `The review date cannot be checked: ${error.message}`);
      }
    }
    if (day < today) add('review-date-passed', pointer, `The review date ${value} has already passed: agree a new one.`, 'warning');
    from = day;
  }
}

/**
 * A review's next review date starts the next window, so it must fall inside the window
 * counted from the review. Minutes of review use the cadence of the plan they review
 * (`forPlan.template`).
 */
function checkNextReviewDates(plan: Json, patterns: string[], options: SignOffOptions, add: Add): void {
  const forPlan = plan['forPlan'];
  const template = isJson(forPlan) && isKnownTemplate(forPlan['template']) ? forPlan['template'] : plan['template'];
  if (!isKnownTemplate(template) || cadenceFor(template, options.cadence) === 'none') return;
  for (const pattern of patterns) {
    for (const { pointer, value } of valuesAt(plan, pattern)) {
      if (!isJson(value) || !isIsoDate(value['date']) || !isIsoDate(value['nextReviewDate'])) continue;
      const next = parseIsoDate(value['nextReviewDate']);
      try {
        const [earliest, latest] = reviewWindowDays({ template, from: value['date'], calendar: options.calendar, cadence: options.cadence });
        if (next < earliest || next > latest) {
          add(
            'next-review-date-outside-window',
            `${pointer}/nextReviewDate`,
            `The next review date ${value['nextReviewDate']} is outside the window ${formatIsoDate(earliest)} to ${formatIsoDate(latest)} counted from this review (${value['date']}).`,
          );
        }
      } catch (error) {
        if (!(error instanceof RuleInputError)) throw error;
        add(error.code, `${pointer}/nextReviewDate`, `The next review date cannot be checked: ${error.message}`);
      }
    }
  }
}

function checkReducedTimetable(plan: Json, planDate: DayNumber | undefined, add: Add): void {
  const reduced = plan['reducedTimetable'];
  const details = plan['planDetails'];
  const reasons = isJson(details) && Array.isArray(details['reasons']) ? details['reasons'] : [];
  const inPlace = (isJson(reduced) && reduced['inPlace'] === true) || reasons.includes('reduced-timetable');
  const endDate = isJson(reduced) ? reduced['endDate'] : undefined;
  if (inPlace && (endDate === undefined || endDate === '')) {
    add('reduced-timetable-needs-end-date', '/reducedTimetable/endDate', 'A reduced timetable must have an end date: agree when the pupil returns to full time.');
  }
  // An end before the plan starts is no planned return to full time: typically last cycle's
  // date carried into the next plan. One marked no longer in place may have ended before.
  const stillInPlace = inPlace && !(isJson(reduced) && reduced['inPlace'] === false);
  if (stillInPlace && planDate !== undefined && isIsoDate(endDate) && parseIsoDate(endDate) < planDate) {
    add(
      'reduced-timetable-end-before-start',
      '/reducedTimetable/endDate',
      `The reduced timetable ends on ${endDate}, before the plan starts (${formatIsoDate(planDate)}): agree when the pupil returns to full time.`,
    );
  }
}

/**
 * SEN data recorded in a plan must pass the school census rules (a type is required for K
 * and E, NSA only with K …): a plan signed with them would fail the census return. Codes
 * outside the lists are the schema check's to report.
 */
function checkSenData(plan: Json, patterns: string[], add: Add): void {
  for (const pattern of patterns) {
    for (const { pointer, value } of valuesAt(plan, pattern)) {
      if (!isJson(value)) continue;
      const { senProvision, primaryNeed, secondaryNeed } = value;
      if (senProvision === undefined && primaryNeed === undefined && secondaryNeed === undefined) continue;
      for (const issue of checkCensus({ senProvision, primaryNeed, secondaryNeed })) {
        if (!issue.code.startsWith('invalid-')) add(issue.code, `${pointer}/${issue.path}`, issue.message);
      }
    }
  }
}

function checkTargets(plan: Json, patterns: string[], reviewDate: string | undefined, planDate: string | undefined, add: Add): void {
  const child = plan['child'];
  const pupilName = isJson(child) && typeof child['name'] === 'string' && child['name'].trim() !== '' ? child['name'] : undefined;
  for (const pattern of patterns) {
    for (const slot of slotsAt(plan, pattern.slice(0, -2))) {
      const targets = Array.isArray(slot.value) ? slot.value : [];
      if (targets.length === 0) add('no-targets', slot.pointer, 'Add at least one SMART target before the plan is signed.');
      targets.forEach((row, index) => {
        const pointer = `${slot.pointer}/${index}`;
        const check = checkTargetRow(isJson(row) ? row : {}, {
          ...(pupilName === undefined ? {} : { pupilName }),
          ...(reviewDate === undefined ? {} : { reviewDate }),
          ...(planDate === undefined ? {} : { planDate }),
        });
        // Row problems (no baseline, provision or resources; a target ending after the
        // review) block sign-off; SMART element advice is a warning, as everywhere else.
        for (const issue of check.issues) {
          add(issue.code, issue.field ? `${pointer}/${issue.field}` : pointer, [issue.message, issue.suggestion].filter(Boolean).join(' '));
        }
        if (!isJson(row) || typeof row['target'] !== 'string' || row['target'].trim() === '') return;
        for (const [element, result] of Object.entries(check.target.elements)) {
          if (result.ok) continue;
          const advice = [result.message, result.suggestion].filter(Boolean).join(' ');
          add(`smart-${element}`, `${pointer}/target`, advice || `The target does not meet "${element}".`, 'warning');
        }
      });
    }
  }
}

function describeSlot(pattern: string): string {
  if (/parent/i.test(pattern)) return 'parent/carer';
  if (/pupil/i.test(pattern)) return 'pupil';
  if (/setting/i.test(pattern)) return 'setting';
  return 'signer';
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
