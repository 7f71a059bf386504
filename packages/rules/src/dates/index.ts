export { RuleInputError } from './rule-input-error.js';
export {
  type DayNumber,
  addDays,
  dayFromParts,
  dayOfWeek,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  isLeapYear,
  isWeekday,
  parseIsoDate,
  partsFromDay,
} from './iso-date.js';
