import type { Evidence, Verdict } from './types.js';
import { inSet, matchRules, matchWords, rules, words, type Prepared, type Token } from './scan.js';
import { byStart, outside, span } from './text.js';

const re = (source: string): RegExp => new RegExp(source, 'y');

// Programme names and therapy shorthand a parent would not read the same way as staff.
const JARGON_WORDS = words(
  ('portage restorative thrive theraputty tobii proloquo2go bigmack bigmacks pira pecs makaton teacch numicon nessy elklan wellcomm boxall sandwell salford yarc pivats bpvs probe probes mand mands tact tacts echoic echoics chaining errorless proprioceptive ' +
    'subitise subitises subitising subitize subitizes subitizing vestibular grapheme graphemes phoneme phonemes digraph digraphs trigraphs trigraph cvc bilateral midline interoception widgit clicker lexia ' +
    'senco sendco signalong scerts pragmatics pragmatic semantic proprioception stimming dysregulated dysregulation dysregulate scaffolded scaffolding scaffold differentiated differentiation generalise generalises generalising generalisation'),
);
const JARGON_RULES = rules([
  // Spelled out, still the therapists' term.
  re('augmentative and alternative communication\\b'),
  re('attention autism\\b'),
  re('bucket time\\b'),
  // Behaviour-system and assessment shorthand: "on-call", "on report", "Blank level 2".
  // "The on-call member of staff", "with his key worker on call" only say which adult.
  ['on', re('(?<!(?:worker|adult|teacher|staff|assistant|mentor|ta|nurse|leader) )on[- ](?:call|report)\\b(?! (?:member|teacher|adult|staff|leader|senior)\\b)')],
  // Therapy and scheme names: "easy onset", "Grid 3", "Phase 3 sounds", "free flow".
  re('easy onset\\b'),
  re('grid \\d\\b'),
  re('phase [1-6] (?:sounds?|phonics|graphemes?|tricky words|sessions?|groups?|words|alternative)\\b'),
  // Phonics programmes' own words: "green words", "ditty sheet", "Keep-up sessions".
  ['speedy green red', re('(?:speedy )?(?:green|red) words\\b')],
  ['ditty ditties', re('(?:ditty|ditties)\\b')],
  re('phonemic awareness\\b'),
  re('little wandle\\b'),
  re('letters and sounds\\b'),
  re('running records?\\b'),
  ['free', re('free[- ]flow\\b')],
  ['blank blanks', re('blank(?:\'s|s)? levels?\\b')],
  ['lego', re('lego(?:[- ]based)? therapy\\b')],
  re('colourful semantics\\b'),
  re('zones of regulation\\b'),
  ['zone zones', re('zones? (?:check-?ins?|cards?|boards?|charts?)\\b')],
  re('emotion coaching\\b'),
  // "In the red zone": the programme's colours for feelings, which a parent may not know.
  re('(?:red|yellow|green|blue) zones?\\b'),
  re('intensive interaction\\b'),
  re('precision teaching\\b'),
  re('read write inc\\b'),
  re('toe by toe\\b'),
  re('sensory (?:circuits?|diet|processing)\\b'),
  re('talk boost\\b'),
  re('language link\\b'),
  re('write dance\\b'),
  re('dough disco\\b'),
  re('socially speaking\\b'),
  re('social stor(?:y|ies)\\b'),
  re('comic strip conversations?\\b'),
  re('rebound therapy\\b'),
  re('jump ahead\\b'),
  re('write from the start\\b'),
  re('gestural prompts?\\b'),
  // Speech and language therapy's notation: "word-initial position", "at single-word level",
  // "2-key-word level" ("use 3 key words from the word mat" is plain).
  ['# one two three four', re('(?:[1-4]|one|two|three|four)(?:-key-words?|[- ]key[- ]words? (?:level|instructions?|commands?|sentences?))\\b')],
  ['word', re('word[- ](?:initial|final|medial)\\b')],
  ['at', re('at (?:word|phrase|sentence|syllable|conversation) level\\b')],
  ['single sentence phrase', re('(?:single[- ]word|sentence|phrase) level\\b')],
  re('discrete trials?\\b'),
  re('(?:backward|forward) chaining\\b'),
  re('(?:receptive|expressive) language\\b'),
  re('joint attention\\b'),
  re('phonological awareness\\b'),
  re('split digraphs?\\b'),
  ['tripod pincer dynamic static palmar', re('(?:(?:dynamic|static) )?(?:tripod|pincer|palmar) (?:grip|grasp)\\b')],
  re('core stability\\b'),
  re('motor planning\\b'),
  ['self co', re('(?:self|co)-?regulat[a-z]*')],
  ['emotional emotion', re('emotion(?:al)? regulation\\b')],
  // Vocabulary teaching's "tier 2 words".
  ['tier', re('tier [123] (?:words?|vocabulary)\\b')],
  re('executive function[a-z]*'),
  // The role spelled out ("emotional literacy support assistant") is plain English.
  re('emotional literacy\\b(?! support assistants?\\b)'),
  ['objects object', re('objects? of reference\\b')],
  re('power of 2\\b'),
  ['numbers', re('numbers count (?:sessions?|programme|intervention|lessons?|groups?|teacher)\\b')],
  // Early maths: counting each object once ("1:1 correspondence"; "subitise" is in the words).
  ['one #', re('(?:one[- ]to[- ]one|1 ?: ?1) correspondence\\b')],
  re('rapid reading\\b'),
  re('sound discovery\\b'),
  re('reading recovery\\b'),
  re('nurture groups?\\b'),
  re('circle of friends\\b'),
  re('time to talk\\b'),
  re('speech link\\b'),
  re('drawing and talking\\b'),
  re('narrative therapy\\b'),
  re('sensory integration\\b'),
  re('auditory (?:processing|discrimination)\\b'),
  re('minimal pairs?\\b'),
  // Physiotherapists' positions: "in crook lying", "hold the prone extension position".
  ['crook side prone supine', re('(?:crook|side|prone|supine) lying\\b')],
  ['prone supine', re('(?:prone|supine) (?:extension|flexion|position)\\b')],
  re('accelerated reader\\b'),
  // The engagement model's own sense of "realisation", and its name.
  ['show shows showing demonstrate demonstrates demonstrating display displays', re('(?:show|demonstrate|display)(?:s|ing)? (?:[a-z]+ )?realisation\\b')],
  re('engagement model\\b'),
  re('continuous provision\\b'),
  re('talkabout\\b'),
  re('spellzone\\b'),
  ['k', re('k[- ]walkers?\\b')],
  ['information', re('information[- ]carrying words?\\b')],
  ['read', re('read ?& ?write\\b')],
  ['incredible', re('incredible 5[- ]point scale\\b')],
  // Speech therapists' techniques for selective mutism.
  ['sliding', re('sliding[- ]in(?: technique)?\\b')],
  re('stimulus fading\\b'),
  ['blank', re('blank[\'’]?s levels?\\b')],
]);
// Mixed-case acronyms the capitals check cannot see (SaLT, SPaG); "SPAG" in capitals it does.
const JARGON_CASED = new Set(['SaLT', 'SpLD', 'SaLTs', 'SPaG', 'PfA', 'HoY']);
const JARGON_CASED_WORDS = words('salt spld salts spag pfa hoy');

