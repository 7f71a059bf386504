import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSmartTarget } from './index.js';

const action = (text: string) => checkSmartTarget(text, { pupilName: 'Amir' }).elements.observableAction;

test('behaviours you can see or count pass, with the headline verb as evidence', () => {
  for (const verb of ['say hello', 'point to the picture', 'write his name', 'read aloud', 'stay seated', 'ask for help', 'put on his coat', 'hand over the toy', 'attend the club']) {
    const result = action(`Amir will ${verb} at snack time.`);
    assert.equal(result.ok, true, verb);
  }
  const result = action('Amir will point to the picture.');
  assert.equal(result.evidence[0]?.text, 'point');
});

test('internal or vague headline verbs fail', () => {
  for (const verb of ['understand numbers', 'know his colours', 'be aware of danger', 'improve his reading', 'develop his speech', 'learn his sounds', 'become more confident', 'feel safe', 'manage his behaviour', 'work on his writing', 'get better at sharing', 'increase his skills']) {
    assert.equal(action(`Amir will ${verb} by half term.`).code, 'observableAction.vague-verb', verb);
  }
});

test('a vague verb followed by "by doing X" still fails', () => {
  assert.equal(action('Amir will improve his reading by reading 10 words a day.').code, 'observableAction.vague-verb');
});

test('negation is ignored here: "will not hit" names hitting', () => {
  assert.equal(action('Amir will not hit other children.').ok, true);
});

test('"will not be disruptive" is not a behaviour', () => {
  assert.equal(action('Amir will not be disruptive.').code, 'observableAction.not-a-behaviour');
});

test('"be able to" wraps the real verb', () => {
  assert.equal(action('Amir will be able to write his name.').ok, true);
});

test('two distinct skills are bundled; routines and alternatives are one skill', () => {
  const bundled = action('Amir will write his name and count to 10.');
  assert.equal(bundled.code, 'observableAction.bundled-skills');
  assert.deepEqual(bundled.evidence.map((e) => e.text), ['write', 'count']);
  assert.equal(action('Amir will wash and dry his hands after the toilet.').ok, true);
  assert.equal(action('Amir will wave or say hello.').ok, true);
  assert.equal(action('Amir will follow an instruction such as "get your coat and line up".').ok, true);
});

test('provision written as the target (adults as the subject) is not the pupil\'s behaviour', () => {
  const result = checkSmartTarget('To help Amir, staff will model the sign for "more" at snack time.', { pupilName: 'Amir' }).elements.observableAction;
  assert.equal(result.code, 'observableAction.adult-action');
  assert.equal(result.evidence[0]?.text, 'staff will model');
});

test('choices, access, "make sure" and counts of sanctions are not behaviours', () => {
  for (const text of ['Amir will make good choices at playtime.', 'Amir will access the curriculum in all lessons.', 'Amir will make sure his desk is tidy.', 'Amir will reduce the number of detentions he gets.']) {
    assert.equal(checkSmartTarget(text, { pupilName: 'Amir' }).elements.observableAction.ok, false, text);
  }
});

test('steps in brackets after a routine, and a locker routine, are one skill', () => {
  for (const text of [
    'Amir will use the toilet independently (tell an adult, pull his trousers down and up, flush and wash his hands) by Easter.',
    'Amir will open his locker and collect his books before the bell by Easter.',
  ]) {
    assert.equal(checkSmartTarget(text, { pupilName: 'Amir' }).elements.observableAction.ok, true, text);
  }
});

test('the passive with the pupil as agent names a behaviour; an adult after a preposition is not the subject', () => {
  const action = (text: string) => checkSmartTarget(text, { pupilName: 'Leo' }).elements.observableAction;
  assert.equal(action('Hands will be washed by Leo at the sink before snack by Easter.').ok, true);
  assert.equal(action('Shoes will be put on by Leo after swimming by Easter.').ok, true);
  assert.equal(action('Leo will be happy by Easter.').ok, false);
  assert.notEqual(action("Leo's shouting at staff will stop by Easter.").code, 'observableAction.adult-action');
});

