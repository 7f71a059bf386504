import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSmartTarget } from './index.js';

const conditions = (text: string) => checkSmartTarget(text, { pupilName: 'Amir' }).elements.conditions;

test('adult support, prompts and the support level count', () => {
  for (const phrase of ['with a visual prompt', 'with support from his teaching assistant', 'with an adult nearby', 'independently', 'without adult help', 'when prompted']) {
    assert.equal(conditions(`Amir will say hello ${phrase}.`).ok, true, phrase);
  }
});

test('aids given to the pupil count', () => {
  for (const phrase of ['using a word mat', 'with a sand timer', 'using his walking frame', 'wearing ear defenders']) {
    assert.equal(conditions(`Amir will write a sentence ${phrase}.`).ok, true, phrase);
  }
});

test('the setting or situation counts', () => {
  for (const phrase of ['during carpet time', 'in maths lessons', 'when upset', 'on arrival', 'at snack time']) {
    const result = conditions(`Amir will say hello ${phrase}.`);
    assert.equal(result.ok, true, phrase);
    assert.equal(result.code, 'conditions.stated');
  }
});

test('measurement statements, task content and criterion units are not conditions', () => {
  assert.equal(conditions('Amir will say 50 words, as recorded by the teacher, by Easter.').code, 'conditions.missing');
  assert.equal(conditions('Amir will count 10 objects by Easter.').ok, false);
  assert.equal(conditions('Amir will say hello in 4 out of 5 lessons by Easter.').ok, false);
});

test('the evidence is the condition phrase', () => {
  const text = 'Amir will say hello during carpet time.';
  const result = conditions(text);
  assert.equal(result.evidence[0]?.text, text.slice(result.evidence[0]!.start, result.evidence[0]!.end));
  assert.match(result.evidence[0]!.text, /^during carpet/);
});

test('"using the correct …" describes the task, not an aid', () => {
  assert.equal(conditions('Amir will write his name using the correct letter formation by Easter.').ok, false);
  assert.equal(conditions('Amir will write his name using the name card by Easter.').ok, true);
});

test('"will not need adult support" states the support level', () => {
  assert.equal(conditions('Amir will not need adult support to put on his coat by Easter.').ok, true);
});

test("physical support, a source to copy from, a session format and the pupil's own aids count", () => {
  for (const text of [
    "Amir will walk to the hall holding an adult's hand by Easter.",
    'Amir will write his name, copying from a name card, by Easter.',
    'Amir will take turns through weekly Lego sessions by Easter.',
    'Amir will sit down within 5 minutes of going to the calm corner by Easter.',
    'Amir will bring his equipment, ticking the checklist in his planner, by Easter.',
  ]) {
    assert.equal(conditions(text).ok, true, text);
  }
  // "from" is an aid only after copying or reading from it.
  assert.equal(conditions('Amir will walk away from the table by Easter.').ok, false);
});

test('where the pupil sits, what each lesson starts with, and a place with a qualifier count; a measurement chart does not', () => {
  for (const text of ['Amir will work for 20 minutes, sitting near the front, by Easter.', 'Amir will use his putty before each literacy lesson by Easter.', 'Amir will wave goodbye at the nursery door by Easter.']) {
    assert.equal(conditions(text).ok, true, text);
  }
  assert.equal(conditions('Amir will swear less than 3 times per lesson, as recorded on his behaviour chart, by Easter.').ok, false);
});

test('"at any time" is no situation; a numbered group and a check-in are', () => {
  assert.equal(conditions('Amir will not hit staff or peers at any time.').ok, false);
  assert.equal(conditions('Amir will segment and blend CVC words in his Set 1 group.').evidence[0]?.text, 'in his Set 1 group');
  assert.equal(conditions('Amir will point to how he feels at morning check-in.').evidence[0]?.text, 'at morning check-in');
  assert.equal(conditions('Amir will stay in his seat 10 minutes in the hall.').evidence[0]?.text, 'in the hall');
});

test('what the behaviour follows, reminders held back and a phone call count; a verb particle does not', () => {
  assert.equal(conditions('Amir will talk through what happened after every incident.').evidence[0]?.text, 'after every incident');
  assert.equal(conditions('Amir will feed the cat without me reminding him.').evidence[0]?.text, 'without me reminding');
  assert.equal(conditions('Amir will attend at least 92% of days with a daily phone call from the EWO.').evidence[0]?.text, 'with a daily phone call');
  assert.equal(conditions('Amir will hand in his science homework on time.').ok, false);
  assert.equal(conditions('Amir will take turns in a game of snap.').evidence[0]?.text, 'in a game');
  assert.equal(conditions('Amir will leave the room without asking.').ok, false);
});