// Subjective qualifiers people read differently.
const SUBJECTIVE_WORDS = words(
  ('appropriate appropriately inappropriate inappropriately disruptive disrupt disrupts disrupting disruption responsible sensible sensibly responsibly irresponsibly ' +
    'nicely neatly properly fairly calmly kindly respectful respectfully acceptable acceptably unacceptable unacceptably polite politely suitable suitably reasonable reasonably mature maturely naughty silly rude rudely unkind professionally quietly safely positively'),
);
const SUBJECTIVE_RULES = rules([
  ['age', re('age[- ]appropriate(?:ly)?\\b')],
  ['good better positive correct challenging', re('(?:good|better|positive|correct|challenging)[- ]behaviour\\b')],
  // "sit correctly": a posture correct by whose measure? ("spell correctly" can be checked.)
  ['sit sits sitting stand stands standing', re('(?:sit|sits|sitting|stand|stands|standing) correctly\\b')],
  // "with good posture", "for a better one": good and better by whose measure?
  re('(?:good|nice|proper) (?:posture|manners|work|writing|handwriting|choices|attitude)\\b'),
  ['a better', re('(?:a )?better (?:one|ones|words?|choices?)\\b')],
  re('behave well\\b'),
  // "in a professional manner": professional by whose measure? ("a health professional" is a person.)
  re('in a professional (?:manner|way)\\b'),
  // "show respect to staff": respectful by whose measure? (like "respectfully")
  ['show shows showing', re('(?:show|shows|showing) (?:more |some )?respect\\b')],
  // "be kind to my friends": whose idea of kind?
  re('be (?:more )?(?:kind|kinder|nice|nicer|good|helpful|friendly|friendlier|sensible|caring|considerate|thoughtful)\\b'),
  re('something (?:kind|nice|good|positive|helpful)\\b'),
  ['well', re('well[- ]behaved\\b')],
  re('(?:good|right) (?:choices|listening|sitting|looking|listener|friend|boy|girl)\\b'),
  re('(?:play|behave|work|cooperate) (?:well|nicely|better)\\b'),
  re('(?:good|kind) manners\\b'),
  ['kind gentle good safe', re('(?:kind|gentle|good|safe) (?:hands|feet|words)\\b')],
]);
// School acronyms known in any case: a target typed in lower case ("with an lsa") or in
// capitals cannot mark them, but a parent still cannot read them.
// What some acronyms stand for, so that a wrong spelling-out does not count as explaining them.
const MEANINGS: Readonly<Record<string, readonly string[]>> = {
  ehcp: ['education', 'health', 'care'],
  salt: ['speech', 'language'],
  senco: ['special', 'educational', 'needs'],
  elsa: ['emotional', 'literacy'],
  camhs: ['mental', 'health'],
};
const KNOWN_ACRONYMS = words('iep ieps lsa lsas ta tas slt hlta hltas elsa ehcp ehcps eyfs ks1 ks2 ks3 ks4 ks5 ot ep pecs camhs adhd asd asc semh slcn mld sld pmld tac senco sencos sendco hoy tod qtvi coel elg elgs psed wpm');
// Everyday abbreviations a parent reads the same way.
const EVERYDAY = new Set(['PE', 'RE', 'TV', 'OK', 'UK', 'AM', 'PM', 'ICT', 'IT', 'I', 'II', 'III', 'IV', 'ID', 'TBC', 'TBA', 'GCSE', 'SAT', 'PIN', 'CV']);

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Explained next to it: "teaching assistant (TA)" or "TA (teaching assistant)". */
/**
 * "OT (occupational therapist)", or "speech and language therapy (SaLT)": the words spelled
 * out. In brackets after words, those words must start with its letters, in order ("listening
 * and attention skills (SALT)" does not explain it).
 */
