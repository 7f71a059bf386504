import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSmartTarget } from './index.js';

const criterion = (text: string) => checkSmartTarget(text, { pupilName: 'Amir' }).elements.criterion;

test('x out of y, percentages, counts, durations, distances, frequencies and scores count', () => {
  for (const phrase of ['on 4 out of 5 occasions', 'in 80% of lessons', '3 times a week', 'for 5 minutes', 'for a distance of 10 metres', 'scoring 8 on the spelling check', 'reading 20 words']) {
    assert.equal(criterion(`Amir will read aloud ${phrase} by Easter.`).ok, true, phrase);
  }
  assert.equal(criterion('Amir will read aloud on 4 out of 5 occasions.').evidence[0]?.text, '4 out of 5');
});

test('vague qualifiers fail as vague', () => {
  for (const word of ['consistently', 'regularly', 'more often', 'successfully', 'with increasing independence']) {
    const result = criterion(`Amir will ask for help ${word} by Easter.`);
    assert.equal(result.code, 'criterion.vague', word);
    assert.equal(result.evidence[0]?.text, word);
  }
});

test('absolute demands fail even beside a number', () => {
  for (const phrase of ['100% of the time', 'every time', 'at all times', 'never again', 'on 5 out of 5 days']) {
    assert.equal(criterion(`Amir will stay in his seat ${phrase} by Easter.`).code, 'criterion.absolute', phrase);
  }
});

test('a perfect score on one assessment is a valid criterion', () => {
  assert.equal(criterion('Amir will score 5 out of 5 on the checklist by Easter.').ok, true);
});

test('numbers in dates, periods, clock times and year groups are not criteria', () => {
  assert.equal(criterion('Amir will say hello by 12 March 2027.').ok, false);
  assert.equal(criterion('Amir will say hello within 6 weeks.').ok, false);
  assert.equal(criterion('Amir will say hello in Year 2.').ok, false);
  assert.equal(criterion('Amir will follow a 2-step instruction by Easter.').ok, false);
});

test("numbers that are the task's own content are not a degree of success", () => {
  for (const text of ['Amir will count to 20 by Easter.', 'Amir will say his number bonds to 10 by Easter.', 'Amir will read the first 100 high-frequency words by Easter.', 'Amir will add numbers within 20 by Easter.']) {
    assert.equal(criterion(text).ok, false, text);
  }
  assert.equal(criterion('Amir will read 80 of the first 100 high-frequency words by Easter.').ok, true);
  assert.equal(criterion('Amir will count to 20 on 4 out of 5 days by Easter.').evidence[0]?.text, '4 out of 5');
});

test('a measured gain is a criterion, not a period', () => {
  assert.equal(criterion('Amir will increase his reading age by 12 months by July 2027.').ok, true);
  assert.equal(criterion('Amir will read aloud by 12 months from now.').ok, false);
});

test('times tables and lists of task numbers are content; every piece of work is absolute', () => {
  assert.equal(criterion('Amir will learn his 2, 5 and 10 times tables by Easter.').ok, false);
  assert.equal(criterion('Amir will know his number bonds to 10 and 20 by Easter.').ok, false);
  assert.equal(criterion('Amir will spell 100% of words correctly in every piece of writing by Easter.').code, 'criterion.absolute');
});

test('a half-term named by number is a date, and a run "in a row" is a criterion', () => {
  assert.equal(criterion('Amir will put his coat on his peg by Spring 2.').ok, false);
  assert.equal(criterion('Amir will not swear at staff for 4 weeks in a row by the end of term.').ok, true);
});

test('a gain "by 12 months" is a measure; the whole of every lesson is absolute', () => {
  assert.equal(criterion('Amir’s reading age will increase by 12 months by the July review.').code, 'criterion.measurable');
  assert.equal(criterion('Amir will read a book by 12 months from now.').code, 'criterion.missing');
  assert.equal(criterion('Amir will stay in his seat for the whole of every lesson, with a wobble cushion.').code, 'criterion.absolute');
  assert.equal(criterion('Amir will stay in his seat for the whole lesson.').code, 'criterion.measurable');
});