test('a note without "will" or "to" is judged by its verb, and a note with none names no action', () => {
  const evidence = (text: string) => action(text).evidence.map((e) => e.text);
  assert.deepEqual(evidence('Jay – read 20 CVC words, 4/5 attempts, by Feb HT'), ['read']);
  assert.deepEqual(evidence('Dominic (Y8) – stay in class for 2 hours with his key adult'), ['stay']);
  assert.deepEqual(evidence('Sits on the carpet for 5 minutes with a sand timer'), ['Sits']);
  assert.deepEqual(evidence('Ibrahim tidies his tray at home time'), ['tidies']);
  assert.equal(action('Zero exclusions this term.').code, 'observableAction.missing');
  assert.equal(action('Tobi – no more than 1 detention per week, by 14/03.').code, 'observableAction.missing');
  assert.equal(action('Manage his anger better when he is upset.').code, 'observableAction.vague-verb');
});

test('feelings, settling in and "try not to" name no behaviour', () => {
  assert.equal(action('She will settle in.').code, 'observableAction.vague-verb');
  assert.equal(action('I will try not to get angry when I lose at football.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will try not to shout out in lessons.').evidence[0]?.text, 'shout');
});

test('an interest shown and catching up are not behaviours', () => {
  assert.equal(action('Amir will show an age-appropriate interest in mark making.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will catch up on missed work while in hospital.').code, 'observableAction.vague-verb');
});

test('a list of skills split by semicolons is bundled; travelling and walking are one journey', () => {
  const list = action('Mornings – my son to brush his teeth; tidy his room; feed the cat; by half term.');
  assert.equal(list.code, 'observableAction.bundled-skills');
  assert.deepEqual(list.evidence.map((e) => e.text), ['brush', 'tidy']);
  assert.equal(action('Dara – travel training; walk from college to the bus station using her route card.').ok, true);
});

test('after a label, a late "to" is a purpose, not the start of the target', () => {
  assert.equal(action('• Ewan – work on Lexia in the library to boost his reading').code, 'observableAction.vague-verb');
  assert.deepEqual(action('Reading – Amir to read 20 words').evidence.map((e) => e.text), ['read']);
});

test("a therapist's sessions are provision; stopping being something and achieving expectations are not behaviours", () => {
  assert.equal(action("Amir's SALT will do attention sessions with him in the therapy room.").code, 'observableAction.adult-action');
  assert.equal(action('Amir to stop being disruptive in lessons').code, 'observableAction.vague-verb');
  assert.equal(action('Amir to achieve age-appropriate expectations in writing.').code, 'observableAction.vague-verb');
});

test('receiving something and "kind hands" are not behaviours', () => {
  assert.equal(action('Amir will receive zero detentions.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will use kind hands in the playground.').code, 'observableAction.vague-verb');
});

test('trying one\'s best is not a behaviour; arriving and handing in homework are two skills, choosing and handing over one', () => {
  assert.equal(action('During swimming lessons, Amir will try his best.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will arrive at lessons on time and hand in his homework.').code, 'observableAction.bundled-skills');
  assert.equal(action('Amir will choose the correct picture and hand it to an adult.').ok, true);
});

test('working through a programme, trying harder and showing attention are not behaviours; no incidents of kicking names one', () => {
  assert.equal(action('Amir will work through Toe by Toe with his TA.').code, 'observableAction.vague-verb');
  assert.equal(action('I will try harder with my work.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will show age-appropriate attention during phonics.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will have no incidents of kicking staff by half term.').ok, true);
  assert.equal(action('Amir will have zero exclusions this term.').ok, false);
});

test('"learn not to" is as vague as "learn to"; "be sitting" is a posture anyone can see', () => {
  assert.equal(action('Amir will learn not to snatch toys from his brother.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will be sitting in his tutor room by 8:40 am.').ok, true);
  assert.equal(action('Amir will be happy at school.').ok, false);
});

test('dressing and brushing teeth are two routines; washing and drying hands are one', () => {
  assert.equal(action('Amir will put on his shoes and brush his teeth before school.').code, 'observableAction.bundled-skills');
  assert.equal(action('Amir will wash and dry his hands before lunch.').ok, true);
  assert.equal(action('Amir will put on his coat and zip it up.').ok, true);
});

test('putting her face in the water and floating are two skills', () => {
  assert.equal(action('Amir will put his face in the water and float on his back for 5 seconds.').code, 'observableAction.bundled-skills');
});

test('a parent\'s wish names the pupil\'s action; "get used to" and "get stronger at" are vague; lateness is countable', () => {
  assert.equal(action('At home, we would like him to sleep in his own bed all night.').ok, true);
  assert.equal(action('Staff will model language at snack time.').code, 'observableAction.adult-action');
  assert.equal(action('Amir will get used to having paint on his hands.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will get stronger at climbing.').code, 'observableAction.vague-verb');
  assert.equal(action('I will not be late to college more than twice a half term.').ok, true);
  assert.equal(action('Amir will be absent for no more than 3 days.').ok, true);
});

