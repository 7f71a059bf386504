import type { Evidence, Verdict } from './types.js';
import { DATE_RULE_FIRSTS, DATE_STICKY, YEARLESS_DATE } from './dates.js';
import { adultSentences, inAdultSentence } from './sentences.js';
import { inSet, matchRules, rules, words, type Prepared } from './scan.js';
import { NUMBER_WORD, NUMBER_WORDS, ordered, outside, span } from './text.js';

const re = (source: string): RegExp => new RegExp(source, 'y');
const NUM = `(?:\\d+|${NUMBER_WORD})`;
// "a day", "per lesson" after a count: how many in each period.
const PER_PERIOD = '\\s+(?:a|per|each|every)\\s+(?:day|week|fortnight|lesson|session|morning|afternoon)\\b';
const NUMBER_WORD_LIST = NUMBER_WORDS.split(' ');
const NUMBERS = words(`# ${NUMBER_WORDS}`);
// "x3" is one word to the tokeniser ("3x" starts with a digit, so it is a number).
const TIMES_WRITTEN = Array.from({ length: 20 }, (_, n) => `x${n + 1}`).join(' ');

/** "No incidents", "zero outbursts": absolute as a criterion, and a stop-behaviour (positive.ts). */
export const NO_INCIDENTS = re('(?:zero|no) (?:[a-z-]+ )?(?:incidents?|instances?|episodes?|outbursts?|occurrences?|refusals?|exclusions?|detentions?|absences?|sanctions?|removals?|referrals?)\\b');

// Perfection on every occasion over time: no one can meet it (SMART.md "absolute").
const ABSOLUTE_RULES = rules([
  ['#', re('100\\s*(?:%|per ?cent)\\s+of\\s+(?:(?:the|his|her|their)\\s+)?(?:[a-z-]+ )?(?:time|occasions|lessons|days|sessions|school days|mornings|opportunities)\\b')],
  // "earning a sticker each time": a reward given every time is provision, not the degree asked.
  // ("at least 3 sentences each time" asks for a count on each occasion, not perfection.)
  ['every each', re('(?<!(?:stickers?|points?|tokens?|stars?|rewards?|praise|praised|ticks?|stamps?|marbles?) )(?<!\\b(?:\\d+|one|two|three|four|five) [a-z]+ )(?:every|each) (?:single )?(?:time|occasion|opportunity)\\b')],
  re('on (?:all|every) (?:[a-z]+ )?occasions?\\b'),
  re('at all times\\b'),
  re('all day,? every day\\b'),
  ['whole all entirety', re('(?:whole|all|entirety) of (?:every|each) (?:lesson|session|day|morning|afternoon|break|playtime|lunchtime)\\b')],
  re('all (?:of )?the time\\b'),
  re('always\\b'),
  ['never', re('never(?: again)?\\b')],
  // ("count back from 10 to zero" is the task.)
  ['to', re('(?<!from (?:\\d+|ten|twenty) )to zero\\b')],
  ['zero no', NO_INCIDENTS],
  re('without fail\\b'),
  re('(?:in|on) every (?:single )?piece of (?:work|writing|homework)\\b'),
  // "10 out of 10 every week", "10/10 in every test": a perfect score asked for every time.
  ['# 100 all', re('(?:(?<n>\\d+) ?(?:out of|/) ?\\k<n>|100 ?%|all (?:the )?\\d+)(?: [a-z\'’-]+){0,6}? (?:in |on )?(?:every|each) (?:single )?(?:[a-z-]+ ){0,2}?(?:week|wk|day|lesson|session|test|morning|afternoon|time|fortnight)\\b')],
  // "5 out of 5 days": a perfect score repeated over time (one assessment is fine).
  ['#', re('(?<n>\\d+) (?:out of|of|/) \\k<n> (?:consecutive )?(?:days|lessons|sessions|occasions|times|mornings|afternoons|weeks|opportunities|school days)\\b')],
]);

