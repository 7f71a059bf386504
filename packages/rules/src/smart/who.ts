import type { Evidence, Verdict } from './types.js';
import { MONTH_WORDS } from './dates.js';
import { inSet, words, type Prepared, type Token } from './scan.js';
import { findAll, span } from './text.js';
import { isShortForm } from './short-names.js';

// Placeholders a template leaves behind: XX, [name], <name>, N/A, "Child's name".
const PLACEHOLDER =
  /(?<![A-Za-z0-9\u00c0-\u024f])(?:X{1,3}|N\/A|NAME|\[[^\]\n]{0,20}\]|<[^>\n]{0,20}>|_{2,}|\.{3,}|…)(?![A-Za-z0-9\u00c0-\u024f])|\b[Cc]hild['’]s name\b|\b(?:[Pp]upil|[Ss]tudent)['’]s name\b/g;
const MAY_HAVE_PLACEHOLDER = /X|N\/A|NAME|\[|<|__|\.\.\.|…|['’]s name/;
// Initials stand for the name without giving it: "J.B.", "J. B.", or "JB will" (but "her TA to
// help…" and "(TA to monitor)" name an adult: a determiner comes first, or a staff title).
const INITIALS = /(?<![A-Za-z.])(?:[A-Z]\.\s?){1,2}[A-Z]\.?(?![A-Za-z])|(?<![A-Za-z'’])(?<!\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[Ii]n|[Uu]sing|[Uu]ses?|[Ww]ith|[Vv]ia|[Oo]n)\s)(?!(?:TA|LSA|SLT|SMT|KP|CT|DSL)\b)(?:[A-HJ-Z]|[A-Z]{2,3})(?=\s+(?:[–—-]\s+)?(?:will|can|to|should|is|must)\b)/g;

const SUBJECT_VERBS = words('will can could should must would to shall is won needs');
const PRONOUNS = words('he she they him her them his hers their theirs himself herself themselves');
const GENERIC_NOUNS = words('child pupil student learner son daughter boy girl children pupils students young');
const GENERIC_DETERMINERS = words('the this our my your a each every');
const FIRST_PERSON_AFTER_I = words('will can am ll would want');
// Capitalised words that are not names: pronouns, roles, sentence openers, months, days.
const NOT_A_NAME = words(
  'mr mrs ms miss mx dr sir madam he she they it we you i the this that these those there child pupil student learner son daughter boy girl not no ' +
    'mum mummy dad daddy parent parents carer carers staff adult adults teacher teachers everyone somebody someone all each every then when by in at on ' +
    'during with after before within over until and but also now next first target name monday tuesday wednesday thursday friday saturday sunday ' +
    `${MONTH_WORDS.split(' ', 12).join(' ')} year reception nursery class key independently aim goal outcome who what ` +
    'ta senco sendco lsa slt salt elsa hoy attendance behaviour behavior punctuality homework handwriting spelling progress ' +
    // A note with no subject: "Needs to learn to sit still".
    'needs wants tries continues ongoing',
);
const TITLES = words('mr mrs ms miss mx dr');
const PLACE_PREPOSITIONS = words('from at in into near towards toward via');
// Names that are also everyday words only count when written with a capital.
const WORD_LIKE_NAMES = words('will can may mark grace hope joy rose bill sue pat art faith summer april june august sky river jack frank ray dawn ivy holly lily poppy ruby autumn sunny bob reading story rich will');

function isCapitalised(text: string, t: Token): boolean {
  const c = text.charAt(t.start);
  return c !== c.toLowerCase();
}
function isAllCaps(text: string, t: Token): boolean {
  const s = text.slice(t.start, t.end);
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

const opensClause = (text: string, tokens: readonly Token[], i: number): boolean =>
  i === 0 || /[.,;:!?()–—-]\s*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));

/** A target typed in capitals ("AMARA WILL…"), where a name cannot be told by its case. */
function mostlyCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.replace(/\p{Lu}/gu, '').length * 2 < letters.length;
}

// A batch or a class list checks the same few names over and over: keep their parts, up to a
// bound so that a file of 100,000 different names cannot grow it without limit.
const cachedParts = new Map<string, readonly string[]>();

/** "Zoë" typed as "Zoe", "Łukasz" as "Lukasz": a name without its accents is still the name. */
function withoutAccents(word: string): string {
  if (!/[^\x00-\x7f]/.test(word)) return word;
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/đ/g, 'd');
}

/** Lower-cased parts of the pupil's name ("Ruby-Mae O'Neill" → ruby, mae, neill, …), cached. */
function nameParts(pupilName: string): readonly string[] {
  const cached = cachedParts.get(pupilName);
  if (cached) return cached;
  const parts = new Set<string>();
  for (const piece of pupilName.toLowerCase().split(/[^a-z0-9\u00c0-\u02af\u0370-\u1fff]+/)) {
    if (piece.length >= 2) parts.add(piece).add(withoutAccents(piece));
  }
  if (cachedParts.size >= 512) cachedParts.clear();
  cachedParts.set(pupilName, [...parts]);
  return cachedParts.get(pupilName)!;
}

// A name that is also a month or season is a date after "end of", "by", "in"… or before a year
// or "term": "by the end of May 2027" does not name May.
const CALENDAR_NAMES = words('may april june august summer autumn');
const BEFORE_A_DATE = words('of in by until till before after since during from the this next last early late mid');
const AFTER_A_DATE = words('term half holiday holidays break');

function isDate(p: Prepared, index: number): boolean {
  const before = p.tokens[index - 1];
  const after = p.tokens[index + 1];
  if (before && (inSet(before, BEFORE_A_DATE) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(before.word))) return true;
  return after !== undefined && (inSet(after, AFTER_A_DATE) || /^\d{4}$/.test(after.word));
}

function namedPupil(p: Prepared, pupilName: string): Evidence[] {
  const parts = nameParts(pupilName);
  const found: Evidence[] = [];
  // Most targets are plain ASCII: then no word has accents to take off.
  const accented = /[^\x00-\x7f]/.test(p.lower);
  p.tokens.forEach((t, index) => {
    // A name has one to three parts: comparing them beats hashing every word of the target.
    if (!parts.includes(t.word) && !(accented && parts.includes(withoutAccents(t.word)))) return;
    // A text typed all in lower case cannot mark a name with a capital: there, a name that is
    // also a word ("jack", "will") counts only as the first word, where the subject stands. A
    // text with capitals that leaves the name's off ("max. 2 prompts", "moved to amber") uses
    // the English word, unless it stands as the subject ("Target 1: sienna will…"); a name in
    // another script is no English word.
    if (!isCapitalised(p.text, t)) {
      if (inSet(t, WORD_LIKE_NAMES) && (index > 0 || p.text !== p.lower)) return;
      const next = p.tokens[index + 1];
      if (p.text !== p.lower && index > 0 && /^[a-z]+$/.test(t.word) && !(next !== undefined && inSet(next, SUBJECT_VERBS))) return;
    }
    if (inSet(t, CALENDAR_NAMES) && isDate(p, index)) return;
    // "Mr Kowalski's son": the family name after a title is the parent's.
    if (index > 0 && inSet(p.tokens[index - 1]!, TITLES)) return;
    found.push(span(p.text, t.start, t.end));
  });
  return found;
}

/** Proper names used as the subject ("Amir will", "By Easter, Ruby-Mae can"). */
function properSubjects(p: Prepared): Evidence[] {
  const found: Evidence[] = [];
  const { tokens, text } = p;
  for (let i = 1; i < tokens.length; i++) {
    if (!inSet(tokens[i]!, SUBJECT_VERBS)) continue;
    let j = i - 1;
    // "Amir's target is to…": step over the possessive s.
    if (tokens[j]!.word === 's' && j > 0 && /['’]/.test(text.charAt(tokens[j]!.start - 1))) j--;
    const last = tokens[j]!;
    if (!isCapitalised(text, last) || inSet(last, NOT_A_NAME)) continue;
    // Initials, not a name; and in text written in both cases "use PECS to" is an acronym (a
    // name in capitals, "FINLEY will", opens its clause).
    if (isAllCaps(text, last) && (last.end - last.start <= 3 || (!opensClause(text, tokens, j) && !mostlyCapitals(text)))) continue;
    let first = j;
    // Take in a hyphenated or two-word name ("Ruby-Mae", "Ruby Mae").
    while (first > 0) {
      const prev = tokens[first - 1]!;
      const gap = text.slice(prev.end, tokens[first]!.start);
      if ((gap === '-' || gap === ' ') && isCapitalised(text, prev) && !inSet(prev, NOT_A_NAME)) first--;
      else break;
    }
    const before = tokens[first - 1];
    // "Mr Khan will"; "from Woking to college": a title's name, a place.
    if (before && (inSet(before, TITLES) || inSet(before, PLACE_PREPOSITIONS))) continue;
    found.push(span(text, tokens[first]!.start, last.end));
  }
  return found;
}

/**
 * Capitalised words that may be a name wherever they stand ("to see Ayo feel…", "Seb –
 * toileting"): not the first word of a sentence, where any word has a capital, unless a note's
 * dash or colon follows it.
 */
function capitalisedWords(p: Prepared): Evidence[] {
  const found: Evidence[] = [];
  const { tokens, text } = p;
  tokens.forEach((t, i) => {
    if (!isCapitalised(text, t) || isAllCaps(text, t) || inSet(t, NOT_A_NAME)) return;
    if (i > 0 && inSet(tokens[i - 1]!, TITLES)) return; // "Mr Kowalski": another person
    if (inSet(t, CALENDAR_NAMES) && isDate(p, i)) return; // "by the end of May 2027"
    const opensSentence = i === 0 || /[.!?]\s*$/.test(text.slice(tokens[i - 1]!.end, t.start));
    if (opensSentence && !/^\s*[–—:-]/.test(text.slice(t.end, t.end + 3))) return;
    found.push(span(text, t.start, t.end));
  });
  return found;
}

/** Placeholder and initials spans; the clear-language check ignores them (they are who's problem). */
export function standIns(text: string): Evidence[] {
  const found = MAY_HAVE_PLACEHOLDER.test(text) ? findAll(PLACEHOLDER, text) : [];
  return [...found, ...findAll(INITIALS, text)];
}

function generic(p: Prepared): Evidence[] {
  const found: Evidence[] = [];
  const { tokens } = p;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!inSet(t, GENERIC_NOUNS)) continue;
    // Post-16 plans say "the young person".
    if (t.word === 'young') {
      if (tokens[i + 1]?.word === 'person') found.push(span(p.text, t.start, tokens[i + 1]!.end));
      continue;
    }
    const prev = tokens[i - 1];
    if (prev && inSet(prev, GENERIC_DETERMINERS)) found.push(span(p.text, prev.start, t.end));
    else if (t.word === 'child' || t.word === 'pupil' || t.word === 'student' || t.word === 'learner') found.push(span(p.text, t.start, t.end));
  }
  return found;
}

function firstPerson(p: Prepared): Evidence[] {
  const found: Evidence[] = [];
  const { tokens, text } = p;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.word === 'i' && text.charAt(t.start) === 'I' && next !== undefined && inSet(next, FIRST_PERSON_AFTER_I)) {
      found.push(span(text, t.start, next.end));
    } else if (t.word === 'my' || t.word === 'me' || t.word === 'myself') {
      found.push(span(text, t.start, t.end));
    }
  }
  return found;
}

