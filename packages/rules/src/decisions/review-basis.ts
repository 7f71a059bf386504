import { schemas } from '@isp-kit/schemas';
import { type DayNumber, formatIsoDate, isIsoDate, parseIsoDate } from '../dates/iso-date.js';
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
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) throw new RuleInputError('not-an-object', 'plan: expected a plan object');
  const template = assertTemplate((plan as Record<string, unknown>)['template']);
  assertOptions(options, '{ today, reviewDates? }');
  const today = parseIsoDate(options.today, 'today');
  const fields = planFieldsOf(schemas[template]);
  let best: { day: DayNumber; basis: ReviewBasis['basis'] } | undefined;
  const consider = (value: unknown, basis: ReviewBasis['basis']) => {
    if (!isIsoDate(value)) return;
    const day = parseIsoDate(value);
    if (day <= today && (best === undefined || day > best.day)) best = { day, basis };
  };
  const planDate = fields.dateOfPlan[0] === undefined ? undefined : valuesAt(plan, fields.dateOfPlan[0])[0]?.value;
  if (isIsoDate(planDate)) best = { day: parseIsoDate(planDate), basis: 'date-of-plan' };
  for (const pattern of fields.apdrCycles) {
    for (const { value: cycle } of valuesAt(plan, `${pattern}/*`)) {
      const stages = cycle as { assess?: { date?: unknown }; plan?: { date?: unknown }; review?: { date?: unknown } } | null;
      consider(stages?.plan?.date ?? stages?.assess?.date, 'apdr-cycle');
      consider(stages?.review?.date, 'review');
    }
  }
  for (const pattern of fields.reviews) {
    for (const { value } of valuesAt(plan, pattern)) consider((value as { date?: unknown } | null)?.date, 'review');
  }
  const reviewDates = options.reviewDates ?? [];
  if (!Array.isArray(reviewDates)) throw new RuleInputError('invalid-field', 'reviewDates: expected a list of dates (YYYY-MM-DD)', 'reviewDates');
  // A caller's date that cannot be read would otherwise count the window from an older review.
  reviewDates.forEach((date, i) => consider(formatIsoDate(parseIsoDate(date, `reviewDates[${i}]`)), 'review'));
  if (best === undefined) {
    const pointer = fields.dateOfPlan[0] ?? '/planDetails/dateOfPlan';
    // A date that is there but wrong ("2026-02-30", "30/09/2026") is named as such.
    if (planDate !== undefined && planDate !== null && planDate !== '') parseIsoDate(planDate, pointer);
    throw new RuleInputError('missing-field', `${pointer}: the plan has no date of plan to count the review window from`, pointer);
  }
  return { template, from: formatIsoDate(best.day), basis: best.basis };
}
