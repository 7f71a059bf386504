import type { TemplateId } from './template-id.js';
import { RuleInputError } from '../dates/rule-input-error.js';
import { showValue } from '../dates/show-value.js';

/** Review every `min` to `max` weeks (a week is 5 teaching days when a calendar is known). */
export type CadenceWeeks = { min: number; max: number };
/** `termly`: APDR cycles that run with the school terms (see README "Review timing"). */
export type Cadence = CadenceWeeks | 'termly';
/** Records have no review window of their own. */
export type CadenceTable = Record<TemplateId, Cadence | 'none'>;

/**
 * REVIEW-TIMING.md. Written out per template id so that adding a template to the schemas
 * fails the type check here until someone decides its cadence.
 */
export const defaultCadence: Readonly<CadenceTable> = Object.freeze({
  'ey-individual-support-plan': { min: 6, max: 8 },
  'individual-provision-map': { min: 6, max: 8 },
  'sen-support-plan': { min: 6, max: 8 },
  'inclusion-support-plan': { min: 2, max: 4 },
  'individual-support-plan': 'termly',
  'record-of-intervention': 'none',
  'review-of-intervention': 'none',
  'inclusion-action-plan': 'none',
} satisfies CadenceTable);

/**
 * Without a calendar a term is approximated as 10 to 14 weeks: English terms are 12 to 14
 * teaching weeks plus a half-term week, and a plan rarely starts on the first day of term.
 */
export const termlyWithoutCalendar: Readonly<CadenceWeeks> = Object.freeze({ min: 10, max: 14 });

/** What a caller may pass as `cadence`: one cadence for this call, or a partial table. */
export type CadenceOverride = Cadence | Partial<Record<string, Cadence | 'none'>>;

const templateIdList = Object.keys(defaultCadence) as TemplateId[];

export function isKnownTemplate(value: unknown): value is TemplateId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(defaultCadence, value);
}

/** Throws `unknown-template` unless `value` is one of the template ids. */
export function assertTemplate(value: unknown, field = 'template'): TemplateId {
  if (isKnownTemplate(value)) return value;
  const shown =
    typeof value === 'string' ? `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"` : typeof value === 'object' && value !== null ? 'an object' : String(value);
  throw new RuleInputError(
    'unknown-template',
    `${field}: ${value === undefined ? 'missing' : `${shown} is not a template id`}; expected one of ${templateIdList.join(', ')}`,
    field,
  );
}

/** True for templates that have a review window (not the records). */
export function hasReviewWindow(template: TemplateId, override?: CadenceOverride): boolean {
  return cadenceFor(template, override) !== 'none';
}

/** The cadence for a template, after the caller's override; validated. */
export function cadenceFor(template: TemplateId, override?: CadenceOverride): Cadence | 'none' {
  // From plain JavaScript a misspelt id would otherwise get no cadence, or an inherited one.
  assertTemplate(template);
  if (override === undefined) return defaultCadence[template];
  if (override === 'termly' || isWeeks(override)) {
    // A table entry beside { min, max } ("defaults plus exceptions") would be silently unused.
    const extra = override === 'termly' ? undefined : Object.keys(override).find((key) => key !== 'min' && key !== 'max');
    if (extra !== undefined) {
      throw new RuleInputError('invalid-cadence', `cadence.${extra}: give one cadence { min, max } for the call or a table by template id, not both`, `cadence.${extra}`);
    }
    // One cadence for the call is for plans: records still have no window of their own.
    const cadence = checkCadence(override, 'cadence');
    return defaultCadence[template] === 'none' ? 'none' : cadence;
  }
  if (typeof override !== 'object' || override === null || Array.isArray(override)) {
    throw new RuleInputError('invalid-cadence', 'cadence: expected { min, max } in weeks, "termly", or a table by template id', 'cadence');
  }
  // A misspelt template id would leave the authority's cadence silently unused.
  for (const key of Object.keys(override)) {
    if (!isKnownTemplate(key)) {
      throw new RuleInputError('invalid-cadence', `cadence.${key}: "${key}" is not a template id; expected one of ${templateIdList.join(', ')}`, `cadence.${key}`);
    }
  }
  const chosen = Object.prototype.hasOwnProperty.call(override, template) ? override[template] : undefined;
  if (chosen === undefined) return defaultCadence[template];
  return chosen === 'none' ? 'none' : checkCadence(chosen, `cadence.${template}`);
}

function isWeeks(value: unknown): value is CadenceWeeks {
  return typeof value === 'object' && value !== null && ('min' in value || 'max' in value);
}

/** Two years: reviews further apart than that are not a cadence but a typing slip. */
const MAX_CADENCE_WEEKS = 104;

function checkCadence(value: unknown, field: string): Cadence {
  if (value === 'termly') return value;
  if (!isWeeks(value)) {
    throw new RuleInputError('invalid-cadence', `${field}: expected { min, max } in weeks or "termly"`, field);
  }
  const { min, max } = value;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min || max > MAX_CADENCE_WEEKS) {
    throw new RuleInputError(
      'invalid-cadence',
      `${field}: min and max must be whole numbers of weeks with 1 ≤ min ≤ max ≤ ${MAX_CADENCE_WEEKS} (got min ${min === undefined ? 'nothing' : showValue(min)}, max ${max === undefined ? 'nothing' : showValue(max)})`,
      field,
    );
  }
  return { min, max };
}