// Measures that are not plain numbers: frequencies and "once"/"twice".
const MEASURE_RULES = rules([
  [`# ${NUMBER_WORD_LIST.join(' ')}`, re(`${NUM}\\s*(?:out of|/|of(?: the)?|in)\\s*${NUM}\\b`)],
  ['#', re('\\d+(?:\\.\\d+)?\\s*(?:%|per ?cent)')],
  // "x3 a week", "3x per week": how often, as notes write it.
  [`# ${TIMES_WRITTEN}`, re('(?:x ?\\d+|\\d+ ?x) ?(?:(?:a|per|each|every) |/ ?)(?:day|week|wk|fortnight|session|lesson|morning|afternoon|term)\\b')],
  // "on no more than one day a week": days counted in a period.
  [`# ${NUMBER_WORD_LIST.join(' ')}`, re(`${NUM}\\s+(?:days?|lessons?|sessions?|mornings?|afternoons?|nights?)\\s+(?:a|per|each|every|in a)\\s+(?:week|fortnight|month|term|half[- ]term)\\b`)],
  // "eye contact with 2 adults a day": people met in a period counted.
  [`# ${NUMBER_WORD_LIST.join(' ')}`, re(`${NUM}\\s+(?:(?:other|different|familiar|known)\\s+)?(?:friends?|peers?|children|adults?|pupils?|classmates?|people)${PER_PERIOD}`)],
  [`# ${NUMBER_WORD_LIST.join(' ')}`, re(`${NUM}\\s+(?:consecutive\\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|m|metres?|meters?|km|cm|times?|occasions?)\\b`)],
  // "for the whole 15-minute carpet session": a duration.
  re(`(?:for|during|throughout) the (?:whole|full|entire) ${NUM}[- ](?:minutes?|mins?|hours?|seconds?)\\b`),
  re('(?:daily|weekly)\\b'),
  re('per (?:day|week|session|lesson|minute)\\b'),
  re('(?:once|twice)\\b'),
  // "in three-quarters of the questions", "half (of) the time": a share of attempts ("the first
  // half of the term" is a period).
  ['a one two three half', re('(?<!(?:this|that|first|second|last|next|the) )(?:(?:a|one|two|three)[- ])?(?:half|thirds?|quarters?) (?:of\\b|the (?:time|lessons?|sessions?|days?|questions?|words?|occasions?|opportunities)\\b)')],
  ['a several', re('(?:a few|several) (?:seconds?|minutes?|hours?)\\b')],
  // "in under a minute": a time limit written in words.
  ['under less', re('(?:under|less than) (?:a|an|one|half an?) (?:minute|hour)\\b')],
  re('for (?:the|a|an) (?:whole|full|entire) (?:lesson|session|morning|afternoon|day|assembly|story|activity|playtime|lunchtime)\\b'),
]);

