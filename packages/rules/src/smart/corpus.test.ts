import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFiles, readCorpus, scoreCorpus } from '../../scripts/smart-metrics.js';
import { checkSmartTarget, smartElements } from './index.js';

// Floors set just below the development-set F1 reached when they were written (1.000, 0.990,
// 0.987, 1.000, 1.000, 1.000, 1.000; smart 0.997), so a change that makes the checker worse
// fails here. The holdout set is scored by the metrics script only.
const floors = {
  who: 0.99,
  observableAction: 0.97,
  conditions: 0.97,
  criterion: 0.99,
  timeBound: 0.99,
  positive: 0.99,
  clearLanguage: 0.99,
  smart: 0.98,
} as const;

test('the corpora are well formed and large enough', () => {
  const dev = readCorpus(corpusFiles.dev);
  const holdout = readCorpus(corpusFiles.holdout);
  // Every numbered set (2 and on): written blind, then used for tuning.
  const tuned = Object.entries(corpusFiles).filter(([name]) => /^holdout\d+$/.test(name)).flatMap(([, file]) => readCorpus(file));
  assert.ok(dev.length + holdout.length >= 200);
  const ids = new Set<string>();
  for (const entry of [...dev, ...holdout, ...tuned]) {
    assert.equal(typeof entry.text, 'string', entry.id);
    assert.ok(!ids.has(entry.id), `duplicate id ${entry.id}`);
    ids.add(entry.id);
    assert.deepEqual(Object.keys(entry.labels).sort(), [...smartElements].sort(), entry.id);
    assert.equal(entry.smart, smartElements.every((k) => entry.labels[k]), entry.id);
  }
  for (const key of smartElements) {
    const failingAlone = dev.filter((e) => !e.labels[key] && smartElements.filter((k) => !e.labels[k]).length === 1);
    assert.ok(failingAlone.length >= 8, `${key} fails on its own only ${failingAlone.length} times`);
  }
});

test('F1 of the "missing" verdict on the development set stays at or above its floor', () => {
  const { scores } = scoreCorpus(readCorpus(corpusFiles.dev));
  for (const [key, floor] of Object.entries(floors)) {
    const f1 = scores[key as keyof typeof floors].f1;
    assert.ok(f1 >= floor, `${key}: F1 ${f1.toFixed(3)} is below ${floor}`);
  }
});

