import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSmartTarget } from './index.js';

const who = (text: string, pupilName?: string) =>
  checkSmartTarget(text, pupilName === undefined ? {} : { pupilName }).elements.who;

test('the pupil\'s first name is enough, matched as a whole word in any case', () => {
  assert.equal(who('Amir will say hello.', 'Amir Khan').code, 'who.named');
  assert.equal(who('By Easter, amir will say hello.', 'Amir').ok, true);
  assert.equal(who('Khan will say hello.', 'Amir Khan').ok, true);
  assert.equal(who('Amiran will say hello.', 'Amir').ok, false);
});

test('a possessive name counts and the evidence points at the name', () => {
  const result = who("Amir's target is to say hello.", 'Amir');
  assert.equal(result.ok, true);
  assert.deepEqual(result.evidence[0], { start: 0, end: 4, text: 'Amir' });
});

test('pronouns, "the child", "my son" and first-person voice fail with their own codes', () => {
  assert.equal(who('He will say hello.', 'Amir').code, 'who.pronoun-only');
  assert.equal(who('The child will say hello.', 'Amir').code, 'who.generic');
  assert.equal(who('My son will say hello.', 'Amir').code, 'who.generic');
  assert.equal(who('I will say hello to my teacher.', 'Amir').code, 'who.first-person');
});

test('placeholders and initials fail', () => {
  assert.equal(who('XX will say hello.').code, 'who.placeholder');
  assert.equal(who('[name] will say hello.').code, 'who.placeholder');
  assert.equal(who('<name> will say hello.').code, 'who.placeholder');
  assert.equal(who('N/A will say hello.').code, 'who.placeholder');
  assert.equal(who('J.B. will say hello.').code, 'who.initials');
  assert.equal(who('JB will say hello.').code, 'who.initials');
});

test('without a pupil name, a capitalised subject before "will" or "can" counts', () => {
  assert.equal(who('Ruby will say hello.').code, 'who.named');
  assert.equal(who('During snack time, Ruby-Mae can ask for more.').ok, true);
  assert.equal(who('The teacher will model the sign.').ok, false);
  assert.equal(who('Mrs Patel will model the sign.').ok, false);
});

test('another child\'s name when the pupil is known is reported as a copy slip', () => {
  assert.equal(who('Jamie will say hello.', 'Harry Lewis').code, 'who.other-name');
});

test('a name that is also an everyday word needs its capital', () => {
  assert.equal(who('He will say hello.', 'Will Smith').ok, false);
  assert.equal(who('Will will say hello.', 'Will Smith').ok, true);
});

test('"Pupil will" is generic and a single capital is an initial', () => {
  assert.equal(who('Pupil will say hello.').code, 'who.generic');
  assert.equal(who('S will say hello.').code, 'who.initials');
  assert.equal(who('I will say hello.').code, 'who.first-person');
});

test('a name that is also a month or season does not count where it is a date', () => {
  assert.equal(who('By the end of May 2027, she will write her name.', 'May Li').ok, false);
  assert.equal(who('In the Summer term, she will write her name.', 'Summer Hall').ok, false);
  assert.equal(who('By the end of May 2027, May will write her name.', 'May Li').ok, true);
});

test('in a text typed all in lower case, a name that is also a word counts as the first word only', () => {
  assert.equal(checkSmartTarget('jack will read aloud 15 words', { pupilName: 'Jack Evans' }).elements.who.code, 'who.named');
  assert.equal(checkSmartTarget('the young person will attend his sessions', { pupilName: 'Will' }).elements.who.ok, false);
});

test('a short form of the given name names the pupil; a different name does not', () => {
  assert.equal(who('Hattie will walk along the corridor holding a partner\'s hand.', 'Harriet Moore').code, 'who.named');
  assert.equal(who('Sasha will ask for a drink with her communication book.', 'Aleksandra Petrova').code, 'who.named');
  assert.equal(who('Alex will ask for a drink.', 'Alexander Brown').code, 'who.named');
  assert.equal(who('Jamie will say hello to his teacher.', 'Harry Lewis').code, 'who.other-name');
});

test('a heading noun before "to" is not a name', () => {
  assert.equal(who('Attendance to improve to 90% by the end of term.').ok, false);
  assert.equal(who('Homework to be handed in every week.').ok, false);
});

test('"her TA to help…" names an adult, not the pupil\'s initials', () => {
  assert.equal(checkSmartTarget('She will be supported by her TA to improve her reading.').elements.who.code, 'who.pronoun-only');
  assert.equal(checkSmartTarget('AB will read 10 words.').elements.who.code, 'who.initials');
});