test('a date without its year is not a measure', () => {
  assert.equal(criterion('Amir will read 20 words by 14/03.').evidence.map((e) => e.text).join(), '20');
  assert.equal(criterion('Amir will read words correctly by 14/03.').ok, false);
});

test('100% of any kind of day is absolute; days a week are a count; a hundred square is an aid', () => {
  assert.equal(criterion('Amir will bring his kit on 100% of swimming days.').code, 'criterion.absolute');
  assert.equal(criterion('Amir will push other children on no more than one day a week.').code, 'criterion.measurable');
  assert.equal(criterion('Using a hundred square, Amir will count aloud in tens consistently.').code, 'criterion.vague');
  assert.equal(criterion('Using a 100 square and a ten frame, Amir will add numbers.').ok, false);
});

test('notes\' frequencies count; a year after a term, a list number and a multiplication fact do not', () => {
  assert.equal(criterion('kian will read his reading book x3 a week').code, 'criterion.measurable');
  assert.equal(criterion('Amir will read his book 3x per week').code, 'criterion.measurable');
  assert.equal(criterion('Amir will spell words correctly consistently by the end of the Spring Term 2027.').code, 'criterion.vague');
  assert.equal(criterion('1. To sit still.').code, 'criterion.missing');
  assert.equal(criterion('Target 3 – Amir will ask for help more often.').code, 'criterion.vague');
  assert.equal(criterion('Amir will know his times tables up to 12 x 12.').code, 'criterion.missing');
  assert.equal(criterion('Amir will stay in class all day, every day.').code, 'criterion.absolute');
});

test('the material counted, the pages read and one-to-one support are not measures', () => {
  assert.equal(criterion('Amir will choose a job from a choice board of 4 pictures.').code, 'criterion.missing');
  assert.equal(criterion('Amir will read aloud pages 1 to 10 of his reading book during one-to-one reading.').code, 'criterion.missing');
  assert.equal(criterion('Amir will point to the snack he wants from a choice of two on 4 out of 5 occasions.').evidence.map((e) => e.text).join(), '4 out of 5');
});

test('100% of his sessions is absolute; the numbers 1 to 10 are the task', () => {
  assert.equal(criterion('Amir will attend 100% of his timetabled sessions.').code, 'criterion.absolute');
  assert.equal(criterion('Amir will say the numbers 1 to 10 in order.').code, 'criterion.missing');
});

test('a numbered term is a period, not a measure; a share of attempts in words is a measure', () => {
  assert.equal(criterion('Amir will move between lessons with his key adult, most of the time, by the end of Term 2.').code, 'criterion.vague');
  assert.equal(criterion('Amir will say hello by half term 3 times a day.').ok, true);
  assert.equal(criterion('Amir will underline the key word in at least three-quarters of the questions he tries.').code, 'criterion.measurable');
  assert.equal(criterion('Amir will read half of the words on the list.').ok, true);
  assert.equal(criterion('Amir will say hello more often in the first half of the term.').code, 'criterion.vague');
});

test('"every lesson" alone asks for every occasion; beside a measure it says how often', () => {
  assert.equal(criterion('Amir will arrive on time to every lesson after lunch.').code, 'criterion.absolute');
  assert.equal(criterion('Amir will read for 10 minutes every day.').code, 'criterion.measurable');
  assert.equal(criterion('Amir will pack his bag at the end of each lesson on 4 out of 5 days.').code, 'criterion.measurable');
});

test('"across three assemblies" is how long it is watched, not a measure', () => {
  assert.equal(criterion('Amir will sit with his class in assembly, across three assemblies.').ok, false);
  assert.equal(criterion('Amir will sit with his class for 10 minutes, across three assemblies.').ok, true);
});

test('how often support or review happens is not a measure; "x3/wk" and "Yr 4" are read as notes write them', () => {
  assert.equal(criterion('Amir to use his calm box when he needs it – reviewed weekly.').ok, false);
  assert.equal(criterion('Amir will engage more with his mentor during their weekly sessions.').ok, false);
  assert.equal(criterion('Amir will not bump into others in the lunch queue – weekly OT input').ok, false);
  assert.equal(criterion('Amir to read aloud with an adult listening x3/wk').ok, true);
  assert.equal(criterion('Amir will know all his times table facts by end of Yr 4.').ok, false);
});