// The second to twenty-third holdout sets were each scored blind once (their READMEs hold those
// figures), then their errors were used to generalise the rules: they now guard those rules.
// Floors sit just below what each reached after (third set: conditions 0.92, criterion 0.88;
// fifth set: action 0.93, clear language 0.93; the misses left are borderline labels).
const tunedFloors = [
  ['holdout2', 0.95],
  ['holdout3', 0.85],
  ['holdout4', 0.85],
  ['holdout5', 0.9],
  ['holdout6', 0.9],
  ['holdout7', 0.9],
  ['holdout8', 0.9],
  ['holdout9', 0.95],
  ['holdout10', 0.93],
  ['holdout11', 0.95],
  ['holdout12', 0.93],
  ['holdout13', 0.9],
  ['holdout14', 0.95],
  ['holdout15', 0.95],
  ['holdout16', 0.85],
  ['holdout17', 0.95],
  ['holdout18', 0.9],
  ['holdout19', 0.93],
  ['holdout20', 0.95],
  ['holdout21', 0.95],
  ['holdout22', 0.95],
  ['holdout23', 0.95],
  ['holdout24', 0.95],
  ['holdout25', 0.95],
  ['holdout26', 0.95],
  ['holdout27', 0.95],
  ['holdout28', 0.95],
  ['holdout29', 0.95],
  ['holdout30', 0.95],
  ['holdout31', 0.95],
  ['holdout32', 0.95],
  // Set 33's writer judged "Libby" (Elizabeth) and "Tom" (Thomas) not the pupil's own name; the
  // checker takes a usual short form as the name (README-holdout-33.md): who is 0.938.
  ['holdout33', 0.93],
  ['holdout34', 0.95],
  ['holdout35', 0.95],
  ['holdout36', 0.95],
  ['holdout37', 0.95],
  ['holdout38', 0.95],
  ['holdout39', 0.95],
  // Sets 40 and 41 vary one element each; their misses left are labels two writers read apart
  // ("wave and say hello", "arrive at school", cards whose pictures are named).
  ['holdout40', 0.93],
  ['holdout41', 0.93],
  ['holdout42', 0.95],
  ['holdout43', 0.95],
  // Sets 44 and 45 keep notes that are provision, not targets ("Lunchtime club … for Beatriz"):
  // their criterion is the adults' frequency, which the checker reads as a measure.
  ['holdout44', 0.92],
  ['holdout45', 0.93],
  ['holdout46', 0.95],
  ['holdout47', 0.95],
  ['holdout48', 0.95],
  // Set 49 hides each element in an unusual order or style; left: a behaviour as the subject of a
  // passive ("getting dressed … is to be done by Ruairí") and "knows" after "with counters to
  // help,", which is read as the infinitive: does-what is 0.941.
  ['holdout49', 0.94],
  ['holdout50', 0.95],
  ['holdout51', 0.95],
  ['holdout52', 0.95],
  ['holdout53', 0.95],
  // Set 54 reads "emotional literacy" as plain, which four other sets' authors call jargon.
  ['holdout54', 0.92],
  ['holdout55', 0.95],
  ['holdout56', 0.95],
  ['holdout57', 0.95],
  ['holdout58', 0.95],
  // Set 59 reads Numicon as plain English, which four other sets' authors call jargon.
  ['holdout59', 0.90],
  ['holdout60', 0.95],
  ['holdout61', 0.95],
  ['holdout62', 0.95],
  ['holdout63', 0.95],
  ['holdout64', 0.95],
  ['holdout65', 0.95],
  ['holdout66', 0.95],
  ['holdout67', 0.95],
  // Set 68 counts "the 20 children in her class" as the class's children, not a setting, and
  // "In her Read Write Inc. group" as one (the checker stops at the full stop).
  ['holdout68', 0.90],
  ['holdout69', 0.95],
  ['holdout70', 0.95],
  ['holdout71', 0.95],
  // Set 72's author reads two pairs of steps as two skills each ("take turns and say well done",
  // "put his laptop on charge and pack his bag"), which the checker's routines join: does-what 0.90.
  ['holdout72', 0.90],
  ['holdout73', 0.95],
  ['holdout74', 0.95],
  ['holdout75', 0.95],
  ['holdout76', 0.95],
  ['holdout77', 0.95],
  ['holdout78', 0.95],
  ['holdout79', 0.95],
  ['holdout80', 0.95],
  // Sets 81 and 82 read some steps against the checker's routines ("use the toilet and stay dry"
  // one skill, "capital letters … and full stops" two): does-what 0.94 on both.
  ['holdout81', 0.93],
  ['holdout82', 0.93],
  ['holdout83', 0.95],
  ['holdout84', 0.95],
  ['holdout85', 0.95],
  ['holdout86', 0.95],
  ['holdout87', 0.95],
  ['holdout88', 0.95],
  // Set 89 reads going to therapy sessions and doing exercises at home as two skills; the
  // checker does not know "do" as an action (it is too often "do well"): does-what 0.97.
  ['holdout89', 0.95],
  ['holdout90', 0.95],
  // Set 91 counts "movement breaks 3x daily" (provision) as no measure of the pupil's.
  ['holdout91', 0.95],
  ['holdout92', 0.95],
  ['holdout93', 0.95],
  ['holdout94', 0.95],
  // Set 95 reads putting a coat on and tidying toys away as two skills, which the checker's
  // tidying routine joins: does-what 0.97.
  ['holdout95', 0.95],
  // Set 96 reads "a short text, read with his tutor" as how the text is met; the checker reads a
  // second skill after the comma: does-what 0.97.
  ['holdout96', 0.95],
  ['holdout97', 0.95],
  ['holdout98', 0.95],
  ['holdout99', 0.95],
  ['holdout100', 0.95],
  ['holdout101', 0.95],
  // Set 102 reads a replacement behaviour with the problem named ("tell him 'my turn' instead of
  // hitting", "rather than shouting, walk over to the adult") as not positive, because the brief it
  // was written from listed those forms; seven other sets' authors (3, 33, 39, 41, 42, 44 and the
  // development set) call them positive, as SMART.md's "states the outcome wanted" reads: positive 0.92.
  ['holdout102', 0.90],
  // Set 103 reads "Mr Ferris will hear him read … and he will read 16 of them" as one skill (the
  // teacher's part is provision); the checker reads two: does-what 0.94.
  ['holdout103', 0.93],
  ['holdout104', 0.95],
  ['holdout105', 0.95],
  // Set 106 reads adults' provision "so that he comes to the carpet" and "take part in circle time"
  // as no behaviour of the pupil's, where earlier sets' authors read both as behaviours, and two
  // skills offered with "or" as a bundle; notes that name no verb are read as naming one: 0.87.
  ['holdout106', 0.85],
  // Set 107's few does-what failures (8) make each miss count: greeting customers and restocking
  // shelves not read as two skills, a checklist packed and a second sentence read as two: 0.82.
  ['holdout107', 0.80],
  ['holdout108', 0.95],
  ['holdout109', 0.95],
  // Set 110 reads finding and writing down times from a timetable as one act: does-what 0.95.
  ['holdout110', 0.93],
  ['holdout111', 0.95],
  ['holdout112', 0.95],
  // Set 113 reads "a jug with a thick handle" and "pointing to a 100 square" as aids: conditions 0.94.
  ['holdout113', 0.93],
  ['holdout114', 0.95],
  // Set 115's long targets open with what the pupil does now ("Lily-Rose has hit staff 7 times in
  // the last 3 weeks", "Musa usually spells about half…"); the checker reads that sentence's
  // numbers and situations as the target's, where a present-tense sentence can as well state
  // provision ("Lily has a word mat on her table", which earlier sets count): conditions 0.78,
  // criterion 0.91. The adults' recording sentences after the target are left out.
  ['holdout115', 0.75],
  ['holdout116', 0.95],
  // Set 117 reads taking a movement break "in 3 out of 4 lessons" as the behaviour with no
  // condition; the checker reads movement breaks as provision: conditions 0.97.
  ['holdout117', 0.95],
  // Set 118 names pupils by family short forms the checker does not derive ("Mikey" for Michael,
  // "Johnny" for Jonathan): who 0.93.
  ['holdout118', 0.93],
  ['holdout119', 0.93],
  ['holdout120', 0.95],
  // Set 121 counts "say the words … to a parent" as support; the checker reads whom the pupil
  // speaks to as part of the behaviour, as sets 108 and 114 do: conditions 0.97.
  ['holdout121', 0.95],
  ['holdout122', 0.95],
  ['holdout123', 0.95],
  ['holdout124', 0.95],
  // Set 125 reads "from the printed slip her teacher gives her" as an aid given: conditions 0.94.
  ['holdout125', 0.93],
  ['holdout126', 0.95],
  ['holdout127', 0.95],
  ['holdout128', 0.95],
] as const;

for (const [name, floor] of tunedFloors) {
  test(`F1 of the "missing" verdict on ${name} stays at or above ${floor}`, () => {
    const { scores } = scoreCorpus(readCorpus(corpusFiles[name]));
    for (const key of [...smartElements, 'smart'] as const) {
      assert.ok(scores[key].f1 >= floor, `${key}: F1 ${scores[key].f1.toFixed(3)} is below ${floor}`);
    }
  });
}

test('every evidence span on the corpus is a true slice of its text', () => {
  for (const entry of readCorpus(corpusFiles.dev)) {
    const result = checkSmartTarget(entry.text, entry.pupilName ? { pupilName: entry.pupilName } : {});
    for (const key of smartElements) {
      for (const e of result.elements[key].evidence) {
        assert.equal(entry.text.slice(e.start, e.end), e.text, `${entry.id} ${key}`);
      }
    }
  }
});
