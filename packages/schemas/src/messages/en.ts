import type { MessageCatalogue, MessageContext } from './catalogue.js';

// English sentences follow GOV.UK error-message style: say what to do, in the words the
// form uses. Titles are lower-cased for the middle of a sentence, keeping acronyms (SMART,
// DOB, SENCO) as they are.
const lower = (title: string) =>
  title
    .replace(/\b([A-Z])([a-z'’]*)\b/g, (_word, first: string, rest: string) => first.toLowerCase() + rest)
    .replace(/\bid\b/g, 'ID');

// Titles that read as a clause or already have a determiner take no "the":
// "Choose who is signing", "Enter my strengths".
const needsNoArticle = /^(the|a|an|my|your|our|his|her|their|this|these|who|what|when|where|which|why|how)\b/i;

// Titles that are a question, a preposition phrase or a predicate rather than a thing ("By
// when", "Amended by", "Achieved", "Child absent", "Pupil is on a reduced timetable") are
// quoted as the form's label: "an answer to "By when"", never "the by when".
const readsAsLabel =
  /^(by|from|to|until|till|since|after|before|for|with|if|whether)\b|\sby$|^(\S+ )?(achieved|absent|present|completed|agreed|attended)$|^achieved\b|^\S+ (is|are|was|were|will)\b|^used to\b/i;
const isLabel = (field: string) => field.endsWith('?') || (!needsNoArticle.test(field) && readsAsLabel.test(field));

/** "the child's date of birth", "who is signing", or "an answer to "Sufficient progress?"". */
function phrase(field: string): string {
  if (isLabel(field)) return `an answer to "${field}"`;
  return needsNoArticle.test(field) ? lower(field).replace(/^./, (first) => first.toLowerCase()) : `the ${lower(field)}`;
}

/** Where a field sits in a list: " in row 2 of the SMART targets", or nothing. */
function where({ row, list }: MessageContext): string {
  if (row === undefined) return '';
  return list === undefined ? ` in row ${row}` : ` in row ${row} of ${phrase(list)}`;
}

const the = (context: MessageContext) => phrase(context.field) + where(context);

const isPerson = (field: string) => /^(?:pupil|student|learner|child|young person)(?:\s*(?:or|\/)\s*(?:pupil|student|learner|child|young person))?$/i.test(field.trim());

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const The = (context: MessageContext) => capital(the(context));

const typeWords: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a group of fields',
  null: 'empty (null)',
};

const formatWords: Readonly<Record<string, string>> = {
  'date-time': 'a date and time, for example 2019-03-27T14:30:00Z',
  time: 'a time, for example 14:30:00Z',
  email: 'an email address, for example name@example.com',
  uri: 'a full web address, for example https://example.com/report',
  'json-pointer': 'a JSON pointer to a field, for example /targets/0/target',
  uuid: 'a UUID, for example 3f2b8c1e-8a8e-4f57-9c43-2a1f0d6a9b10',
};

export const english: MessageCatalogue = {
  'not-an-object': ({ found }) => `A plan must be a JSON object with a "template" field, not ${found ?? 'this value'}`,
  'missing-template': ({ allowed = [] }) =>
    `Add a "template" field saying which kind of plan this is, for example "${allowed[1] ?? allowed[0] ?? 'individual-provision-map'}"`,
  'unknown-template': ({ found, allowed = [] }) =>
    found?.startsWith('"')
      ? `There is no template called ${found}: use one of ${allowed.join(', ')}`
      : `The "template" field must name a template, not ${found ?? 'this value'}: use one of ${allowed.join(', ')}`,
  'template-not-available': ({ found }) => `This version of ISP Kit has no schema for the ${found ?? 'requested'} template`,
  'unsupported-schema-version': ({ version, supported }) =>
    `This plan uses schema version ${version ?? 'unknown'}, which is newer than this version of ISP Kit reads (${supported ?? '1.x'}): update @isp-kit/schemas to open it`,
  required: (context) => {
    switch (context.kind) {
      case 'choice':
        return `Choose ${the(context)}`;
      case 'yes-no':
        return isLabel(context.field) ? `Choose yes or no for "${context.field}"${where(context)}` : `Choose yes or no for ${the(context)}`;
      case 'list':
        return `Add ${the(context)}`;
      case 'section':
        // A section named after the person ("Pupil", "Child / young person") holds their details.
        return isPerson(context.field) ? `Fill in ${phrase(context.field)}'s details${where(context)}` : `Fill in ${the(context)}`;
      default:
        return `Enter ${the(context)}`;
    }
  },
  empty: (context) =>
    (context.limit ?? 1) <= 1 ? `Enter ${the(context)}` : `${The(context)} must be at least ${context.limit} characters`,
  'too-long': (context) => `${The(context)} must be ${context.limit} characters or fewer`,
  'too-few': (context) => `Add at least ${context.limit} ${context.limit === 1 ? 'entry' : 'entries'} to ${the(context)}`,
  'too-many': (context) => `${The(context)} can have at most ${context.limit} ${context.limit === 1 ? 'entry' : 'entries'}`,
  'too-small': (context) => `${The(context)} must be ${context.exclusive ? `more than ${context.limit}` : `${context.limit} or more`}`,
  'too-large': (context) => `${The(context)} must be ${context.exclusive ? `less than ${context.limit}` : `${context.limit} or less`}`,
  'wrong-type': (context) =>
    `Enter ${the(context)} as ${(context.types ?? []).map((type) => typeWords[type] ?? type).join(' or ')}, not ${context.found ?? 'this value'}`,
  'invalid-date': (context) => `Enter ${the(context)} as a real date, for example 2019-03-27`,
  'invalid-format': (context) => {
    const format = context.allowed?.[0] ?? '';
    return `Enter ${the(context)} as ${formatWords[format] ?? `a valid ${format}`}`;
  },
  'not-in-list': (context) => `Choose ${the(context)} from the list${context.given === undefined ? '' : ` (${context.given} is not one of the choices)`}`,
  'wrong-value': (context) => `${The(context)} must be "${context.allowed?.[0] ?? ''}"`,
  'unknown-field': ({ property, section }) =>
    section === undefined
      ? `Remove the field '${property}': this template does not have it`
      : `Remove the field '${property}' from ${the({ field: section, kind: 'section' })}: this template does not have it`,
  'invalid-pattern': (context) =>
    `Enter ${the(context)} in the right format${context.example === undefined ? '' : `, for example ${context.example}`}`,
  duplicate: (context) => `Remove the repeated entry from ${the(context)}`,
  // A `oneOf` of `const`s is a list of choices; `multipleOf` is a step.
  'no-match': (context) =>
    context.multipleOf !== undefined
      ? `${The(context)} must be a multiple of ${context.multipleOf}`
      : context.kind === 'choice'
        ? english['not-in-list'](context)
        : `Check ${the(context)}: it is not in any of the forms this template allows`,
};
