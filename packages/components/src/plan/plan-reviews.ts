import { type PlanFields, valuesAt } from '@isp-kit/rules';
import { isPlainObject } from './plan-document.js';

/** The date a plan's review window counts from: its date of plan (an inclusion plan's start date). */
export function dateOfPlanIn(plan: unknown, fields: PlanFields): string | undefined {
  for (const pattern of fields.dateOfPlan) {
    for (const { value } of valuesAt(plan, pattern)) if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

export interface FoundReviews {
  /** The review objects found in the plan, in the order found. */
  sources: unknown[];
  /** One review per date: a school ISP's cycle review and its review summary are one meeting. */
  reviews: Record<string, unknown>[];
}

/**
 * Every review the plan records, wherever its template keeps them: APDR cycles' reviews, a
 * single `review`, a `reviewSummary`, a list of `reviews`. The last result is given back while
 * the plan holds the same review objects, so the review status is not redrawn on every key.
 */
export function reviewsIn(plan: unknown, fields: PlanFields, last?: FoundReviews): FoundReviews {
  const patterns = [...fields.apdrCycles.map((pattern) => `${pattern}/*/review`), ...fields.reviews];
  const sources = patterns.flatMap((pattern) => valuesAt(plan, pattern).map(({ value }) => value)).filter(isPlainObject);
  if (last && sources.length === last.sources.length && sources.every((source, index) => source === last.sources[index])) return last;
  const byDate = new Map<unknown, Record<string, unknown>>();
  for (const review of sources) {
    const date = typeof review['date'] === 'string' ? review['date'] : {}; // undated: each its own
    byDate.set(date, { ...byDate.get(date), ...review });
  }
  return { sources, reviews: [...byDate.values()] };
}
