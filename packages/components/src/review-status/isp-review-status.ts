import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { reviewStatus, reviewWindow, type ReviewWindow } from '@isp-kit/rules';
import { fieldError } from '../shared/field-error.js';
import { formatDate, isIsoDate } from '../shared/iso-date.js';
import { isRecord, textOf } from '../shared/is-record.js';
import type { Mode } from '../shared/mode.js';
import { describeTargetsReviewed, describeWindow, stateWords, type ReviewState } from './describe-review.js';
import { reviewStatusStyles } from './isp-review-status.styles.js';

interface Timing {
  window?: ReviewWindow;
  state?: ReviewState;
  /** The latest review counted as this cycle's review. */
  reviewedOn?: string;
  /** After that review: its own next review date, or the window counted from it. */
  nextDate?: string;
  nextWindow?: ReviewWindow;
  /** Why no window could be worked out, in plain words. */
  problem?: string;
}

interface HistoryItem {
  review: Record<string, unknown>;
  date: string;
}

/**
 * @summary When the next review of a plan is due (scheduled, due, overdue or reviewed, from the
 * rules package) and the APDR history of past reviews. Display only: it never edits the plan.
 *
 * `value` is the same array as `reviews` (the uniform part contract); the part fires no events.
 *
 * @csspart base - The wrapper.
 * @csspart label - The title.
 * @csspart tag - The GOV.UK status tag.
 * @csspart status - The sentence beside the tag.
 * @csspart next - After a review: when the next one is due.
 * @csspart problem - The message shown when the dates cannot be worked out.
 * @csspart history - The list of past reviews.
 * @csspart error - The inline error message from the host.
 *
 * @cssproperty --isp-color-tag-due-background - Background of the "Due" tag (with --isp-color-tag-due-text, and
 * the same pair for overdue; "Reviewed" uses --isp-color-tag-done and -done-background).
 */
export class IspReviewStatus extends LitElement {
  static override styles = reviewStatusStyles;

  /** Template id of the plan (sets the cadence, e.g. 6 to 8 weeks). */
  @property() template = '';
  /** ISO date the window counts from: the date of plan, or of the last review. */
  @property() from = '';
  /** ISO date to judge the status on. The part never reads the clock. */
  @property() today = '';
  /** A term calendar (JSON shape of the rules package) so weeks count teaching days. */
  @property({ attribute: false }) calendar: unknown = undefined;
  /** A local authority's cadence override (rules package `CadenceOverride`), e.g. `{ min: 4, max: 6 }`. */
  @property({ attribute: false }) cadence: unknown = undefined;
  /** The plan's past reviews (`review[]`), oldest first or in any order. */
  @property({ attribute: false }) reviews: unknown = [];
  /** The visible label or heading of the part. */
  @property() label = 'Review';
  /** Hint text under the label, tied to the controls with `aria-describedby`. */
  @property() hint = '';
  /** An error to show inline in GOV.UK style (e.g. from the plan's validation); `''` for none. */
  @property() error = '';
  /** `edit` (default), `view` (a readable document) or `print` (paper layout). */
  @property() mode: Mode = 'edit';
  /** Whether an answer is required: `checkValidity()` is false while it is missing. */
  @property({ type: Boolean }) required = false;

  private timing: Timing = {};

  /** Alias of `reviews`, so every part has a `value`. */
  get value(): unknown {
    return this.reviews;
  }
  set value(reviews: unknown) {
    this.reviews = reviews;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs: PropertyKey[] = ['template', 'from', 'today', 'calendar', 'cadence', 'reviews'];
    if (inputs.some((key) => (changed as Map<PropertyKey, unknown>).has(key))) {
      this.timing = this.workOutTiming();
    }
  }

  private datedReviews(): HistoryItem[] {
    if (!Array.isArray(this.reviews)) return [];
    return this.reviews
      .filter(isRecord)
      .map((review) => ({ review, date: textOf(review, 'date') }))
      .filter((item) => isIsoDate(item.date));
  }

