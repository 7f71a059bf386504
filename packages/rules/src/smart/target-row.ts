import { lookup, pickCatalogue } from '../messages/catalogue.js';
import { rowCatalogues } from '../messages/smart-catalogues.js';
import { rowMessagesEn } from '../messages/smart-en.js';
import { checkSmartTarget } from './check-smart-target.js';
import { isIsoDate, resolveEndPoint } from './resolve-date.js';
import type { Evidence, SmartCheck } from './types.js';

/** The row fields this check reads (the `smartTarget` shape of @isp-kit/schemas). */
export interface TargetRowInput {
  baseline?: unknown;
  target?: unknown;
  provision?: unknown;
  resources?: unknown;
  whenWhoWhere?: unknown;
  outcome?: unknown;
}

export interface TargetRowOptions {
  pupilName?: string;
  /** The plan's review date, `YYYY-MM-DD`. */
  reviewDate?: string;
  /** The plan's date, `YYYY-MM-DD`: lets "within 6 weeks" and dates without a year resolve. */
  planDate?: string;
  locale?: string;
}

export interface TargetRowIssue {
  /** The row field the issue is about, e.g. `baseline` or `target`. */
  field: string;
  code: string;
  message: string;
  suggestion?: string;
  evidence: Evidence[];
}

export interface TargetRowCheck {
  /** True when the row has no issues and its target is SMART. */
  ok: boolean;
  /** The SMART check of the `target` text. */
  target: SmartCheck;
  issues: TargetRowIssue[];
}

function filled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(filled);
  return false;
}

/**
 * Checks a whole SMART target row: baseline, provision and resources are given, the target is
 * SMART, and the target's end point is not later than the plan's review date (when both known).
 */
export function checkTargetRow(row: TargetRowInput, options: TargetRowOptions = {}): TargetRowCheck {
  const opts: TargetRowOptions = options !== null && typeof options === 'object' ? options : {};
  const catalogue = pickCatalogue(rowCatalogues, opts.locale, rowMessagesEn);
  const issues: TargetRowIssue[] = [];
  const add = (field: string, code: string, evidence: Evidence[] = []): void => {
    const entry = lookup(catalogue, rowMessagesEn, code);
    const issue: TargetRowIssue = { field, code, message: entry?.message ?? code, evidence };
    if (entry?.suggestion !== undefined) issue.suggestion = entry.suggestion;
    issues.push(issue);
  };

  const isRow = row !== null && typeof row === 'object' && !Array.isArray(row);
  const fields: TargetRowInput = isRow ? row : {};
  if (!isRow) add('', 'row.not-an-object');
  const text = typeof fields.target === 'string' ? fields.target : '';
  const targetOptions: { pupilName?: string; locale?: string } = {};
  if (opts.pupilName !== undefined) targetOptions.pupilName = opts.pupilName;
  if (opts.locale !== undefined) targetOptions.locale = opts.locale;
  const target = checkSmartTarget(text, targetOptions);

  if (isRow) {
    if (!filled(fields.baseline)) add('baseline', 'row.baseline-missing');
    if (!filled(fields.target)) add('target', 'row.target-missing');
    if (!filled(fields.provision)) add('provision', 'row.provision-missing');
    if (!filled(fields.resources)) add('resources', 'row.resources-missing');
  }

  const reviewDate = opts.reviewDate;
  if (reviewDate !== undefined && !isIsoDate(reviewDate)) {
    add('reviewDate', 'row.review-date-invalid');
  } else if (text) {
    const reference: { planDate?: string; reviewDate?: string } = {};
    if (reviewDate !== undefined) reference.reviewDate = reviewDate;
    if (isIsoDate(opts.planDate)) reference.planDate = opts.planDate;
    // The time-bound check's evidence is its end points: read them, rather than scan again.
    const timeBound = target.elements.timeBound;
    const ends = timeBound.ok || timeBound.code === 'timeBound.invalid-date' ? timeBound.evidence : [];
    for (const end of ends) {
      const resolved = resolveEndPoint(end.text, reference);
      if (resolved === undefined) continue;
      if ('invalid' in resolved) add('target', 'row.time-bound-invalid-date', [end]);
      else if (reviewDate !== undefined && resolved.iso > reviewDate) add('target', 'row.time-bound-after-review', [end]);
    }
  }
  return { ok: issues.length === 0 && target.smart, target, issues };
}