function explained(text: string, t: Pick<Token, 'start' | 'end' | 'word'>): boolean {
  const letters = t.word.replace(/s$/, '');
  // A known acronym spelled out wrongly ("EHCP (Early Help Care Plan)") is still unexplained.
  const meaning = MEANINGS[letters];
  const means = (words: string): boolean => meaning === undefined || meaning.every((word) => words.toLowerCase().includes(word));
  const after = /^\s*\(([^)]{0,120})\)?/.exec(text.slice(t.end, t.end + 125));
  if (after) return means(after[1]!);
  // "the SENCO – special educational needs coordinator": spelled out after a dash, for the
  // acronyms whose words are known.
  const dashed = meaning === undefined ? null : /^\s*[–—-]\s*([^.;()]{0,120})/.exec(text.slice(t.end, t.end + 125));
  if (dashed) return means(dashed[1]!);
  const open = text.slice(Math.max(0, t.start - 3), t.start);
  if (!/\(\s*$/.test(open) || !/^\s*\)/.test(text.slice(t.end, t.end + 3))) return false;
  const before = text.slice(Math.max(0, t.start - 120), t.start - open.length + open.indexOf('(')).toLowerCase();
  const initials = (before.match(/[a-z0-9\u00c0-\u024f]+/g) ?? []).map((w) => w.charAt(0)).slice(-(letters.length + 4)).join('');
  // Each letter in turn, from the last, among the initials of the words just before: the last
  // letter within the last two words ("therapy (SaLT)", "therapist's (SaLT)").
  let k = initials.length - 1;
  for (let i = letters.length - 1; i >= 0; i--, k--) {
    while (k >= 0 && initials[k] !== letters[i]) k--;
    if (k < 0 || (i === letters.length - 1 && k < initials.length - 2)) return false;
  }
  return letters.length > 0 && means(before);
}

function unexplainedAcronyms(p: Prepared, ignore: () => readonly Evidence[]): Evidence[] {
  const { text, tokens } = p;
  const found: Evidence[] = [];
  const known: Evidence[] = [];
  for (const t of tokens) {
    if (inSet(t, KNOWN_ACRONYMS) && !explained(text, t)) known.push(span(text, t.start, t.end));
    const length = t.end - t.start;
    // Cheap first test: acronyms start with two capitals.
    if (length < 2 || !isUpper(text.charCodeAt(t.start)) || !isUpper(text.charCodeAt(t.start + 1))) continue;
    let upper = 0;
    for (let i = t.start; i < t.end; i++) if (isUpper(text.charCodeAt(i))) upper++;
    // All capitals, with an optional plural "s" ("TAs").
    const plural = text.charCodeAt(t.end - 1) === 115 && upper === length - 1;
    if (upper !== length && !plural) continue;
    const bare = plural ? text.slice(t.start, t.end - 1) : text.slice(t.start, t.end);
    if (EVERYDAY.has(bare)) continue;
    if (explained(text, t) || inSet(t, KNOWN_ACRONYMS)) continue;
    found.push(span(text, t.start, t.end));
  }
  if (found.length === 0 && known.length === 0) return found;
  let capitals = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isUpper(c)) capitals++;
    if (isUpper(c) || (c >= 97 && c <= 122)) letters++;
  }
  // A target typed in capitals has no way to mark an acronym: only the known ones count.
  const all = capitals / Math.max(1, letters) > 0.5 ? known : byStart([...found, ...known]);
  return all.length === 0 ? [] : outside(all, ignore());
}

