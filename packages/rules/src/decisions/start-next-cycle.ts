import { schemas } from '@isp-kit/schemas';
import { parseIsoDate } from '../dates/iso-date.js';
import { RuleInputError } from '../dates/rule-input-error.js';
import { assertTemplate, defaultCadence } from '../review/cadence.js';
import { assertOptions } from '../review/review-window.js';
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
 * `review` is a minutes-of-review document (its `id` and `review.targetsReviewed`) or a
 * review with an `id` and `targetsReviewed`. A target the review does not mention keeps
 * the plan's own `achieved` verdict; one never marked achieved is carried over.
 */
export function startNextCycle(plan: unknown, review: unknown, options: NextCycleOptions = {}): Json {
  if (!isJson(plan)) throw new RuleInputError('invalid-field', 'plan: expected a plan object');
  if (!isJson(review)) throw new RuleInputError('invalid-field', 'review: expected a review object');
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
  const verdicts = new Map<string, unknown>();
  const inner = isJson(review['review']) ? review['review'] : review;
  const reviewed = inner['targetsReviewed'];
  if (reviewed !== undefined && !Array.isArray(reviewed)) {
    throw new RuleInputError('invalid-field', 'review.targetsReviewed: expected a list of { targetId, achieved }', 'review.targetsReviewed');
  }
  for (const entry of reviewed ?? []) if (isJson(entry)) verdicts.set(String(entry['targetId']), entry['achieved']);

  const fields = planFieldsOf(schemas[template]);
  const next = structuredClone(plan);
  for (const pattern of [...fields.signatures, ...fields.parentViews, ...fields.reviewDate, ...fields.reviews]) {
    removeAt(next, pattern);
  }
  for (const pattern of fields.targets) {
    const list = pattern.slice(0, -2); // "/targets/*" → "/targets"
    for (const { value } of valuesAt(next, list)) {
      if (!Array.isArray(value)) continue;
      const carried = value.filter((target) => isJson(target) && (verdicts.get(String(target['id'])) ?? target['achieved']) !== 'yes');
      value.splice(0, value.length, ...carried.map(withoutOutcome));
    }
  }
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
