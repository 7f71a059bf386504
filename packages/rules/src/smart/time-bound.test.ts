import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSmartTarget } from './index.js';

const timeBound = (text: string) => checkSmartTarget(text, { pupilName: 'Amir' }).elements.timeBound;

test('dates, months, terms, half terms, the next review and periods are end points', () => {
  for (const phrase of ['by 12 March 2027', 'by 12/03/2027', 'by March', 'by the end of the spring term', 'by half term', 'by the next review', 'within 6 weeks', 'within 2 terms', 'by Easter']) {
    const result = timeBound(`Amir will say hello ${phrase}.`);
    assert.equal(result.ok, true, phrase);
    assert.equal(result.evidence[0]?.text, phrase, phrase);
  }
});

test('"ongoing" and "regularly reviewed" fail as ongoing', () => {
  assert.equal(timeBound('Amir will say hello, ongoing.').code, 'timeBound.ongoing');
  assert.equal(timeBound('Amir will say hello; regularly reviewed.').code, 'timeBound.ongoing');
});

test('frequencies are not end points', () => {
  assert.equal(timeBound('Amir will say hello daily.').code, 'timeBound.frequency-only');
  assert.equal(timeBound('Amir will say hello 3 times a week.').code, 'timeBound.frequency-only');
});

test('response times, clock times and observation windows are not end points', () => {
  assert.equal(timeBound('Amir will answer within 5 minutes.').code, 'timeBound.not-an-end-point');
  assert.equal(timeBound('Amir will arrive by 8:50.').code, 'timeBound.not-an-end-point');
  assert.equal(timeBound('Amir will write 2 sentences across 3 sessions.').code, 'timeBound.not-an-end-point');
});

test('no end point at all fails as missing', () => {
  assert.equal(timeBound('Amir will say hello.').code, 'timeBound.missing');
});

test('"may" the verb is not the month', () => {
  assert.equal(timeBound('Amir may need a prompt in 5 lessons.').ok, false);
  assert.equal(timeBound('Amir will say hello by May.').ok, true);
});

test('review, block and half-term phrasings', () => {
  assert.equal(timeBound('Amir will say hello by the time of his next review.').ok, true);
  assert.equal(timeBound('Amir will say hello at the end of the 6-week block.').ok, true);
  assert.equal(timeBound('Amir will say hello within half a term.').ok, true);
  assert.equal(timeBound('Amir will say hello by Spring 2.').ok, true);
  assert.equal(timeBound('Amir will say hello each half term.').code, 'timeBound.frequency-only');
});

test('a named review ("by the spring review") is an end point', () => {
  assert.equal(timeBound('Amir will find his peg by the spring review.').ok, true);
  assert.equal(timeBound('Amir will find his peg by the summer term review.').ok, true);
});

test('the rest of a period and a semester are end points', () => {
  assert.equal(timeBound('Amir will bring his planner for the rest of Year 9.').ok, true);
  assert.equal(timeBound('Amir will raise his hand by the end of the fall semester.').ok, true);
});

test('"by xmas" is an end point', () => {
  assert.equal(timeBound('Amir will use the toilet by xmas.').ok, true);
});

test('"HT" is half term, and a day and month without a year is a date after "by"', () => {
  for (const text of ['Amir will stop at the door by end of HT.', 'Amir will read 20 words by Feb HT.', 'Amir will read 20 words by 14/03.', 'Amir will read 20 words by w/c 3/03.']) {
    assert.equal(timeBound(text).code, 'timeBound.end-point', text);
  }
  assert.equal(timeBound('Amir will read 20 words on 4/5 occasions.').ok, false);
  assert.equal(timeBound('Amir will read 8/10 words each week.').code, 'timeBound.frequency-only');
});

test('"by wk 6", "by the time she leaves Year 6" and "untill the next review" are end points', () => {
  for (const text of ['Amir will cut along a line by wk 6.', 'By the time she leaves Year 6, Hana will walk to class on her own.', 'Amir will take turns untill the next review.']) {
    assert.equal(timeBound(text).code, 'timeBound.end-point', text);
  }
});

test('"before lessons start" is a time of day, not an end point', () => {
  assert.equal(timeBound('Amir will use his sensory circuit in the hall before lessons start.').ok, false);
  assert.equal(timeBound('Amir will walk to the bus on his own before he moves to secondary school.').code, 'timeBound.end-point');
});

test('a review named by its plan ("the next IPM review") is an end point', () => {
  for (const phrase of ['by the next IPM review', 'by the annual EHCP review', 'before the PEP review']) {
    assert.equal(timeBound(`Amir will say hello ${phrase}.`).ok, true, phrase);
  }
});

test('progress checks, a plan-named review and the end of a first college term are end points', () => {
  for (const phrase of ['by the spring progress check', 'by the next Learning Journey review', 'by the end of her first college term', 'before the summer parents\' evening']) {
    assert.equal(timeBound(`Amir will say hello ${phrase}.`).ok, true, phrase);
  }
});

test('a start is not an end point; "Yr 4" and a common misspelling of February are', () => {
  assert.equal(timeBound('Amir will go to his sessions, starting after the October half term.').ok, false);
  assert.equal(timeBound('Amir will attend 90% of sessions from now until the end of the summer term.').ok, true);
  assert.equal(timeBound('Amir will know his tables by end of Yr 4.').ok, true);
  assert.equal(timeBound('Amir will cut along a line by 13 Febuary').ok, true);
});