  private workOutTiming(): Timing {
    if (!this.from) return { problem: 'There is no date of plan yet, so the next review cannot be worked out.' };
    if (!isIsoDate(this.from)) return { problem: `The date of plan “${String(this.from)}” is not a real date, so the next review cannot be worked out.` };
    // Given as the rules take it (an object or its JSON text): anything they cannot read is a
    // problem said in words, never weeks counted without the holidays.
    const calendar = this.calendar ?? undefined;
    try {
      const options = { template: this.template, from: this.from, calendar: calendar as never, cadence: this.cadence as never };
      // A review held settles the status even when the calendar stops before this window, so the
      // window's own problem is said only when no review answers it.
      let window: ReviewWindow | undefined;
      let windowProblem: unknown;
      try {
        window = reviewWindow(options);
      } catch (error) {
        windowProblem = error;
      }
      if (!isIsoDate(this.today)) {
        if (windowProblem) throw windowProblem;
        return { window };
      }
      const reviews = this.datedReviews().map((item) => ({ date: item.date }));
      const state = reviewStatus({ ...options, today: this.today, reviews });
      if (state !== 'reviewed') return { window, state };
      const latest = this.datedReviews()
        .filter((item) => item.date >= this.from && item.date <= this.today)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .at(-1);
      if (!latest) return { window, state };
      const nextDate = textOf(latest.review, 'nextReviewDate');
      // Once the next review's time comes, the tag says so: "Reviewed" must not hide an overdue one.
      if (isIsoDate(nextDate)) {
        return { window, state: this.today > nextDate ? 'overdue' : state, reviewedOn: latest.date, nextDate };
      }
      // The next cycle counts from the review, as a review's date starts the next window.
      try {
        const nextWindow = reviewWindow({ ...options, from: latest.date });
        const next = reviewStatus({ ...options, from: latest.date, today: this.today });
        return { window, state: next === 'scheduled' ? state : next, reviewedOn: latest.date, nextWindow };
      } catch (error) {
        return { window, state, reviewedOn: latest.date, problem: this.explain(error) };
      }
    } catch (error) {
      return { problem: this.explain(error) };
    }
  }

  private explain(error: unknown): string {
    // Matched by shape, not instanceof: a page may load two copies of the rules package.
    const code = isRecord(error) || error instanceof Error ? (error as { code?: unknown }).code : undefined;
    const message = error instanceof Error ? error.message : '';
    if (typeof code !== 'string') return 'The next review could not be worked out from these dates.';
    switch (code) {
      case 'unknown-template':
        return this.template
          ? `“${this.template}” is not a plan template this part knows, so the review timing is unknown.`
          : 'No plan template is given, so the review timing is unknown.';
      case 'no-review-window':
        return 'This record has no review date of its own: the plan it belongs to sets the review date.';
      default:
        return `The next review cannot be worked out: ${message}`;
    }
  }

  protected override render() {
    const { window, state, reviewedOn, nextDate, nextWindow, problem } = this.timing;
    return html`<div part="base" class=${this.error ? 'form-group--error' : ''}>
      <p class="label" part="label">${this.label}</p>
      ${this.hint ? html`<p class="hint" part="hint">${this.hint}</p>` : nothing}
      ${fieldError('review-error', this.error)}
      <div role="status">
        ${problem ? html`<p class="problem" part="problem">${problem}</p>` : nothing}
        ${window || reviewedOn ? html`<div class="summary">
          ${state ? html`<strong class="tag tag--${state}" part="tag">${stateWords[state]}</strong>` : nothing}
          <p part="status">${reviewedOn
            ? `Reviewed on ${formatDate(reviewedOn)}`
            : describeWindow(state, window!.earliest, window!.latest)}</p>
        </div>` : nothing}
        ${nextDate ? html`<p part="next">${state === 'overdue' ? describeWindow(state, nextDate, nextDate) : `Next review date: ${formatDate(nextDate)}`}</p>` : nothing}
        ${nextWindow ? html`<p part="next">${describeWindow(state === 'reviewed' ? undefined : state, nextWindow.earliest, nextWindow.latest)}</p>` : nothing}
      </div>
      ${this.renderHistory()}
    </div>`;
  }

  private renderHistory() {
    if (this.reviews === undefined || this.reviews === null) return nothing;
    if (!Array.isArray(this.reviews)) {
      return html`<p class="problem" part="problem">The review history could not be read: it is not a list of reviews.</p>`;
    }
    if (this.reviews.length === 0) return html`<p class="empty">No reviews recorded yet.</p>`;
    // Oldest first, so the cycles read in the order they happened; undated ones last, never hidden.
    const items = this.reviews.map((review, index) => ({ review, index, date: textOf(review, 'date') }));
    items.sort((a, b) => {
      const aKey = isIsoDate(a.date) ? a.date : '~';
      const bKey = isIsoDate(b.date) ? b.date : '~';
      return aKey === bKey ? a.index - b.index : aKey < bKey ? -1 : 1;
    });
    return html`
      <p class="label" id="history-title">APDR cycle history</p>
      <ol class="history" part="history" aria-labelledby="history-title">
        ${items.map(({ review, date }) => {
          const outcome = textOf(review, 'outcome');
          const next = textOf(review, 'nextReviewDate');
          const targets = isRecord(review) ? describeTargetsReviewed(review.targetsReviewed) : '';
          return html`<li>
            <strong>${isIsoDate(date) ? `Reviewed on ${formatDate(date)}` : date ? `Review dated “${date}” (not a real date)` : 'Review with no date recorded'}</strong>
            <dl>
              ${outcome ? html`<dt>Outcome:</dt> <dd>${outcome}</dd>` : nothing}
              ${targets ? html`<dt>Targets:</dt> <dd>${targets}</dd>` : nothing}
              ${next ? html`<dt>Next review date:</dt> <dd>${formatDate(next)}</dd>` : nothing}
            </dl>
          </li>`;
        })}
      </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'isp-review-status': IspReviewStatus;
  }
}