test('finding a photo and moving it is one arrival routine; pedalling and ringing a bell are two skills', () => {
  assert.equal(action("At welcome time, Amir will find his photo on the board and move it to the 'here' side.").ok, true);
  assert.equal(action('Amir will pedal a trike along the path and ring its bell at the gate.').code, 'observableAction.bundled-skills');
});

test('co-regulating, consolidating and taking responsibility are not behaviours anyone can count', () => {
  for (const text of ['Amir will co-regulate with a trusted adult.', 'Amir to consolidate his number bonds.', 'Amir will take responsibility for his actions.']) {
    assert.equal(action(text).code, 'observableAction.vague-verb', text);
  }
});

test('"show enjoyment", "use her SEMH strategies" and "follow the class rules" name no behaviour', () => {
  for (const text of ['Amir will show enjoyment of the warm pool.', 'Amir to use his SEMH strategies when upset.', 'Amir will follow the class rules.']) {
    assert.equal(action(text).code, 'observableAction.vague-verb', text);
  }
});

test('an adult named in an aside before "will" is not the subject', () => {
  assert.equal(action('Amir, aged 7, in a group of 4 with the teaching assistant, will take turns in a board game.').ok, true);
  assert.equal(action('The teaching assistant will model turn-taking.').code, 'observableAction.adult-action');
});

test('"To help Amir with his handwriting" is an aim for the adults', () => {
  assert.equal(action('To help Amir with his handwriting.').code, 'observableAction.adult-action');
  assert.equal(action('Amir will help a friend tidy the book corner.').ok, true);
});

test('"demonstrate good listening skills" names no behaviour', () => {
  assert.equal(action('Amir will demonstrate good listening skills at carpet time.').code, 'observableAction.vague-verb');
});

test('grasping, valuing, broadening, handling feelings and applying knowledge are not behaviours you can count', () => {
  for (const vague of ['grasp number bonds to 10', "value others' opinions", 'broaden his diet', 'handle his frustration', 'deal with conflict', 'deal with his big feelings', 'apply his phonics knowledge', 'self-soothe']) {
    assert.equal(action(`Amir will ${vague} with a visual prompt in 4 out of 5 lessons by Easter.`).ok, false, vague);
  }
  for (const observable of ['handle a ball', 'deal the cards', 'apply glue to the card']) {
    assert.equal(action(`Amir will ${observable} with a visual prompt in 4 out of 5 lessons by Easter.`).ok, true, observable);
  }
});

test('kitchen and household skills joined by "and" are two skills', () => {
  for (const pair of ['pour his own drink and spread butter on his cracker', 'heat a ready meal in the microwave and set the washing machine', 'chop an onion and sweep the floor']) {
    assert.equal(action(`Amir will ${pair} with a visual prompt in 4 out of 5 sessions by Easter.`).code, 'observableAction.bundled-skills', pair);
  }
  assert.equal(action('Amir will wash and dry his hands with a visual prompt in 4 out of 5 sessions by Easter.').ok, true);
});

test('two skills joined by ", then", "in addition to" or a note\'s comma are two skills', () => {
  for (const target of [
    'Ellis will read a maths question aloud, then underline its key words, using his reading ruler, for 4 out of 5 questions by Easter.',
    'Hollie will cross the road at the lights in addition to reading the bus timetable, with her support worker nearby, on 3 out of 4 trips by Easter.',
    'Jamal – read a paragraph aloud to a partner, write a 2-sentence summary of it – sentence starter card – 4 out of 5 English lessons – by 26/03/2027.',
  ]) {
    assert.equal(checkSmartTarget(target).elements.observableAction.code, 'observableAction.bundled-skills', target);
  }
  assert.equal(action('Amir will wash his hands, then dry them, with a visual prompt in 4 out of 5 sessions by Easter.').ok, true);
});

test('counting objects, touching each, and giving the total is one counting skill', () => {
  assert.equal(action('Amir will count a set of 15 objects, touching each one as he counts, and give the right total on 4 out of 5 attempts by Easter.').ok, true);
});

test('"build her awareness" is vague; after "we will use it:" the pupil\'s own commitment is the headline', () => {
  assert.equal(action('Amir will build his phonological awareness by clapping the syllables in 2-syllable words, getting 8 out of 10 right within 6 weeks.').ok, false);
  const result = action("Amir loves snack time so we will use it: Amir will request 'more' using PECS with his key person, at 4 out of 5 snack times by December.");
  assert.equal(result.ok, true);
  assert.equal(result.evidence[0]?.text, 'request');
});

