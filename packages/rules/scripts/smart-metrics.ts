// Scores the SMART-target checker against a labelled corpus: precision, recall and F1 of the
// "missing" verdict (positive class = the element fails) per element and for `smart`.
// Usage: node --conditions=source --import tsx packages/rules/scripts/smart-metrics.ts [file…] [--errors]
// With no file it scores the development set and every holdout set.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkSmartTarget, smartElements, type SmartElement } from '../src/smart/index.js';

export interface CorpusEntry {
  id: string;
  text: string;
  pupilName?: string;
  labels: Record<SmartElement, boolean>;
  smart: boolean;
  note?: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type Scores = Record<SmartElement | 'smart', Score>;

export const corpusFiles = {
  dev: fileURLToPath(new URL('../corpus/smart-targets.jsonl', import.meta.url)),
  holdout: fileURLToPath(new URL('../corpus/smart-targets.holdout.jsonl', import.meta.url)),
  /** Written blind (corpus/README-holdout-2.md); its first-run errors were then used for tuning. */
  holdout2: fileURLToPath(new URL('../corpus/smart-targets.holdout-2.jsonl', import.meta.url)),
  /** Written blind in the voice of real plans (corpus/README-holdout-3.md); then used for tuning. */
  holdout3: fileURLToPath(new URL('../corpus/smart-targets.holdout-3.jsonl', import.meta.url)),
  /** Written blind by six kinds of author (corpus/README-holdout-4.md); then used for tuning. */
  holdout4: fileURLToPath(new URL('../corpus/smart-targets.holdout-4.jsonl', import.meta.url)),
  /** Written blind in nine voices, note styles included (corpus/README-holdout-5.md); then used for tuning. */
  holdout5: fileURLToPath(new URL('../corpus/smart-targets.holdout-5.jsonl', import.meta.url)),
  /** Written blind in voices the others lack: parents, therapists (corpus/README-holdout-6.md); then used for tuning. */
  holdout6: fileURLToPath(new URL('../corpus/smart-targets.holdout-6.jsonl', import.meta.url)),
  /** Written blind in MIS and EHCP surface forms: lower case, capitals, numbering (corpus/README-holdout-7.md); then used for tuning. */
  holdout7: fileURLToPath(new URL('../corpus/smart-targets.holdout-7.jsonl', import.meta.url)),
  /** Written blind at SMART.md's hardest distinctions (corpus/README-holdout-8.md); then used for tuning. */
  holdout8: fileURLToPath(new URL('../corpus/smart-targets.holdout-8.jsonl', import.meta.url)),
  /** Written blind as an ordinary sample of plans (corpus/README-holdout-9.md); then used for tuning. */
  holdout9: fileURLToPath(new URL('../corpus/smart-targets.holdout-9.jsonl', import.meta.url)),
  /** Written blind as an ordinary sample in fresh wording (corpus/README-holdout-10.md); then used for tuning. */
  holdout10: fileURLToPath(new URL('../corpus/smart-targets.holdout-10.jsonl', import.meta.url)),
  /** Written blind as an ordinary sample in fresh wording and shapes (corpus/README-holdout-11.md); then used for tuning. */
  holdout11: fileURLToPath(new URL('../corpus/smart-targets.holdout-11.jsonl', import.meta.url)),
  /** Written blind on the boundaries SMART.md draws (corpus/README-holdout-12.md); then used for tuning. */
  holdout12: fileURLToPath(new URL('../corpus/smart-targets.holdout-12.jsonl', import.meta.url)),
  /** Written blind from secondary, post-16 and specialists' plans (corpus/README-holdout-13.md); then used for tuning. */
  holdout13: fileURLToPath(new URL('../corpus/smart-targets.holdout-13.jsonl', import.meta.url)),
  /** Written blind from early-years and KS1 plans (corpus/README-holdout-14.md); then used for tuning. */
  holdout14: fileURLToPath(new URL('../corpus/smart-targets.holdout-14.jsonl', import.meta.url)),
  /** Written blind from SEMH, behaviour and attendance plans (corpus/README-holdout-15.md); then used for tuning. */
  holdout15: fileURLToPath(new URL('../corpus/smart-targets.holdout-15.jsonl', import.meta.url)),
  /** Written blind from KS2 learning, sensory and physical plans in note style (corpus/README-holdout-16.md); then used for tuning. */
  holdout16: fileURLToPath(new URL('../corpus/smart-targets.holdout-16.jsonl', import.meta.url)),
  /** Written blind as 50 minimal pairs, one element flipped per pair (corpus/README-holdout-17.md); then used for tuning. */
  holdout17: fileURLToPath(new URL('../corpus/smart-targets.holdout-17.jsonl', import.meta.url)),
  /** Written blind from communication, interaction, SLD and PMLD plans (corpus/README-holdout-18.md); then used for tuning. */
  holdout18: fileURLToPath(new URL('../corpus/smart-targets.holdout-18.jsonl', import.meta.url)),
  /** Written blind as mixed MIS exports with formatting noise (corpus/README-holdout-19.md); then used for tuning. */
  holdout19: fileURLToPath(new URL('../corpus/smart-targets.holdout-19.jsonl', import.meta.url)),
  /** Written blind as an ordinary sample, as an assessor would build one (corpus/README-holdout-20.md); then used for tuning. */
  holdout20: fileURLToPath(new URL('../corpus/smart-targets.holdout-20.jsonl', import.meta.url)),
  /** Written blind with numbers and dates in many roles (corpus/README-holdout-21.md); then used for tuning. */
  holdout21: fileURLToPath(new URL('../corpus/smart-targets.holdout-21.jsonl', import.meta.url)),
  /** Written blind as a second ordinary sample by another assessor (corpus/README-holdout-22.md); then used for tuning. */
  holdout22: fileURLToPath(new URL('../corpus/smart-targets.holdout-22.jsonl', import.meta.url)),
  /** Written blind as a third ordinary sample by another assessor (corpus/README-holdout-23.md); then used for tuning. */
  holdout23: fileURLToPath(new URL('../corpus/smart-targets.holdout-23.jsonl', import.meta.url)),
  /** Written blind as a fourth ordinary sample by another assessor (corpus/README-holdout-24.md); then used for tuning. */
  holdout24: fileURLToPath(new URL('../corpus/smart-targets.holdout-24.jsonl', import.meta.url)),
  /** Written blind as an examiner's set, each element failing alone ten times (corpus/README-holdout-25.md); then used for tuning. */
  holdout25: fileURLToPath(new URL('../corpus/smart-targets.holdout-25.jsonl', import.meta.url)),
  /** Written blind as a second examiner's set, weighted to conditions, action and clear language (corpus/README-holdout-26.md); then used for tuning. */
  holdout26: fileURLToPath(new URL('../corpus/smart-targets.holdout-26.jsonl', import.meta.url)),
  /** Written blind as a fifth ordinary sample, as copied from the seeds' kinds of forms (corpus/README-holdout-27.md); then used for tuning. */
  holdout27: fileURLToPath(new URL('../corpus/smart-targets.holdout-27.jsonl', import.meta.url)),
  /** Written blind as a third examiner's set, weighted to criterion, time bound, positive and who (corpus/README-holdout-28.md); then used for tuning. */
  holdout28: fileURLToPath(new URL('../corpus/smart-targets.holdout-28.jsonl', import.meta.url)),
  /** Written blind as a fourth examiner's set on does-what and conditions (corpus/README-holdout-29.md); then used for tuning. */
  holdout29: fileURLToPath(new URL('../corpus/smart-targets.holdout-29.jsonl', import.meta.url)),
  /** Written blind as a sixth ordinary sample, as a local authority's audit of 30 settings would collect it (corpus/README-holdout-30.md); then used for tuning. */
  holdout30: fileURLToPath(new URL('../corpus/smart-targets.holdout-30.jsonl', import.meta.url)),
  /** Written blind as a fifth examiner's set on clear language, criterion and time bound (corpus/README-holdout-31.md); then used for tuning. */
  holdout31: fileURLToPath(new URL('../corpus/smart-targets.holdout-31.jsonl', import.meta.url)),
  /** Written blind as a seventh ordinary sample, class teachers' and key persons' plans in a shire county (corpus/README-holdout-32.md); then used for tuning. */
  holdout32: fileURLToPath(new URL('../corpus/smart-targets.holdout-32.jsonl', import.meta.url)),
  /** Written blind as a sixth examiner's set on who, positive and conditions (corpus/README-holdout-33.md); then used for tuning. */
  holdout33: fileURLToPath(new URL('../corpus/smart-targets.holdout-33.jsonl', import.meta.url)),
  /** Written blind as an eighth ordinary sample, MIS and portal exports from a large city (corpus/README-holdout-34.md); then used for tuning. */
  holdout34: fileURLToPath(new URL('../corpus/smart-targets.holdout-34.jsonl', import.meta.url)),
  /** Written blind as a seventh examiner's set on does-what, criterion and by when (corpus/README-holdout-35.md); then used for tuning. */
  holdout35: fileURLToPath(new URL('../corpus/smart-targets.holdout-35.jsonl', import.meta.url)),
  /** Written blind as a ninth ordinary sample, specialist provision and co-produced targets (corpus/README-holdout-36.md); then used for tuning. */
  holdout36: fileURLToPath(new URL('../corpus/smart-targets.holdout-36.jsonl', import.meta.url)),
  /** Written blind as an eighth examiner's set, text as MIS exports and busy people deliver it (corpus/README-holdout-37.md); then used for tuning. */
  holdout37: fileURLToPath(new URL('../corpus/smart-targets.holdout-37.jsonl', import.meta.url)),
  /** Written blind as a tenth ordinary sample, early years and Reception (corpus/README-holdout-38.md); then used for tuning. */
  holdout38: fileURLToPath(new URL('../corpus/smart-targets.holdout-38.jsonl', import.meta.url)),
  /** Written blind as an eleventh ordinary sample, Key Stages 2 to 5 and college (corpus/README-holdout-39.md); then used for tuning. */
  holdout39: fileURLToPath(new URL('../corpus/smart-targets.holdout-39.jsonl', import.meta.url)),
  /** Written blind as a ninth examiner's set, conditions alone (corpus/README-holdout-40.md); then used for tuning. */
  holdout40: fileURLToPath(new URL('../corpus/smart-targets.holdout-40.jsonl', import.meta.url)),
  /** Written blind as a tenth examiner's set, does-what alone (corpus/README-holdout-41.md); then used for tuning. */
  holdout41: fileURLToPath(new URL('../corpus/smart-targets.holdout-41.jsonl', import.meta.url)),
  /** Written blind as an eleventh examiner's set, positive alone (corpus/README-holdout-42.md); then used for tuning. */
  holdout42: fileURLToPath(new URL('../corpus/smart-targets.holdout-42.jsonl', import.meta.url)),
  /** Written blind as a twelfth examiner's set, clear language alone (corpus/README-holdout-43.md); then used for tuning. */
  holdout43: fileURLToPath(new URL('../corpus/smart-targets.holdout-43.jsonl', import.meta.url)),
  /** Written blind as a twelfth ordinary sample, a national moderation draw (corpus/README-holdout-44.md); then used for tuning. */
  holdout44: fileURLToPath(new URL('../corpus/smart-targets.holdout-44.jsonl', import.meta.url)),
  /** Written blind as a thirteenth ordinary sample, plans as parents see them (corpus/README-holdout-45.md); then used for tuning. */
  holdout45: fileURLToPath(new URL('../corpus/smart-targets.holdout-45.jsonl', import.meta.url)),
  /** Written blind as a thirteenth examiner's set, criterion and by when (corpus/README-holdout-46.md); then used for tuning. */
  holdout46: fileURLToPath(new URL('../corpus/smart-targets.holdout-46.jsonl', import.meta.url)),
  /** Written blind as a fourteenth ordinary sample, a multi-academy trust's quality review (corpus/README-holdout-47.md); then used for tuning. */
  holdout47: fileURLToPath(new URL('../corpus/smart-targets.holdout-47.jsonl', import.meta.url)),
  /** Written blind as a fifteenth ordinary sample, a sensory and physical support service (corpus/README-holdout-48.md); then used for tuning. */
  holdout48: fileURLToPath(new URL('../corpus/smart-targets.holdout-48.jsonl', import.meta.url)),
  /** Written blind as a fourteenth examiner's set, sentence order and style (corpus/README-holdout-49.md); then used for tuning. */
  holdout49: fileURLToPath(new URL('../corpus/smart-targets.holdout-49.jsonl', import.meta.url)),
  /** Written blind as a sixteenth ordinary sample, secondary provision maps (corpus/README-holdout-50.md); then used for tuning. */
  holdout50: fileURLToPath(new URL('../corpus/smart-targets.holdout-50.jsonl', import.meta.url)),
  /** Written blind as a seventeenth ordinary sample, primary C&I and SEMH plans (corpus/README-holdout-51.md); then used for tuning. */
  holdout51: fileURLToPath(new URL('../corpus/smart-targets.holdout-51.jsonl', import.meta.url)),
  /** Written blind as an eighteenth ordinary sample, inclusion support plans (corpus/README-holdout-52.md); then used for tuning. */
  holdout52: fileURLToPath(new URL('../corpus/smart-targets.holdout-52.jsonl', import.meta.url)),
  /** Written blind as a nineteenth ordinary sample, cognition and learning (corpus/README-holdout-53.md); then used for tuning. */
  holdout53: fileURLToPath(new URL('../corpus/smart-targets.holdout-53.jsonl', import.meta.url)),
  /** Written blind as a twentieth ordinary sample, intervention blocks (corpus/README-holdout-54.md); then used for tuning. */
  holdout54: fileURLToPath(new URL('../corpus/smart-targets.holdout-54.jsonl', import.meta.url)),
  /** Written blind as a twenty-first ordinary sample, co-produced plans (corpus/README-holdout-55.md); 1.000 blind. */
  holdout55: fileURLToPath(new URL('../corpus/smart-targets.holdout-55.jsonl', import.meta.url)),
  /** Written blind as a twenty-second ordinary sample, physical and medical needs (corpus/README-holdout-56.md); then used for tuning. */
  holdout56: fileURLToPath(new URL('../corpus/smart-targets.holdout-56.jsonl', import.meta.url)),
  /** Written blind as a twenty-third ordinary sample, SEMH and behaviour (corpus/README-holdout-57.md); then used for tuning. */
  holdout57: fileURLToPath(new URL('../corpus/smart-targets.holdout-57.jsonl', import.meta.url)),
  /** Written blind as a twenty-fourth ordinary sample, autism and social communication (corpus/README-holdout-58.md); then used for tuning. */
  holdout58: fileURLToPath(new URL('../corpus/smart-targets.holdout-58.jsonl', import.meta.url)),
  /** Written blind as a twenty-fifth ordinary sample, maths and numeracy (corpus/README-holdout-59.md); then used for tuning. */
  holdout59: fileURLToPath(new URL('../corpus/smart-targets.holdout-59.jsonl', import.meta.url)),
  /** Written blind as a twenty-sixth ordinary sample, transitions (corpus/README-holdout-60.md); then used for tuning. */
  holdout60: fileURLToPath(new URL('../corpus/smart-targets.holdout-60.jsonl', import.meta.url)),
  /** Written blind as a twenty-seventh ordinary sample, anxiety-related non-attendance (corpus/README-holdout-61.md); then used for tuning. */
  holdout61: fileURLToPath(new URL('../corpus/smart-targets.holdout-61.jsonl', import.meta.url)),
  /** Written blind as a twenty-eighth ordinary sample, dyslexia and literacy (corpus/README-holdout-62.md); then used for tuning. */
  holdout62: fileURLToPath(new URL('../corpus/smart-targets.holdout-62.jsonl', import.meta.url)),
  /** Written blind as a twenty-ninth ordinary sample, dyspraxia and sensory needs (corpus/README-holdout-63.md); then used for tuning. */
  holdout63: fileURLToPath(new URL('../corpus/smart-targets.holdout-63.jsonl', import.meta.url)),
  /** Written blind as a thirtieth ordinary sample, targets re-set at review (corpus/README-holdout-64.md); 1.000 blind. */
  holdout64: fileURLToPath(new URL('../corpus/smart-targets.holdout-64.jsonl', import.meta.url)),
  /** Written blind as a thirty-first ordinary sample, early-years small steps (corpus/README-holdout-65.md); then used for tuning. */
  holdout65: fileURLToPath(new URL('../corpus/smart-targets.holdout-65.jsonl', import.meta.url)),
  /** Written blind as a fifteenth examiner's set, settings rarely seen (corpus/README-holdout-66.md); then used for tuning. */
  holdout66: fileURLToPath(new URL('../corpus/smart-targets.holdout-66.jsonl', import.meta.url)),
  /** Written blind as a sixteenth examiner's set, degree and end point (corpus/README-holdout-67.md); then used for tuning. */
  holdout67: fileURLToPath(new URL('../corpus/smart-targets.holdout-67.jsonl', import.meta.url)),
  /** Written blind as a seventeenth examiner's set, who and clear language (corpus/README-holdout-68.md); then used for tuning. */
  holdout68: fileURLToPath(new URL('../corpus/smart-targets.holdout-68.jsonl', import.meta.url)),
  /** Written blind as a thirty-second ordinary sample, school data language (corpus/README-holdout-69.md); then used for tuning. */
  holdout69: fileURLToPath(new URL('../corpus/smart-targets.holdout-69.jsonl', import.meta.url)),
  /** Written blind as a thirty-third ordinary sample, speech and language therapy (corpus/README-holdout-70.md); then used for tuning. */
  holdout70: fileURLToPath(new URL('../corpus/smart-targets.holdout-70.jsonl', import.meta.url)),
  /** Written blind as a thirty-fourth ordinary sample, secondary subject teachers (corpus/README-holdout-71.md); then used for tuning. */
  holdout71: fileURLToPath(new URL('../corpus/smart-targets.holdout-71.jsonl', import.meta.url)),
  /** Written blind as an eighteenth examiner's set, does-what and positive (corpus/README-holdout-72.md); then used for tuning. */
  holdout72: fileURLToPath(new URL('../corpus/smart-targets.holdout-72.jsonl', import.meta.url)),
  /** Written blind as a nineteenth examiner's set, conditions (corpus/README-holdout-73.md); then used for tuning. */
  holdout73: fileURLToPath(new URL('../corpus/smart-targets.holdout-73.jsonl', import.meta.url)),
  /** Written blind as a thirty-fifth ordinary sample, targets clipped into short MIS fields (corpus/README-holdout-74.md); then used for tuning. */
  holdout74: fileURLToPath(new URL('../corpus/smart-targets.holdout-74.jsonl', import.meta.url)),
  /** Written blind as a thirty-sixth ordinary sample, staff slips and misspellings (corpus/README-holdout-75.md); then used for tuning. */
  holdout75: fileURLToPath(new URL('../corpus/smart-targets.holdout-75.jsonl', import.meta.url)),
  /** Written blind as a thirty-seventh ordinary sample, end points in school shorthand (corpus/README-holdout-76.md); then used for tuning. */
  holdout76: fileURLToPath(new URL('../corpus/smart-targets.holdout-76.jsonl', import.meta.url)),
  /** Written blind as a thirty-eighth ordinary sample, the pupil's own voice (corpus/README-holdout-77.md); then used for tuning. */
  holdout77: fileURLToPath(new URL('../corpus/smart-targets.holdout-77.jsonl', import.meta.url)),
  /** Written blind as a thirty-ninth ordinary sample, steps towards an outcome (corpus/README-holdout-78.md); then used for tuning. */
  holdout78: fileURLToPath(new URL('../corpus/smart-targets.holdout-78.jsonl', import.meta.url)),
  /** Written blind as a fortieth ordinary sample, degrees in words (corpus/README-holdout-79.md); then used for tuning. */
  holdout79: fileURLToPath(new URL('../corpus/smart-targets.holdout-79.jsonl', import.meta.url)),
  /** Written blind as a forty-first ordinary sample, labelled fields joined (corpus/README-holdout-80.md); 1.000 blind. */
  holdout80: fileURLToPath(new URL('../corpus/smart-targets.holdout-80.jsonl', import.meta.url)),
  /** Written blind as a forty-second ordinary sample, prose paragraphs (corpus/README-holdout-81.md); then used for tuning. */
  holdout81: fileURLToPath(new URL('../corpus/smart-targets.holdout-81.jsonl', import.meta.url)),
  /** Written blind as a forty-third ordinary sample, lists inside targets (corpus/README-holdout-82.md); then used for tuning. */
  holdout82: fileURLToPath(new URL('../corpus/smart-targets.holdout-82.jsonl', import.meta.url)),
  /** Written blind as a forty-fourth ordinary sample, phonics programme language (corpus/README-holdout-83.md); then used for tuning. */
  holdout83: fileURLToPath(new URL('../corpus/smart-targets.holdout-83.jsonl', import.meta.url)),
  /** Written blind as a forty-fifth ordinary sample, primary SEMH in relational language (corpus/README-holdout-84.md); then used for tuning. */
  holdout84: fileURLToPath(new URL('../corpus/smart-targets.holdout-84.jsonl', import.meta.url)),
  /** Written blind as a forty-sixth ordinary sample, study skills and exams (corpus/README-holdout-85.md); then used for tuning. */
  holdout85: fileURLToPath(new URL('../corpus/smart-targets.holdout-85.jsonl', import.meta.url)),
  /** Written blind as a forty-seventh ordinary sample, sensory impairment (corpus/README-holdout-86.md); then used for tuning. */
  holdout86: fileURLToPath(new URL('../corpus/smart-targets.holdout-86.jsonl', import.meta.url)),
  /** Written blind as a forty-eighth ordinary sample, physical and medical needs (corpus/README-holdout-87.md); then used for tuning. */
  holdout87: fileURLToPath(new URL('../corpus/smart-targets.holdout-87.jsonl', import.meta.url)),
  /** Written blind as an examiner's set, first names that are ordinary words (corpus/README-holdout-88.md); then used for tuning. */
  holdout88: fileURLToPath(new URL('../corpus/smart-targets.holdout-88.jsonl', import.meta.url)),
  /** Written blind as a forty-ninth ordinary sample, targets in parents' words (corpus/README-holdout-89.md); then used for tuning. */
  holdout89: fileURLToPath(new URL('../corpus/smart-targets.holdout-89.jsonl', import.meta.url)),
  /** Written blind as a fiftieth ordinary sample, preparation for adulthood (corpus/README-holdout-90.md); then used for tuning. */
  holdout90: fileURLToPath(new URL('../corpus/smart-targets.holdout-90.jsonl', import.meta.url)),
  /** Written blind as a fifty-second ordinary sample, ADHD and attention (corpus/README-holdout-91.md); then used for tuning. */
  holdout91: fileURLToPath(new URL('../corpus/smart-targets.holdout-91.jsonl', import.meta.url)),
  /** Written blind as a fifty-fifth ordinary sample, provision maps (corpus/README-holdout-92.md); then used for tuning. */
  holdout92: fileURLToPath(new URL('../corpus/smart-targets.holdout-92.jsonl', import.meta.url)),
  /** Written blind as a fifty-third ordinary sample, SEN with English as an additional language (corpus/README-holdout-93.md); then used for tuning. */
  holdout93: fileURLToPath(new URL('../corpus/smart-targets.holdout-93.jsonl', import.meta.url)),
  /** Written blind as a fifty-fourth ordinary sample, outside professionals' advice (corpus/README-holdout-94.md); then used for tuning. */
  holdout94: fileURLToPath(new URL('../corpus/smart-targets.holdout-94.jsonl', import.meta.url)),
  /** Written blind as a fifty-first ordinary sample, review marks left in targets (corpus/README-holdout-95.md); then used for tuning. */
  holdout95: fileURLToPath(new URL('../corpus/smart-targets.holdout-95.jsonl', import.meta.url)),
  /** Written blind as a fifty-eighth ordinary sample, children in care (corpus/README-holdout-96.md); then used for tuning. */
  holdout96: fileURLToPath(new URL('../corpus/smart-targets.holdout-96.jsonl', import.meta.url)),
  /** Written blind as a fifty-sixth ordinary sample, PMLD and the engagement model (corpus/README-holdout-97.md); then used for tuning. */
  holdout97: fileURLToPath(new URL('../corpus/smart-targets.holdout-97.jsonl', import.meta.url)),
  /** Written blind as an examiner's set on "by when" (corpus/README-holdout-98.md); then used for tuning. */
  holdout98: fileURLToPath(new URL('../corpus/smart-targets.holdout-98.jsonl', import.meta.url)),
  /** Written blind as an examiner's set on "to what degree" (corpus/README-holdout-99.md); then used for tuning. */
  holdout99: fileURLToPath(new URL('../corpus/smart-targets.holdout-99.jsonl', import.meta.url)),
  /** Written blind as a fifty-seventh ordinary sample, behaviour systems (corpus/README-holdout-100.md); then used for tuning. */
  holdout100: fileURLToPath(new URL('../corpus/smart-targets.holdout-100.jsonl', import.meta.url)),
  /** Written blind as a fifty-ninth ordinary sample, rich-text fields with HTML (corpus/README-holdout-101.md); then used for tuning. */
  holdout101: fileURLToPath(new URL('../corpus/smart-targets.holdout-101.jsonl', import.meta.url)),
  /** Written blind as an examiner's set on "positive" (corpus/README-holdout-102.md); then used for tuning. */
  holdout102: fileURLToPath(new URL('../corpus/smart-targets.holdout-102.jsonl', import.meta.url)),
  /** Written blind as an examiner's set on "who" (corpus/README-holdout-103.md); then used for tuning. */
  holdout103: fileURLToPath(new URL('../corpus/smart-targets.holdout-103.jsonl', import.meta.url)),
  /** Written blind as a sixtieth ordinary sample, medical needs education (corpus/README-holdout-104.md); then used for tuning. */
  holdout104: fileURLToPath(new URL('../corpus/smart-targets.holdout-104.jsonl', import.meta.url)),
  /** Written blind as an examiner's set on "clear language" (corpus/README-holdout-105.md); then used for tuning. */
  holdout105: fileURLToPath(new URL('../corpus/smart-targets.holdout-105.jsonl', import.meta.url)),
  /** Written blind as an examiner's set on "does what" (corpus/README-holdout-106.md); then used for tuning. */
  holdout106: fileURLToPath(new URL('../corpus/smart-targets.holdout-106.jsonl', import.meta.url)),
  /** Written blind as an examiner's set on "under what conditions" (corpus/README-holdout-107.md); then used for tuning. */
  holdout107: fileURLToPath(new URL('../corpus/smart-targets.holdout-107.jsonl', import.meta.url)),
  /** Written blind as a sixty-first ordinary sample, selective mutism (corpus/README-holdout-108.md); then used for tuning. */
  holdout108: fileURLToPath(new URL('../corpus/smart-targets.holdout-108.jsonl', import.meta.url)),
  /** Written blind as a sixty-second ordinary sample, EYFS framework language (corpus/README-holdout-109.md); then used for tuning. */
  holdout109: fileURLToPath(new URL('../corpus/smart-targets.holdout-109.jsonl', import.meta.url)),
  /** Written blind as a sixty-third ordinary sample, alternative provision and vocational courses (corpus/README-holdout-110.md); then used for tuning. */
  holdout110: fileURLToPath(new URL('../corpus/smart-targets.holdout-110.jsonl', import.meta.url)),
  /** Written blind as an examiner's set of cross-element traps (corpus/README-holdout-111.md); then used for tuning. */
  holdout111: fileURLToPath(new URL('../corpus/smart-targets.holdout-111.jsonl', import.meta.url)),
  /** Written blind as a sixty-fourth ordinary sample, writing targets (corpus/README-holdout-112.md); then used for tuning. */
  holdout112: fileURLToPath(new URL('../corpus/smart-targets.holdout-112.jsonl', import.meta.url)),
  /** Written blind as a sixty-fifth ordinary sample, maths and science notation (corpus/README-holdout-113.md); then used for tuning. */
  holdout113: fileURLToPath(new URL('../corpus/smart-targets.holdout-113.jsonl', import.meta.url)),
  /** Written blind as a sixty-sixth ordinary sample, friendships and social play (corpus/README-holdout-114.md); then used for tuning. */
  holdout114: fileURLToPath(new URL('../corpus/smart-targets.holdout-114.jsonl', import.meta.url)),
  /** Written blind as a sixty-seventh ordinary sample, long targets (corpus/README-holdout-115.md); then used for tuning. */
  holdout115: fileURLToPath(new URL('../corpus/smart-targets.holdout-115.jsonl', import.meta.url)),
  /** Written blind as an examiner's set on "positive", strictly from SMART.md (corpus/README-holdout-116.md); then used for tuning. */
  holdout116: fileURLToPath(new URL('../corpus/smart-targets.holdout-116.jsonl', import.meta.url)),
  /** Written blind as a seventieth ordinary sample, tics, OCD, eating and continence (corpus/README-holdout-117.md); then used for tuning. */
  holdout117: fileURLToPath(new URL('../corpus/smart-targets.holdout-117.jsonl', import.meta.url)),
  /** Written blind as a seventy-first ordinary sample, interrupted education (corpus/README-holdout-118.md); then used for tuning. */
  holdout118: fileURLToPath(new URL('../corpus/smart-targets.holdout-118.jsonl', import.meta.url)),
  /** Written blind as a sixty-ninth ordinary sample, assistive technology (corpus/README-holdout-119.md); then used for tuning. */
  holdout119: fileURLToPath(new URL('../corpus/smart-targets.holdout-119.jsonl', import.meta.url)),
  /** Written blind as a sixty-eighth ordinary sample, they/them pronouns (corpus/README-holdout-120.md); then used for tuning. */
  holdout120: fileURLToPath(new URL('../corpus/smart-targets.holdout-120.jsonl', import.meta.url)),
  /** Written blind as a seventy-second ordinary sample, a mixed audit pull (corpus/README-holdout-121.md); then used for tuning. */
  holdout121: fileURLToPath(new URL('../corpus/smart-targets.holdout-121.jsonl', import.meta.url)),
  /** Written blind as a seventy-third ordinary sample, Down syndrome and cerebral palsy (corpus/README-holdout-122.md); then used for tuning. */
  holdout122: fileURLToPath(new URL('../corpus/smart-targets.holdout-122.jsonl', import.meta.url)),
  /** Written blind as a second examiner's set on "by when" (corpus/README-holdout-123.md); then used for tuning. */
  holdout123: fileURLToPath(new URL('../corpus/smart-targets.holdout-123.jsonl', import.meta.url)),
  /** Written blind as a second examiner's set on "to what degree" (corpus/README-holdout-124.md); then used for tuning. */
  holdout124: fileURLToPath(new URL('../corpus/smart-targets.holdout-124.jsonl', import.meta.url)),
  /** Written blind as a second examiner's set on "clear language" (corpus/README-holdout-125.md); then used for tuning. */
  holdout125: fileURLToPath(new URL('../corpus/smart-targets.holdout-125.jsonl', import.meta.url)),
  /** Written blind as a second examiner's set on "does what" (corpus/README-holdout-126.md); then used for tuning. */
  holdout126: fileURLToPath(new URL('../corpus/smart-targets.holdout-126.jsonl', import.meta.url)),
  /** Written blind as a second examiner's set on "under what conditions" (corpus/README-holdout-127.md); then used for tuning. */
  holdout127: fileURLToPath(new URL('../corpus/smart-targets.holdout-127.jsonl', import.meta.url)),
  /** Written blind as a seventy-fourth ordinary sample, secondary SLCN (corpus/README-holdout-128.md); then used for tuning. */
  holdout128: fileURLToPath(new URL('../corpus/smart-targets.holdout-128.jsonl', import.meta.url)),
};

export function readCorpus(path: string): CorpusEntry[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as CorpusEntry;
      } catch (error) {
        throw new Error(`${path}:${i + 1}: not valid JSON (${(error as Error).message})`);
      }
    });
}

