import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSmartTarget } from './index.js';

const clear = (text: string, pupilName?: string) =>
  checkSmartTarget(text, pupilName === undefined ? {} : { pupilName }).elements.clearLanguage;

test('everyday classroom resources and plain prompt levels are plain English', () => {
  assert.equal(clear('Amir will use a visual timetable, word mat, number line and sand timer with verbal prompts in PE.').ok, true);
  assert.equal(clear('Amir will name pictures in 4 out of 5 trials.').ok, true);
});

test('unexplained acronyms fail; explained ones pass', () => {
  const result = clear('Amir will read with his TA.');
  assert.equal(result.code, 'clearLanguage.acronym');
  assert.equal(result.evidence[0]?.text, 'TA');
  assert.equal(clear('Amir will read with his teaching assistant (TA).').ok, true);
});

test('programme names and therapy shorthand fail as jargon', () => {
  for (const text of ['Amir will use PECS to ask for a snack.', 'Amir will sign using Makaton.', 'Amir will follow an instruction with gestural prompts.', 'Amir will name his zone using the Zones of Regulation.']) {
    assert.equal(clear(text).code, 'clearLanguage.jargon', text);
  }
});

test('subjective qualifiers fail', () => {
  for (const word of ['appropriately', 'age-appropriate', 'disruptive', 'responsible behaviour']) {
    assert.equal(clear(`Amir will show ${word} play.`).code, 'clearLanguage.subjective', word);
  }
});

test('placeholders, initials and a text typed in capitals are not flagged as acronyms', () => {
  assert.equal(clear('XX will say hello.').ok, true);
  assert.equal(clear('JB will say hello.').ok, true);
  assert.equal(clear('AMIR WILL SAY HELLO BY EASTER.').ok, true);
});

test("speech and language therapy's notation is jargon", () => {
  assert.equal(checkSmartTarget('Amir will say /k/ in word-initial position at single-word level by Easter.', { pupilName: 'Amir' }).elements.clearLanguage.ok, false);
});

test('a role spelled out is plain English; the programme is jargon', () => {
  assert.equal(clear('Amir will name his feeling with the emotional literacy support assistant.').ok, true);
  assert.equal(clear('Amir will take part in emotional literacy.').code, 'clearLanguage.jargon');
});

test("an occupational therapist's grasp names are jargon", () => {
  assert.equal(clear('Amir will hold his pencil with a dynamic tripod grasp when writing.').code, 'clearLanguage.jargon');
});

test('school acronyms count however they are typed, unless explained; "rude" is subjective', () => {
  assert.equal(clear('by the next iep review amir will write his name', 'Amir').code, 'clearLanguage.acronym');
  assert.equal(clear('amir will ask for a drink with an lsa beside him', 'Amir').code, 'clearLanguage.acronym');
  assert.deepEqual(clear('AMIR WILL NOT SWEAR AT STAFF AT ANY TIME (SLT TO MONITOR)', 'Amir').evidence.map((e) => e.text), ['SLT']);
  assert.equal(clear('AMIR WILL SAY HELLO TO HIS KEY PERSON', 'Amir').ok, true);
  assert.equal(clear('Amir will read with his teaching assistant (TA) by the end of KS2.', 'Amir').evidence[0]?.text, 'KS2');
  assert.equal(clear('Amir will read with his TA (teaching assistant).', 'Amir').ok, true);
  assert.equal(clear('Amir will not be rude.', 'Amir').code, 'clearLanguage.subjective');
});

test('"kind hands" is read differently by different people', () => {
  assert.equal(clear('Amir will use kind hands and kind feet in the playground.', 'Amir').code, 'clearLanguage.subjective');
});

test('"responsibly" is subjective', () => {
  assert.equal(clear('Amir will behave responsibly in the corridor.', 'Amir').code, 'clearLanguage.subjective');
});

test('"be kind" and "be sensible" are someone\'s judgement', () => {
  for (const text of ['I will try to be kind to my friends at playtime.', 'Amir will be sensible on the stairs.']) {
    assert.equal(checkSmartTarget(text, { pupilName: 'Amir' }).elements.clearLanguage.ok, false, text);
  }
});

