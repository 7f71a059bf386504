// Writes the golden fixture for the SMART check: every corpus target plus thousands of seeded
// variants, with the full result of `checkSmartTarget` (and of `checkTargetRow` for a share of
// them). `src/smart/golden.test.ts` asserts the checker still gives byte-identical results, so
// an optimisation or a word-list rewrite cannot change a verdict unnoticed.
// Regenerate ONLY when a verdict change is deliberate (list the changed cases in the commit),
// or to take in new corpus files, then from the revision before any checker change:
//   node --conditions=source --import tsx packages/rules/scripts/smart-golden.ts
// The inputs are derived from the corpus and from the words the rules themselves name, so the
// variants reach every word list, including inflections the lists do not contain.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { checkSmartTarget, checkTargetRow } from '../src/smart/index.js';
import { corpusFiles, readCorpus } from './smart-metrics.js';

export interface GoldenCase {
  text: string;
  pupilName?: string;
  locale?: string;
  /** When present, `checkTargetRow` is checked too, with these dates. */
  row?: { reviewDate?: string; planDate?: string };
}

export const goldenFile = fileURLToPath(new URL('../src/smart/golden/smart-golden.jsonl.br', import.meta.url));

/** The result line stored for one case: what the checkers return, as JSON. */
export function goldenResult(c: GoldenCase): string {
  const options: { pupilName?: string; locale?: string } = {};
  if (c.pupilName !== undefined) options.pupilName = c.pupilName;
  if (c.locale !== undefined) options.locale = c.locale;
  const smart = checkSmartTarget(c.text, options);
  if (!c.row) return JSON.stringify(smart);
  const row = checkTargetRow({ baseline: 'b', target: c.text, provision: 'p', resources: 'r' }, { ...options, ...c.row });
  return JSON.stringify({ smart, issues: row.issues });
}

// mulberry32: small, seeded, the same on every machine.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Phrases that reach the rules' edges: dates, periods, measures, supports, negations, jargon.
const PHRASES = [
  'by 12 March 2027', 'by 3rd of may', 'by May 2027', 'on 12/03/27', 'by 2027-03-12', 'by march 12, 2027', 'before 31.07.2027', 'by Sept 2026', 'by the 1st of june',
  'by the end of the spring term', 'by half term', 'by the autumn half-term', 'each term', 'every half term', 'by Easter', 'by Christmas', 'in the summer holidays',
  'by the end of term', 'this term', 'next term', 'by spring 2', 'by the end of the school year', 'by the end of year 2', 'before he moves to secondary school',
  'by the next review', 'by her annual review', 'in time for the review meeting', 'within 6 weeks', 'within six school weeks', 'over the next 2-3 weeks', 'in half a term',
  'by week 6', 'by the end of the intervention', 'by his 5th birthday', 'this academic year', 'ongoing', 'to be regularly reviewed', 'until further notice', 'over time',
  'daily', 'weekly', 'every day', 'each morning', 'twice a week', '3 times per week', 'per session', 'within 5 minutes', 'by 8:50', 'by 9am', 'across 3 sessions',
  'by the end of the lesson', '4 out of 5', 'in 4 out of 5 lessons', 'on 3 out of 4 days', '80%', '90 per cent', '4/5', 'for 10 minutes', 'for five consecutive minutes',
  'twice', 'once', 'for the whole lesson', 'several minutes', '100% of the time', 'every time', 'on every occasion', 'at all times', 'always', 'never again', 'to zero',
  'no incidents', 'without fail', '5 out of 5 days', '5 out of 5 on the checklist', 'consistently', 'more often', 'most of the time', 'as needed', 'for longer',
  'with increasing independence', 'age-related expectations', 'in year 3', 'with 2 friends', 'a group of 4', 'at 12:30', '2-step instructions', '10-minute', 'one other child',
  'with an adult', 'with adult support', 'with support from his TA', 'supported by a teaching assistant', 'after a reminder', 'as recorded by the teacher',
  'by his key worker', 'at set times', 'with an adult nearby', 'when prompted', 'if reminded', 'without adult help', 'on her own', 'needing no verbal prompts', '1:1', 'one-to-one',
  'in a small group', 'using a word mat', 'using the correct formation', 'given a choice of two', 'from a choice of', 'use Numicon to add', 'alongside his peers',
  'during carpet time', 'when upset', 'whenever he feels anxious', 'if she is worried', 'while waiting', 'in maths lessons', 'in front of the class', 'at the start of the day',
  'at lunchtime', 'at the door', 'on arrival', 'on Monday mornings', 'before lunch', 'at snack time', 'in free play', 'across the curriculum', 'with one other child',
  'independently', 'with a visual timetable', 'holding a sand timer', 'on a number line', 'with a reading ruler', 'by using his break card', 'with prompts', 'with reminders',
  'will not hit', "won't need reminders", "won't kick", 'no longer', 'stop shouting', 'stop playing when the bell rings', 'refrain from calling out', 'avoid running',
  'reduce his anxiety', 'reducing to verbal prompts', 'limit her time', 'be less', 'have fewer outbursts', 'with fewer errors', 'reduced', 'less often', 'fewer than 3 incidents',
  'no more than 3 spelling errors', 'fewer than 2 minutes out of class', 'without hitting', 'without prompts', 'without being sent out',
  'PECS', 'Makaton', 'SENCO', 'SENCo', 'SaLT', 'TA (teaching assistant)', 'teaching assistant (TA)', 'ELSA', 'zones of regulation', 'Attention Autism', 'Lego therapy',
  'sensory circuits', 'gestural prompts', 'discrete trials', 'backward chaining', 'receptive language', 'self-regulation', 'executive functioning', 'fine motor',
  "Blank's levels", 'objects of reference', 'PE', 'ICT', 'age-appropriate', 'appropriately', 'good behaviour', 'behave well', 'well-behaved', 'good listening', 'play nicely',
  'kind manners', 'disruptive', 'sensible', 'XX', '[name]', '<name>', 'N/A', "Child's name", '___', '...', 'J.B.', 'JB will', 'I will', 'I can', 'my', 'the child', 'my son',
  'the pupil', 'he', 'she', 'they', 'Staff will', 'Adults will', 'Mrs Smith will', 'Mr Jones', 'key person will', 'be able to', 'try to', 'have a go at', 'have the confidence to',
  'be seated', 'be in class', 'be on time', 'have a turn', 'be more', 'understand', 'know', 'be aware of', 'improve', 'develop', 'learn', 'become more confident', 'feel',
  'manage his behaviour', 'work on', 'get better at', 'increase his skills', 'make good progress', 'use calming strategies', 'stay calm', 'reduce his anxiety',
  'show good behaviour', 'demonstrate an understanding of', 'build his confidence', 'keep himself safe', 'and', 'and then', 'as well as', 'plus', 'and/or',
  '"get your coat and line up"', "'wash and dry'", 'routine', 'hand-washing', 'toileting', 'turn-taking', 'line up', 'really', 'carefully', 'apply', 'Ruby-Mae',
  "Amir's target is to", 'İstanbul', 'Zoë', 'Ελένη', 'Владимир',
];
const NAMES = ['Amir', 'Amir Khan', 'Ruby-Mae O\'Neill', 'Will', 'Grace Lee', 'Mark', 'Jack', 'Reading', 'Zoë', 'Ελένη', 'Владимир', '  ', 'Li', 'J'];
const LOCALES = ['en-GB', 'cy', 'fr', ''];
const DATES = ['2027-03-20', '2026-12-01', '2027-07-31', 'not-a-date'];

