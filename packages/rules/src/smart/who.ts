import type { Evidence, Verdict } from './types.js';
import { findAll, findFirst, span } from './text.js';

// Placeholders a template leaves behind: XX, [name], <name>, N/A, "Child's name".
const PLACEHOLDER =
  /(?<![\p{L}\p{N}])(?:X{1,3}|N\/A|NAME|\[[^\]\n]{0,20}\]|<[^>\n]{0,20}>|_{2,}|\.{3,}|…)(?![\p{L}\p{N}])|\b[Cc]hild['’]s name\b|\b(?:[Pp]upil|[Ss]tudent)['’]s name\b/gu;
// Initials stand for the name without giving it: "J.B.", "J. B.", or "JB will".
const INITIALS =
  /(?<![\p{L}.])(?:\p{Lu}\.\s?){1,2}\p{Lu}\.?(?![\p{L}])|(?<![\p{L}])\p{Lu}{2,3}(?=\s+(?:will|can|to|should|is|must)\b)/gu;
const FIRST_PERSON = /(?<![\p{L}])(?:I(?:['’]ll| will| can| am| would)|my(?:self)?|me)(?![\p{L}])/gu;
const GENERIC =
  /\b(?:(?:the|this|our|my|your|a|each|every) (?:child|pupil|student|learner|young person|son|daughter|boy|girl|little one|children|pupils|students)|child)\b/gi;
const PRONOUN = /\b(?:he|she|they|him|her|them|his|hers|their|theirs|himself|herself|themselves)\b/gi;

// A capitalised word (optionally with a surname) as the subject of the commitment.
const PROPER_SUBJECT =
  /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]*\p{Ll}(?:[\s-]\p{Lu}[\p{Ll}'’-]*\p{Ll})?)(?:['’]s)?\s+(?:will|can|could|should|must|is able to|would|to|shall)\b/gu;
// Capitalised words that are not names: pronouns, roles, sentence openers, months, days.
const NOT_A_NAME =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Madam|He|She|They|It|We|You|The|This|That|These|Those|There|Child|Pupil|Student|Learner|Son|Daughter|Boy|Girl|Mum|Mummy|Dad|Daddy|Parents?|Carers?|Staff|Adults?|Teachers?|Everyone|Somebody|Someone|All|Each|Every|Then|When|By|In|At|On|During|With|After|Before|Within|Over|Until|And|But|Also|Now|Next|First|Target|Name|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Year|Reception|Nursery|Class|Key|Independently|Aim|Goal|Outcome|Who|What)$/;
const TITLE_BEFORE = /(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+$/;

// Names that are also everyday words only count when written with a capital.
const WORD_LIKE_NAMES = new Set(['will', 'can', 'may', 'mark', 'grace', 'hope', 'joy', 'rose', 'bill', 'sue', 'pat', 'art', 'faith', 'summer', 'april', 'june', 'august', 'sky', 'river', 'jack', 'frank', 'ray', 'dawn', 'ivy', 'holly', 'lily', 'poppy', 'ruby', 'autumn', 'sunny', 'bob']);

let cachedName = '';
let cachedPattern: RegExp | null = null;

/** A regex matching any part of the pupil's name as a whole word (cached for repeated calls). */
function namePattern(pupilName: string): RegExp | null {
  if (pupilName === cachedName) return cachedPattern;
  const parts = new Set<string>();
  for (const word of pupilName.split(/[\s,]+/u)) {
    const clean = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (clean.length < 2) continue;
    parts.add(clean);
    for (const piece of clean.split(/[-'’]/u)) if (piece.length >= 2) parts.add(piece);
  }
  const alternatives = [...parts]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  cachedName = pupilName;
  cachedPattern =
    alternatives.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return cachedPattern;
}

function namedPupil(text: string, pupilName: string): Evidence[] {
  const re = namePattern(pupilName);
  if (!re) return [];
  return findAll(re, text).filter(
    (e) => !(WORD_LIKE_NAMES.has(e.text.toLowerCase()) && e.text === e.text.toLowerCase()),
  );
}

/** Proper names used as the subject ("Amir will", "By Easter, Ruby can"). */
export function properSubjects(text: string): Evidence[] {
  const found: Evidence[] = [];
  PROPER_SUBJECT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PROPER_SUBJECT.exec(text)) !== null) {
    const name = m[1] ?? '';
    const first = name.split(/[\s-]/u)[0] ?? '';
    if (NOT_A_NAME.test(first) || NOT_A_NAME.test(name)) continue;
    if (TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    found.push(span(text, m.index, m.index + name.length));
  }
  return found;
}

/** Placeholder and initials spans; the clear-language check ignores them (they are who's problem). */
export function standIns(text: string): Evidence[] {
  return [...findAll(PLACEHOLDER, text), ...findAll(INITIALS, text)];
}

export function checkWho(text: string, pupilName: string | undefined): Verdict {
  const given = typeof pupilName === 'string' && pupilName.trim() !== '' ? pupilName.trim() : '';
  if (given) {
    const named = namedPupil(text, given);
    if (named.length > 0) return { ok: true, code: 'who.named', evidence: named };
  } else {
    const subjects = properSubjects(text);
    if (subjects.length > 0) return { ok: true, code: 'who.named', evidence: subjects };
  }
  const placeholders = findAll(PLACEHOLDER, text);
  if (placeholders.length > 0) return { ok: false, code: 'who.placeholder', evidence: placeholders };
  const initials = findAll(INITIALS, text);
  if (initials.length > 0) return { ok: false, code: 'who.initials', evidence: initials };
  if (given) {
    const others = properSubjects(text);
    if (others.length > 0) return { ok: false, code: 'who.other-name', evidence: others };
  }
  const generic = findAll(GENERIC, text);
  if (generic.length > 0) return { ok: false, code: 'who.generic', evidence: generic };
  const firstPerson = findAll(FIRST_PERSON, text);
  if (firstPerson.length > 0) return { ok: false, code: 'who.first-person', evidence: firstPerson };
  const pronoun = findFirst(PRONOUN, text);
  if (pronoun) {
    return { ok: false, code: 'who.pronoun-only', evidence: findAll(PRONOUN, text) };
  }
  return { ok: false, code: 'who.missing', evidence: [] };
}