test('early-years and pastoral shorthand is not plain English', () => {
  for (const text of [
    'Next step – develop CoEL: playing and exploring.',
    'With his Portage home visitor, Amir will post 4 shapes.',
    'Amir will answer questions about a picture (Blank level 2).',
    // "On-call" as a noun is the behaviour system's shorthand; "the on-call teacher" only says
    // which adult (set 52), as the last test shows.
    'When removed by on-call, Amir will walk to the reflection room.',
    'Amir will sit in his seat when he is on report to his HoY.',
    'Amir will follow the safety rules in the DT workshop.',
  ]) {
    assert.equal(checkSmartTarget(text, { pupilName: 'Amir' }).elements.clearLanguage.ok, false, text);
  }
});

test('"something kind", restorative, Thrive and wpm need explaining', () => {
  for (const text of ['Amir will say something kind to a classmate.', 'After a restorative conversation, Amir will write a note.', 'Amir will go to his Thrive session.', 'Amir will read at 50 wpm.']) {
    assert.equal(checkSmartTarget(text, { pupilName: 'Amir' }).elements.clearLanguage.ok, false, text);
  }
});

test('device brands, therapy techniques and phonics phases need explaining', () => {
  for (const text of [
    'Amir will look at the picture on his Tobii Grid 3 screen.',
    'Amir will greet his teacher using Proloquo2Go.',
    'Amir will press his BIGmack to say hello.',
    'Amir will answer the register using easy onset.',
    'Amir will know his Phase 3 sounds by Christmas.',
    'Amir will share toys during free flow.',
    'Progress will be tracked half-termly using PiRA.',
  ]) {
    assert.equal(checkSmartTarget(text, { pupilName: 'Amir' }).elements.clearLanguage.ok, false, text);
  }
});

test('a colour zone is Zones of Regulation shorthand; a named area is plain', () => {
  for (const zone of ['in the red zone', 'in the blue zone', 'moving to the green zone', 'in the yellow zones']) {
    assert.equal(clear(`When she is ${zone}, Amir will go to the calm corner within 2 minutes on 4 of 5 occasions by Easter.`).ok, false, zone);
  }
  assert.equal(clear('Amir will go to the quiet zone within 2 minutes on 4 of 5 occasions by Easter.').ok, true);
});

test('a single social story, comic strip conversations, rebound therapy and Write from the Start are programme names', () => {
  for (const phrase of ['using a social story', 'using a Comic Strip Conversation', 'in rebound therapy', 'using Write from the Start']) {
    assert.equal(clear(`Amir will write his name ${phrase} in 4 out of 5 lessons by Easter.`).ok, false, phrase);
  }
});

test('each piece of jargon is evidence once', () => {
  const result = clear('Amir will say hello to the SENDCo in 4 out of 5 lessons by Easter.');
  assert.deepEqual(result.evidence.map((e) => e.text), ['SENDCo']);
});

test('"fairly" is a subjective qualifier; speech sounds at word level are therapy notation', () => {
  assert.equal(clear('Amir will take turns fairly in a board game with two friends, on 3 out of 4 occasions by Easter.').ok, false);
  assert.equal(clear('Amir will produce /s/ at word level in 8 out of 10 attempts during his speech sessions by Easter.').ok, false);
  assert.equal(clear('Amir will say the sound at the start of 8 out of 10 words by Easter.').ok, true);
});

test('set 31: "neatly" and Jump Ahead need explaining; "(SaLT)" after the words it stands for is explained', () => {
  assert.equal(clear('Using a pencil grip, Amir will write his name neatly at the top of his work on 4 out of 5 days by Easter.').ok, false);
  assert.equal(clear('In his twice-weekly Jump Ahead group, Amir will stand on one foot for 5 seconds on 3 out of 4 tries by Easter.').ok, false);
  assert.equal(clear('In the group run by the speech and language therapist (SaLT), Amir will ask a peer a question in 3 of 4 sessions by Easter.').ok, true);
  assert.equal(clear('In his SaLT group, Amir will ask a peer a question in 3 of 4 sessions by Easter.').ok, false);
});

test('set 30: "in BSL to get…" is an acronym after a preposition, not initials before "to"', () => {
  assert.equal(clear('Amir will sign "help" in BSL to get an adult\'s attention in class on 4 of 5 days by December.').ok, false);
  assert.equal(checkSmartTarget('AB to read 10 words by Easter.').elements.who.code, 'who.initials');
});

test('set 32: "show respect" is subjective, like "respectfully"', () => {
  const result = clear('Amir will show respect to staff and peers in 4 of 5 lessons by Easter.', 'Amir');
  assert.equal(result.code, 'clearLanguage.subjective');
});

test('set 34: "SPaG" is school jargon, like "SaLT"', () => {
  assert.equal(clear('Amir will score 7/10 on his weekly SPaG test by Easter.', 'Amir').code, 'clearLanguage.jargon');
});

