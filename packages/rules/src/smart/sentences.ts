// Long targets wrap the pupil's commitment in other sentences: what the pupil does now, the
// provision, and how adults will record progress and share it ("His teacher will collect a
// sample every Friday and share it with his parents"). The adults' sentences hold no degree of
// the pupil's success, and those that record or share progress no support either (provision,
// "His teacher will wear the microphone", still is).
import type { Evidence } from './types.js';
import { findHeadline, isAdult } from './headline.js';
import { inSet, words, type Prepared, type Token } from './scan.js';

const TITLES = words('mr mrs ms miss mx dr sir');
// "Incidents will be recorded…", "This will be checked each week": how progress is recorded.
const RECORDS = words('this it incidents results progress scores evidence occasions');

/** A sentence's subject before its "will" is an adult, or what is recorded, not the pupil. */
function adultWill(tokens: readonly Token[], will: number): boolean {
  const before = tokens[will - 1];
  if (before === undefined) return false;
  return isAdult(tokens, will - 1) || inSet(before, RECORDS) || (will >= 2 && inSet(tokens[will - 2]!, TITLES));
}

// What adults do with progress: "will record / log / check / share / send / tell…", "will be
// recorded" ("will be sitting beside him" is provision).
const RECORDING = words('record log note check collect share send test update tick monitor track write take email tell report discuss mark count keep');
const RECORDED = words('recorded logged noted checked collected shared sent tested updated ticked monitored tracked written taken emailed reported discussed marked counted kept reviewed');

interface AdultSentence extends Evidence {
  /** Its adults record or share progress, rather than give provision. */
  recording: boolean;
}

function records(tokens: readonly Token[], will: number): boolean {
  const next = tokens[will + 1];
  if (next?.word === 'be') return tokens[will + 2] !== undefined && inSet(tokens[will + 2]!, RECORDED);
  return next !== undefined && inSet(next, RECORDING);
}

const cache = new WeakMap<Prepared, AdultSentence[]>();

/**
 * The spans of the sentences, other than the one holding the headline, whose "will" belongs to
 * an adult or to the record kept. Empty for a single sentence.
 */
export function adultSentences(p: Prepared): AdultSentence[] {
  const cached = cache.get(p);
  if (cached) return cached;
  const found: AdultSentence[] = [];
  const { tokens, lower, text } = p;
  // A full stop before a capital ends a sentence; not after one letter ("e.g.", "T.J. will").
  const sentenceEnd = /(?<!(?:^|[^\p{L}])\p{L})[.!?](?=\s+[\p{Lu}\d"“‘'(])/gu;
  if (sentenceEnd.test(text)) {
    const head = findHeadline(p);
    const headAt = head.modal >= 0 ? tokens[head.modal]!.start : -1;
    let start = 0;
    sentenceEnd.lastIndex = 0;
    for (let end = 0; start < lower.length; start = end) {
      const m = sentenceEnd.exec(text);
      end = m ? m.index + 1 : lower.length;
      if (!(headAt >= start && headAt < end)) {
        const will = tokens.findIndex((t) => t.start >= start && t.end <= end && t.word === 'will');
        if (will >= 0 && adultWill(tokens, will)) found.push({ start, end, text: text.slice(start, end), recording: records(tokens, will) });
      }
      if (!m) break;
    }
  }
  cache.set(p, found);
  return found;
}

/** Whether an evidence span lies inside one of the adults' sentences (only those recording progress, if `recording`). */
export function inAdultSentence(p: Prepared, e: Evidence, recording = false): boolean {
  return adultSentences(p).some((s) => e.start >= s.start && e.end <= s.end && (!recording || s.recording));
}