// "a restorative conversation (talking about what happened and how to put it right)": a term
// explained in brackets just after it, in four words or more, reads the same to a parent (a
// list of examples, "(sight words, number facts, spellings)", explains nothing).
const EXPLANATION_AFTER = /(?: [\p{L}-]+){0,4} \((?![^()]*,[^()]*,)(?:[^\s()]+ +){3}[^()]*\)/uy;
function explainedAfter(text: string, e: Evidence): boolean {
  EXPLANATION_AFTER.lastIndex = e.end;
  return EXPLANATION_AFTER.test(text);
}
// A manner word is explained only by what follows it at once: "quietly (in a whisper only her
// partner can hear)", not "appropriately in assembly (on his spot…)".
const EXPLANATION_AT_ONCE = / \((?![^()]*,[^()]*,)(?:[^\s()]+ +){3}[^()]*\)/uy;
function explainedAtOnce(text: string, e: Evidence): boolean {
  EXPLANATION_AT_ONCE.lastIndex = e.end;
  return EXPLANATION_AT_ONCE.test(text);
}

// A card called "good listening", words quoted as an example: a name or the pupil's words, not
// the writer's judgement.
const QUOTED = /["“‘][^"”’\n]{1,60}["”’]/g;
function notQuoted(text: string, found: Evidence[]): Evidence[] {
  if (found.length === 0 || !/["“‘]/.test(text)) return found;
  const ranges = [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
  return found.filter((e) => !ranges.some(([start, end]) => e.start >= start && e.end <= end));
}

/** `ignore` gives spans another element already explains (placeholders, initials, the name). */
export function checkClearLanguage(p: Prepared, ignore: () => readonly Evidence[]): Verdict {
  // "the Special Educational Needs Co-ordinator (SENCo)": spelled out, the role is plain.
  const spelledOut = (e: Evidence): boolean => /^send?co$/i.test(e.text) && explained(p.text, { start: e.start, end: e.end, word: e.text.toLowerCase() });
  // A word quoted alone ("spell 'scaffold'") is the word itself; a food probe is a thermometer.
  const quotedAlone = (e: Evidence): boolean => /['‘"“]/.test(p.text.charAt(e.start - 1)) && /['’"”]/.test(p.text.charAt(e.end));
  const foodProbe = (e: Evidence): boolean => /^probes?$/i.test(e.text) && /\b(?:food|meat|temperature|digital) $/.test(p.lower.slice(Math.max(0, e.start - 13), e.start));
  const jargon = [...matchWords(p, JARGON_WORDS).filter((e) => !spelledOut(e) && !quotedAlone(e) && !foodProbe(e)), ...matchRules(p, JARGON_RULES)].filter((e) => !explainedAfter(p.text, e));
  for (const t of p.tokens) {
    // Only these words can be those acronyms; skip the slice for everything else.
    if (inSet(t, JARGON_CASED_WORDS) && JARGON_CASED.has(p.text.slice(t.start, t.end)) && !explained(p.text, t)) jargon.push(span(p.text, t.start, t.end));
  }
  const acronyms = outside(unexplainedAcronyms(p, ignore), jargon);
  // ("quietly (in a whisper only her partner can hear)" is explained.)
  const subjective = notQuoted(p.text, [...matchWords(p, SUBJECTIVE_WORDS), ...matchRules(p, SUBJECTIVE_RULES)]).filter((e) => !explainedAtOnce(p.text, e));
  const all = byStart([...jargon, ...acronyms, ...subjective]) as Evidence[];
  const first = all[0];
  if (!first) return { ok: true, code: 'clearLanguage.plain', evidence: [] };
  const code = jargon.includes(first) ? 'clearLanguage.jargon' : acronyms.includes(first) ? 'clearLanguage.acronym' : 'clearLanguage.subjective';
  return { ok: false, code, evidence: all };
}