// Spans whose numbers are not degrees of success: periods, year groups, labels, group sizes.
const NOT_A_MEASURE = rules([
  ...DATE_RULE_FIRSTS.map((firsts) => [firsts, DATE_STICKY] as const),
  ['by before until', YEARLESS_DATE],
  // A review's notes: "amended 6/11", "new date 12/3", "was 26/3/27".
  ['amended added agreed reviewed updated changed dated date was extended moved achieved', re('(?:amended|added|agreed|reviewed|updated|changed|dated|date|was|extended|moved|achieved)(?: on)? [0-3]?\\d/(?:0?[1-9]|1[0-2])(?:/(?:\\d{4}|\\d{2}))?\\b(?![/.]\\d)')],
  ['within in over after for during by at', re(`(?<!(?:age|ages|score|scores|level|levels) )(?<!(?:increase|increases|improve|improves|rise|rises|grow|grows|go up|goes up|move up|moves up) )(?:within|in|over|after|for|during|by the end of|by|at the end of)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+|following\\s+|first\\s+)?(?:${NUM}|\\d+\\s*(?:-|–|to)\\s*\\d+)\\s+(?:school\\s+|teaching\\s+)?(?:weeks?|wks?|months?|mths?|terms?|half[- ]terms?|years?|yrs?)\\b(?!\\s+(?:in a row|running)\\b)`)],
  ['year yr y phase level stage key ks book band age aged step set group room class table week period', re('(?:year|yr|y|phase|level|stage|key stage|ks|book band|band|age|aged|step|set|group|room|class|table|week|period)\\s*\\d+\\b')],
  re(`(?:with|alongside|and|among)\\s+${NUM}(?: or more| or fewer)?(?:\\s+(?:other|familiar|known))?\\s+(?:friends?|peers?|children|adults?|pupils?|classmates?|others|people)\\b(?!${PER_PERIOD})`),
  // The task's material counted: "a choice board of 4 pictures", "a page of 6", "pages 1 to 10".
  ['group board page set choice row grid pile selection list bag box tray', re(`(?:group|board|page|set|choice|row|grid|pile|selection|list|bag|box|tray) of ${NUM}\\b`)],
  // "one-to-one" and "1:1" say how the pupil is supported, not how often.
  ['one #', re('(?:one|1)(?:[- ]to[- ]|\\s*:\\s*)(?:one|1)\\b')],
  ['page pages chapter chapters unit units', re(`(?:pages?|chapters?|units?)\\s*${NUM}(?:\\s*(?:-|–|to)\\s*${NUM})?\\b`)],
  // Terms numbered 1 to 6 ("by the end of Term 2"), unless a measure follows ("half term 3 times").
  ['term', re('(?<!half[- ]?)term\\s*[1-6]\\b(?![\\d\\s]*(?:out of|of\\b|/|%|per|x\\b|times?\\b|minutes?\\b|mins?\\b|occasions?\\b))')],
  // A year after a term ("the Spring Term 2027"), a numbered target or a list number at the
  // start ("Target 3 –", "1. To sit still"), and a multiplication fact ("up to 12 x 12").
  ['term terms autumn spring summer christmas easter holiday holidays semester mock mocks exam exams', re('(?:terms?|autumn|spring|summer|christmas|easter|holidays?|semester|mocks?|exams?)\\s+(?:19|20)\\d\\d\\b')],
  // "with 25% extra time": an access arrangement, not a degree of success.
  ['#', re('\\d+\\s*%\\s+extra time\\b')],
  // A number after an operator, "÷ 2 questions", "× 7": the sum's content.
  ['#', re('(?<=[÷×+−=<>]\\s?)\\d+\\b')],
  // Worked examples in brackets, "(e.g. 18 ÷ 2 = 9)", "(such as 356 + 278)": the task's content.
  ['e eg for such like', re('(?<=\\(\\s*)(?:e\\.?\\s?g\\.?|for example|for instance|such as|like)[^()]{0,120}(?=\\))')],
  // "when offered two": how many things the pupil chooses from.
  ['offered given shown', re(`(?:offered|given|shown) (?:a choice of )?${NUM}\\b(?! (?:times?|minutes?|prompts?)\\b)`)],
  // "Target 3 –" numbers a target; "target 95%" is its measure.
  ['target outcome objective goal aim priority', re('(?:target|outcome|objective|goal|aim|priority)\\s*\\d+\\b(?!\\s*(?:%|per ?cent))')],
  ['#', re('(?<=(?:^|[:;])[\\s•*-]*)\\d+[.)](?=\\s)')],
  // "1) hang up his coat 2) find his name card": a step's number in a list.
  ['#', re('(?<![\\d(])\\d\\)(?= [a-z])')],
  [`# ${NUMBER_WORD_LIST.join(' ')}`, re(`${NUM}\\s*[x×]\\s*${NUM}\\b`)],
  // Aids named by a number: "a hundred square", "a 100 square", "a ten frame".
  ['hundred ten #', re('(?:hundred|ten|\\d+)[- ](?:square|frame|grid|chart|bead string)s?\\b')],
  // "a 0–20 number track", "a 0-100 number line": the aid's range.
  ['#', re('\\d+ ?[-–] ?\\d+ (?:number )?(?:lines?|tracks?|squares?|grids?)\\b')],
  // Half-terms named by number: "by Spring 2", "in Autumn 1", "by Aut 2".
  ['autumn aut spring spr summer', re('(?:autumn|aut|spring|spr|summer) ?[12]\\b')],
  // The task's own content, not a degree of success: "count to 20", "number bonds to 10",
  // "numbers within 20", "the first 100 high-frequency words".
  ['count counts counting number numbers numeral numerals bond bonds table tables fact facts recite reciting order orders ordering add adds adding subtract subtracts subtracting multiple multiples', re(`(?:count(?:s|ing)?|numbers?|numerals?|bonds?|tables?|facts?|recite|reciting|order(?:s|ing)?|add(?:s|ing)?|subtract(?:s|ing)?|multiples?)(?: (?:forwards?|backwards?|on|back|out|aloud|reliably|accurately|correctly|in (?:ones|twos|threes|fives|tens|2s|5s|10s))){0,2} (?:(?:from )?${NUM} )?(?:up to|to|within|beyond) ${NUM}(?:\\s*[x×]\\s*${NUM})?(?:(?:,\\s*|\\s+and\\s+|\\s+or\\s+)${NUM})*\\b`)],
  ['#', re(`\\d+(?:(?:,\\s*|\\s+and\\s+|\\s+or\\s+)\\d+)*\\s+times?[- ]tables?\\b`)],
  re(`(?:first|next|last) ${NUM}\\b(?! (?:school |teaching )?(?:weeks?|months?|terms?|half[- ]terms?|days?|sessions?|lessons?)\\b)`),
  // "his weekly sessions", "weekly OT input", "reviewed weekly": how often support or review
  // happens, not how often the pupil succeeds.
  ['his her their the a an reviewed monitored checked discussed', re('(?:his|her|their|the|an?|reviewed|monitored|checked|discussed) (?:weekly|daily)\\b')],
  // "Weekly" before a noun names the support ("daily guided reading"), not the pupil's success.
  ['weekly daily', re('(?:weekly|daily) (?!(?:by|for|until|till|with|in|at|during|and|or|from|to|before|after|on|throughout|across|over)\\b)[a-z1]')],
  // "in her 3 one-to-one sessions a week", "with three home tuition sessions a week": the
  // provision, not the pupil's success.
  ['his her their', re(`(?:his|her|their) ${NUM} (?:[a-z-]+ )?(?:sessions?|lessons?|visits?|groups?)\\b`)],
  ['with', re(`with ${NUM} (?:[a-z0-9-]+ ){0,4}?(?:sessions?|visits?)${PER_PERIOD}`)],
  // "the reading session he has with Mr Osei twice a week": how often the provision runs.
  ['session sessions lesson lessons group groups club clubs', re(`(?:sessions?|lessons?|groups?|clubs?) (?:he|she|they) (?:has|have|attends?|goes to|go to) (?:[a-z]+ ){0,4}?(?:once|twice|${NUM} times) (?:a|per|each) (?:week|day|fortnight)\\b`)],
  // "a 6-week block of twice-weekly sessions": how often the provision runs.
  ['once twice', re('(?:once|twice)[- ](?:weekly|daily)\\b')],
  // The task's own content in maths: "10% of amounts", "to the nearest 5 minutes", "a number line
  // from 0 to 20", "books matched to his reading age of 7".
  ['#', re('\\d+ ?% of (?:amounts?|numbers?|a number|quantities|shapes?)\\b')],
  re(`to the nearest (?:${NUM} )?(?:minutes?|hours?|cm|mm|metres?|kg|g|litres?|ml|tens?|hundreds?|thousands?|pounds?|pence|p)\\b`),
  ['number hundred ruler scale', re(`(?:number (?:lines?|tracks?|squares?)|hundred squares?|ruler|scale) (?:from )?${NUM} to ${NUM}\\b`)],
  re(`matched to (?:his|her|their) (?:reading )?(?:age|level|band)(?: of)? ${NUM}\\b`),
  // "with an adult checking in after 5 minutes": when the support comes, not the pupil's success.
  ['with', re(`with (?:a|an|the|his|her|their) (?:[a-z-]+ )?(?:adult|teacher|assistant|ta|lsa|hlta|mentor|key (?:person|worker|adult)|practitioner|member of staff)s? [a-z]+ing\\b[^,.;]{0,30}?\\b${NUM}\\s+(?:seconds?|secs?|minutes?|mins?)\\b`)],
  // "with one visual prompt": the support given, not a degree of success.
  ['with after given', re(`(?:with|after|given) ${NUM} (?:[a-z]+ )?(?:prompts?|reminders?|cues?)\\b`)],
  // "add 1 more to any number", "find 10 less than a number": the sum set, not how well it is done.
  ['add adds adding find finds finding', re(`(?:add(?:s|ing)?|find(?:s|ing)?) ${NUM} (?:more|less)\\b`)],
  [`# ${NUMBER_WORD_LIST.join(' ')}`, re(`${NUM} (?:more|less) than (?:a |an |any |the |each )?(?:given )?numbers?\\b`)],
  // "the Plus 1 programme": a number in a programme's name.
  ['#', re('(?<=[a-z] )\\d+ (?:programmes?|schemes?)\\b')],
  // "add two single-digit numbers": the sum set, not how well it is done.
  re('(?:add|adds|adding|subtract|subtracts|subtracting|multiply|multiplies|multiplying|compare|compares|comparing) (?:together )?(?:two|three|2|3) (?:(?:single|one|two|three|\\d)[- ]digit )?numbers?(?: (?:up to|under|below|within|to) (?:\\d+|ten|twenty|a hundred))?\\b'),
  // "make amounts up to £1", "a £1 coin", "totals to 50p": the money the task is set in.
  ['amount amounts total totals sum sums price prices value values', re('(?:amounts?|totals?|sums?|prices?|values?) (?:of |up to |to |under |below |within |over )?(?:£ ?\\d+(?:\\.\\d\\d)?|\\d+ ?p)\\b')],
  ['#', re('(?<=£ ?)\\d+(?:\\.\\d\\d)?\\b|\\d+ ?p coins?\\b')],
  // "addition questions within 20": the range the task is set in, as "from any number under 100".
  ['question questions sum sums calculation calculations problem problems', re(`(?:questions?|sums?|calculations?|problems?) (?:within|to|up to|under|below) ${NUM}\\b`)],
  // "a Talk Boost group x3 weekly": how often the support runs, not the pupil's success.
  ['group groups session sessions club clubs lesson lessons input therapy intervention interventions', re('(?:groups?|sessions?|clubs?|lessons?|input|therapy|interventions?) (?:x ?\\d+ |\\d+ ?x )?(?:weekly|daily)\\b')],
  ['number numbers', re(`numbers? (?:under|below|up to|less than|greater than|over|above|between) ${NUM}(?: and ${NUM})?\\b`)],
  // "Emre is 15 and in Year 11": the pupil's age.
  ['is turns turned', re(`(?:is|turns|turned) (?:\\d{1,2}|${NUMBER_WORD})(?: years? old)?(?=[,.;]| and\\b| years? old\\b|$)`)],
  // "count 10 objects into a pot": the set counted is the task, not how well it is done.
  ['count counts counting', re(`count(?:s|ing)? (?:out )?${NUM} (?:[a-z-]+ )?(?:objects?|items?|things?|toys?|bricks?|blocks?|cubes?|counters?|buttons?|beads?|coins?|pennies|shells?|animals?|cars?|spoons?|pictures?|dots?|claps?|jumps?)\\b`)],
  // "catch the number 42 bus": a route's number.
  ['number no route bus', re('(?:(?:number|no\\.?|route) \\d+ (?:bus|train|tram)|bus (?:number |no\\.? )?\\d+)\\b')],
  // "jump with two feet together": the body doing the task.
  ['two both #', re('(?:two|both|2) (?:feet|hands|legs|arms|eyes|fingers|thumbs)\\b')],
  // "across three assemblies": how long it is watched for, not how well it goes.
  re(`across ${NUM} (?:consecutive |separate |different )?[a-z]+`),
]);

