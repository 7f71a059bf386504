import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSmartTarget } from './index.js';

const positive = (text: string) => checkSmartTarget(text, { pupilName: 'Amir' }).elements.positive;

test('stating the outcome wanted passes with no evidence', () => {
  const result = positive('Amir will keep his hands in his lap during carpet time.');
  assert.equal(result.ok, true);
  assert.equal(result.code, 'positive.stated');
});

test('stopping, not doing, reducing or limiting a problem behaviour fails', () => {
  for (const text of ['Amir will not hit.', 'Amir will no longer shout out.', 'Amir will stop kicking the door.', 'Amir will reduce his calling out.', 'Amir will have fewer than 3 incidents a week.', 'Amir will line up without pushing.']) {
    assert.equal(positive(text).code, 'positive.stop-behaviour', text);
  }
  assert.equal(positive('Amir will not hit.').evidence[0]?.text, 'will not');
});

test('an accuracy limit on a skill and "without prompts" are fine', () => {
  assert.equal(positive('Amir will write a sentence with no more than 3 spelling errors.').ok, true);
  assert.equal(positive('Amir will dress without prompts.').ok, true);
  assert.equal(positive('Amir will ask for help when he does not understand.').ok, true);
});

test('stopping an activity on cue and a time limit are not problem behaviours', () => {
  assert.equal(positive('Amir will stop playing and line up when the bell rings.').ok, true);
  assert.equal(positive('Amir will finish his sums within the time limit.').ok, true);
  assert.equal(positive('Amir will limit his time out of class to one break.').ok, false);
});

test('fading support is not reducing a problem behaviour', () => {
  assert.equal(positive('Amir will complete a puzzle with hand-over-hand support reducing to verbal prompts.').ok, true);
  assert.equal(positive('Amir will reduce his shouting out.').ok, false);
});

test('a limit on a slip in a skill ("spilling no more than once") is not a problem behaviour', () => {
  assert.equal(positive('Amir will drink from an open cup, spilling no more than once per snack, by Easter.').ok, true);
  assert.equal(positive('Amir will shout out no more than once per lesson by Easter.').ok, false);
});

test('"full stop" is punctuation, not stopping', () => {
  assert.equal(positive('Amir will write a sentence with a capital letter and full stop using his word mat by Easter.').ok, true);
});

test('"try not to" is still defined by not doing; a reduced timetable is provision, not a problem reduced', () => {
  assert.equal(positive('I will try not to get angry when I lose at football.').code, 'positive.stop-behaviour');
  assert.equal(positive('Amir will remember not to run in the corridor.').code, 'positive.stop-behaviour');
  assert.equal(positive('Amir will walk to the base with his key adult on 8 out of 10 mornings of his reduced timetable.').ok, true);
  assert.equal(positive('Amir will have reduced outbursts.').ok, false);
});

test('asking for none of a sanction or an absence is not stated positively', () => {
  for (const text of ['Zero exclusions this term.', 'Amir will have no unauthorised absences this term.', 'Amir will get no detentions.']) {
    assert.equal(positive(text).code, 'positive.stop-behaviour', text);
  }
});

test('stopping a hyphenated habit is a stop behaviour; a slip in a skill limited is not', () => {
  assert.equal(positive('Amir will stop W-sitting on the carpet.').code, 'positive.stop-behaviour');
  assert.equal(positive('Amir will collect the equipment with no more than one item missing.').ok, true);
});

test('"stop being disruptive" is defined by stopping', () => {
  assert.equal(positive('Amir to stop being disruptive in lessons').code, 'positive.stop-behaviour');
});

test('a problem behaviour limited in time is still a stop behaviour', () => {
  assert.equal(positive('Amir will scream for less than 5 minutes at drop-off.').code, 'positive.stop-behaviour');
  assert.equal(positive('Amir will write his name in less than 5 minutes.').ok, true);
});