test('a trip, "independantly" as typed, and after swimming are conditions', () => {
  assert.equal(conditions('Amir will be aware of danger on the school trip.').evidence[0]?.text, 'on the school trip');
  assert.equal(conditions('Amir will get dressed independantly within 10 minutes.').ok, true);
  assert.equal(conditions('Amir will get dressed after swimming within 10 minutes.').evidence[0]?.text, 'after swimming');
});

test('a warning given and a change of activity are conditions', () => {
  assert.deepEqual(conditions('Amir will be given a 2-minute warning before each change of activity.').evidence.map((e) => e.text), ['given a 2-minute', 'before each change of activity']);
});

test('a hand raised in a lesson and the time of day are conditions; handing in homework is not a place', () => {
  assert.equal(conditions('Amir will ask for help by raising his hand in maths lessons.').evidence[0]?.text, 'in maths');
  assert.equal(conditions('Amir will feel happy coming into school in the mornings.').evidence[0]?.text, 'in the mornings');
  assert.equal(conditions('Amir will hand in his science homework on time.').ok, false);
});

test('a call before the behaviour is a condition; what improves is not a place', () => {
  assert.equal(conditions('Amir will attend school after a phone call from his mentor.').evidence[0]?.text, 'after a phone call');
  assert.equal(conditions('Amir will show improvement in his maths test scores.').ok, false);
});

test('a counted setting, an HLTA, a therapy group and a parent reminding are conditions', () => {
  for (const text of [
    'Amir will copy the date into his book in 4 of 5 English lessons.',
    'Amir will attend his weekly reading session with the HLTA.',
    'In Lego therapy, Amir will ask his partner for a brick.',
    'Amir will put his shoes away, with me reminding him.',
  ]) {
    assert.equal(conditions(text).ok, true, text);
  }
});

test('the skill after "better at using" is not an aid', () => {
  assert.equal(conditions('Ongoing - Amir to get better at using scissors').ok, false);
  assert.equal(conditions('Amir will cut along a line using scissors.').ok, true);
});

test('a text from a mentor and a bookmark given are conditions', () => {
  assert.equal(conditions('With a text from his learning mentor each morning, Amir will attend his first lesson.').ok, true);
  assert.equal(conditions('Amir will read a passage aloud with a bookmark under the line.').ok, true);
});

test('secondary, college and early-years adults, visits, meetings, exams, clubs and tills are conditions', () => {
  for (const text of [
    'With her college tutor texting her at 8 am, Amir will arrive on time.',
    'With weekly ToD visits, Amir will write down the homework task.',
    'With his pastoral lead meeting him at reception, Amir will go to his first lesson.',
    'Amir will speak calmly in restorative meetings with the HOY.',
    'Amir will fill in the form with the careers adviser sitting alongside.',
    'Amir will use the reading pen in mock exams.',
    'Amir will get to his lessons on time without being chased up by staff.',
    'With a place at Tuesday homework club, Amir will finish 3 tasks a week.',
    'Amir will pour water at the mud kitchen.',
    'With her Portage home visitor, Amir will post 4 shapes into a sorter.',
    'Amir will name 8 of 10 picture cards in a practice with his speech and language therapist.',
    'With a modified paper in 18-point print, Amir will answer 9 of 10 questions.',
  ]) {
    assert.equal(conditions(text).ok, true, text);
  }
});

test('who marks or counts the work is not a condition', () => {
  assert.equal(conditions('Amir will answer 12 of 15 questions by the mocks, as marked by his maths teacher.').ok, false);
  assert.equal(conditions('Amir will write a sentence in 4 out of 5 pieces of writing, as checked by his teacher.').ok, false);
  assert.equal(conditions('Amir will say 50 words, as counted on his word list by his mum and key person.').ok, false);
  assert.equal(conditions('Amir will spell 15 of 20 words in his spelling test.').ok, false);
});