function score(tp: number, fp: number, fn: number, tn: number): Score {
  // With nothing to find and nothing wrongly found, the verdict is perfect.
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, tn, precision, recall, f1 };
}

export interface Mismatch {
  id: string;
  element: SmartElement;
  expectedOk: boolean;
  code: string;
  text: string;
}

export function scoreCorpus(entries: readonly CorpusEntry[]): { scores: Scores; mismatches: Mismatch[] } {
  const keys = [...smartElements, 'smart'] as const;
  const counts = Object.fromEntries(keys.map((k) => [k, { tp: 0, fp: 0, fn: 0, tn: 0 }])) as Record<
    (typeof keys)[number],
    { tp: number; fp: number; fn: number; tn: number }
  >;
  const mismatches: Mismatch[] = [];
  for (const entry of entries) {
    const options = entry.pupilName ? { pupilName: entry.pupilName } : {};
    const result = checkSmartTarget(entry.text, options);
    for (const key of keys) {
      const expectedMissing = key === 'smart' ? !entry.smart : !entry.labels[key];
      const saidMissing = key === 'smart' ? !result.smart : !result.elements[key].ok;
      const c = counts[key];
      if (expectedMissing && saidMissing) c.tp++;
      else if (!expectedMissing && saidMissing) c.fp++;
      else if (expectedMissing && !saidMissing) c.fn++;
      else c.tn++;
      if (key !== 'smart' && expectedMissing !== saidMissing) {
        mismatches.push({ id: entry.id, element: key, expectedOk: !expectedMissing, code: result.elements[key].code, text: entry.text });
      }
    }
  }
  const scores = Object.fromEntries(
    keys.map((k) => [k, score(counts[k].tp, counts[k].fp, counts[k].fn, counts[k].tn)]),
  ) as Scores;
  return { scores, mismatches };
}