test('a limit on slips in a skill ("no more than one reversal") is not a problem behaviour', () => {
  assert.equal(positive('Amir will write the numbers 1 to 20 with no more than one reversal.').ok, true);
  assert.equal(positive('Amir will shout out no more than once a lesson.').ok, false);
});

test('"no more than one rest stop" on a walk limits a pause in a skill', () => {
  assert.equal(positive('Amir will walk to the hall with his walker, with no more than one rest stop.').ok, true);
});

test('time in the toilets, limited, is a problem behaviour limited', () => {
  assert.equal(positive('Amir will spend no more than 10 minutes at a time in the toilets.').ok, false);
});

test('an adult pointing to it no more than once fades support; it is not a problem behaviour', () => {
  assert.equal(positive('Amir will press "my turn" on his tablet, with an adult pointing to it no more than once.').ok, true);
  assert.equal(positive('Amir will call out no more than once a lesson.').ok, false);
});

test('going without sanctions, incident-free spells and less time out of class define success by a problem not happening', () => {
  for (const target of [
    'Amir will go a whole week without a red card by Easter.',
    'Amir will finish each day without a detention on 4 of 5 days by Easter.',
    'Amir will be exclusion-free for 6 weeks by Easter.',
    'Amir will have an incident-free playtime on 4 of 5 days by Easter.',
    'Amir will spend less time out of class, from 5 hours to 2 hours a week, by Easter.',
  ]) {
    assert.equal(positive(target).ok, false, target);
  }
  assert.equal(positive('Amir will go a whole week without a reminder to start work by Easter.').ok, true);
});

test('a note that starts "– not to …" defines success by not doing', () => {
  assert.equal(positive("Amir – not to take other children's toys at free play; key person nearby; 4 out of 5 sessions; by Easter.").ok, false);
  assert.equal(positive('Amir will remember to bring his PE kit, not to forget it, on 4 of 5 days by Easter.').ok, false);
});

test('limiting a habit and capping time spent hiding are limits on a problem; capping time spent on a task is not', () => {
  assert.equal(positive('Amir will limit taking his phone out in lessons to once a day or less, with a phone pouch, by Christmas.').ok, false);
  assert.equal(positive('Amir will spend no more than 10 minutes a day hiding under the table in class, with an adult nearby, by Easter.').ok, false);
  assert.equal(positive('Amir will spend no more than 5 minutes getting changed for PE, with a visual checklist, by Easter.').ok, true);
});

test('set 31: "no more than 2 of them reversed" limits a slip in a skill', () => {
  assert.equal(positive('Amir will write the numbers 1 to 20 in order, with no more than 2 of them reversed, by Easter.').ok, true);
});

test('set 33: reducing fractions is a maths skill; time a day out of lessons is a problem limited', () => {
  assert.equal(positive('Amir will reduce fractions to their simplest form, getting 8 out of 10 right, by Easter.').ok, true);
  assert.equal(positive('Amir will reduce the number of times he shouts out to 2 a lesson by Easter.').ok, false);
  assert.equal(positive('With his time-out card, Amir will spend less than 15 minutes a day out of lessons on 4 of 5 days by Easter.').ok, false);
});

test('set 36: "no more than one agreed break card" limits support used, not a problem; red cards are still a problem', () => {
  assert.equal(positive('Amir will stay in his lesson for the full 50 minutes, using no more than one agreed 5-minute break card, by Easter.').ok, true);
  assert.equal(positive('Amir will get no more than 2 red cards a week by Easter.').ok, false);
});

test('set 42: "at most", "a maximum of", "only twice" and time spent with her head down limit a problem behaviour', () => {
  assert.equal(positive('Amir will tip back on his chair at most twice per lesson in his Year 8 lessons by Easter.').ok, false);
  assert.equal(positive('Amir will leave his seat a maximum of 3 times in each history lesson by Easter.').ok, false);
  assert.equal(positive('Amir will knock chairs over during lessons only twice a week by Easter.').ok, false);
  assert.equal(positive('In maths lessons, Amir will spend less than 10 minutes per lesson with his head down on the desk by Easter.').ok, false);
  assert.equal(positive('Amir will spell 8 of 10 words with at most 2 errors, using a word bank, by Easter.').ok, true);
});