test('a return from suspension, a family support worker, a time-out pass, a subject, a base and a period are conditions', () => {
  for (const text of [
    'After his return from suspension, Amir will go to the office to collect his report card.',
    'With a 7:30 wake-up call from his family support worker, Amir will arrive on time.',
    'With a time-out pass available, Amir will leave the room for 5 minutes.',
    'Amir will put his hand up in Spanish.',
    'Amir will arrive at the pastoral base by 8:50.',
    'Amir will put his phone in his locker before period 1.',
    'Amir will find the missing number with a bead string.',
    'Amir will say what each digit is worth with a chart in front of him.',
  ]) {
    assert.equal(conditions(text).ok, true, text);
  }
  assert.equal(conditions('Amir will score at least 3 on his report card in 4 of 5 lessons.').ok, false);
});

test('counting along a number line uses an aid; cutting along a line does not', () => {
  assert.equal(conditions('Amir will count out 10 objects along a number line.').ok, true);
  assert.equal(conditions('Amir will cut along a thick line.').ok, false);
});

test('an end-of-day meeting and a mini whiteboard are conditions', () => {
  assert.equal(conditions('Amir will tell his mentor one thing that went well, at their end-of-day meeting.').ok, true);
  assert.equal(conditions('Amir will shout out fewer than 3 times, with a mini whiteboard to write his answers on.').ok, true);
});

test('a clock time before a routine, a counsellor and the pupil\'s own walking frame are conditions', () => {
  assert.equal(conditions('Amir will point to a colour on his chart at 10:30 break.').ok, true);
  assert.equal(conditions('Amir will hand in his phone at 8:50 registration.').ok, true);
  assert.equal(conditions('Amir will talk about his week in his sessions with the school counsellor.').ok, true);
  assert.equal(conditions('Amir will use his walking frame around school.').ok, true);
});

test('a buddy from another year and the ELSA are supporting people', () => {
  assert.equal(conditions('Amir will read with a Year 6 reading buddy three times a week.').ok, true);
  assert.equal(conditions('Amir to work on his social skills with the ELSA.').ok, true);
});

test('co-regulation from a key adult and an alarm on a phone are conditions', () => {
  assert.equal(conditions('With co-regulation from his key adult, Amir will return to his seat.').ok, true);
  assert.equal(conditions('With an alarm on his phone, Amir will hand in his homework on time.').ok, true);
});

test('staff, volunteers, family and other pupils working with the pupil are supporting people', () => {
  for (const person of ['a member of staff', 'two members of staff', 'a volunteer', 'a reading helper', 'her nan', 'his grandad', 'her foster carer', 'his older brother', 'another pupil', 'a sixth-form student', 'a dinner lady', 'a reader', 'a scribe', 'an interpreter']) {
    assert.equal(conditions(`Amir will read aloud for 10 minutes with ${person} in 3 out of 4 sessions by Easter.`).ok, true, person);
  }
});

test('more settings, breaks, access arrangements and aids count', () => {
  for (const phrase of ['at his workstation', 'in pairs', 'after a movement break', 'after a sensory break', 'given extra time', 'with 25% extra time', 'from a model', 'from a near-point copy', 'using speech-to-text', 'by dictating his ideas to an adult', 'in swimming lessons', 'in the hub', 'in the community', 'in the changing rooms', 'on the minibus', 'at the bus stop']) {
    assert.equal(conditions(`Amir will write three sentences ${phrase} in 4 out of 5 lessons by Easter.`).ok, true, phrase);
  }
});

test('the words on a spelling list are the task, not an aid', () => {
  assert.equal(conditions('Sami will spell 8 of the 10 words on his weekly list correctly on 3 Fridays in a row by Easter.').ok, false);
});

test('reading aloud to someone is the support arranged; saying hello to someone is not', () => {
  for (const target of [
    'Twice a week, Amir will read a page aloud to a reading volunteer with no more than 4 errors, in 4 out of 5 sessions.',
    'Amir will read 2 pages of his reading book aloud to an adult 3 times a week.',
  ]) {
    assert.equal(conditions(target).ok, true, target);
  }
  assert.equal(conditions("Amir will say 'thank you' to an adult at least 3 times a day on 4 of 5 days by Easter.").ok, false);
});

test('"checked by" after the attempts counted says who measures, not who supports', () => {
  assert.equal(conditions('Amir will write his full name with no more than one letter reversed, on 4 out of 5 attempts checked by his class teacher, by Easter.').ok, false);
});

test('instruction sheets followed and a practice flat are conditions', () => {
  assert.equal(conditions('Amir will make a cup of tea following photo instruction sheets in 3 out of 4 sessions by Easter.').ok, true);
  assert.equal(conditions("In the college's practice flat, Amir will make a cup of tea in 3 out of 4 sessions by Easter.").ok, true);
});

