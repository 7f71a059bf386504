import type { Verdict } from './types.js';
import { ADULT_SUBJECTS, findHeadline, isListNumber } from './headline.js';
import { inSet, words, type Prepared, type Token } from './scan.js';
import { NUMBER_WORDS, span } from './text.js';

// Headline verbs that name something internal or vague rather than a behaviour someone
// could see or count (SMART.md). Tried at the verb's position only (sticky, lower-case text).
const VAGUE =
  /(?:understand(?:s|ing)?|know(?:s|ing)?|be (?:more |fully |better )?aware|improv(?:e|es|ing)|develop(?:s|ing)?|learn(?:s|ing)?|becom(?:e|es|ing)|feel|manag(?:e|es|ing)|calm(?:s|ing)? (?:(?:himself|herself|themselves|themself|myself) )?down|communicate (?:his|her|their|my) (?:needs|wants|feelings|emotions)|show (?:that|how) (?:he|she|they|i) (?:knows?|understands?|can)|open(?:s|ing)? up|keep(?:s|ing)? up|make (?:(?:more|new|some|a|\d+|one|two|three) )*friends?|keep (?:himself|herself|themselves|themself) safe|(?:show|display|demonstrate) (?:[a-z-]+ ){0,2}?(?:behaviours?|skills?)|work(?:s|ing)? (?:on|towards|through|harder)|get (?:better|stronger|quicker|faster|used to)|increase|gain|build (?:up )?(?:his |her |their )?(?:[a-z-]+ )?(?:confidence|skills?|relationships?|resilience|self-esteem|stamina|friendships?|tolerance|awareness|understanding|knowledge|vocabulary|independence|literacy)|enhance|extend|strengthen|progress|grow|explore|experience|enjoy|appreciate|recogni[sz]e|remember|think|concentrate|focus|pay attention|worr(?:y|ies|ying)|engage|cope|(?:self-|co-)?regulate|self-soothe|grasp|value|broaden|(?:handle|deal with) (?:his |her |their |any )?(?:big )?(?:feelings|emotions|frustrations?|anger|anxiety|worries|stress|disappointment|conflicts?|changes?|transitions?)|apply (?:his |her |their )?(?:[a-z-]+ )?(?:knowledge|skills|learning|understanding)|consolidate|secure|embed|take (?:responsibility|ownership)|behave|control (?:his|her|their)|lose (?:his|her|their) (?:temper|cool|control)|present (?:with|as)|(?:no longer |not )?needs? (?:(?:an? |the )?(?:adult|member of staff|ta|teacher|assistant|someone)s? to|(?:an? |the |less |fewer |no )?(?:support|help|prompts?|reminders?)(?! (?:from [a-z ]{0,30})?to\b))|consider|realise|realize|believe|respect|(?:show|demonstrate|display|have|develop) (?:an? |more |less |some |greater |good |better |increased |improved |his |her |their )?(?:[a-z-]+ )?(?:distress|anxiety|frustration|understanding|awareness|knowledge|empathy|interest|confidence|respect|kindness|enjoyment|pleasure|anticipation|excitement|enthusiasm|improvement|progress|resilience|independence|care|willingness|readiness|self-control|control|motivation|attention|concentration|focus|engagement|effort|maturity|persistence|anticipation|realisation|exploration|initiation)|make (?:good |better |more |some |expected |accelerated |further )?progress|use (?:[a-z-]+ ){0,3}?strateg(?:y|ies)(?! ?\(| from (?:his |her |their |the |a )?[a-z -]{0,30}?(?:card|list|board|menu|toolkit|sheet)\b)|follow (?:the |his |her |their )?(?:class |school )?rules|(?:stay|remain|keep|feel) (?:calm|happy|happier|focused|positive|regulated|safe|relaxed|settled|confident)|(?:reduce|lower|lessen|manage) (?:his |her |their )?(?:anxiety|anxieties|worry|worries|stress|frustration|fears?|anger)|make (?:good |better |the right |positive |safe |sensible |wise )?choices|access(?! (?:the |his |her |their |a |an )?(?:toilets?|bathroom|playground|lift|building|site|stairs|classroom|hall|canteen|dining hall|bus|library|room)\b)|continue (?:with )?(?:the |his |her |their )?(?:[a-z-]+ ){0,2}?(?:programmes?|programs?|interventions?|sessions?|support|provision|therapy|input)\b|make sure|ensure|catch up|try (?:(?:his |her |their |my )?(?:best|hardest)|harder)|rec(?:ei|ie)ve|use (?:kind|gentle|good|safe) (?:hands|feet|words)|stop being|(?:stop )?rush(?:es|ing)? (?:his |her |their |my )?work|stop worrying|stop forgetting|show good (?:listening|sitting|looking|behaviou?r)|stop (?:getting|feeling) (?:angry|upset|cross|frustrated|annoyed|worried|anxious|stressed|distressed|overwhelmed)|achieve (?:[a-z-]+ ){0,2}?(?:expectations?|standards?|outcomes?|potential|levels?|progress)|get (?:less |more )?(?:angry|upset|cross|frustrated|annoyed|worried|anxious|stressed|distressed|overwhelmed)|settle (?:in|into|down)|reduce (?:the number of |the frequency of |frequency of )?(?:his |her |their )?(?:(?:dysregulated|challenging|disruptive|negative|unwanted|inappropriate|unsafe|difficult|distressed) behaviou?rs?|dysregulated episodes|detentions|exclusions|suspensions|sanctions|behaviour points|behavior points|red cards|referrals|incidents)|be|have)(?![a-z\u00c0-\u024f])/y;
// "be" states that are observable: where the pupil is, or being dry; a posture ("be sitting").
const BE_STATE = /be (?:seated|changed|dressed|lined up|back (?:in|at|on|to)|through (?:his|her|their|the)|in (?:his|her|their|the|class|school|bed|registration|assembly|lessons?)|at (?:his|her|their|the|school)|ready (?:at|by) (?:his|her|their|the)|on time|present|dry|punctual|late|absent|sitting|standing|waiting|wearing|lining up|holding|using)\b/y;
// "have no incidents of kicking" names the behaviour counted, as "will have stopped hitting"
// does; "have zero exclusions" only a sanction.
const HAVE_OBSERVABLE = /have (?:(?:lunchtimes?|playtimes?|breaks?|days?|lessons?|mornings?) free (?:from|of)|stopped [a-z]+ing|fewer|less|no more|a turn|a drink|a try|a go|his|her|their|(?:no|zero) (?:[a-z-]+ )?(?:(?:incidents?|instances?|episodes?) of|absences|lates)|(?:no|zero) [a-z]+ (?:incidents?|instances?|episodes?)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:incident|sanction|exclusion)-free)\b/y;