test('the number of prompts given and "daily" before a noun describe support, not success', () => {
  assert.equal(criterion('Amir will greet his teacher with one spoken prompt, reliably.').code, 'criterion.vague');
  assert.equal(criterion('Amir will develop his reading through daily guided reading with the class teacher.').ok, false);
  assert.equal(criterion('Amir will read his book daily by Easter.').ok, true);
});

test('a baseline clause, a clock time, the task\'s size and the sessions provided are not measures', () => {
  assert.equal(criterion('Amir will write his own sentences more often by March; at present he writes 2 words in a 10-minute task.').code, 'criterion.vague');
  assert.equal(criterion('Amir scores 4 out of 20 on the spelling test at the moment; with the words read aloud, he will spell more words correctly.').ok, false);
  assert.equal(criterion("Amir will arrive at his classroom door by 9 o'clock every morning.").code, 'criterion.absolute');
  assert.equal(criterion('Amir will answer most of the 10 questions on his sheet.').ok, false);
  assert.equal(criterion('Amir will answer 8 of the 10 questions on his sheet.').ok, true);
  assert.equal(criterion('In his 3 one-to-one sessions a week, Amir will read aloud regularly.').ok, false);
  assert.equal(criterion('Amir will read CVC words. Currently he reads 2; he will read 8 of 10 by Easter.').ok, true);
});

test('"two feet together" is how the task is done, not a measure', () => {
  assert.equal(criterion('Amir will jump with two feet together.').ok, false);
});

test('"add two single-digit numbers" names the task; how well it goes is still missing', () => {
  for (const task of ['add two single-digit numbers', 'subtract two 2-digit numbers', 'multiply two numbers', 'compare two three-digit numbers']) {
    assert.equal(criterion(`Amir will ${task} using a number line, with increasing accuracy, by Easter.`).ok, false, task);
  }
  assert.equal(criterion('Amir will add two single-digit numbers using a number line in 8 out of 10 questions by Easter.').ok, true);
});

test('"half the time" is a share of attempts, as "half of the time" is', () => {
  assert.equal(criterion('Amir will write his name with a visual prompt at least half the time by Easter.').ok, true);
  assert.equal(criterion('Amir will write his name with a visual prompt in half the lessons by Easter.').ok, true);
});

test('a perfect score every week is perfection over time; on one test it is a measure', () => {
  assert.equal(criterion('With the words read aloud by her teaching assistant, Amir will score 10 out of 10 every week until Easter 2027.').code, 'criterion.absolute');
  assert.equal(criterion('Amir will score 10/10 in every spelling test by Easter.').code, 'criterion.absolute');
  assert.equal(criterion('Amir will score 10 out of 10 on the end-of-unit spelling test by Easter.').ok, true);
});

test('"from any number under 100" is the task\'s range, not a measure', () => {
  assert.equal(criterion('With a 100 square in front of him, Amir will count on in tens from any number under 100 accurately by Easter.').ok, false);
  assert.equal(criterion('Amir will count on in tens from any number under 100, getting 8 out of 10 right, by Easter.').ok, true);
});

test('set 31: "count back aloud from 20 to 0" is the task and "with greater accuracy" is vague', () => {
  assert.equal(criterion('Using a 0–20 number track, Amir will count back aloud from 20 to 0 with greater accuracy by Easter.').ok, false);
});

test("set 32: a number inside a short quotation names something (‘take 5’ card); it is not a measure", () => {
  const quoted = criterion('Amir will ask for a break by showing his ‘take 5’ card when he is upset, by Easter.');
  assert.equal(quoted.ok, false);
  assert.equal(criterion("Amir will say 'yes' 5 times in a lesson by Easter.").ok, true);
});

