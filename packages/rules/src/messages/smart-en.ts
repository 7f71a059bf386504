import type { MessageCatalogue } from './catalogue.js';

/** English messages for the SMART-target check and the target-row check, keyed by code. */
export const smartMessagesEn: MessageCatalogue = {
  'input.not-text': {
    message: 'The target is not text, so it could not be checked.',
    suggestion: 'Pass the target as a string, e.g. "Amir will say hello to his key person on arrival by half term".',
  },
  'who.pronoun-only': {
    message: "The target does not name the pupil: it only says 'he', 'she' or 'they'.",
    suggestion: "Start with the pupil's name: 'Amir will…'.",
  },
  'who.generic': {
    message: "The target says 'the child' or 'the pupil' instead of the pupil's name.",
    suggestion: "Use the pupil's own name: 'Amir will…', not 'The child will…'.",
  },
  'who.first-person': {
    message: "The target is written as 'I will…', so a reader cannot tell who it is for.",
    suggestion: "Keep the pupil's words in the pupil voice section and write the target with their name: 'Amir will…'.",
  },
  'who.placeholder': {
    message: 'The target still has a placeholder (such as XX or [name]) where the name should be.',
    suggestion: "Replace the placeholder with the pupil's name.",
  },
  'who.initials': {
    message: "The target uses initials instead of the pupil's name.",
    suggestion: "Write the pupil's first name: 'Amir will…', not 'A.K. will…'.",
  },
  'who.other-name': {
    message: "The target names someone other than this pupil; it may have been copied from another plan.",
    suggestion: "Check the target is for this pupil and use their name.",
  },
  'who.missing': {
    message: 'The target does not say who it is for.',
    suggestion: "Start with the pupil's name: 'Amir will…'.",
  },
  'observableAction.vague-verb': {
    message: 'The main verb describes something you cannot see or count (such as understand, know, improve or develop).',
    suggestion: "Name what the pupil will do that shows it: 'say', 'point to', 'write', 'stay seated', 'ask for help'.",
  },
  'observableAction.not-a-behaviour': {
    message: "The target describes a quality ('be confident', 'be disruptive') rather than something the pupil does.",
    suggestion: "Describe the behaviour you would see: 'Amir will put his hand up to answer…'.",
  },
  'observableAction.bundled-skills': {
    message: 'The target joins two different skills, so it could be half met.',
    suggestion: 'Split it into two targets, one skill each, so each can be answered yes or no.',
  },
  'observableAction.adult-action': {
    message: 'The target describes what adults will do (the provision), not what the pupil will do.',
    suggestion: "Move the adults' actions to 'how will this be achieved' and write what the pupil will do: 'Amir will…'.",
  },
  'observableAction.missing': {
    message: 'The target does not say what the pupil will do.',
    suggestion: "Add one action you could see or count: 'Amir will say…', 'Amir will write…'.",
  },
  'conditions.missing': {
    message: 'The target does not say under what conditions: the support, materials or situation.',
    suggestion: "Add the conditions: 'with a visual prompt', 'using a word mat', 'during carpet time', or 'independently'.",
  },
  'criterion.vague': {
    message: "The degree of success is vague ('consistently', 'more often'), so no one can say when it is met.",
    suggestion: "Add a measure: '4 out of 5 times', 'for 5 minutes', '3 times a week', '8 out of 10 words'.",
  },
  'criterion.absolute': {
    message: "The target asks for perfection every time ('always', '100% of the time'), which no one can meet.",
    suggestion: "Set a realistic level such as '4 out of 5 occasions' and raise it at the next review.",
  },
  'criterion.impossible': {
    message: "The measure asks for more successes than chances ('6 out of 5'), so it can never be met.",
    suggestion: "Check the numbers: the first is how many times out of the second, as in '4 out of 5'.",
  },
  'criterion.missing': {
    message: 'The target does not say how well or how often, so success cannot be measured.',
    suggestion: "Add a measure: '4 out of 5 times', 'for 5 minutes', '3 times a week', '8 out of 10 words'.",
  },
  'timeBound.ongoing': {
    message: "The target is 'ongoing', so it has no end point to review against.",
    suggestion: "Add by when: 'by the next review' or a date, usually 6 to 8 weeks away.",
  },
  'timeBound.frequency-only': {
    message: "The target says how often ('daily', 'each week') but not by when it should be achieved.",
    suggestion: "Add by when: 'by the next review' or a date, usually 6 to 8 weeks away.",
  },
  'timeBound.not-an-end-point': {
    message: 'The target has a response time, clock time or observation window, but no end point for the target.',
    suggestion: "Add by when: 'by the next review' or a date, usually 6 to 8 weeks away.",
  },
  'timeBound.invalid-date': {
    message: "The end point is not a real date ('30 February'), so there is nothing to review against.",
    suggestion: 'Check the day and month, e.g. 12/03/2027 or 12 March 2027.',
  },
  'timeBound.missing': {
    message: 'The target does not say by when it should be achieved.',
    suggestion: "Add by when: 'by the next review' or a date, usually 6 to 8 weeks away.",
  },
  'positive.stop-behaviour': {
    message: 'Success is defined by the pupil stopping or reducing a behaviour, not by what they will do instead.',
    suggestion: "State the behaviour you want: 'Amir will keep his hands in his lap', 'will put his hand up', not 'will not hit'.",
  },
  'clearLanguage.jargon': {
    message: 'The target uses a programme name or specialist term that a parent or the pupil may not understand.',
    suggestion: "Say what it means in everyday words, e.g. 'picture cards he hands to an adult' rather than 'PECS'.",
  },
  'clearLanguage.acronym': {
    message: 'The target uses an abbreviation without explaining it.',
    suggestion: "Write it out in full the first time, e.g. 'teaching assistant (TA)'.",
  },
  'clearLanguage.subjective': {
    message: "The target uses a word people judge differently ('appropriately', 'sensibly', 'disruptive').",
    suggestion: "Describe exactly what you would see: 'walks to the line and stands behind the last person'.",
  },
};

/** English messages for the target-row check (kept apart so the SMART check alone stays small). */
export const rowMessagesEn: MessageCatalogue = {
  'row.not-an-object': {
    message: 'The target row is not an object, so it could not be checked.',
    suggestion: 'Pass the row as an object with baseline, target, provision and resources.',
  },
  'row.baseline-missing': {
    message: 'The baseline (what the pupil can do now) is empty.',
    suggestion: "Add the starting point: 'Amir can say hello when an adult says it first'.",
  },
  'row.target-missing': {
    message: 'The target itself is empty.',
    suggestion: "Write the target: 'Amir will…', naming who, what, conditions, how well and by when.",
  },
  'row.provision-missing': {
    message: 'The row does not say how the target will be achieved (the provision).',
    suggestion: "Add the provision: what will be done, e.g. 'daily 10-minute practice with the teaching assistant'.",
  },
  'row.resources-missing': {
    message: 'The row does not list the resources needed.',
    suggestion: "List the resources, e.g. 'visual timetable, sand timer'.",
  },
  'row.review-date-invalid': {
    message: 'The review date is not a real date in the form YYYY-MM-DD.',
    suggestion: 'Enter the review date as a date, e.g. 2027-03-12.',
  },
  'row.time-bound-invalid-date': {
    message: 'The date in the target is not a real date.',
    suggestion: 'Check the day and month, e.g. 12/03/2027 or 12 March 2027.',
  },
  'row.time-bound-after-review': {
    message: "The target's end date is after the plan's review date, so it cannot be reviewed in time.",
    suggestion: "Set the end point on or before the review date, or say 'by the next review'.",
  },
};