test('set 29: numbered steps, "followed by", "as well as record", "access the class novel", and notes that open with their situation', () => {
  const code = (text: string) => checkSmartTarget(text).elements.observableAction.code;
  assert.equal(code('Target: Rafael will 1) pack his bag using the checklist at home time and 2) hand his reading record to the teacher each morning, on 4 out of 5 days, by May.'), 'observableAction.bundled-skills');
  assert.equal(code('Using a writing frame, Adaeze will write a 4-sentence paragraph followed by reading it aloud to a partner, in 3 out of 4 lessons by April.'), 'observableAction.bundled-skills');
  assert.equal(code('During science practicals, Mohammed will follow the written method as well as record his results in a table, with a task checklist, in 4 out of 5 practicals by Easter.'), 'observableAction.bundled-skills');
  assert.equal(code('Using a laptop that reads the text aloud, Niamh will access the Year 9 English class novel for 20 minutes in 4 out of 5 lessons by Easter.'), 'observableAction.vague-verb');
  assert.equal(code('Omar – when he feels angry in class, go straight to the learning support base using his exit pass – 4 out of 5 occasions – by 20/03/2027.'), 'observableAction.observable');
  assert.equal(code('Sebastián – in the dining hall at lunchtime, sit with his class group for 15 minutes, with a midday supervisor nearby – 4 out of 5 days – by Easter.'), 'observableAction.observable');
});

test('set 31: a note that opens "using a chunky pencil," and "show-and-tell" are one skill', () => {
  assert.equal(checkSmartTarget('Isla – using a chunky pencil, trace 4 of the 5 shapes on the page, staying inside the lines – by 2027-03-05.').elements.observableAction.ok, true);
  assert.equal(action('With her key person sitting beside her, Amir will say one sentence to the group during show-and-tell once a week.').ok, true);
});

test("set 30: the adults' provision first, then the pupil's commitment; 'build emotional literacy' and 'stop getting frustrated' are vague", () => {
  assert.equal(checkSmartTarget("Jordan's key adult will meet him at the gate each morning; Jordan will refuse to come into school on fewer than 2 days a week.").elements.observableAction.ok, true);
  assert.equal(action('Amir will build emotional literacy in weekly sessions by July.').ok, false);
  assert.equal(action('Amir will stop getting frustrated in maths lessons, with fewer than 2 shouting incidents a week, by Easter.').ok, false);
  assert.equal(checkSmartTarget('Staff will model two-word phrases at snack time.').elements.observableAction.code, 'observableAction.adult-action');
});

test("set 33: the pupil's behaviour inside the adults' provision is judged ('support Amir to walk', 'so that he reads')", () => {
  const supported = action('Staff will support Amir to walk from the classroom to the hall with his walking frame in under 3 minutes by Easter.');
  assert.equal(supported.ok, true);
  assert.equal(supported.evidence[0]?.text, 'walk');
  assert.equal(action('Teaching assistant to support him in phonics sessions so that he reads 8 of 10 words correctly by Easter.').ok, true);
  assert.equal(action('Staff will support Amir to understand his visual timetable.').code, 'observableAction.vague-verb');
  assert.equal(action('Staff will model language during play.').code, 'observableAction.adult-action');
});

test('set 34: "get less upset" is a feeling; a verb before a person\'s -er noun after a comma names the person, not a second skill', () => {
  assert.equal(action('Amir will get less upset at drop-off, crying for under 5 minutes on 4 of 5 mornings.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir – catch the no. 11 bus to college, using his travel card, travel trainer on the same bus – 8/10 days.').ok, true);
  assert.equal(action('Amir will read the book, answer the questions.').code, 'observableAction.bundled-skills');
});

test('sets 36 and 37: a note that opens with a vague verb, "access" anything but a place, and "show anticipation" are vague', () => {
  assert.equal(action('Know number bonds to 10 – Amir – w/ a number line – 9/10 correct – by half term').code, 'observableAction.vague-verb');
  assert.equal(action('Amir to access Attention Autism stage 3 in the base.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will access the toilet independently by Easter.').ok, true);
  assert.equal(action('Amir will show anticipation by smiling when the adult pauses in a song.').code, 'observableAction.vague-verb');
  assert.equal(action('Reading – Amir – read 20 words by Easter.').ok, true);
});