test('"using tens and ones blocks" is an aid, "and" inside its name', () => {
  assert.equal(conditions('Amir will split 2-digit numbers into tens and ones, using tens and ones blocks, getting 8 out of 10 correct, by Easter.').ok, true);
});

test('a check-in with the adult is a condition, however "their" is spelt', () => {
  assert.equal(conditions('Amir will tell his mentor one thing that went well at their Friday check-in, on 5 Fridays out of 6, by May.').ok, true);
  assert.equal(conditions('Amir will tell his mentor one thing that went well at thier Friday check-in, on 5 Fridays out of 6, by May.').ok, true);
});

test('set 29: "at a time" and what a measurement is recorded on are not conditions; an aid named at length is', () => {
  assert.equal(conditions('Amir will read his reading book aloud for 10 minutes at a time, 4 times a week, by the end of the summer half term.').ok, false);
  assert.equal(conditions('Amir will say two-word phrases, as recorded by his key person on the weekly tracking sheet, at least 10 times a week by Easter.').ok, false);
  assert.equal(conditions("Using Colourful Semantics 'who' and 'what doing' cards, Amir will say a 2-part sentence about a picture in 4 out of 5 tries by Easter.").ok, true);
  assert.equal(conditions('Amir will answer 2-digit subtraction questions using a 0–100 number line, getting 8 out of 10 correct, by Easter.').ok, true);
});

test('"using capital letters and full stops" describes the task, however long', () => {
  assert.equal(conditions('Amir will write 3 sentences using capital letters and 2-step instructions in 4 out of 5 pieces of work by Easter.').ok, false);
});

test("set 31: copying an adult's drawing and a number track are conditions", () => {
  assert.equal(conditions("Copying an adult's drawing, Amir will draw a closed circle in 4 out of 5 tries by Easter.").ok, true);
  assert.equal(conditions('Using a 0–20 number track, Amir will count back aloud from 20 to 0 in 4 out of 5 tries by Easter.').ok, true);
});

test('set 30: a card kept in a pocket and a picture on a lanyard are aids', () => {
  assert.equal(conditions('Walking out of lessons: Amir to do this fewer than twice a week by the end of week 6, keeping his time-out card in his blazer pocket.').ok, true);
  assert.equal(conditions("Amir will tell an adult he needs the toilet, by saying 'toilet' or showing the picture on his lanyard, on 4 out of 5 days by half term.").ok, true);
});

test('set 33: the test, check or exam paper success is measured on is not a condition; a session of so many minutes is a setting', () => {
  assert.equal(conditions('Amir will answer 8 out of 10 division facts correctly on his Friday times-table test by Easter.').ok, false);
  assert.equal(conditions('Amir will answer 6 of 8 questions correctly on a past exam paper by the mock exams in March 2027.').ok, false);
  assert.equal(conditions('Amir will name 15 of 20 everyday objects on the half-termly picture check by Easter.').ok, false);
  assert.equal(conditions('Amir will read aloud 20 common words in his 10-minute reading session, by Easter.').ok, true);
});

test('set 32: a tripod grip is how the pupil holds the pencil; a pencil grip and clothes laid out for him are aids', () => {
  assert.equal(conditions('Amir will hold his pencil with a tripod grip for 4 out of 5 pieces of written work by Easter.').ok, false);
  assert.equal(conditions('Amir will hold his pencil with a pencil grip for 4 out of 5 pieces of written work by Easter.').ok, true);
  assert.equal(conditions('Amir – get changed for PE in fewer than 6 minutes, clothes laid out in order, 3 of 4 PE days, by Easter.').ok, true);
});

test('set 35: a named group after "at the start of", a card copied from, picture steps and anyone nearby are conditions', () => {
  assert.equal(conditions('At the start of Monday’s speech group, Amir will tell the group one thing he did at the weekend, in 5 of 6 sessions.').ok, true);
  assert.equal(conditions('By 3 March 2027, Amir will write his first name on his work, copying it from a name card.').ok, true);
  assert.equal(conditions('Amir – toileting routine – picture steps on the toilet door – 4 of 5 nursery days – by Easter 2027.').ok, true);
  assert.equal(conditions('Amir will choose a book from the library shelves, with the librarian nearby, on 3 out of 4 visits by Easter.').ok, true);
  // "by the end of term" is an end point: the lessons after it are not a setting.
  assert.equal(conditions('Amir will write his name by the end of term lessons, in 4 of 5 tries.').ok, false);
});

