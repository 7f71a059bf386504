import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSmartTarget, checkTargetRow } from './index.js';
import { smartElements } from './types.js';
import { tidySpacing, untidy } from './spacing.js';
import { corpusFiles, readCorpus } from '../../scripts/smart-metrics.js';

const plain = "Amir will say hello to his key person's puppet in the dinner hall, holding an adult's hand, on 4 out of 5 mornings by half term.";
// The same target as pasted from a word processor or an MIS screen.
const pasted = [
  plain.replaceAll(' ', '\u00a0'),
  plain.replaceAll(' ', '  '),
  plain.replaceAll(' ', '\t'),
  plain.replaceAll(', ', ',\r\n'),
  plain.replace("person's", 'person’s').replace('dinner hall', 'dinner–hall'),
  plain.replace('half term', 'half\u2011term').replaceAll(' ', ' \u202f'),
];

const verdicts = (text: string) => {
  const check = checkSmartTarget(text, { pupilName: 'Amir' });
  return smartElements.map((k) => `${k} ${check.elements[k].code}`);
};

test('spacing, curly apostrophes and Unicode hyphens do not change any verdict', () => {
  const expected = verdicts(plain);
  assert.ok(checkSmartTarget(plain, { pupilName: 'Amir' }).smart, 'the plain target is SMART');
  for (const text of pasted) assert.deepEqual(verdicts(text), expected, JSON.stringify(text));
});

test('evidence points at the text as the person wrote it', () => {
  for (const text of pasted) {
    const check = checkSmartTarget(text, { pupilName: 'Amir' });
    for (const key of smartElements) {
      for (const e of check.elements[key].evidence) assert.equal(text.slice(e.start, e.end), e.text, `${key} in ${JSON.stringify(text)}`);
    }
    const criterion = check.elements.criterion.evidence.map((e) => e.text.replace(/\s+/g, ' '));
    assert.ok(criterion.some((t) => t.includes('4')), JSON.stringify(criterion));
  }
  const doubled = plain.replaceAll(' ', '  ');
  const date = checkSmartTarget(doubled).elements.timeBound.evidence.at(-1)!;
  assert.equal(date.text, 'by  half  term');
  assert.equal(date.end, doubled.length - 1);
});

test('a pasted date is still compared with the review date', () => {
  const target = 'Amir will say hello on arrival, with a prompt, on 4 out of 5 mornings by 12 March 2027.'.replaceAll(' ', '\u00a0');
  const row = { baseline: 'Says hello when prompted.', target, provision: 'Key person greets him.', resources: 'Puppet' };
  const late = checkTargetRow(row, { pupilName: 'Amir', reviewDate: '2027-03-01' });
  assert.deepEqual(late.issues.map((i) => i.code), ['row.time-bound-after-review']);
  assert.equal(late.issues[0]!.evidence[0]!.text, 'by\u00a012\u00a0March\u00a02027');
  const term = { ...row, target: 'Amir will say hello on arrival, with a prompt, on 4 out of 5 mornings by the\u00a0end of the summer\u00a0term.' };
  assert.deepEqual(checkTargetRow(term, { reviewDate: '2027-02-10', planDate: '2027-01-05' }).issues.map((i) => i.code), ['row.time-bound-after-review']);
});

test('tidySpacing maps each tidied character to its origin', () => {
  const tidied = tidySpacing('a \t b’s 3–4 – c');
  assert.equal(tidied.text, "a b's 3-4 – c");
  const found = untidy([{ start: 2, end: 5, text: "b's" }, { start: 6, end: 9, text: '3-4' }], 'a \t b’s 3–4 – c', tidied);
  assert.deepEqual(found, [{ start: 4, end: 7, text: 'b’s' }, { start: 8, end: 11, text: '3–4' }]);
});

test('every corpus target gets the same verdicts however it is spaced', () => {
  const entries = Object.values(corpusFiles).flatMap(readCorpus);
  const respaced: [string, (text: string) => string][] = [
    ['non-breaking spaces', (t) => t.replaceAll(' ', '\u00a0')],
    ['double spaces', (t) => t.replaceAll(' ', '  ')],
    ['tabs', (t) => t.replaceAll(' ', '\t')],
    ['line breaks after commas', (t) => t.replaceAll(', ', ',\n')],
    ['curly apostrophes', (t) => t.replaceAll("'", '’')],
  ];
  for (const entry of entries) {
    const expected = smartElements.map((k) => checkSmartTarget(entry.text, entry).elements[k].code);
    for (const [how, respace] of respaced) {
      const check = checkSmartTarget(respace(entry.text), entry);
      assert.deepEqual(smartElements.map((k) => check.elements[k].code), expected, `${entry.id} with ${how}`);
    }
  }
});

test('"w/" and "w/o" in notes read as "with" and "without"; "w/c" stays a date; evidence points at what was typed', () => {
  const text = 'Amir to read aloud w/ a reading ruler, 8/10 words right, by w/c 14/03';
  const result = checkSmartTarget(text, { pupilName: 'Amir' });
  assert.equal(result.elements.conditions.ok, true);
  assert.deepEqual(result.elements.conditions.evidence.map((e) => text.slice(e.start, e.end)), ['w/ a reading ruler']);
  assert.equal(result.elements.timeBound.ok, true);
  assert.equal(checkSmartTarget('Amir to tidy up w/o reminders.', { pupilName: 'Amir' }).elements.conditions.ok, true);
  assert.equal(tidySpacing('saw/ate').text, 'saw/ate');
});

test('set 101: HTML from rich-text fields is read as the text it shows, and evidence points into the HTML as written', () => {
  const text = '<p>Theo will record his homework in his planner, with a check from his form tutor, by 20&nbsp;March&nbsp;2026.</p>';
  const result = checkSmartTarget(text, { pupilName: 'Theo Lane' });
  assert.equal(result.elements.who.ok, true);
  assert.equal(result.elements.timeBound.ok, true);
  assert.equal(result.elements.timeBound.evidence[0]?.text, 'by 20&nbsp;March&nbsp;2026');
  assert.equal(result.elements.criterion.ok, false);
  assert.equal(checkSmartTarget('Theo will read <strong>10</strong> words &amp; write 2 sentences by Easter.').elements.observableAction.code, 'observableAction.bundled-skills');
  // A placeholder in angle brackets is no tag.
  assert.equal(checkSmartTarget('<name> will read 10 words by Easter.').elements.who.code, 'who.placeholder');
});