test("set 38: a parent's 'would love', 'during snack and play', and holding the tool to make marks are one commitment", () => {
  assert.equal(action('We would love Amir to wave bye-bye to Mummy at the nursery door on 4 out of 5 mornings.').ok, true);
  assert.equal(action('Amir will say two words together to ask for things during snack and play, 10 times in a session.').ok, true);
  assert.equal(action('Amir will hold a crayon and make marks on paper for 2 minutes.').ok, true);
  assert.equal(action('Amir will not go into the toilets at break and will eat his lunch in the canteen.').code, 'observableAction.bundled-skills');
});

test('set 41: "calm down", "open up", "keep up", a note\'s "working on" and "developing", and "and also" before a second skill', () => {
  assert.equal(action('Amir will calm down within 5 minutes of going to the calm corner on 4 out of 5 occasions.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will open up about his worries at his Monday check-in on 3 out of 4 Mondays.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will keep up with the class in science lessons in 3 of 4 lessons.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir – working on his handwriting – pencil grip – 8 of 10 letters on the line – by Easter.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir – developing confidence when speaking in a small group – 1 contribution per session – by Easter.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will put his hand up before speaking in class and also wait his turn in the dinner queue on 4 of 5 days.').code, 'observableAction.bundled-skills');
  assert.equal(action('Amir will put his hand up and wait to be asked in 4 of 5 lessons.').ok, true);
});

test('set 42: "have zero biting incidents" and "have 4 incident-free lunchtimes" name what is counted', () => {
  assert.equal(action('Amir will have zero biting incidents during free play on 9 out of 10 sessions.').ok, true);
  assert.equal(action('Amir will have 4 incident-free lunchtimes out of 5 each week, with no kicking.').ok, true);
  assert.equal(action('Amir will have zero exclusions this term.').ok, false);
});

test('sets 44 and 45: "write her name and the date" and numbered steps are two skills; being in bed is a state you can see; a nursery providing is an adult action', () => {
  assert.equal(action('Amir will write his name and the date at the top of his work in 4 of 5 lessons.').code, 'observableAction.bundled-skills');
  assert.equal(action('Amir will write his name and address on the envelope in 4 of 5 tries.').ok, true);
  assert.equal(action('Amir will: 1) hang up his coat 2) line up at the door, by the end of the year.').code, 'observableAction.bundled-skills');
  assert.equal(action('Amir will be in bed with the light off by 8:30pm on 5 out of 7 nights.').ok, true);
  assert.equal(action('Nursery to provide a quiet space for Amir at sleep time and monitor his sleep.').code, 'observableAction.adult-action');
});

test('set 48: a note that continues a programme names provision, not what the pupil does', () => {
  assert.equal(action('Continue physio programme 3x weekly with TA – review termly.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will continue with his speech therapy sessions twice a week.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will continue to read aloud to an adult for 5 minutes a day.').ok, true);
});

test('set 49: "work harder", "knows" after a heading and being back in a seat; an outcome that counts a behaviour\'s incidents names it', () => {
  assert.equal(action('Reading target: he will work harder on his reading.').code, 'observableAction.vague-verb');
  assert.equal(action('Success looks like: Amir knows his number bonds to 10, getting 9 of 10 right.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will be back in his seat within 3 minutes on 4 out of 5 occasions.').ok, true);
  assert.equal(action('Outcome: no more than one hitting incident a week at playtime for Amir, by Easter.').ok, true);
  assert.equal(action('Outcome: zero exclusions this term for Amir.').ok, false);
});

test('sets 51 and 52: leaving for a calm space is one act; a note opening "work on" is vague; suspensions are the school\'s sanction', () => {
  assert.equal(action('Amir will show his time-out card to the teacher and go to the Base when he feels angry, on 4 out of 5 occasions.').ok, true);
  assert.equal(action('Amir will go to the calm corner and use his sand timer for 3 minutes when upset.').ok, true);
  assert.equal(action('Amir will show his work to the teacher and go out to play.').code, 'observableAction.bundled-skills');
  assert.equal(action('- work on speaking and listening (ongoing)').code, 'observableAction.vague-verb');
  assert.equal(action('- read 20 common words by Easter').ok, true);
  assert.equal(action('Amir will reduce his suspensions to zero by the end of Year 10.').code, 'observableAction.vague-verb');
});

test('set 53: "stop rushing my work" names no behaviour you could count', () => {
  assert.equal(action('My target is to stop rushing my work.').code, 'observableAction.vague-verb');
});