/** Every lower-case word the rule modules name: the variants use them and their inflections. */
function ruleVocabulary(): string[] {
  const dir = fileURLToPath(new URL('../src/smart/', import.meta.url));
  const found = new Set<string>();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    for (const m of readFileSync(dir + name, 'utf8').matchAll(/[a-z]{2,}/g)) found.add(m[0]);
  }
  const words = [...found].sort();
  const inflected: string[] = [];
  for (const w of words) {
    inflected.push(w, `${w}s`, `${w}es`, `${w}ed`, `${w}ing`, `${w}d`, `${w}ly`);
    if (w.endsWith('e')) inflected.push(`${w.slice(0, -1)}ing`);
    if (w.endsWith('y')) inflected.push(`${w.slice(0, -1)}ies`, `${w.slice(0, -1)}ied`);
    inflected.push(`${w}${w.at(-1)}ed`, `${w}${w.at(-1)}ing`);
  }
  return inflected;
}

export function goldenCases(): GoldenCase[] {
  const holdout2 = fileURLToPath(new URL('../corpus/smart-targets.holdout-2.jsonl', import.meta.url));
  const corpus = [...readCorpus(corpusFiles.dev), ...readCorpus(corpusFiles.holdout), ...readCorpus(holdout2)];
  const cases: GoldenCase[] = corpus.map((e) => (e.pupilName !== undefined ? { text: e.text, pupilName: e.pupilName } : { text: e.text }));
  const rnd = random(20261122);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const corpusWords = [...new Set(corpus.flatMap((e) => e.text.split(/\s+/)))].sort();
  const ruleWords = ruleVocabulary();

  const mutate = (text: string): string => {
    const words = text.split(' ');
    const at = Math.floor(rnd() * (words.length + 1));
    switch (Math.floor(rnd() * 12)) {
      case 0: words.splice(Math.min(at, words.length - 1), 1); break;
      case 1: words.splice(at, 0, pick(corpusWords)); break;
      case 2: words.splice(at, 0, pick(ruleWords)); break;
      case 3: words.splice(Math.min(at, words.length - 1), 1, pick(ruleWords)); break;
      case 4: words.splice(at, 0, pick(PHRASES)); break;
      case 5: words.splice(at, 0, pick(PHRASES), pick(ruleWords)); break;
      case 6: { // swap clauses
        const clauses = words.join(' ').split(', ');
        if (clauses.length > 1) {
          const i = Math.floor(rnd() * clauses.length);
          const j = Math.floor(rnd() * clauses.length);
          [clauses[i], clauses[j]] = [clauses[j]!, clauses[i]!];
        }
        return clauses.join(', ');
      }
      case 7: { // change case
        const r = rnd();
        const joined = words.join(' ');
        if (r < 0.25) return joined.toUpperCase();
        if (r < 0.5) return joined.toLowerCase();
        const i = Math.min(at, words.length - 1);
        const w = words[i] ?? '';
        words[i] = r < 0.75 ? w.charAt(0).toUpperCase() + w.slice(1) : w.toUpperCase();
        break;
      }
      case 8: { // punctuation
        const i = Math.min(at, words.length - 1);
        words[i] = (words[i] ?? '') + pick([',', '.', ';', ':', '!', '?', '"', "'", '’', '(', ')', '-', '/', '…', '–']);
        if (rnd() < 0.3) words[i] = pick(['"', '“', '(', "'", '‘']) + words[i];
        break;
      }
      case 9: return `${pick(PHRASES)}, ${text}`;
      case 10: return `${text.replace(/[.]\s*$/, '')} ${pick(PHRASES)}.`;
      default: { // splice two targets
        const other = pick(corpus).text.split(' ');
        return [...words.slice(0, at), ...other.slice(Math.floor(rnd() * other.length))].join(' ');
      }
    }
    return words.join(' ');
  };

  for (let n = 0; n < 7000; n++) {
    const base = pick(corpus);
    let text = base.text;
    const rounds = 1 + Math.floor(rnd() * 4);
    for (let r = 0; r < rounds; r++) text = mutate(text);
    const c: GoldenCase = { text };
    const who = rnd();
    if (who < 0.6) { if (base.pupilName !== undefined) c.pupilName = base.pupilName; }
    else if (who < 0.85) c.pupilName = pick(NAMES);
    if (rnd() < 0.03) c.locale = pick(LOCALES);
    if (rnd() < 0.25) {
      c.row = {};
      if (rnd() < 0.8) c.row.reviewDate = pick(DATES);
      if (rnd() < 0.6) c.row.planDate = pick(DATES.slice(0, 3));
    }
    cases.push(c);
  }
  // Short texts made only of rule words and phrases: reach rules the corpus never triggers.
  for (let n = 0; n < 3000; n++) {
    const parts: string[] = [];
    const count = 2 + Math.floor(rnd() * 8);
    for (let i = 0; i < count; i++) parts.push(rnd() < 0.5 ? pick(ruleWords) : rnd() < 0.6 ? pick(PHRASES) : pick(corpusWords));
    const c: GoldenCase = { text: (rnd() < 0.5 ? `${pick(NAMES).trim() || 'Amir'} will ` : '') + parts.join(rnd() < 0.8 ? ' ' : ', ') };
    if (rnd() < 0.5) c.pupilName = pick(NAMES);
    if (rnd() < 0.2) c.row = { reviewDate: pick(DATES), planDate: pick(DATES.slice(0, 3)) };
    cases.push(c);
  }
  cases.push({ text: '' }, { text: '   ' }, { text: 'Amir' }, { text: 'will' }, { text: 12 as unknown as string }, { text: null as unknown as string });
  // Every later blind set's targets as written, after the seeded cases so that those stay the
  // same: the F1 floors in corpus.test.ts let a verdict move unnoticed while the score holds.
  const seeded = new Set([corpusFiles.dev, corpusFiles.holdout, holdout2]);
  for (const file of Object.values(corpusFiles)) {
    if (seeded.has(file)) continue;
    for (const e of readCorpus(file)) cases.push(e.pupilName !== undefined ? { text: e.text, pupilName: e.pupilName } : { text: e.text });
  }
  return cases;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const lines = goldenCases().map((c) => `${JSON.stringify(c)}\n${goldenResult(c)}`);
  // Brotli with a large window: the results repeat the same messages thousands of times.
  const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 };
  writeFileSync(goldenFile, brotliCompressSync(lines.join('\n') + '\n', { params }));
  console.log(`${lines.length} cases written to ${goldenFile}`);
}