export function checkWho(p: Prepared, pupilName: string | undefined): Verdict {
  const given = typeof pupilName === 'string' ? pupilName.trim() : '';
  if (given) {
    const named = namedPupil(p, given);
    if (named.length > 0) return { ok: true, code: 'who.named', evidence: named };
  } else {
    const subjects = properSubjects(p);
    if (subjects.length > 0) return { ok: true, code: 'who.named', evidence: subjects };
  }
  if (MAY_HAVE_PLACEHOLDER.test(p.text)) {
    const placeholders = findAll(PLACEHOLDER, p.text);
    if (placeholders.length > 0) return { ok: false, code: 'who.placeholder', evidence: placeholders };
  }
  const initials = findAll(INITIALS, p.text);
  if (initials.length > 0) return { ok: false, code: 'who.initials', evidence: initials };
  if (given) {
    const others = properSubjects(p);
    // "Hattie will…" for Harriet names the pupil; "Jamie will…" for Harry is someone else.
    const parts = nameParts(given);
    const short = others.filter((e) => isShortForm(e.text.toLowerCase().split(/[\s-]/)[0]!, parts));
    if (short.length > 0) return { ok: true, code: 'who.named', evidence: short };
    // "It would be lovely to see Ayo feel…": the short form need not be the subject.
    const anywhere = capitalisedWords(p).filter((e) => isShortForm(e.text.toLowerCase(), parts));
    if (anywhere.length > 0) return { ok: true, code: 'who.named', evidence: anywhere };
    if (others.length > 0) return { ok: false, code: 'who.other-name', evidence: others };
  }
  const generics = generic(p);
  if (generics.length > 0) return { ok: false, code: 'who.generic', evidence: generics };
  const firsts = firstPerson(p);
  if (firsts.length > 0) return { ok: false, code: 'who.first-person', evidence: firsts };
  const pronouns = p.tokens.filter((t) => inSet(t, PRONOUNS)).map((t) => span(p.text, t.start, t.end));
  if (pronouns.length > 0) return { ok: false, code: 'who.pronoun-only', evidence: pronouns };
  return { ok: false, code: 'who.missing', evidence: [] };
}