test('sets 36 and 37: "TBC" is everyday; an acronym in brackets is explained only by words that start with its letters', () => {
  assert.equal(clear('Amir will count coins | Success criteria: 8 of 10 | Review date: TBC', 'Amir').ok, true);
  assert.equal(clear('Amir will improve his listening and attention skills (SALT) by Easter.', 'Amir').code, 'clearLanguage.acronym');
  assert.equal(clear('Amir will see the speech and language therapist (SaLT) weekly.', 'Amir').ok, true);
  assert.equal(clear('Amir will work with his teaching assistant (TA) weekly.', 'Amir').ok, true);
});

test('set 39: "PfA" and "HoY" are school jargon', () => {
  assert.equal(clear('Amir will fill in 4 of the 5 columns in his PfA travel log each week.', 'Amir').code, 'clearLanguage.jargon');
  assert.equal(clear('Amir will arrive by 8:45 on 4 of 5 days – HoY to monitor.', 'Amir').code, 'clearLanguage.jargon');
});

test('set 43: GCSE, SATs and PIN are everyday; Theraputty, "augmentative and alternative communication", "calmly", "kindly", "good posture" and "a better one" are not plain', () => {
  assert.equal(clear('Amir will use a reading pen in his GCSE English practice papers on 8 of 10 questions by March.', 'Amir').ok, true);
  assert.equal(clear('Amir will answer 20 of 30 questions on a practice SATs reading paper by April.', 'Amir').ok, true);
  assert.equal(clear('Amir will enter his PIN at the cash machine on 4 of 5 trips by April.', 'Amir').ok, true);
  assert.equal(clear('Amir will squeeze a ball of Theraputty 20 times before handwriting on 4 of 5 days by Easter.', 'Amir').code, 'clearLanguage.jargon');
  assert.equal(clear('Using his AAC (augmentative and alternative communication) device, Amir will press more on 4 of 5 days.', 'Amir').code, 'clearLanguage.jargon');
  assert.equal(clear('Amir will walk calmly to the calm corner on 4 of 5 occasions by Easter.', 'Amir').code, 'clearLanguage.subjective');
  assert.equal(clear('Amir will speak kindly to his partner in 4 of 5 sessions by Easter.', 'Amir').code, 'clearLanguage.subjective');
  assert.equal(clear('Amir will sit with good posture at his writing slope in 4 of 5 lessons by Easter.', 'Amir').code, 'clearLanguage.subjective');
  assert.equal(clear('Amir will swap one word in each sentence for a better one from his word mat by Easter.', 'Amir').code, 'clearLanguage.subjective');
});

test('set 43: an acronym spelled out wrongly is unexplained; SENCo spelled out is plain', () => {
  assert.equal(clear('At his EHCP (Early Help Care Plan) review, Amir will read out 3 points by June.', 'Amir').code, 'clearLanguage.acronym');
  assert.equal(clear('At his EHCP (Education, Health and Care Plan) review, Amir will read out 3 points by June.', 'Amir').ok, true);
  assert.equal(clear('Amir will show the Special Educational Needs Co-ordinator (SENCo) one piece of work on 5 of 6 Tuesdays.', 'Amir').ok, true);
});

test('set 49: named assessments (Sandwell, Salford, YARC) are jargon', () => {
  assert.equal(clear('Amir will score 8 out of 10 on each Sandwell check by Easter.').ok, false);
  assert.equal(clear('Amir will read the Salford test passage by Easter.').ok, false);
});

test('set 52: a term explained in brackets straight after it is plain; "the on-call member of staff" names an adult', () => {
  assert.equal(clear('Amir will join a restorative conversation (talking about what happened and how to put it right) after an incident.').ok, true);
  assert.equal(clear('Amir will join a restorative conversation (RC) after an incident.').ok, false);
  assert.equal(clear('Amir will walk with the on-call member of staff to the reflection room.').ok, true);
  assert.equal(clear('Amir will walk with the on-call teacher to the reflection room.').ok, true);
});

test('set 54: "fine motor" and "gross motor" groups are plain English; "motor planning" is the therapists\' term', () => {
  assert.equal(clear('Amir will thread 10 beads in the fine motor group.').ok, true);
  assert.equal(clear('Amir will catch a ball in the gross motor group.').ok, true);
  assert.equal(clear('Amir will work on motor planning.').ok, false);
});