test("sets 36 and 37: an exported row's provision field, a cue playing, the body supported, adapted equipment and things carried are conditions", () => {
  assert.equal(conditions('Target: Amir will copy 4 lines | Strategies: writing slope & triangular pencil grip | Success criteria: 4 of 5 lines | Review date: 19/03/27').ok, true);
  assert.equal(conditions('Target: Amir will copy 4 lines | Support: N/A | Success criteria: 4 of 5 lines | Review date: 19/03/27').ok, false);
  assert.equal(conditions('Amir will tidy away the paint pots at the end of art, w/ a tidy-up song playing, in 4 of 5 lessons, by Easter.').ok, true);
  assert.equal(conditions('Amir will pedal the adapted trike 30 metres, on 3 out of 4 tries by Easter.').ok, true);
  assert.equal(conditions('Amir will pedal a trike 30 metres, with his feet strapped to the pedals, on 3 out of 4 tries by Easter.').ok, true);
  assert.equal(conditions('Amir will get to his maths room before the second bell, carrying his printed route card, in 9 of 10 lessons by Easter.').ok, true);
  assert.equal(conditions('Amir will read aloud 20 words w/ a word ring | Success criteria: 18 of 20 correct | Review: 22nd March 2027').ok, true);
  assert.equal(conditions('Amir will send one piece of work to his teacher through the online classroom, in 4 of the next 6 weeks.').ok, true);
  assert.equal(conditions('Amir will greet visitors at the centre’s front desk, saying hello, on 4 out of 5 occasions by Easter.').ok, true);
});

test('set 37: the day of a test and the language spoken in are not conditions; the English lesson is', () => {
  assert.equal(conditions('Target: Amir will spell the words on his weekly list | Success: 8/10 on Friday test | Review: 19/03/27').ok, false);
  assert.equal(conditions('Amir will name 10 everyday objects in English, getting 8 out of 10 right, by the next review.').ok, false);
  assert.equal(conditions('Amir will put his hand up in English to answer a question, in 4 of 5 lessons by Easter.').ok, true);
  assert.equal(conditions('Amir will count to 10 in English lessons by Easter.').ok, true);
});

test('sets 38 and 39: tea time, a check from an adult, a group gone to, a circuit, guided reading and a cue on the card are conditions; plain paper and words used are not', () => {
  assert.equal(conditions('Amir will eat some of the vegetables on his plate at teatime.').ok, true);
  assert.equal(conditions('With a planner check from his form tutor each morning, Amir will bring his PE kit on 4 of 5 days.').ok, true);
  assert.equal(conditions('Amir will practise his tables by going to the Thursday catch-up group, 10 minutes a week.').ok, true);
  assert.equal(conditions('Amir will move on the apparatus through a daily sensory circuit, 3 times a week.').ok, true);
  assert.equal(conditions('In Year 6 guided reading, Amir will find the answer to 3 out of 4 questions.').ok, true);
  assert.equal(conditions('Amir will throw sand fewer than 2 times a session, with a ‘sand stays down’ picture card on the edge, by December.').ok, true);
  assert.equal(conditions('Amir will make marks on paper for 2 minutes on 4 out of 5 tries.').ok, false);
  assert.equal(conditions('Amir will use single words to ask for things 5 times a day.').ok, false);
});

test('set 40: equipment made easier, a named adult, hearing aids, a card shown, a work placement and morning registration are conditions', () => {
  assert.equal(conditions('Amir will cut his food into pieces with his chunky-handled knife and fork on 4 out of 5 days by Easter.').ok, true);
  assert.equal(conditions('Amir will draw a closed circle with a chunky crayon on 3 out of 4 attempts by Easter.').ok, true);
  assert.equal(conditions('Amir will read aloud a page with no more than 3 errors, with Mrs Osei sitting beside him, on 4 of 5 tries by Easter.').ok, true);
  assert.equal(conditions('Amir will repeat back an instruction on 4 of 5 tries by Easter. His teacher will wear the microphone linked to his hearing aids.').ok, true);
  assert.equal(conditions('Amir will ask an adult for help by showing the help card kept in his pencil case, in 3 of 4 lessons by Easter.').ok, true);
  assert.equal(conditions('At his café work placement, Amir will take at least 10 orders per shift on 8 of 10 shifts by Easter.').ok, true);
  assert.equal(conditions('At morning registration, Amir will hand his planner to his form tutor on 9 of 10 days by Easter.').ok, true);
});

