import { schemas } from '@isp-kit/schemas';
import { isIsoDate, parseIsoDate } from '../dates/iso-date.js';
import { RuleInputError } from '../dates/rule-input-error.js';
import { assertTemplate, defaultCadence } from '../review/cadence.js';
import { assertOptions } from '../review/review-window.js';
import { copyJson } from './copy-json.js';
import { targetsReviewedOf } from './next-steps.js';
import { planFieldsOf, valuesAt } from './plan-fields.js';

export type NextCycleOptions = {
  /** Becomes the new plan's date of plan; without it the date is left for the team to fill in. */
  today?: string;
  /** Id for the new plan document; without it the new plan has no id until the caller gives one. */
  newId?: string;
};

type Json = Record<string, unknown>;

/**
 * Starts the next Assess, Plan, Do, Review cycle from a review: a new `draft` plan of the
 * same template that keeps the child's details and everything else already written, and
 * carries over the targets not achieved with their ids unchanged (so intervention records
 * and later reviews still point at them: the golden thread). What belonged to the last
 * cycle is left out: signatures, parent/carer views, review dates, reviews, amendments and
 * each carried target's outcome. `followsReview` names the review.
 *
 * In a school ISP, earlier APDR cycles and termly support plans are history and stay whole;
 * a new cycle after the latest carries its targets not achieved.
 *
 * `review` is a minutes-of-review document (its `id` and `review.targetsReviewed`) or a
 * review with an `id` and `targetsReviewed`; minutes of another plan (`forPlan.planId`) are
 * refused. A target the review does not mention keeps the plan's own `achieved` verdict;
 * one never marked achieved is carried over.
 */
export function startNextCycle(plan: unknown, review: unknown, options: NextCycleOptions = {}): Json {
  if (!isJson(plan)) throw new RuleInputError('invalid-field', 'plan: expected a plan object', 'plan');
  if (!isJson(review)) throw new RuleInputError('invalid-field', 'review: expected a review object', 'review');
  const template = assertTemplate(plan['template'], 'plan.template');
  if (defaultCadence[template] === 'none') {
    throw new RuleInputError('invalid-field', `plan.template: ${template} is a record, not a plan with cycles: start the next cycle from the plan it belongs to`, 'plan.template');
  }
  assertOptions(options, '{ today?, newId? }');
  if (options.today !== undefined) parseIsoDate(options.today, 'today');
  if (options.newId !== undefined && (typeof options.newId !== 'string' || options.newId === '')) {
    throw new RuleInputError('invalid-field', 'newId: expected a non-empty string', 'newId');
  }
  const reviewId = review['id'];
  if (typeof reviewId !== 'string' || reviewId === '') {
    throw new RuleInputError('missing-field', "review.id: the new plan's followsReview needs the id of the review it follows", 'review.id');
  }
  // Minutes name the plan they review: another plan's minutes (another child's, or last
  // year's plan) would carry the wrong targets and point followsReview at the wrong review.
  const reviewedPlanId = isJson(review['forPlan']) ? review['forPlan']['planId'] : undefined;
  if (typeof reviewedPlanId === 'string' && typeof plan['id'] === 'string' && reviewedPlanId !== plan['id']) {
    throw new RuleInputError(
      'invalid-field',
      `review.forPlan.planId: these minutes review plan ${reviewedPlanId}, not ${plan['id']}: start the next cycle from the plan they review`,
      'review.forPlan.planId',
    );
  }
  // A plan dated before the review it follows would count its window from before the review.
  const inner = review['review'];
  const reviewDate = isJson(inner) ? inner['date'] : review['date'];
  if (options.today !== undefined && isIsoDate(reviewDate) && options.today < reviewDate) {
    throw new RuleInputError('invalid-date', `today: ${options.today} is before the review it follows (${reviewDate}): start the next cycle on or after the review`, 'today');
  }
  // Checked as nextStepsAfterReview checks them: a verdict naming no target is refused, never
  // applied to a target row that has no id either.
  const verdicts = new Map<unknown, unknown>(targetsReviewedOf(review, 'review.').map((entry) => [entry.targetId, entry.achieved]));

  const fields = planFieldsOf(schemas[template]);
  const next = copyJson(plan, 'plan') as Json;
  // Entries of a repeated record (a past APDR cycle, a termly support plan) are history: kept whole.
  const isHistory = (pattern: string) => pattern.slice(0, -2).includes('/*/');
  for (const pattern of [...fields.signatures, ...fields.parentViews, ...fields.reviewDate, ...fields.reviews]) {
    if (!isHistory(pattern)) removeAt(next, pattern);
  }
  const carry = (targets: unknown[]) =>
    targets.filter((target) => isJson(target) && (verdicts.get(target['id']) ?? target['achieved']) !== 'yes').map(withoutOutcome);
  for (const pattern of fields.targets) {
    const list = pattern.slice(0, -2); // "/targets/*" → "/targets"
    if (isHistory(list)) continue; // targets inside APDR cycles: a new cycle carries them
    for (const { value } of valuesAt(next, list)) if (Array.isArray(value)) value.splice(0, value.length, ...carry(value));
  }
  addNextApdrCycle(next, fields.apdrCycles, carry, options.newId);
  for (const pattern of fields.dateOfPlan) {
    if (options.today === undefined) removeAt(next, pattern);
    else setAt(next, pattern, options.today);
  }
  // The old id must not survive: two documents with one id would break the golden thread.
  if (options.newId === undefined) delete next['id'];
  else next['id'] = options.newId;
  next['status'] = 'draft';
  next['followsReview'] = reviewId;
  next['amendments'] = [];
  return next;
}

