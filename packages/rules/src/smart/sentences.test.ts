import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSmartTarget } from './index.js';

test('set 115: in a long target, the sentences where adults record and share progress add no skill, support or degree of the pupil\'s', () => {
  const long = (sentence: string) =>
    checkSmartTarget(`Dylan can write his first name but misses out letters in his surname. Dylan will write his full name with every letter in the right order on 4 out of 5 attempts by 12 February 2027. ${sentence}`, { pupilName: 'Dylan Price' }).elements;
  const recorded = long('His teacher will collect a sample every Friday and share it with his parents at the review.');
  assert.equal(recorded.observableAction.ok, true);
  assert.equal(recorded.conditions.ok, false);
  assert.equal(recorded.criterion.ok, true);
  // Provision in a sentence of its own is still support.
  assert.equal(long('His teacher will sit beside him with a name card.').conditions.ok, true);
  // "Harry will spell more … His teacher will test him every two weeks": the adult's frequency is no degree.
  assert.equal(checkSmartTarget('Harry will spell more of the common words correctly by Easter. His teacher will test him every two weeks.').elements.criterion.ok, false);
  // A full stop after one letter ("e.g.", "T.J.") ends no sentence.
  assert.equal(checkSmartTarget('T.J. will give a 2-minute talk to his tutor group, using his cue cards, on 2 occasions by July.').elements.conditions.ok, true);
});

test('an adult who "will be sitting beside him" in a later sentence still gives support; "incidents will be recorded" gives none', () => {
  const base = 'Amir will write his full name on 4 out of 5 attempts by 12 February 2027.';
  assert.equal(checkSmartTarget(`${base} His teaching assistant will be sitting beside him with a name card.`).elements.conditions.ok, true);
  assert.equal(checkSmartTarget(`${base} Incidents will be recorded with his parents.`).elements.conditions.ok, false);
});
