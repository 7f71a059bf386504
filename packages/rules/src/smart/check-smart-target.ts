import { lookup, pickCatalogue, type MessageCatalogue } from '../messages/catalogue.js';
import { smartCatalogues } from '../messages/smart-catalogues.js';
import { smartMessagesEn } from '../messages/smart-en.js';
import { checkClearLanguage } from './clear-language.js';
import { checkConditions } from './conditions.js';
import { checkCriterion } from './criterion.js';
import { checkObservableAction } from './observable-action.js';
import { checkPositive } from './positive.js';
import { checkTimeBound } from './time-bound.js';
import { smartElements, type ElementResult, type SmartCheck, type SmartCheckOptions, type SmartElement, type Verdict } from './types.js';
import { checkWho, standIns } from './who.js';
import { prepare } from './scan.js';

function withMessage(verdict: Verdict, catalogue: MessageCatalogue): ElementResult {
  if (verdict.ok) return { ok: true, code: verdict.code, evidence: verdict.evidence };
  const entry = lookup(catalogue, smartMessagesEn, verdict.code);
  const result: ElementResult = { ok: false, code: verdict.code, evidence: verdict.evidence };
  if (entry) {
    result.message = entry.message;
    if (entry.suggestion !== undefined) result.suggestion = entry.suggestion;
  }
  return result;
}

function notText(catalogue: MessageCatalogue): SmartCheck {
  const elements = {} as Record<SmartElement, ElementResult>;
  for (const key of smartElements) {
    elements[key] = withMessage({ ok: false, code: 'input.not-text', evidence: [] }, catalogue);
  }
  return { smart: false, elements };
}

/**
 * Decides each of the seven SMART elements of one target (SMART.md), with the evidence's
 * character offsets and, for each element that fails, a message and a suggestion.
 * Never throws: input that is not a string gives every element the code `input.not-text`.
 */
export function checkSmartTarget(text: string, options: SmartCheckOptions = {}): SmartCheck {
  const opts: SmartCheckOptions = options !== null && typeof options === 'object' ? options : {};
  const catalogue = pickCatalogue(smartCatalogues, opts.locale, smartMessagesEn);
  if (typeof text !== 'string') return notText(catalogue);
  const pupilName = typeof opts.pupilName === 'string' ? opts.pupilName : undefined;

  const p = prepare(text);
  const who = checkWho(p, pupilName);
  // Names, placeholders and initials are judged under "who", not as unexplained acronyms.
  const ignore = () => [...who.evidence, ...standIns(text)];
  const elements: Record<SmartElement, ElementResult> = {
    who: withMessage(who, catalogue),
    observableAction: withMessage(checkObservableAction(p), catalogue),
    conditions: withMessage(checkConditions(p), catalogue),
    criterion: withMessage(checkCriterion(p), catalogue),
    timeBound: withMessage(checkTimeBound(p), catalogue),
    positive: withMessage(checkPositive(p), catalogue),
    clearLanguage: withMessage(checkClearLanguage(p, ignore), catalogue),
  };
  let smart = true;
  for (const key of smartElements) if (!elements[key].ok) smart = false;
  return { smart, elements };
}