/**
 * School ISP: the next APDR cycle follows the latest, in the last section that has cycles
 * (section 2 once the SENCO has opened it), carrying that cycle's targets not achieved.
 * Cycle numbers run on across sections, and the new cycle's id is unique in the plan.
 */
function addNextApdrCycle(next: Json, patterns: string[], carry: (targets: unknown[]) => unknown[], newId: string | undefined): void {
  const lists = patterns.flatMap((pattern) => valuesAt(next, pattern).map(({ value }) => value)).filter(Array.isArray);
  const current = lists.filter((list) => list.length > 0).pop();
  if (current === undefined) return;
  const cycles = lists.flat().filter(isJson);
  const plan = cycles.includes(current[current.length - 1]) ? (current[current.length - 1] as Json)['plan'] : undefined;
  const targets = isJson(plan) && Array.isArray(plan['targets']) ? plan['targets'] : [];
  const number = Math.max(cycles.length, ...cycles.map((cycle) => (Number.isInteger(cycle['cycleNumber']) ? (cycle['cycleNumber'] as number) : 0))) + 1;
  const ids = new Set(cycles.map((cycle) => cycle['id']));
  const base = `${newId ?? 'apdr'}-cycle-${number}`;
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  current.push({ id, cycleNumber: number, plan: { targets: carry(targets) } });
}

function withoutOutcome(target: unknown): unknown {
  const { outcome: _outcome, achieved: _achieved, ...rest } = target as Json;
  return rest;
}

/** Removes the value at a pattern; for `…/*`, empties the array instead. */
function removeAt(document: Json, pattern: string): void {
  if (pattern.endsWith('/*')) {
    for (const { value } of valuesAt(document, pattern.slice(0, -2))) if (Array.isArray(value)) value.length = 0;
    return;
  }
  const cut = pattern.lastIndexOf('/');
  const key = pattern.slice(cut + 1);
  for (const { value } of valuesAt(document, pattern.slice(0, cut))) if (isJson(value)) delete value[key];
}

/** Sets a value, creating the parent object when the plan does not have it yet. */
function setAt(document: Json, pattern: string, newValue: unknown): void {
  const parts = pattern.split('/').slice(1);
  if (parts.includes('*')) return;
  let node: Json = document;
  for (const part of parts.slice(0, -1)) {
    if (!isJson(node[part])) node[part] = {};
    node = node[part] as Json;
  }
  node[parts[parts.length - 1]!] = newValue;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
