import type { TermCalendarInput } from '../term-calendar.js';

/** An English school year as an authority would publish it; weekdays checked by hand. */
export const exampleCalendar: TermCalendarInput = {
  name: 'Example LA 2026-27',
  periods: [
    { name: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' }, // Thu … Fri
    { name: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' }, // Mon … Fri
    { name: 'Spring 1', start: '2027-01-05', end: '2027-02-12' }, // Tue … Fri
    { name: 'Spring 2', start: '2027-02-22', end: '2027-03-26' }, // Mon … Fri
    { name: 'Summer 1', start: '2027-04-12', end: '2027-05-28' }, // Mon … Fri
    { name: 'Summer 2', start: '2027-06-07', end: '2027-07-21' }, // Mon … Wed
  ],
  closures: ['2026-09-28', '2027-05-03'], // an INSET Monday, the May bank holiday
};
