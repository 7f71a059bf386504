import { type DayNumber, parseIsoDate } from '../dates/iso-date.js';
import { RuleInputError } from '../dates/rule-input-error.js';
import { type ReviewWindowOptions, assertOptions, windowFrom } from './review-window.js';

export type ReviewStatus = 'scheduled' | 'due' | 'overdue' | 'reviewed';

export type ReviewStatusOptions = ReviewWindowOptions & {
  /** The day to judge on. Never the clock: pass it in. */
  today: string;
  /** Date of the latest recorded review, if any (null: none). */
  reviewedOn?: string | null | undefined;
  /** Or the recorded reviews themselves (review minutes, or a plan's `reviews`). */
  reviews?: readonly { date?: unknown }[] | null | undefined;
};

/**
 * REVIEW-TIMING.md: `scheduled` before `earliest`; `due` from `earliest` to `latest`
 * inclusive; `overdue` after `latest`; `reviewed` once a review on or after `from` is
 * recorded. A review dated after `today` has not been held on that day (it is a meeting
 * planned, or a mistyped date), so it does not count yet.
 */
export function reviewStatus(options: ReviewStatusOptions): ReviewStatus {
  assertOptions(options);
  const today = parseIsoDate(options.today, 'today');
  const from = parseIsoDate(options.from, 'from');
  const reviewed = (recorded(options.reviewedOn) || options.reviews != null) && hasReviewBetween(options, from, today);
  try {
    const [earliest, latest] = windowFrom(options, from);
    return reviewed ? 'reviewed' : statusOn(today, earliest, latest);
  } catch (error) {
    // The review held settles the status: the calendar need not reach the next window yet.
    if (reviewed && (error as RuleInputError).code === 'calendar-too-short') return 'reviewed';
    throw error;
  }
}

/** The status of a window on `today`, all as day numbers (for batch callers). */
export function statusOn(today: DayNumber, earliest: DayNumber, latest: DayNumber): Exclude<ReviewStatus, 'reviewed'> {
  if (today < earliest) return 'scheduled';
  return today <= latest ? 'due' : 'overdue';
}

/** A date left blank ("" from an empty form field) records no review, as absent does. */
function recorded(date: unknown): boolean {
  return date != null && !(typeof date === 'string' && date.trim() === '');
}

function hasReviewBetween(options: ReviewStatusOptions, from: DayNumber, today: DayNumber): boolean {
  const dates: DayNumber[] = [];
  if (recorded(options.reviewedOn)) dates.push(parseIsoDate(options.reviewedOn, 'reviewedOn'));
  if (options.reviews != null) {
    if (!Array.isArray(options.reviews)) {
      throw new RuleInputError('invalid-field', 'reviews: expected an array of { date }', 'reviews');
    }
    options.reviews.forEach((review, index) => {
      if (recorded(review?.date)) dates.push(parseIsoDate(review!.date, `reviews[${index}].date`));
    });
  }
  return dates.some((date) => date >= from && date <= today);
}
