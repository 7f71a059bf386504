import { schemas } from '@isp-kit/schemas';
import { type DayNumber, formatIsoDate, parseIsoDate } from '../dates/iso-date.js';
import { RuleInputError } from '../dates/rule-input-error.js';
import { assertTemplate } from '../review/cadence.js';
import { assertOptions } from '../review/review-window.js';
import type { TemplateId } from '../review/template-id.js';
import { planFieldsOf, valuesAt } from './plan-fields.js';

export type ReviewBasis = {
  template: TemplateId;
  /** The date the next review window counts from. */
  from: string;
  /** What `from` is: the date of plan, the start of the latest APDR cycle, or a review. */
  basis: 'date-of-plan' | 'apdr-cycle' | 'review';
};

/**
 * Where a plan's next review window starts ("the date of plan, or of the last review"):
 * the latest of its date of plan, the start of its latest APDR cycle (school ISP) and the
 * latest review held by `today`, whether recorded in the plan or in separate minutes of
 * review (`reviewDates`, e.g. from review-of-intervention documents pointing at the plan).
 */
export function reviewBasisOf(plan: unknown, options: { today: string; reviewDates?: readonly string[] }): ReviewBasis {
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) throw new RuleInputError('invalid-field', 'plan: expected a plan object', 'plan');
  const template = assertTemplate((plan as Record<string, unknown>)['template']);
  assertOptions(options, '{ today, reviewDates? }');
  const today = parseIsoDate(options.today, 'today');
  const fields = planFieldsOf(schemas[template]);
  let best: { day: DayNumber; basis: ReviewBasis['basis'] } | undefined;
  // A date that is there but cannot be read ("2026-12-32", "7/9/2026") is named: skipped, it
  // would count the window from an older date. A field left empty is simply not there.
  const consider = (value: unknown, basis: ReviewBasis['basis'], pointer: string) => {
    if (value === undefined || value === null || value === '') return;
    const day = parseIsoDate(value, pointer);
    if ((day <= today || basis === 'date-of-plan') && (best === undefined || day > best.day)) best = { day, basis };
  };
  const planDate = fields.dateOfPlan[0] === undefined ? undefined : valuesAt(plan, fields.dateOfPlan[0])[0];
  if (planDate) consider(planDate.value, 'date-of-plan', planDate.pointer);
  for (const pattern of fields.apdrCycles) {
    for (const { pointer, value: cycle } of valuesAt(plan, `${pattern}/*`)) {
      const stages = cycle as { assess?: { date?: unknown }; plan?: { date?: unknown }; review?: { date?: unknown } } | null;
      const started = stages?.plan?.date == null ? 'assess' : 'plan';
      consider(stages?.[started]?.date, 'apdr-cycle', `${pointer}/${started}/date`);
      consider(stages?.review?.date, 'review', `${pointer}/review/date`);
    }
  }
  for (const pattern of fields.reviews) {
    for (const { pointer, value } of valuesAt(plan, pattern)) consider((value as { date?: unknown } | null)?.date, 'review', `${pointer}/date`);
  }
  const reviewDates = options.reviewDates ?? [];
  if (!Array.isArray(reviewDates)) throw new RuleInputError('invalid-field', 'reviewDates: expected a list of dates (YYYY-MM-DD)', 'reviewDates');
  // A caller's date that cannot be read would otherwise count the window from an older review.
  reviewDates.forEach((date, i) => consider(formatIsoDate(parseIsoDate(date, `reviewDates[${i}]`)), 'review', `reviewDates[${i}]`));
  if (best === undefined) {
    const pointer = fields.dateOfPlan[0] ?? '/planDetails/dateOfPlan';
    throw new RuleInputError('missing-field', `${pointer}: the plan has no date of plan to count the review window from`, pointer);
  }
  return { template, from: formatIsoDate(best.day), basis: best.basis };
}