test('set 40: what the pupil acts on, where success is scored or recorded, "her own coat", a bare unit and a class trip as the end point are not', () => {
  assert.equal(conditions('Amir will give his planner to his form tutor to sign in 8 of 10 weeks by Easter.').ok, false);
  assert.equal(conditions('Amir will copy the homework task into his planner on 4 of 5 days by Easter.').ok, false);
  assert.equal(conditions('Amir will write a paragraph that scores 4 out of 5 on the paragraph checklist used by his English teacher, by Easter.').ok, false);
  assert.equal(conditions('Amir will read the time on an analogue clock, getting 8 of 10 right. Mrs Shah will record each try on a tick sheet.').ok, false);
  assert.equal(conditions('Amir will do his stretching routine 5 days a week by Easter, ticked off on a chart by his physiotherapist.').ok, false);
  assert.equal(conditions('Amir will put on his own coat on 4 out of 5 days by Easter.').ok, false);
  assert.equal(conditions('Amir will write at least 4 lines in 4 out of 5 written tasks by Easter.').ok, false);
  assert.equal(conditions('Amir will walk 400 metres on 3 of 4 tries by the class trip to the farm on 14 May 2027.').ok, false);
  assert.equal(conditions('Amir will wear his hearing aids for the whole morning by Easter.').ok, false);
});

test('set 42: the school bus, placements, college, the sand tray, games lessons and swimming are settings; where the pupil arrives is not', () => {
  assert.equal(conditions('Amir will use kind words on the school bus on no more than one journey a week by Easter.').ok, true);
  assert.equal(conditions('On his work placement at the garden centre, Amir will finish each job on 8 out of 10 shifts by Easter.').ok, true);
  assert.equal(conditions('Amir will arrive on time to his morning lessons at college on 4 of 5 days by Easter.').ok, true);
  assert.equal(conditions('Amir will keep the sand at the sand tray, throwing it no more than once a session, by Easter.').ok, true);
  assert.equal(conditions('Amir will hand the equipment back at the end of games lessons in 4 out of 5 lessons by Easter.').ok, true);
  assert.equal(conditions('Amir will get changed for swimming on 3 of 4 weeks by Easter.').ok, true);
  assert.equal(conditions('Amir will arrive at the base by 8:50 to meet his key worker, on 9 of 10 days by Easter.').ok, true);
  assert.equal(conditions('Amir will arrive at school by 8:45 on 9 out of 10 days by Easter.').ok, false);
});

test('set 43: an adult beside the pupil counts with an aside in brackets', () => {
  assert.equal(conditions('Amir will answer who questions with his SALT (speech and language therapist) sitting beside him, getting 4 of 5 right, by March.').ok, true);
});

test('sets 44 and 45: a night light on and a walking bus collecting him are conditions; "in line with" advice and a reading diary handed in are not', () => {
  assert.equal(conditions('Amir will stay in his own bed until 6am, with his night light on, on 5 of 7 nights.').ok, true);
  assert.equal(conditions('Amir will arrive on time on 9 of 10 days, with the walking bus collecting him from home.').ok, true);
  assert.equal(conditions('Amir will develop self-advocacy skills in line with PfA outcomes.').ok, false);
  assert.equal(conditions('Amir will hand his reading diary to his teacher on 4 out of 5 mornings.').ok, false);
  assert.equal(conditions('Amir will read a page aloud to his teacher on 4 out of 5 mornings.').ok, true);
});

test('sets 46 and 47: a travel trainer is support; catching up with his peers is not', () => {
  assert.equal(conditions('Amir will catch the bus to college, with his travel trainer following at a distance, by the next review.').ok, true);
  assert.equal(conditions('Amir will make progress in reading so that he catches up with his peers by July 2027.').ok, false);
});

test('set 48: a cane or equipment held in place for the pupil, and planned rest or movement breaks, are conditions; leaving without the cane is not', () => {
  assert.equal(conditions('Amir will walk to his next lesson with his long cane, on 4 out of 5 lesson changes.').ok, true);
  assert.equal(conditions('Amir will sit upright for 10 minutes, with his footrest and wedge cushion in place, on 4 of 5 days.').ok, true);
  assert.equal(conditions('Amir will put his bag on the peg, with a hook fixed to the wall at his height, on 4 of 5 days.').ok, true);
  assert.equal(conditions('Amir – finish his written work in afternoons, rest breaks as per OT advice, 3 of 4 tasks.').ok, true);
  assert.equal(conditions('Amir will finish 3 of 4 written tasks a day, with movement breaks, by Easter.').ok, true);
  assert.equal(conditions('Amir will leave the house without his cane no more than once a week.').ok, false);
});