// Base-form action verbs.
const ACTION_VERBS =
  'say point write read sit walk ask put stay attend name count copy match sort take turn wait share follow use tell answer choose select find ' +
    'label draw cut throw catch kick hop jump climb eat drink wash dry move go come join play greet wave request spell add subtract multiply divide ' +
    'complete finish start give show look listen hold carry open close zip button fasten blend segment build make pour thread ride swim run type raise ' +
    'hang tidy pack respond reply repeat retell describe explain identify tap clap return remain leave enter accept stop talk speak sing post press ' +
    'push pull roll stack skip trace stick fold brush wipe flush solve calculate measure estimate underline bring collect fetch tie cross practise ' +
    'recall recite predict compare understand know improve develop learn recognise recognize remember manage feel become increase focus concentrate ' +
    'engage behave regulate cope buy pay order cook wear lift bounce pass dance travel visit check send save pick drop fill empty sound ' +
    'greet wave smile nod shake sign hand float ring pedal steer scoot record spread heat set chop peel stir mix sweep mop iron lay load unload lock unlock file';
// Base forms start a second skill after "and".
const ACTIONS = words(ACTION_VERBS);

/** A verb's -s, -ed and -ing forms (sits, sitting, tidies, tidied, uses, using). */
function inflections(verb: string): string[] {
  if (/[^aeiou]y$/.test(verb)) return [`${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`, `${verb}ing`];
  if (verb.endsWith('e')) return [`${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  const stem = /^[^aeiou]*[aeiou][bdgmnpt]$/.test(verb) ? verb + verb.slice(-1) : verb;
  return [`${verb}s`, `${verb}es`, `${stem}ed`, `${stem}ing`];
}
// The same verbs as a note writes them without "will": "Reads 20 words", "Sitting on the carpet".
const ACTION_FORMS = words(ACTION_VERBS.split(' ').flatMap((v) => [v, ...inflections(v)]).join(' '));
// Words that cannot start an action: "Zero exclusions this term", "Tobi – no more than 1 C3".
const NOT_A_VERB = words(`# no zero none nil the a an his her their this that of in at on with by for from and or ${NUMBER_WORDS}`);
// Subjects that make the sentence about what adults do, not the pupil.
const JOINERS = words('then also he she they will can');
const SITUATION_OPENERS = words('when whenever if during in at on after before while using with without');
// "swearing at staff will…": an adult after a preposition is an object, not the subject.
const PREPOSITIONS = words('at to with for from towards toward by of');
const SETTING_WORDS = words('in on at during with for when each every');
// Passive voice with the pupil as the agent: "Hands will be washed by Leo", "Shoes will be put
// on by Alfie". The participle is the behaviour.
const PARTICIPLE = /^(?:[a-z]+ed|put|done|worn|taken|given|eaten|drunk|written|read|brought|hung|shown|thrown|caught|held|kept|said|told|made|found|got|chosen|drawn|sung|built|cut)$/;
const NOT_AN_AGENT = words('the a an end next half this spring summer autumn winter christmas xmas easter whitsun monday tuesday wednesday thursday friday year week term');

function passiveParticiple(p: Prepared, be: number): Token | undefined {
  const { tokens, text } = p;
  const participle = tokens[be + 1];
  if (!participle || !PARTICIPLE.test(participle.word)) return undefined;
  for (let j = be + 2; j < Math.min(tokens.length - 1, be + 8); j++) {
    if (tokens[j]!.word !== 'by') continue;
    const agent = tokens[j + 1]!;
    // "… will be read aloud by her in her daily session": the pupil as a pronoun ("by her TA" is
    // someone else).
    if (/^(?:him|her|them)$/.test(agent.word)) return !/^\p{L}/u.test(text.slice(agent.end).trimStart()) || inSet(tokens[j + 2]!, SETTING_WORDS) ? participle : undefined;
    const capital = text.charAt(agent.start);
    return capital !== capital.toLowerCase() && !inSet(agent, NOT_AN_AGENT) ? participle : undefined;
  }
  return undefined;
}
// Steps of one routine or one act of attention are one skill (SMART.md tie-breaker).
const FAMILIES = [
  // Dressing, and washing or toileting: two routines ("put on her shoes and brush her teeth").
  'put take hang fasten zip button pull get tie do change dress undress hold',
  'pull wash dry flush wipe get brush',
  'sit listen look watch wait stay remain attend join',
  'put raise wait ask',
  // Counting a set: touching each object and giving the total are its steps.
  'count touch give',
  'tidy put pack unpack return hang open collect get take',
  'eat drink sit use',
  'stop line walk move go come leave wait stand travel',
  // A request made with a picture or an object: choosing it and handing it over.
  'choose select pick point hand give take show',
  // A form handed in: "fill in the slip and hand it to his teacher".
  'fill complete hand give',
  // Asking for help about something shown: "point to the word and ask an adult to read it".
  'point show ask',
  // Decoding a word: sounding it out and blending the sounds are how it is read.
  'sound blend read',
  'hang put post find move sit go walk say wave greet take',
  // Reaching for a thing: "open her hand and hold the cup".
  'open reach hold grasp grab take',
  // Working a machine: "load and start the washing machine".
  'load unload start switch turn empty',
  // Speaking from a model: "copy the adult's model and say 10 words".
  'copy repeat say',
  // Drinking from a cup: "lift her cup to her mouth and drink".
  'lift bring drink sip eat',
  // Picking a thing up and putting it down: "pick up 10 pegs and drop them into a pot".
  'pick drop place put post',
].map(words);
const ROUTINE = /\broutine\b|\bhand[- ]?washing\b|\btoileting\b/;
// Quoted words ("get your coat and line up") are examples, and steps in brackets after a
// routine ("use the toilet (pull trousers down, flush and wash hands)") are its parts: neither
// is an extra skill.
const QUOTED = /["“][^"”\n]{0,200}["”]|(?<![a-z])['‘][^'’\n]{0,80}['’](?![a-z])|\([^()\n]{0,200}\)/g;

/**
 * The words at token `i` that join a second skill ("and", ", then", "as well as", "in addition
 * to", "followed by"): how many tokens they take, and whether the skill after them is an -ing
 * form ("in addition to reading").
 */
function joinerAt(tokens: readonly Token[], i: number, lower: string): { length: number; ing: boolean } | undefined {
  const word = tokens[i]!.word;
  const next = tokens[i + 1]?.word;
  const third = tokens[i + 2]?.word;
  if (word === 'and' || word === 'plus' || (word === 'then' && lower.charAt(tokens[i - 1]!.end) === ',')) return { length: 1, ing: false };
  // "write his name & tidy his table": notes join with "&" or "+", which are not words.
  if (i > 0 && /^\s*[&+]\s*$/.test(lower.slice(tokens[i - 1]!.end, tokens[i]!.start))) return { length: 0, ing: false };
  if (word === 'as' && next === 'well' && third === 'as') return { length: 3, ing: false };
  if (word === 'in' && next === 'addition' && third === 'to') return { length: 3, ing: true };
  if (word === 'followed' && next === 'by') return { length: 2, ing: true };
  return undefined;
}

/**
 * A second skill listed at token `i` without a joining word: after a semicolon ("brush his
 * teeth; tidy his room"), after a comma when it is a verb ("read it, write a summary"), or after
 * a step's number ("1) hang up his coat 2) find his name card"; "Year 9. Feel…" ends a sentence).
 */
function listedAt(tokens: readonly Token[], i: number, at: number, lower: string): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1]!;
  if (lower.charAt(before.end) === ';') return true;
  // ("…, run by an adult": a participle describing what came before.)
  if (t.start === before.end + 2 && lower.startsWith(', ', before.end) && inSet(t, ACTIONS) && tokens[i + 1]?.word !== 'by') return true;
  return i - 1 > at && isListNumber(lower, before) && lower.charAt(before.end) === ')' && (inSet(t, ACTIONS) || t.word === 'line');
}

function sameRoutine(a: Token, b: Token): boolean {
  return a.word === b.word || FAMILIES.some((f) => inSet(a, f) && inSet(b, f));
}

// Leaving for a calm space is one act: showing the card or pass that asks to leave and going
// ("show his time-out card and go to the Base"), or going there and using what is there,
// staying or showing the card there ("go to the calm corner and use her sand timer", "… and stay
// there", "go to her key adult and show her 'worry' card"). Word tests, not lists: the lexicon's
// lists are full.
const SHOWS = /^(?:show|hand|give|hold|use|present)s?$/;
const LEAVES = /^(?:go|goes|leaves?|walks?|heads?|returns?)$/;
const CARD = /\b(?:card|pass)\b/;
function leavesForCalm(lower: string, verb: Token, joiner: Token, second: Token): boolean {
  if (SHOWS.test(verb.word)) return LEAVES.test(second.word) && CARD.test(lower.slice(verb.end, joiner.start));
  return /^(?:go|goes|walks?)$/.test(verb.word) && /^(?:uses?|stays?|remains?|shows?)$/.test(second.word);
}

function quotedRanges(lower: string): [number, number][] {
  if (!/["“'‘(]/.test(lower)) return [];
  const ranges: [number, number][] = [];
  QUOTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED.exec(lower)) !== null) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

const WRITING = words('write writes writing copy copies copying');
const SECOND_WRITTEN = /and (?:the date|(?:his|her|their) (?:full |first )?name)\b/y;
// "say the 'f' sound … and the 'l' sound": two speech sounds, each of which can be right alone.
const TWO_SOUNDS = /\bthe ['‘"][a-z]{1,3}['’"] sound\b[^.;,]{0,40}? and (?:the )?['‘"][a-z]{1,3}['’"] sound\b/;
const SUPPORTED_TO = /be (?:supported|helped|encouraged|enabled)(?: by(?: [a-z]+){1,3}?)? to\b/y;
const ACTIVITY_NOUNS = words('snack lunch break breakfast dinner tea story carpet circle assembly playtime lunchtime registration');
// Adults' verbs whose object is the pupil and whose "to" names the pupil's behaviour.
const ENABLING = words('support supports help helps encourage encourages enable enables teach teaches coach coaches prompt prompts remind reminds allow allows');
const PUPIL_PRONOUNS = words('him her them he she they');

/**
 * The pupil's behaviour inside the adults' provision: "support Siobhán to walk", "help him to
 * read", "… so that he reads". The index of its verb, or -1 when the provision names none.
 */
function pupilBehaviourAfter(p: Prepared, at: number): number {
  const { tokens, text, lower } = p;
  const pupil = (t: Token | undefined): boolean =>
    t !== undefined && !inSet(t, ADULT_SUBJECTS) && (inSet(t, PUPIL_PRONOUNS) || text.charAt(t.start) !== lower.charAt(t.start));
  if (inSet(tokens[at]!, ENABLING) && pupil(tokens[at + 1]) && tokens[at + 2]?.word === 'to' && at + 3 < tokens.length) return at + 3;
  for (let k = at + 1; k + 3 < tokens.length; k++) {
    if (/[.;]/.test(lower.charAt(tokens[k - 1]!.end))) break; // within the same sentence
    if (tokens[k]!.word !== 'so' || tokens[k + 1]!.word !== 'that' || !pupil(tokens[k + 2])) continue;
    const verb = /^(?:will|can|is|are)$/.test(tokens[k + 3]!.word) ? k + 4 : k + 3;
    return verb < tokens.length && inSet(tokens[verb]!, ACTION_FORMS) ? verb : -1;
  }
  return -1;
}

const INCIDENTS = words('incident incidents episode episodes');

/**
 * "No more than one hitting incident a week", "zero incidents of biting", "no more than 1 late
 * arrival": an outcome that counts a behaviour's incidents names the behaviour ("zero
 * exclusions" names only a sanction).
 */
function countedBehaviour(tokens: readonly Token[], at: number): Token | undefined {
  for (let k = at; k + 1 < Math.min(tokens.length, at + 7); k++) {
    const t = tokens[k]!;
    if (t.word.length > 4 && t.word.endsWith('ing') && inSet(tokens[k + 1]!, INCIDENTS)) return t;
    if (t.word === 'late' && /^arrivals?$/.test(tokens[k + 1]!.word)) return tokens[k + 1];
    const behaviour = tokens[k + 2];
    if (inSet(t, INCIDENTS) && tokens[k + 1]!.word === 'of' && behaviour?.word.endsWith('ing')) return behaviour;
  }
  return undefined;
}

/** "- work on speaking and listening", "Know number bonds – Sofía": a note that opens with a vague verb is judged by it. */
function opensVague(p: Prepared, at: number): boolean {
  const t = p.tokens[at]!;
  VAGUE.lastIndex = t.start;
  return VAGUE.test(p.lower) && t.word !== 'be' && t.word !== 'have';
}

export function checkObservableAction(p: Prepared): Verdict {
  const { tokens, text, lower } = p;
  const head = findHeadline(p);
  if (head.verb < 0) return { ok: false, code: 'observableAction.missing', evidence: [] };
  let at = head.verb;
  // "Know number bonds to 10 – Sofía – …": a note that opens with a vague verb, before the
  // name it is for, is judged by that verb.
  const noteStart = head.modal < 0 || tokens[head.modal]!.word === 'to';
  if (noteStart && at > 0 && opensVague(p, 0)) at = 0;
  else if (head.modal < 0 && !opensVague(p, at)) {
    // A note without "will" or "to" ("Ibrahim bites…", "Zero exclusions this term"): its
    // action is a known verb among its first words, if any; a number or "no" is not one.
    // "Omar – when he feels angry in class, go to the base": the note opens with its situation.
    // "Better balance – ongoing": after the dash a status, not an action; the note is before it.
    if (at > 0 && /^(?:ongoing|continuing|achieved|tbc)$/.test(tokens[at]!.word)) at = 0;
    // "Better balance – ongoing", "Improved handwriting": an aim named by how it should change.
    if (/^(?:better|improved|increased|greater)$/.test(tokens[at]!.word)) return { ok: false, code: 'observableAction.missing', evidence: [] };
    if (inSet(tokens[at]!, SITUATION_OPENERS)) {
      const comma = tokens.findIndex((t, k) => k > at && k < at + 15 && lower.charAt(tokens[k - 1]!.end) === ',');
      if (comma > 0 && tokens.slice(comma, comma + 3).some((t) => inSet(t, ACTION_FORMS))) at = comma;
    }
    const found = tokens.slice(at, at + 3).findIndex((t) => inSet(t, ACTION_FORMS));
    if (found >= 0) at += found;
    else if (inSet(tokens[at]!, NOT_A_VERB)) {
      const counted = countedBehaviour(tokens, at);
      if (counted === undefined) return { ok: false, code: 'observableAction.missing', evidence: [] };
      return { ok: true, code: 'observableAction.observable', evidence: [span(text, counted.start, counted.end)] };
    }
  }
  // "We would like him to sleep in his own bed", "We would love Ava to wave": a parent's wish;
  // the pupil's action follows "to".
  const wish = /^(?:like|love|want)$/.test(tokens[at]!.word) && tokens[at + 2]?.word === 'to' && at + 3 < tokens.length;
  if (wish) at += 3;
  // "Staff will model language": provision written where the pupil's behaviour should be.
  const subject = tokens[head.modal - 1];
  const keyAdult = (subject?.word === 'person' || subject?.word === 'worker') && tokens[head.modal - 2]?.word === 'key';
  const objectOfPreposition = head.modal >= 2 && inSet(tokens[head.modal - 2]!, PREPOSITIONS);
  // "Jack, in a group with the teaching assistant, will…": the adult is in an aside; "MAY
  // (Nursery): will…": in a label's brackets.
  const aside = (): boolean => /,|\)\s*:/.test(lower.slice(subject!.end, tokens[head.modal]!.start));
  // "To help Jayden with his handwriting": an aim for the adults, with no pupil behaviour in it.
  const adultsAim = head.modal === 0 && /^(?:help|support|encourage|enable)$/.test(tokens[at]!.word);
  // "Elsa will point": the pupil's name, which is also a role's acronym ("ELSA will…" is the assistant).
  const roleAsName = subject?.word === 'elsa' && text.slice(subject.start, subject.end) === 'Elsa';
  if (adultsAim || (!wish && subject && !objectOfPreposition && (inSet(subject, ADULT_SUBJECTS) || keyAdult) && !roleAsName && !aside())) {
    // "Staff will support Siobhán to walk…", "TA to support him … so that he reads…": the
    // behaviour the provision is for is the pupil's commitment, and is judged instead.
    const pupilAt = pupilBehaviourAfter(p, at);
    if (pupilAt < 0) return { ok: false, code: 'observableAction.adult-action', evidence: [span(text, (adultsAim ? tokens[0]! : subject!).start, tokens[at]!.end)] };
    at = pupilAt;
  }
  // "will be supported to stay on task": what the adults will do, not the pupil.
  const afterModal = tokens[head.modal + 1];
  if (head.modal >= 0 && afterModal?.word === 'be') {
    SUPPORTED_TO.lastIndex = afterModal.start;
    if (SUPPORTED_TO.test(lower)) return { ok: false, code: 'observableAction.adult-action', evidence: [span(text, afterModal.start, SUPPORTED_TO.lastIndex)] };
  }
  const verb = tokens[at]!;
  VAGUE.lastIndex = verb.start;
  const vague = VAGUE.exec(lower);
  const headSpan = span(text, verb.start, verb.end);

  if (vague) {
    const phrase = vague[0];
    if (phrase === 'be') {
      BE_STATE.lastIndex = verb.start;
      const passive = passiveParticiple(p, at);
      if (passive) return { ok: true, code: 'observableAction.observable', evidence: [span(text, verb.start, passive.end)] };
      if (!BE_STATE.test(lower)) {
        const next = tokens[at + 1];
        const end = next && (next.word === 'more' || next.word === 'less') ? tokens[at + 2]?.end ?? next.end : next?.end ?? verb.end;
        return { ok: false, code: 'observableAction.not-a-behaviour', evidence: [span(text, verb.start, end)] };
      }
    } else if (phrase === 'have') {
      HAVE_OBSERVABLE.lastIndex = verb.start;
      if (!HAVE_OBSERVABLE.test(lower)) {
        return { ok: false, code: 'observableAction.vague-verb', evidence: [span(text, verb.start, verb.end)] };
      }
    } else {
      return { ok: false, code: 'observableAction.vague-verb', evidence: [span(text, verb.start, verb.start + phrase.length)] };
    }
  }

  {
    let quoted: [number, number][] | undefined;
    let q = 0; // quotes before the current "and" are passed once: the scan stays linear
    const negated = /^(?:not|never|longer)$/.test(tokens[at - 1]?.word ?? '');
    for (let i = at + 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      // The skills are the headline's sentence's: a later sentence is how it is done or recorded
      // (a full stop after one letter, "e.g. …", ends none).
      const previous = tokens[i - 1]!;
      if (previous.end - previous.start > 1 && /^[.!?]\s/.test(lower.slice(previous.end, t.start)) && text.charAt(t.start) !== lower.charAt(t.start)) break;
      // "write her name and the date": two things written, one of which can be right alone.
      if (t.word === 'and' && inSet(verb, WRITING)) {
        SECOND_WRITTEN.lastIndex = t.start;
        if (SECOND_WRITTEN.test(lower)) return { ok: false, code: 'observableAction.bundled-skills', evidence: [headSpan, span(text, t.end + 1, SECOND_WRITTEN.lastIndex)] };
      }
      // "will not swear at staff or throw equipment": two behaviours forbidden, not one offered two ways.
      const joiner = joinerAt(tokens, i, lower) ?? (negated && t.word === 'or' ? { length: 1, ing: false } : undefined);
      const listed = !joiner && listedAt(tokens, i, at, lower);
      if (!joiner && !listed) continue;
      if (t.word === 'and' && lower.charAt(t.end) === '/') continue; // "and/or" offers alternatives
      if (t.word === 'and' && lower.charAt(t.start - 1) === '-') continue; // "show-and-tell" is one word
      quoted ??= quotedRanges(lower);
      while (q < quoted.length && quoted[q]![1] <= t.start) q++;
      if (q < quoted.length && quoted[q]![0] <= t.start) continue;
      let j = i + (joiner?.length ?? 0);
      let numbered = false;
      while (j < tokens.length && j < i + 5 && (inSet(tokens[j]!, JOINERS) || isListNumber(lower, tokens[j]!) || (tokens[j]!.word.endsWith('ly') && tokens[j]!.word.length > 4))) {
        numbered ||= isListNumber(lower, tokens[j]!);
        j++;
      }
      const second = tokens[j];
      if (!second || !inSet(second, joiner?.ing ? ACTION_FORMS : ACTIONS) && !(second.word === 'line' && tokens[j + 1]?.word === 'up')) continue;
      // A hyphen or apostrophe after the word makes it part of a noun ("turn-taking").
      if (/['’-]/.test(lower.charAt(second.end))) continue;
      // "…, travel trainer on the same bus": a verb before a person's -er noun names the person.
      if (listed && /[a-z]{3}(?:er|or)$/.test(tokens[j + 1]?.word ?? '') && !inSet(tokens[j + 1]!, ACTION_FORMS)) continue;
      // "…and also wait her turn", "(1) … and (2) …": a second skill, whatever the routine.
      const also = tokens[i + 1]?.word === 'also' || numbered;
      if (!also && (sameRoutine(verb, second) || ROUTINE.test(lower) || leavesForCalm(lower, verb, t, second))) continue;
      // "come and sit with the group", "go and get his coat", "stop and look": one act in everyday English.
      if (t.word === 'and' && i === at + 1 && /^(?:come|comes|go|goes|stop|stops)$/.test(verb.word)) continue;
      // "his full uniform, including his blazer and tie": the things a list names, not skills.
      if (tokens.slice(Math.max(at, i - 4), i).some((each) => each.word === 'including') && !/[,.;]/.test(lower.slice(tokens[i - 1]!.end, t.start))) continue;
      // "during snack and play": "and" joins two times of day, not two skills ("at break and
      // return to class" goes on to a second act).
      if (t.word === 'and' && j === i + 1 && inSet(tokens[i - 1]!, ACTIVITY_NOUNS) && !/^(?:to|into|the|his|her|their|a|an|at)$/.test(tokens[j + 1]?.word ?? '')) continue;
      // "hold a crayon and make marks": holding the tool is a step of what is done with it.
      if ((verb.word === 'hold' || verb.word === 'holds') && t.word === 'and') continue;
      return { ok: false, code: 'observableAction.bundled-skills', evidence: [headSpan, span(text, second.start, second.end)] };
    }
  }
  const sounds = TWO_SOUNDS.exec(lower);
  if (sounds) return { ok: false, code: 'observableAction.bundled-skills', evidence: [headSpan, span(text, sounds.index, sounds.index + sounds[0].length)] };
  return { ok: true, code: 'observableAction.observable', evidence: [headSpan] };
}
