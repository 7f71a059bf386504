import { smartElements, type SmartCheck } from '@isp-kit/rules';
import { smartElementLabels } from './smart-element-labels.js';

/** "5 of 7 SMART elements found", shown beside the checklist and read with the target box. */
export function countSentence(check: SmartCheck): string {
  const found = smartElements.filter((key) => check.elements[key].ok).length;
  return found === smartElements.length
    ? `All ${found} SMART elements found`
    : `${found} of ${smartElements.length} SMART elements found`;
}

/**
 * The short sentence announced to screen readers once typing pauses: the count and what is
 * missing, never the whole checklist on every keystroke.
 */
export function announcement(check: SmartCheck, alsoSay: string[] = []): string {
  const missing = smartElements.filter((key) => !check.elements[key].ok).map((key) => smartElementLabels[key].short);
  const summary = missing.length === 0 ? `SMART check: ${countSentence(check)}.` : `SMART check: ${countSentence(check)}. Missing: ${missing.join(', ')}.`;
  return [summary, ...alsoSay].join(' ');
}
