import { RuleInputError } from '../dates/rule-input-error.js';
import { showValue } from '../dates/show-value.js';

/** School census SEN provision: N no SEN, K SEN support, E education, health and care plan. */
export const senProvisionCodes = ['N', 'K', 'E'] as const;
export type SenProvision = (typeof senProvisionCodes)[number];

/** School census SEN type codes (DS from the January 2025 census). */
export const senNeedTypeCodes = [
  'SPLD', 'MLD', 'SLD', 'PMLD', 'SEMH', 'SLCN', 'HI', 'VI', 'MSI', 'PD', 'ASD', 'DS', 'OTH', 'NSA',
] as const;
export type SenNeedType = (typeof senNeedTypeCodes)[number];

/**
 * SEN data as a plan holds it (`primaryNeed`, `secondaryNeed`), as the census lists it
 * (`needs` with a rank: 1 primary, 2 secondary), or as a list of codes, primary first
 * (`needs: ['ASD', 'SLCN']`). Give one form.
 */
export type CensusSenData = {
  senProvision?: unknown;
  primaryNeed?: unknown;
  secondaryNeed?: unknown;
  needs?: readonly ({ type?: unknown; rank?: unknown } | string)[];
};

export type CensusIssue = { code: string; path: string; message: string };

const NEED_TYPES: ReadonlySet<unknown> = new Set(senNeedTypeCodes);
const PROVISIONS: ReadonlySet<unknown> = new Set(senProvisionCodes);
/** Forms save an empty field as null or ''. */
const recorded = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/**
 * The school census rules for SEN data: valid codes; at most two need types, ranked 1
 * (primary) and 2 (secondary); a single type is the primary one; a type is required when
 * provision is K or E and not allowed when it is N; NSA ("no specialist assessment") only
 * with K. Returns every problem found; an empty list means the data would pass.
 */
export function checkCensus(senData: CensusSenData): CensusIssue[] {
  if (typeof senData !== 'object' || senData === null || Array.isArray(senData)) {
    throw new RuleInputError('invalid-field', 'senData: expected an object { senProvision, primaryNeed, secondaryNeed } or { senProvision, needs }', 'senData');
  }
  const issues: CensusIssue[] = [];
  const provision = senData.senProvision ?? undefined; // null, as forms save it, is "not recorded"
  if (provision === undefined) {
    issues.push({ code: 'missing-provision', path: 'senProvision', message: 'SEN provision is missing: give N, K (SEN support) or E (EHC plan)' });
  } else if (!PROVISIONS.has(provision)) {
    issues.push({ code: 'invalid-provision', path: 'senProvision', message: `SEN provision ${showValue(provision)} is not a census code: use N, K or E` });
  }
  const needs = rankedNeeds(senData, issues);
  needs.forEach(({ type, path }) => {
    if (!recorded(type)) {
      issues.push({ code: 'missing-need-type', path, message: 'The SEN type is missing: give a census code such as ASD or SLCN' });
    } else if (!NEED_TYPES.has(type)) {
      const upper = typeof type === 'string' && NEED_TYPES.has(type.trim().toUpperCase()) ? ` (census codes are in capitals: ${type.trim().toUpperCase()})` : '';
      issues.push({ code: 'invalid-need-type', path, message: `${showValue(type)} is not a census SEN type${upper}; use one of ${senNeedTypeCodes.join(', ')}` });
    }
  });
  if (needs.length > 2) {
    issues.push({ code: 'too-many-need-types', path: 'needs', message: `${needs.length} SEN types given: the census records at most two (a primary and a secondary need)` });
  }
  const types = needs.map((need) => need.type);
  if (new Set(types).size < types.length) {
    issues.push({ code: 'duplicate-need-type', path: needs[1]?.path ?? 'needs', message: 'The same SEN type is given twice: the secondary need must differ from the primary' });
  }
  if ((provision === 'K' || provision === 'E') && needs.length === 0) {
    issues.push({ code: 'need-type-required', path: senData.needs == null ? 'primaryNeed' : 'needs', message: `A primary SEN type is required when provision is ${provision}` });
  }
  if (provision === 'N' && needs.length > 0) {
    issues.push({ code: 'need-type-without-sen', path: needs[0]!.path, message: 'No SEN type may be recorded when provision is N (no special educational need)' });
  }
  const nsa = needs.find((need) => need.type === 'NSA');
  if (nsa && provision !== 'K') {
    issues.push({ code: 'nsa-only-with-k', path: nsa.path, message: `NSA (no specialist assessment of type of need) may only be used with provision K (SEN support), not ${showValue(provision ?? 'none')}` });
  }
  return issues;
}

function rankedNeeds(senData: CensusSenData, issues: CensusIssue[]): { type: unknown; path: string }[] {
  if (senData.needs != null) {
    // Reading one form and dropping the other would hide a disagreement between them.
    if (recorded(senData.primaryNeed) || recorded(senData.secondaryNeed)) {
      issues.push({ code: 'two-forms', path: 'needs', message: 'Give the SEN types either as needs or as primaryNeed and secondaryNeed, not both' });
    }
    if (!Array.isArray(senData.needs)) {
      issues.push({ code: 'invalid-needs', path: 'needs', message: 'needs must be a list of { type, rank }' });
      return [];
    }
    // A bare list of codes is ranked by position: the first is the primary need.
    if (senData.needs.every((need) => typeof need !== 'object' || need === null)) {
      return senData.needs.map((type, index) => ({ type, path: `needs[${index}]` }));
    }
    const needs = senData.needs.map((need, index) => {
      const ranked = (typeof need === 'object' && need !== null ? need : { type: need }) as { type?: unknown; rank?: unknown };
      return { type: ranked.type, rank: ranked.rank, path: `needs[${index}]` };
    });
    const ranks = needs.map((need) => need.rank);
    needs.forEach((need) => {
      if (need.rank !== 1 && need.rank !== 2) {
        issues.push({ code: 'invalid-rank', path: `${need.path}.rank`, message: `rank ${showValue(need.rank)} must be 1 (primary) or 2 (secondary)` });
      }
    });
    if (needs.length === 1 && needs[0]!.rank === 2) {
      issues.push({ code: 'single-need-not-primary', path: 'needs[0].rank', message: 'A single SEN type is the primary need: give it rank 1' });
    }
    if (needs.length === 2 && new Set(ranks).size < 2) {
      issues.push({ code: 'duplicate-rank', path: 'needs[1].rank', message: 'Two SEN types need different ranks: 1 for the primary, 2 for the secondary' });
    }
    return [...needs].sort((a, b) => Number(a.rank) - Number(b.rank)).map(({ type, path }) => ({ type, path: `${path}.type` }));
  }
  const needs: { type: unknown; path: string }[] = [];
  if (recorded(senData.primaryNeed)) needs.push({ type: senData.primaryNeed, path: 'primaryNeed' });
  if (recorded(senData.secondaryNeed)) {
    if (needs.length === 0) {
      issues.push({ code: 'single-need-not-primary', path: 'secondaryNeed', message: 'A single SEN type is the primary need: record it as the primary need, not the secondary' });
    }
    needs.push({ type: senData.secondaryNeed, path: 'secondaryNeed' });
  }
  return needs;
}