test('sets 86 to 90: "stop and look", reaching and holding, working a machine and going somewhere to stay there are one act; worrying is not a behaviour', () => {
  assert.equal(action('Amir will stop and look at the teacher when she holds up a red card.').ok, true);
  assert.equal(action('Amir will open her hand and hold the cup for 5 seconds.').ok, true);
  assert.equal(action('Amir will load and start the washing machine once a week.').ok, true);
  assert.equal(action('Amir will go to the calm corner and stay there until the timer runs out.').ok, true);
  assert.equal(action('Amir will answer the phone on reception and file the post in order.').code, 'observableAction.bundled-skills');
  assert.equal(action('Amir will no longer worry about using his wheelchair in the playground.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will be ready at the front door for his taxi by 8:10.').ok, true);
  assert.equal(action('Amir will be ready to learn.').ok, false);
  assert.equal(action('MAY (Nursery): will follow the arrival routine on 4 out of 5 mornings.').ok, true);
});

test('sets 91 to 94: two speech sounds are two skills, copying a model and saying the words one; "will be supported to" is what adults do', () => {
  assert.equal(action("Amir will say the 'f' sound and the 'l' sound at the start of words.").code, 'observableAction.bundled-skills');
  assert.equal(action('Amir will say the ‘f’ sound at the start of words and the ‘s’ sound at the end of words.').code, 'observableAction.bundled-skills');
  assert.equal(action("Amir will read words with 'ai' and 'ee' using his sound mat.").ok, true);
  assert.equal(action("Amir will copy the adult's model and say 10 words that start with 'sh'.").ok, true);
  assert.equal(action('Amir will be supported to stay on task through movement breaks.').code, 'observableAction.adult-action');
});

test('sets 97 and 100: the engagement model\'s states are not behaviours; two behaviours forbidden with "or" are two; lifting a cup and drinking is one act', () => {
  assert.equal(action('Amir will show more persistence with his switch toy.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will demonstrate realisation on 3 out of 5 occasions.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will not swear at staff or throw equipment in lessons.').code, 'observableAction.bundled-skills');
  assert.equal(action('Amir will not hit staff or peers.').ok, true);
  assert.equal(action('Amir will wave or say hello to his key person.').ok, true);
  assert.equal(action('Amir will lift his cup to his mouth and drink at lunch.').ok, true);
  assert.equal(action('Amir will press his switch to start the story and look at the adult.').code, 'observableAction.bundled-skills');
  assert.equal(action('Amir will be through the school gate by 8:35.').ok, true);
});

test('set 102: lunchtimes "free from fighting" name the behaviour counted', () => {
  assert.equal(action('Aylin will have lunchtimes free from fighting on 4 out of 5 days.').ok, true);
});

test('set 106: calming oneself down, communicating one\'s needs and showing that one knows are not behaviours you could count', () => {
  assert.equal(action('Amir will be able to calm himself down after break.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will communicate his needs at snack time.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will show that he knows the class rules during carpet time.').code, 'observableAction.vague-verb');
  assert.equal(action('Amir will take part in a four-player board game at wet play.').ok, true);
});

test('sets 111 and 114: a pupil called Elsa is not the ELSA; going to an adult and showing a card is one act; making two new friends is not a behaviour', () => {
  assert.equal(action('Elsa will point to how she is feeling on her feelings chart.').ok, true);
  assert.equal(action('ELSA will meet Amir every Tuesday.').code, 'observableAction.adult-action');
  assert.equal(action('Amir will go to his key adult and show his ‘worry’ card when he feels anxious.').ok, true);
  assert.equal(action('Amir will make two new friends by the end of the autumn term.').code, 'observableAction.vague-verb');
});

test('set 117: being in registration by a time is where the pupil is', () => {
  assert.equal(action('Amir will be in registration by 8:40.').ok, true);
});

test('set 122: picking pegs up and dropping them in a pot is one act; "to be supported by SaLT to" is the adults\' provision', () => {
  assert.equal(action('Amir will pick up 10 small pegs and drop them into a pot within 1 minute.').ok, true);
  assert.equal(action('Amir to be supported by SaLT to develop his expressive language.').code, 'observableAction.adult-action');
});

test('set 124: "…, run by an adult" describes the game, not a second skill', () => {
  assert.equal(action('Amir will wait for his turn throughout a board game with 3 other children, run by an adult at the Friday club.').ok, true);
});