test('sets 49 and 50: an adult showing the pupil a picture and bare access arrangements are conditions; the sheet the task is printed on is not', () => {
  assert.equal(conditions('Ms Okoro will show Amir a picture for each step; Amir will then follow a 2-step instruction on 4 of 5 days.').ok, true);
  assert.equal(conditions('Amir – reader in all assessments, 25% extra time.').ok, true);
  assert.equal(conditions('Amir will read 18 out of 20 words on his precision teaching sheet in one minute.').ok, false);
  assert.equal(conditions('Amir will solve 8 of 10 sums on a worksheet with a number line.').ok, true);
});

test('set 52: something an adult gives ("a meet-and-greet from his key adult") and "at unstructured times" are conditions; "at times" is not', () => {
  assert.equal(conditions('Amir will attend mornings only, with a meet-and-greet from his key adult, on 8 out of 10 days.').ok, true);
  assert.equal(conditions('Amir will stay in his seat at unstructured times for 10 minutes.').ok, true);
  assert.equal(conditions('Amir will stay in his seat at times for 10 minutes.').ok, false);
  assert.equal(conditions('Amir will stay in his seat at all times.').ok, false);
});

test('sets 53 and 54: longer session names and fraction strips are conditions; "in time for the review meeting", "when re-tested" and a checklist scored on are not', () => {
  assert.equal(conditions('In his weekly SpLD specialist teacher session, Amir will spell 8 out of 10 words.').ok, true);
  assert.equal(conditions('Using fraction strips, Amir will find a quarter of 24 in 4 out of 5 questions.').ok, true);
  assert.equal(conditions('Amir will spell 8 out of 10 words in time for the review meeting.').ok, false);
  assert.equal(conditions('Amir will score 85 or above when re-tested.').ok, false);
  assert.equal(conditions('Amir will name 15 of the 20 objects on the vocabulary checklist by Easter.').ok, false);
  assert.equal(conditions('Amir will name 15 objects using his vocabulary checklist by Easter.').ok, true);
});

test('sets 86 and 89: what is struck and a list the items are on are not aids; a timed warning, lights out and the walk to school are conditions', () => {
  assert.equal(conditions('He will bang on the table fewer than 3 times per session by February.').ok, false);
  assert.equal(conditions('Amir will sign 12 of the 15 words on his sign list by Easter.').ok, false);
  assert.equal(conditions('Amir will hand the tablet to Dad after a 5-minute warning on 5 out of 7 evenings.').ok, true);
  assert.equal(conditions('Amir will stay in his own bed from lights out until 6:30am on 5 out of 7 nights.').ok, true);
  assert.equal(conditions('Amir will stop at the kerb on the walk to school on 9 out of 10 crossings.').ok, true);
});

test('sets 91 to 95: an adult on duty nearby, a model first, something given, a dictionary and a card shown are conditions; where the target comes from, whom it was agreed with and where it is recorded are not', () => {
  assert.equal(conditions('Amir will leave the hall no more than once a week, with the SMSA on duty nearby.').ok, true);
  assert.equal(conditions('Amir will answer the register in English after his teacher models it.').ok, true);
  assert.equal(conditions('Amir will answer a question he has been given before the lesson.').ok, true);
  assert.equal(conditions('I will write 5 new words each week, using my Polish–English dictionary.').ok, true);
  assert.equal(conditions('Amir will stay in the room, showing a break card instead, in 4 out of 5 sessions.').ok, true);
  assert.equal(conditions('Following the physiotherapist’s programme, Amir will hop 5 times in a row.').ok, false);
  assert.equal(conditions('Amir will attend 90% of sessions (agreed with the education welfare officer).').ok, false);
  assert.equal(conditions('Amir will add two 2-digit numbers in 8 out of 10 questions, as recorded in the intervention log.').ok, false);
  assert.equal(conditions('Amir will read aloud in the intervention group in 8 out of 10 sessions.').ok, true);
});

test('sets 96 to 100: an escort, an adult\'s signal waited for and a card shown to the teacher are conditions; a review followed is not', () => {
  assert.equal(conditions('Amir will attend 90% of sessions at his AP with a taxi escort.').ok, true);
  assert.equal(conditions('Amir will stop at the kerb, waiting for an adult\'s signal before crossing.').ok, true);
  assert.equal(conditions('Amir will show the teacher his exit card before leaving a lesson.').ok, true);
  assert.equal(conditions('Following his annual review, Amir will write 100 words.').ok, false);
});