// "Every lesson" on its own asks for success on every occasion (SMART.md "absolute"); beside a
// measure ("for 10 minutes every day") it only says how often. "At the end of each lesson" says
// when, not how often.
const EVERY_OCCASION = rules([
  ['every each', re('(?<!(?:start|end|beginning) of )(?:every|each) (?:day|week|morning|afternoon|session|lesson|school day)\\b')],
]);

// Vague degrees: reported as the evidence when nothing measurable is found.
const VAGUE_RULES = rules([
  ['consistently regularly usually often frequently sometimes successfully increasingly appropriately reliably accurately confidently fluently better improved improve', re('[a-z]+\\b')],
  re('more (?:often|frequently|regularly|independently|confidently)\\b'),
  re('most of the time\\b'),
  re('on most (?:days|occasions|mornings)\\b'),
  re('(?:as|when) (?:needed|required|appropriate)\\b'),
  re('for longer\\b'),
  re('with (?:increasing|greater|better|more|improved|growing) (?:[a-z]+ )?(?:independence|confidence|accuracy|frequency|success|fluency)\\b'),
  ['age', re('age[- ]related expectations?\\b')],
]);

// A short quotation: "his ‘take 5’ card", "the 'Top 10' list". Its number is part of a name.
const SHORT_QUOTE = /(?:^|[\s(])['‘"“][^'‘’"“”.;]{0,40}$/;
const QUOTE = /['‘’"“”]/;
const QUOTE_END = /^[^'‘’"“”.;]{0,40}['’"”](?![a-z])/;
const inShortQuote = (lower: string, start: number, end: number): boolean =>
  SHORT_QUOTE.test(lower.slice(Math.max(0, start - 42), start)) && QUOTE_END.test(lower.slice(end, end + 42));

const OUT_OF = /\b\d+ (?:out of|of) \d+\b/;

/** A number counts as a measure unless it is part of a date, time, label, name or compound word. */
function countEvidence(p: Prepared): Evidence[] {
  const found: Evidence[] = [];
  const { tokens, lower, text } = p;
  const quoted = QUOTE.test(lower); // most targets quote nothing: no quotation to look for
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!inSet(t, NUMBERS) || (t.word.charCodeAt(0) <= 57 && !/^\d+$/.test(t.word))) continue;
    const after = lower.charAt(t.end);
    // Clock times (8:50), decimals in dates, and compounds ("2-step", "10-minute") are not counts.
    if (after === ':' || (after === '-' && /[a-z]/.test(lower.charAt(t.end + 1)) && !lower.startsWith('-to', t.end))) continue;
    if (after === '.' && /\d/.test(lower.charAt(t.end + 1))) continue;
    if (/[:\/.-]/.test(lower.charAt(t.start - 1)) && /\d/.test(lower.charAt(t.start - 2))) {
      // The second half of "4/5" is part of a fraction, which is a measure; "12:30" is not.
      if (lower.charAt(t.start - 1) !== '/') continue;
    }
    const next = tokens[i + 1]?.word;
    if (next === 'am' || next === 'pm' || (next === 'o' && tokens[i + 2]?.word === 'clock')) continue;
    // "the 10 questions": the task's size; "8 of the 10" is matched as a measure on its own.
    if (tokens[i - 1]?.word === 'the') continue;
    if (quoted && inShortQuote(lower, t.start, t.end)) continue;
    // "touching each one", "which one is red": a pronoun, not a count.
    if (t.word === 'one' && /^(?:each|every|any|which|that|this|no)$/.test(tokens[i - 1]?.word ?? '')) continue;
    // "a reader if he asks for one": the thing asked for, not a count.
    if (t.word === 'one' && /^(?:for|needs?|wants?|gets?|takes?|picks?|chooses?)$/.test(tokens[i - 1]?.word ?? '') && !/^\s*[a-z0-9]/.test(lower.slice(t.end, t.end + 2))) continue;
    // ("no more than one of her sessions" counts them.)
    if ((t.word === 'one' || t.word === '1') && next !== undefined && /^(?:other|of|adult|peer|child|friend|more|day|at)$/.test(next) && !(next === 'of' && /^(?:than|least|most|only)$/.test(tokens[i - 1]?.word ?? ''))) continue;
    found.push(span(text, t.start, t.end));
  }
  return found;
}

// "…; at present he writes 2 words": a clause that states the baseline, not the target.
// ("standardised reading score 79 in September": a score when it was last measured.)
const BASELINE = /\b(?:at present|currently|at the moment|baseline)\b|\b(?:scored?|reading age|level)\b[^;()]{0,20}\b(?:in|on) (?:september|october|november|december|january|february|march|april|june|july|august)\b/;

/** Clauses (between full stops, semicolons and brackets) that state a baseline and set no target. */
function baselineClauses(p: Prepared): Evidence[] {
  const found: Evidence[] = [];
  const { lower } = p;
  if (!BASELINE.test(lower)) return found; // most targets state no baseline: no clauses to cut
  for (let start = 0; start < lower.length; ) {
    let end = start;
    while (end < lower.length && !/[;()]/.test(lower[end]!) && !(lower[end] === '.' && !/\d/.test(lower[end + 1] ?? ''))) end++;
    const clause = lower.slice(start, end);
    if (BASELINE.test(clause) && !/\bwill\b/.test(clause)) found.push(span(p.text, start, end));
    start = end + 1;
  }
  return found;
}

// "6 out of 5", "12/10": more successes than chances, a measure no one can meet (a typo, mostly).
// Not "of" or "in": "£5 in 4 out of 5 problems", "8 of 5-piece puzzles" are not fractions.
const FRACTION = /^(\d+)\s*(?:out of|\/)\s*(\d+)$/i;
function morePassesThanTries(measure: Evidence): boolean {
  const parts = FRACTION.exec(measure.text);
  return parts !== null && Number(parts[1]) > Number(parts[2]);
}

// "amended 12/3", "was 23/10": more passes than tries can be no score, but a day and a month it
// can, as a review's notes write them ("read 12/10 words" counts something: a score).
const DAY_MONTH = /^([0-3]?\d)\s*\/\s*(0?[1-9]|1[0-2])$/;
const COUNTED_AFTER = /^\s+(?!(?:and|or|to|by|in|for|on|at|with|was|but|the)\b)[a-z]/;
function dayAndMonth(p: Prepared, measure: Evidence): boolean {
  const parts = DAY_MONTH.exec(measure.text);
  return parts !== null && Number(parts[1]) > Number(parts[2]) && Number(parts[1]) <= 31 && !COUNTED_AFTER.test(p.lower.slice(measure.end, measure.end + 12));
}

export function checkCriterion(p: Prepared): Verdict {
  // "zero biting incidents on 9 out of 10 sessions": none per session, measured over sessions.
  // ("the ‘Never leave without it’ checklist": a name quoted, not a demand.)
  const absolute = matchRules(p, ABSOLUTE_RULES).filter((e) => !(/^(?:zero|no) /i.test(e.text) && OUT_OF.test(p.lower)) && !inShortQuote(p.lower, e.start, e.end) && !inAdultSentence(p, e));
  if (absolute.length > 0) return { ok: false, code: 'criterion.absolute', evidence: absolute };
  const counts = countEvidence(p);
  const measured = matchRules(p, MEASURE_RULES);
  const everyOccasion = matchRules(p, EVERY_OCCASION).filter((e) => !inAdultSentence(p, e));
  // Most targets without a number have nothing to exclude from: skip the date and period rules.
  if (counts.length + measured.length > 0) {
    const excluded = [...matchRules(p, NOT_A_MEASURE), ...baselineClauses(p), ...adultSentences(p)];
    const measures = [...outside(counts, excluded), ...outside(measured, excluded)].filter((m) => !dayAndMonth(p, m));
    const impossible = measures.filter(morePassesThanTries);
    if (impossible.length > 0) return { ok: false, code: 'criterion.impossible', evidence: impossible };
    if (measures.length > 0) return { ok: true, code: 'criterion.measurable', evidence: ordered([...measures, ...outside(everyOccasion, excluded)]) };
  }
  if (everyOccasion.length > 0) return { ok: false, code: 'criterion.absolute', evidence: everyOccasion };
  const vague = matchRules(p, VAGUE_RULES);
  if (vague.length > 0) return { ok: false, code: 'criterion.vague', evidence: vague };
  return { ok: false, code: 'criterion.missing', evidence: [] };
}
