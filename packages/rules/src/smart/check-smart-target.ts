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
import { tidySpacing, untidy } from './spacing.js';

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

  // The rules read single spaces and plain quotes. Text pasted with other spacing is read
  // as a tidied copy, and its evidence is mapped back to point into `text`.
  let p = prepare(text);
  const tidied = p.untidy ? tidySpacing(text) : undefined;
  if (tidied) p = prepare(tidied.text);
  const who = checkWho(p, pupilName);
  // Names, placeholders and initials are judged under "who", not as unexplained acronyms.
  const ignore = () => [...who.evidence, ...standIns(p.text)];
  const result = (verdict: Verdict): ElementResult =>
    withMessage(tidied ? { ...verdict, evidence: untidy(verdict.evidence, text, tidied) } : verdict, catalogue);
  const elements: Record<SmartElement, ElementResult> = {
    who: result(who),
    observableAction: result(checkObservableAction(p)),
    conditions: result(checkConditions(p)),
    criterion: result(checkCriterion(p)),
    timeBound: result(checkTimeBound(p)),
    positive: result(checkPositive(p)),
    clearLanguage: result(checkClearLanguage(p, ignore)),
  };
  let smart = true;
  for (const key of smartElements) if (!elements[key].ok) smart = false;
  return { smart, elements };
}