test("set 35: the pupil's age and the set counted ('count 10 objects') are not degrees of success", () => {
  assert.equal(criterion('Amir is 15 and in Year 11. By the mock exams he will hand in his homework on the day it is due.').ok, false);
  assert.equal(criterion('Amir will count 10 objects into a pot, touching each one, by the end of January 2027.').ok, false);
  assert.equal(criterion('Amir will count 10 objects accurately on 4 of 5 days by Easter.').ok, true);
});

test('sets 38 and 39: numbered small steps, two fingers, a mock exam year and extra time are not degrees', () => {
  assert.equal(criterion('Small steps for Amir: 1) sit on his cushion; 2) sit in the group; 3) sit with just the fidget toy. Amir will reach step 3 with increasing independence.').ok, false);
  assert.equal(criterion('Amir will hold his pencil with his thumb and two fingers when drawing.').ok, false);
  assert.equal(criterion('In maths, Amir will stop talking over the teacher by the December mocks 2026.').ok, false);
  assert.equal(criterion('In the small exam room, with 25% extra time, Amir will use his rest breaks successfully.').ok, false);
});

test('set 42: "zero biting incidents on 9 out of 10 sessions" is measured per session, not perfection every time', () => {
  assert.equal(criterion('Amir will have zero biting incidents during free play on at least 9 out of 10 sessions by Easter.').ok, true);
  assert.equal(criterion('Amir will have zero incidents by Easter.').code, 'criterion.absolute');
});

test('set 46: a bus route\'s number and "2 or more children" are not degrees', () => {
  assert.equal(criterion('Amir will catch the number 42 bus to college, with his travel trainer following, by the next review.').ok, false);
  assert.equal(criterion('Amir will join a game with 2 or more children in the outdoor area, with an adult starting it, by Easter.').ok, false);
});

test('set 50: a baseline in brackets is cut from the sentence, not the sentence with it', () => {
  assert.equal(criterion('Amir to improve attendance from 84% to above 90% by the end of the spring term (currently PA).').ok, true);
  assert.equal(criterion('Amir will read 10 words (currently 4).').evidence.map((e) => e.text).join('|'), '10');
});

test('a measure that asks for more successes than chances ("6 out of 5") cannot be met', () => {
  const impossible = criterion('Amir will say "more" at snack time with one prompt, at 6 out of 5 snack times, by Easter.');
  assert.equal(impossible.ok, false);
  assert.equal(impossible.code, 'criterion.impossible');
  assert.equal(impossible.evidence[0]?.text, '6 out of 5');
  assert.match(checkSmartTarget('Amir will read 12/10 words by Easter.', { pupilName: 'Amir' }).elements.criterion.message ?? '', /more successes than chances/);
  // A second, possible measure beside it, or a count of none, is not this.
  assert.equal(criterion('Amir will read 9 out of 10 words in 6 out of 5 sessions by Easter.').code, 'criterion.impossible');
  assert.equal(criterion('Amir will hit other children on 0 out of 5 days by Easter.').ok, true);
  assert.equal(criterion('Amir will read 8 out of 10 words by Easter.').ok, true);
});

test('set 52: "target 95%" is the measure, "Target 3 –" only numbers the target', () => {
  assert.equal(criterion('Improve attendance – target 95% by Easter.').ok, true);
  assert.equal(criterion('Target 3 – Amir will read more by Easter.').ok, false);
});

test('set 53: counting in twos to 20, "1 more" and a programme\'s number are the task, not a measure', () => {
  assert.equal(criterion('Using a bead string, Amir will count in twos to 20 with increasing accuracy.').ok, false);
  assert.equal(criterion('Amir will add 1 more to any number up to 20 accurately using the Plus 1 programme.').ok, false);
  assert.equal(criterion('Amir will count in twos to 20 on 4 out of 5 days.').ok, true);
});

test('set 86: a reward given "each time" is provision, not a demand for every time', () => {
  assert.equal(criterion('Amir will keep his glasses on for 20 minutes at a time, earning a sticker each time, by Easter.').ok, true);
  assert.equal(criterion('Amir will keep his glasses on each time he goes out to play.').code, 'criterion.absolute');
});