test('set 45: "feel less anxious" is defined by a problem reduced', () => {
  assert.equal(positive('We hope Amir will feel less anxious about coming to school.').ok, false);
});

test('set 51: "with no more than one repeat" limits the adult\'s prompting, not a problem behaviour', () => {
  assert.equal(positive('Amir will look up when called, with no more than one repeat, on 4 out of 5 occasions.').ok, true);
  assert.equal(positive('Amir will shout out no more than once a lesson.').ok, false);
});

test('set 53: "reversing no more than 1 of them" limits slips in a skill', () => {
  assert.equal(positive('Amir will write the numbers 0 to 10 in order, reversing no more than 1 of them.').ok, true);
});

test('set 56: "an adult guiding his hand for no more than 3 spoonfuls" limits the help, not a problem behaviour', () => {
  assert.equal(positive('Amir will feed himself using a lipped bowl, with an adult guiding his hand for no more than 3 spoonfuls, on 4 out of 5 days.').ok, true);
  assert.equal(positive('Amir will push other children no more than 3 times a day.').ok, false);
});

test('set 86: "fewer than 2 times per break time" limits a problem behaviour ("fewer than 3 breaks" is independence)', () => {
  assert.equal(positive('Dylan will walk into obstacles fewer than 2 times per break time on the playground.').ok, false);
  assert.equal(positive('Dylan will take fewer than 3 breaks in a lesson.').ok, true);
});

test('sets 101 and 102: getting through a lesson without walking out, time out kept to a minimum and lunchtimes free from fighting limit a problem; stopping running to stand still on a whistle, and a thing "not working", do not', () => {
  assert.equal(positive('Zainab will get through her maths lessons without walking out of the room.').ok, false);
  assert.equal(positive('Rohan will get to the end of his lessons without ripping up his work.').ok, false);
  assert.equal(positive('Teodor will keep time out of lessons to a minimum.').ok, false);
  assert.equal(positive('Aylin will have lunchtimes free from fighting on 4 out of 5 days.').ok, false);
  assert.equal(positive('Ife will stop running and stand still when the teacher blows the whistle.').ok, true);
  assert.equal(positive('Ife will stop running in the corridor.').ok, false);
  assert.equal(positive('Tariq will tell an adult when his hearing aid is whistling or not working.').ok, true);
});

test('set 114: what another child won\'t do is not the pupil\'s behaviour stopped', () => {
  assert.equal(positive('I will ask an adult for help when someone won\'t share with me at wet play.').ok, true);
  assert.equal(positive('Amir won\'t hit other children at wet play.').ok, false);
});

test('sets 116 to 118: a count brought down, time spent walking the corridors and "stop repeatedly checking" limit a problem; stopping on a whistle or a call, counting back from 20 to 0 and a problem limited "at break" are read as they are', () => {
  assert.equal(positive('Amir will lower the number of times he shouts at the teacher from 4 a week to 1.').ok, false);
  assert.equal(positive('Amir will go from 5 incidents of pushing in the corridor a week to 2 or fewer by Easter.').ok, false);
  assert.equal(positive('Amir will read from 20 to 40 words a minute by Easter.').ok, true);
  assert.equal(positive('Amir will count back from 20 to 0 on 4 out of 5 days.').ok, true);
  assert.equal(positive('Amir will spend no more than 10 minutes a day walking the corridors.').ok, false);
  assert.equal(positive('Amir will stop running within 3 seconds when the whistle blows.').ok, true);
  assert.equal(positive('Amir will stop moving when an adult calls ‘stop’ in the playground.').ok, true);
  assert.equal(positive('Amir will stop repeatedly checking his bag.').ok, false);
  assert.equal(positive('Amir will hit other children no more than once a week at break.').ok, false);
  assert.equal(positive('Amir will take no more than 2 breaks in a lesson.').ok, true);
});