function format(name: string, entries: readonly CorpusEntry[], showErrors: boolean): string {
  const { scores, mismatches } = scoreCorpus(entries);
  const lines = [`${name} (${entries.length} targets): "missing" verdict, positive class = element fails`];
  lines.push(`  ${'element'.padEnd(17)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp  fp  fn  tn`);
  for (const [key, s] of Object.entries(scores)) {
    const f = (n: number): string => n.toFixed(3).padStart(6);
    const n = (v: number): string => String(v).padStart(4);
    lines.push(`  ${key.padEnd(17)} ${f(s.precision)} ${f(s.recall)} ${f(s.f1)} ${n(s.tp)}${n(s.fp)}${n(s.fn)}${n(s.tn)}`);
  }
  if (showErrors) {
    for (const m of mismatches) {
      lines.push(`  ${m.id} ${m.element}: labelled ${m.expectedOk ? 'ok' : 'missing'}, got ${m.code} | ${m.text}`);
    }
  }
  return lines.join('\n');
}

function main(argv: readonly string[]): void {
  const showErrors = argv.includes('--errors');
  const files = argv.filter((a) => !a.startsWith('--'));
  const targets: [string, string][] = files.length > 0 ? files.map((f) => [f, f]) : Object.entries(corpusFiles);
  for (const [name, path] of targets) console.log(format(name, readCorpus(path), showErrors) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