test('sets 86 to 89: therapists\' terms and a programme\'s name are jargon; an adult "on call" and an acronym after "use" are read as they are', () => {
  assert.equal(clear('Amir will get 8 out of 10 minimal pairs right.').ok, false);
  assert.equal(clear('Amir will improve his auditory discrimination.').ok, false);
  assert.equal(clear('Amir will hold a bridge in crook lying for 10 seconds.').ok, false);
  assert.equal(clear('Amir will hold the prone extension position for 10 seconds.').ok, false);
  assert.equal(clear('Amir will score 80% on his Accelerated Reader quizzes.').ok, false);
  assert.equal(clear('Amir will stay in class, with his key worker on call.').ok, true);
  assert.equal(checkSmartTarget('In lessons, Mohammed will use SSE to ask an adult for help.', { pupilName: 'Mohammed Ali' }).elements.clearLanguage.ok, false);
});

test('set 97: the engagement model\'s "realisation" and its name are jargon; realising something in plain words is not', () => {
  assert.equal(clear('Amir will demonstrate realisation on 3 out of 5 occasions.').ok, false);
  assert.equal(clear('Amir will be assessed using the engagement model.').ok, false);
  assert.equal(clear('Amir will say when he realises his bag is missing.').ok, true);
});

test('sets 104 and 105: manner words ("quietly", "safely", "sit correctly") and a "good-behaviour card" are subjective unless explained at once; a SENCO spelled out after a dash and a term explained in brackets soon after are plain', () => {
  assert.equal(clear('Amir will sit quietly in assembly.').ok, false);
  assert.equal(clear('Amir will read aloud quietly (in a whisper only his partner can hear).').ok, true);
  assert.equal(clear('Amir will sit appropriately in assembly (on his spot at the end of the row).').ok, false);
  assert.equal(clear('Amir will carry his tray safely to his table.').ok, false);
  assert.equal(clear('Amir will sit correctly on his carpet spot.').ok, false);
  assert.equal(clear('Amir will spell 8 of 10 words correctly.').ok, true);
  assert.equal(clear('Amir will earn 4 stamps on his good-behaviour card.').ok, false);
  assert.equal(clear('Amir will engage positively with learning.').ok, false);
  assert.equal(clear('Amir will hand his planner to Mr Reid, the SENCO – special educational needs coordinator.').ok, true);
  assert.equal(clear('After a sensory circuit first thing each morning (10 minutes of jumping and stretching in the hall), Amir will sit on the carpet.').ok, true);
});

test('sets 108 to 110: continuous provision and selective-mutism techniques are jargon; a CV, a food probe and a word quoted to be spelled are plain', () => {
  assert.equal(clear('Within continuous provision, Amir will stay at an activity for 5 minutes.').ok, false);
  assert.equal(clear('Using the sliding-in technique, Amir will say 3 words to his teacher.').ok, false);
  assert.equal(clear('During stimulus fading sessions, Amir will say his answers to Mrs Clarke.').ok, false);
  assert.equal(clear('Amir will write a personal statement for his CV.').ok, true);
  assert.equal(clear('Amir will check the chicken with the food probe before serving.').ok, true);
  assert.equal(clear("Amir will spell 8 of 10 construction words (e.g. 'foundation', 'scaffold').").ok, true);
  assert.equal(clear('Amir will use scaffolding to plan his writing.').ok, false);
});

test('set 114: the Talkabout checklist and the Incredible 5-Point Scale are programme names', () => {
  assert.equal(clear('Amir will score 4 out of 5 on his Talkabout checklist.').ok, false);
  assert.equal(clear('Amir will use his Incredible 5-Point Scale to tell an adult how he feels.').ok, false);
});

test('set 119: software brand names are jargon', () => {
  assert.equal(clear('Amir will score 8/10 on his weekly Spellzone test.').ok, false);
  assert.equal(clear('Amir will use Read&Write on his laptop to hear his essay read back.').ok, false);
});

test('sets 122 and 125: a K-walker and information-carrying words are specialists\' terms', () => {
  assert.equal(clear('Amir will walk with his K-walker in the hall.').ok, false);
  assert.equal(clear('Amir will follow instructions containing 3 information-carrying words.').ok, false);
});

test('set 128: "3 key words from the word mat" is plain; the therapists\' "3-key-word level" is not', () => {
  assert.equal(clear('Amir will use at least 3 key words from the word mat when answering aloud in history.').ok, true);
  assert.equal(clear('Amir will follow instructions at 3-key-word level.').ok, false);
  assert.equal(clear('Amir will follow 2 key word instructions.').ok, false);
});