test('"from September" is a start; "the spring assessment week" and "the end of this semester" are end points', () => {
  assert.equal(timeBound('From September, Amir will say good morning to his teacher.').ok, false);
  assert.equal(timeBound('Amir will roll a ball to a classmate by the spring assessment week.').ok, true);
  assert.equal(timeBound('I will try harder in maths by the end of this semester.').ok, true);
  assert.equal(timeBound('I will email my tutor by the end of my first semester.').ok, true);
  assert.equal(timeBound('Amir will write his name by May.').ok, true);
});

test('the date a plan is dated is not its end point', () => {
  assert.equal(timeBound('Plan dated 09/11/2026. Amir will copy the homework into his planner in 4 of 5 lessons.').ok, false);
});

test('"checked at each review" is a schedule, not an end point', () => {
  assert.equal(timeBound('Amir will point to his feelings on the chart – to be checked at each review.').ok, false);
  assert.equal(timeBound('Amir will point to his feelings on the chart by the next review.').ok, true);
});

test('exams, placements, numbered reviews, team-around-the-child meetings, a term and year, and a numbered birthday are end points', () => {
  for (const end of ['by Spring 2027', 'before Summer 2027', 'by the next TAC meeting', 'by her annual review meeting', 'by the end of the placement', 'by his 5th birthday', 'by the mock exams', 'before his GCSEs', 'by the 2nd review', 'by the final review', 'by the end of the topic']) {
    assert.equal(timeBound(`Amir will say hello to his teacher with a visual prompt on 4 out of 5 mornings ${end}.`).ok, true, end);
  }
  // A meeting with no kind named is where something happens, not when the target ends.
  assert.equal(timeBound('Amir will share his views at the meeting with a visual prompt on 4 out of 5 occasions.').ok, false);
});

test('set 37: "within 6 wks" is an end point; an exported row\'s start date is not', () => {
  assert.equal(checkSmartTarget('Amir will stay in his seat for 10 minutes w/ a wobble cushion, within 6 wks', { pupilName: 'Amir' }).elements.timeBound.ok, true);
  assert.equal(checkSmartTarget('Target: Amir will walk to his classroom, arriving by 8:50, on 4 out of 5 days | Start date: 07/01/27', { pupilName: 'Amir' }).elements.timeBound.ok, false);
});

test('an end point that is not a real date ("by 30 February") is no end point', () => {
  const verdict = checkSmartTarget('Amir will read 10 words by 30 February 2027.', { pupilName: 'Amir' }).elements.timeBound;
  assert.equal(verdict.ok, false);
  assert.equal(verdict.code, 'timeBound.invalid-date');
  assert.equal(verdict.evidence[0]?.text, 'by 30 February 2027');
  assert.match(verdict.message ?? '', /not a real date/);
  assert.equal(checkSmartTarget('Amir will read 10 words by 31/04/2027.').elements.timeBound.code, 'timeBound.invalid-date');
  assert.equal(checkSmartTarget('Amir will read 10 words by 29 February 2028.').elements.timeBound.ok, true);
  assert.equal(checkSmartTarget('Amir will read 10 words by 30 March 2027.').elements.timeBound.ok, true);
});

test('set 54: the end of a run of sessions named by its length is an end point; the end of "the group" alone is not', () => {
  assert.equal(checkSmartTarget('Amir will ask a peer a question twice a session, by the end of the 8-week group.').elements.timeBound.ok, true);
  assert.equal(checkSmartTarget('By the end of the 6-week phonics catch-up, Amir will write 3 of the 4 sounds.').elements.timeBound.ok, true);
  assert.equal(checkSmartTarget('Amir will ask a peer a question twice by the end of the group.').elements.timeBound.ok, false);
});

test('set 95: a review looked back on ("achieved at last review", "comment added at review") is no end point', () => {
  assert.equal(timeBound('Amir will stay seated for 10 minutes. Partly achieved at last review.').ok, false);
  assert.equal(timeBound('I will try harder in lessons. (Pupil comment added at review.)').ok, false);
  assert.equal(timeBound('Amir will stay seated for 10 minutes at the next review.').ok, true);
  assert.equal(timeBound('Amir will stay seated for 10 minutes by the review.').ok, true);
});

test('set 98: a date looked back on is no end point; an exit assessment, a review "to be achieved at" and the end of a run of sessions are', () => {
  assert.equal(timeBound('Following his annual review in July 2026, Amir will type his answers on a laptop.').ok, false);
  assert.equal(timeBound('Amir will stay in the classroom in 4 out of 5 lessons. (Target set 02/11/2026.)').ok, false);
  assert.equal(timeBound('As agreed at the review on 12 October 2026, Amir will copy his homework into his planner.').ok, false);
  assert.equal(timeBound('Amir will hand in 5 of the 6 tasks set by the February half-term.').ok, true);
  assert.equal(timeBound('By the exit assessment, Amir will answer 3 out of 5 questions.').ok, true);
  assert.equal(timeBound('After 12 sessions of handwriting practice, Amir will copy a short sentence.').ok, true);
  assert.equal(timeBound('To be achieved at the 6-week review: Amir will count out 10 objects.').ok, true);
  assert.equal(timeBound('Amir will read aloud over 3 sessions.').ok, false);
});