test('set 95: a review\'s dates written day/month ("amended 12/3", "was 23/10", "amended 6/11") are not scores', () => {
  assert.equal(criterion('Amended 12/3: Amir will snatch no more than once a week by the summer term.').code, 'criterion.measurable');
  assert.equal(criterion('Amir will put his hand up more often by 12 February 2027 (amended 6/11 – card added).').ok, false);
  assert.equal(criterion('Amir will read aloud by Easter. (Carried forward with new date – was 23/10.)').ok, false);
  assert.equal(criterion('Amir will answer questions in the Year 7 group (Tuesdays, period 1) more often.').ok, false);
  assert.equal(criterion('Amir will score 6 out of 5 on the spelling test.').code, 'criterion.impossible');
});

test('set 99: the provision\'s frequency, the task\'s content, a baseline score and "all 10 … on every test" are not a degree of success', () => {
  assert.equal(criterion('Over a 6-week block of twice-weekly group sessions, Amir will take turns by Easter.').ok, false);
  assert.equal(criterion('Amir will find 10% of amounts of money up to £100 by Easter.').ok, false);
  assert.equal(criterion('Amir will tell the time to the nearest 5 minutes by Easter.').ok, false);
  assert.equal(criterion('Using a number line from 0 to 20, Amir will add two numbers with greater accuracy.').ok, false);
  assert.equal(criterion('With three 15-minute one-to-one reading sessions a week, Amir will sound out new words.').ok, false);
  assert.equal(criterion('Amir will count out up to 10 counters successfully.').ok, false);
  assert.equal(criterion('Amir will read books matched to his reading age of 7 years to an adult.').ok, false);
  assert.equal(criterion('Amir (standardised reading score 79 in September) will read aloud regularly.').ok, false);
  assert.equal(criterion('Amir will spell all 10 words correctly on every weekly spelling test.').code, 'criterion.absolute');
  assert.equal(criterion('Amir will reach for the toy he wants when offered two, consistently.').ok, false);
  assert.equal(criterion('Amir will miss no more than one of his weekly sessions by Easter.').ok, true);
  assert.equal(criterion('Amir will achieve a standardised score of 85 in the summer test.').ok, true);
});

test('sets 102 and 103: "count back from 10 to zero" is the task, "for the whole 15-minute session" a duration', () => {
  assert.equal(criterion('Amir will count back aloud from 10 to zero on 4 out of 5 attempts.').ok, true);
  assert.equal(criterion('Amir will sit with his group for the whole 15-minute carpet session.').ok, true);
  assert.equal(criterion('Amir will reduce his outbursts to zero.').code, 'criterion.absolute');
});

test('set 110: a number inside a quoted greeting and "asks for one" are not measures', () => {
  assert.equal(criterion("Amir will greet clients with 'Hello, welcome to Studio 16', with increasing independence.").ok, false);
  assert.equal(criterion('Amir will answer test questions, with a reader if he asks for one, consistently.').ok, false);
});

test('sets 111 to 113: worked examples and a number after an operator are the task; a count asked "each time" and "never" inside a quoted name are no absolute demand', () => {
  assert.equal(criterion('Amir will set out column additions (e.g. 356 + 278) neatly by Easter.').ok, false);
  assert.equal(criterion('Amir will write the answers to ÷ 2 questions more quickly by Easter.').ok, false);
  assert.equal(criterion('Amir will write at least 3 sentences each time, in 4 out of 5 practicals.').ok, true);
  assert.equal(criterion('Amir will copy his homework using the ‘Never leave without it’ checklist, in 4 out of 5 lessons.').ok, true);
  assert.equal(criterion('Amir will never leave without his homework.').code, 'criterion.absolute');
});

test('set 124: "all 10 of the week\'s words … in every weekly test" is absolute; the provision\'s own frequency is no degree', () => {
  assert.equal(criterion('Amir will spell all 10 of the week’s words correctly in every weekly test.').code, 'criterion.absolute');
  assert.equal(criterion('Amir will read his book aloud fluently in the reading session he has with Mr Osei twice a week.').ok, false);
});