test('sets 102 and 104: raised-line paper, the canteen, the ward, an early release and the start of each tuition session are conditions; "3 out of 5 playtimes", a share of a timetable and a friend\'s name are not', () => {
  assert.equal(conditions('Amir will form his letters on the line, using paper with a raised line.').ok, true);
  assert.equal(conditions('Amir will pay for his lunch at the college canteen.').ok, true);
  assert.equal(conditions('Amir will read for 10 minutes on the ward.').ok, true);
  assert.equal(conditions('With a 5-minute early release from lessons and his lift pass, Amir will arrive on time.').ok, true);
  assert.equal(conditions('Amir will complete 10 minutes of exercises at the start of each home tuition session.').ok, true);
  assert.equal(conditions('Amir will ask a friend to play, using the friend’s name, on 3 out of 5 playtimes.').ok, false);
  assert.equal(conditions('Amir will ask a friend to play at playtime.').ok, true);
  assert.equal(conditions('Amir will attend 60% of his AP timetable.').ok, false);
});

test('sets 107 to 110: who checks or signs off success, who recommended the target and where it was agreed are not conditions; a card shown or held up, a parent nearby, the PRU, a 5-a-side match and the nursery are', () => {
  assert.equal(conditions('Amir will put 5 toys back in the right boxes on 4 out of 5 days, checked by his key person.').ok, false);
  assert.equal(conditions('Amir will put a full stop at the end of his sentences, as checked by his teacher when marking.').ok, false);
  assert.equal(conditions('Amir will bring all 4 items on 9 out of 10 days, signed off each Friday by his form tutor.').ok, false);
  assert.equal(conditions('As recommended by the occupational therapist, Amir will cut along a 15 cm line.').ok, false);
  assert.equal(conditions('Agreed at the review meeting with his mum: Amir will say 24 letter sounds.').ok, false);
  assert.equal(conditions('We agreed that with his teacher reading the first question to him, Amir will start within 5 minutes.').ok, true);
  assert.equal(conditions('Amir will show his communication card to a new adult who speaks to him.').ok, true);
  assert.equal(conditions('Amir will hold up a thumbs-up or thumbs-down card to show his teacher he is ready.').ok, true);
  assert.equal(conditions('My son will talk to his cousins, with me nearby.').ok, true);
  assert.equal(conditions('Amir will not argue with the referee during 5-a-side matches.').ok, true);
  assert.equal(conditions('Amir will be punctual during 4 out of 5 lessons.').ok, false);
  assert.equal(conditions('Amir will say the /s/ sound in 8 out of 10 words on his SALT probe sheet.').ok, false);
});

test('sets 112 and 114: "in line with KS3 expectations" and the friends a fall-out is with are no conditions', () => {
  assert.equal(conditions('Amir will write in paragraphs in line with KS3 expectations.').ok, false);
  assert.equal(conditions('Amir will learn to manage fall-outs with his friends.').ok, false);
  assert.equal(conditions('Amir will line up in line with his class.').ok, true);
});

test('sets 117 and 118: "wet herself" is what happens to the pupil, not independence; writing "in English" is the language written in', () => {
  assert.equal(conditions('Amir will never wet himself again.').ok, false);
  assert.equal(conditions('Amir will get dressed by himself after PE.').ok, true);
  assert.equal(conditions('Amir will write 5 sentences in English about his weekend.').ok, false);
  assert.equal(conditions('Amir will write 5 sentences in English lessons.').ok, true);
});

test('sets 121 to 123: reading to the TA, the college entrance, a community walk and waiting until an adult says "cross" are conditions; the 2 times table is the task', () => {
  assert.equal(conditions('Niamh – read reading book aloud to TA for 10 mins, 3x a week.').ok, true);
  assert.equal(conditions('Amir will say good morning to his key worker at the college entrance.').ok, true);
  assert.equal(conditions('On the weekly community walk, Amir will wait at the kerb.').ok, true);
  assert.equal(conditions('Amir will wait at the kerb until the adult says ‘cross’.').ok, true);
  assert.equal(conditions('Amir will answer 8 out of 10 questions on the 2 times table correctly.').ok, false);
  assert.equal(conditions('Amir will answer 3/4 of his table questions with a times-table grid.').ok, true);
});
