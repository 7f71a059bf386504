export {
  type Cadence,
  type CadenceOverride,
  type CadenceTable,
  type CadenceWeeks,
  assertTemplate,
  cadenceFor,
  defaultCadence,
  hasReviewWindow,
  isKnownTemplate,
  termlyWithoutCalendar,
} from './cadence.js';
export {
  type Term,
  type TermCalendar,
  type TermCalendarInput,
  type TermPeriod,
  isTeachingDay,
  nthTeachingDayAfter,
  parseCalendar,
} from './term-calendar.js';
export { parseICalendar } from './icalendar.js';
export { type ReviewWindow, type ReviewWindowOptions, reviewWindow, reviewWindowDays } from './review-window.js';
export { type ReviewStatus, type ReviewStatusOptions, reviewStatus, statusOn } from './review-status.js';
export { MIN_TEACHING_DAYS_IN_TERMLY_CYCLE, TERMLY_REVIEW_WEEKS } from './termly-window.js';
export {
  INCLUSION_MEETING_RHYTHM,
  type InclusionMeeting,
  type InclusionMeetingOptions,
  type ScheduledMeeting,
  inclusionMeetingSchedule,
} from './inclusion-meetings.js';
export { type ApdrAdvice, type ApdrCycle, apdrAdvice } from './apdr-cycles.js';
export { MIN_PARENT_MEETINGS_PER_YEAR, type ParentMeetingCheck, checkParentMeetings, schoolYearOf } from './parent-meetings.js';
