import type { Evidence, Verdict } from './types.js';
import { findAll, overlaps } from './text.js';

// Programme names and therapy shorthand a parent would not read the same way as staff.
const JARGON =
  /\b(?:PECS|Makaton|Attention Autism|bucket time|Lego(?:[- ]based)? therapy|Colourful Semantics|Zones of Regulation|Intensive Interaction|TEACCH|Precision Teaching|Read Write Inc|Toe by Toe|Numicon|Nessy|sensory circuits?|sensory diet|Talk Boost|Language Link|Write Dance|Dough Disco|Socially Speaking|Social Stories|Elklan|Wellcomm|Boxall|gestural prompts?|probes?|discrete trials?|mands?|tacts?|echoics?|(?:backward|forward) chaining|chaining|errorless|proprioceptive|vestibular|(?:receptive|expressive) language|joint attention|phonological awareness|graphemes?|phonemes?|digraphs?|trigraphs?|split digraphs?|CVC|tripod grip|pincer grip|bilateral|midline|core stability|motor planning|(?:self|co)-?regulat\w*|dysregulat\w*|executive function\w*|emotional literacy|generalis\w+|scaffold\w*|differentiat\w*|fine motor|gross motor|interoception|sensory processing|objects? of reference|Widgit|Clicker|Power of 2|Rapid Reading|Sound Discovery|Lexia|Reading Recovery|Nurture group)\b/giu;
// Mixed-case acronyms the capitals pattern cannot see.
const JARGON_CASED = /\b(?:SaLT|SpLD|SENDCo|SENCo|SaLTs)\b/gu;
// Subjective qualifiers people read differently.
const SUBJECTIVE =
  /\b(?:appropriate(?:ly)?|inappropriate(?:ly)?|age[- ]appropriate|disruptive|disrupt(?:s|ing|ion)?|responsible(?: behaviour)?|sensibl[ey]|nicely|properly|acceptabl[ey]|unacceptabl[ey]|good behaviour|behave well|well[- ]behaved|polite(?:ly)?|suitabl[ey]|reasonabl[ey]|correct behaviour|challenging behaviour|mature(?:ly)?|naughty|silly|better behaviour|positive behaviour|good (?:choices|listening|sitting|looking)|right choices|(?:good|kind) manners)\b/giu;
// Runs of capitals: acronyms unless explained in brackets or everyday (PE, TV).
const ACRONYM = /(?<![\p{L}\d])\p{Lu}{2,}s?(?![\p{L}\d])/gu;
const EVERYDAY = new Set(['PE', 'RE', 'TV', 'OK', 'UK', 'AM', 'PM', 'ICT', 'IT', 'DT', 'I', 'II', 'III', 'IV', 'ID']);
const EXPLAINED_AFTER = /^\s*\(/;
const EXPLAINED_BEFORE = /\(\s*$/;

function unexplainedAcronyms(text: string, ignore: readonly Evidence[]): Evidence[] {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  // A target typed in capitals has no way to mark an acronym: do not guess.
  if (letters.length > 0 && upper.length / letters.length > 0.5) return [];
  return findAll(ACRONYM, text).filter((e) => {
    const bare = e.text.endsWith('s') ? e.text.slice(0, -1) : e.text;
    if (EVERYDAY.has(bare) || overlaps(e.start, e.end, ignore)) return false;
    return !(EXPLAINED_AFTER.test(text.slice(e.end, e.end + 3)) || EXPLAINED_BEFORE.test(text.slice(Math.max(0, e.start - 3), e.start)));
  });
}

/** `ignore` holds spans another element already explains (placeholders, initials, the name). */
export function checkClearLanguage(text: string, ignore: readonly Evidence[]): Verdict {
  const jargon = [...findAll(JARGON, text), ...findAll(JARGON_CASED, text)].filter((e) => !overlaps(e.start, e.end, ignore));
  const acronyms = unexplainedAcronyms(text, [...ignore, ...jargon]);
  const subjective = findAll(SUBJECTIVE, text);
  const all = [...jargon, ...acronyms, ...subjective].sort((a, b) => a.start - b.start);
  const first = all[0];
  if (!first) return { ok: true, code: 'clearLanguage.plain', evidence: [] };
  const code = jargon.includes(first)
    ? 'clearLanguage.jargon'
    : acronyms.includes(first)
      ? 'clearLanguage.acronym'
      : 'clearLanguage.subjective';
  return { ok: false, code, evidence: all };
}