test('a name typed without its accents, or with them, names the pupil', () => {
  assert.equal(who('Zoe will say hello on 4 of 5 days by Easter.', 'Zoë Brown').code, 'who.named');
  assert.equal(who('Zoë will say hello on 4 of 5 days by Easter.', 'Zoe Brown').code, 'who.named');
  assert.equal(who('Lukasz will say hello on 4 of 5 days by Easter.', 'Łukasz Nowak').code, 'who.named');
  assert.equal(who('Siobhan will say hello on 4 of 5 days by Easter.', 'Siobhán Kelly').code, 'who.named');
  assert.equal(who('Zara will say hello on 4 of 5 days by Easter.', 'Zoë Brown').code, 'who.other-name');
});

test('two-letter and other common short forms name the pupil', () => {
  for (const [short, full] of [['Jo', 'Joanna Smith'], ['Ed', 'Edward Jones'], ['Abby', 'Abigail Green'], ['Ellie', 'Eleanor Price'], ['Millie', 'Amelia Hart'], ['Em', 'Emily Shaw']]) {
    assert.equal(who(`${short} will say hello on 4 of 5 days by Easter.`, full).code, 'who.named', `${short} for ${full}`);
  }
});

test('a place after "from" is not a subject, and "the young person" is not a name', () => {
  const result = who('The young person will travel by train from Woking to college with a travel buddy, on 4 out of 5 journeys by the end of the summer term 2027.');
  assert.equal(result.ok, false);
  assert.equal(result.code, 'who.generic');
  assert.deepEqual(result.evidence.map((e) => e.text), ['young person']);
  assert.equal(who('Amir will walk from Reception to Year 1 with his key person.', 'Amir Khan').code, 'who.named');
});

test('the end of a longer name is a short form of it ("Tobi" for Oluwatobi, "Ella" for Gabriella)', () => {
  assert.equal(who('Tobi will read aloud a page of his reading book on 4 out of 5 days by June.', 'Oluwatobi Adeyemi').code, 'who.named');
  assert.equal(who('Ella will read aloud a page of her reading book on 4 out of 5 days by June.', 'Gabriella Rossi').code, 'who.named');
  assert.equal(who('Obi will read aloud on 4 out of 5 days by June.', 'Oluwatobi Adeyemi').code, 'who.other-name');
});

test('sets 38 and 39: a short form counts wherever it stands, and pet forms and Polish short forms are the name', () => {
  const who = (text: string, pupilName: string) => checkSmartTarget(text, { pupilName }).elements.who;
  assert.equal(who('It would be lovely to see Ayo feel more confident in nursery.', 'Ayomide Bakare').ok, true);
  assert.equal(who('Seb – toileting – sit on the toilet when his key person takes him.', 'Sebastian Novak').ok, true);
  assert.equal(who('Lateness – Fin – arrive by 8:45 – HoY to monitor.', 'Finlay Ross').ok, true);
  assert.equal(who('Ify will make marks with a crayon for 2 minutes.', 'Ifeoma Eze').ok, true);
  assert.equal(who('In maths, Kasia will answer 3 questions.', 'Katarzyna Lewandowska').ok, true);
  // A capital that only opens the sentence is not taken for the name.
  assert.equal(who('Every morning, he will say hello.', 'Evelyn Smith').ok, false);
  assert.equal(who('Jamie will say hello.', 'Harry Smith').code, 'who.other-name');
});

test('set 88: in a text with capitals, a name left in lower case is the ordinary word unless it stands as the subject', () => {
  const who = (text: string, pupilName: string) => checkSmartTarget(text, { pupilName }).elements.who;
  assert.equal(who('He will get changed for PE with max. 2 verbal prompts by Easter.', 'Max Novak').ok, false);
  assert.equal(who('When she is moved to amber on the chart, she will go to the calm corner.', 'Amber Hussain').ok, false);
  assert.equal(who('In music she will play a 4-note melody on the glockenspiel by Easter.', 'Melody Walsh').ok, false);
  assert.equal(who('Target 1: sienna will point to the toilet picture in Nursery.', 'Sienna Ward').ok, true);
  assert.equal(who('When she is moved to Amber on the chart, she will go to the calm corner.', 'Amber Hussain').ok, true);
});

test('set 91: a note with no subject ("Needs to learn…") names no one', () => {
  assert.equal(checkSmartTarget('Needs to learn to sit still and not fidget.').elements.who.ok, false);
});

test('set 110: a short form before "needs to" names the pupil', () => {
  assert.equal(checkSmartTarget('Ollie needs to put his hand up in 4 out of 5 lessons.', { pupilName: 'Oliver Reed' }).elements.who.ok, true);
});

test('set 121: a status note ("Ongoing – to improve reading.") names no one', () => {
  assert.equal(checkSmartTarget('Ongoing – to improve reading.').elements.who.ok, false);
});
