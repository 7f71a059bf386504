// Date and school-period patterns shared by the time-bound check and the target-row check.

export const MONTHS =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?';

/** "12 March 2027", "12th of March", "March 12, 2027", "March 2027", "12/03/2027", "2027-03-12". */
export const DATE_SOURCE =
  `\\b${DAY}\\s+(?:of\\s+)?${MONTHS}\\b\\.?(?:,?\\s+\\d{4})?|\\b${MONTHS}\\.?\\s+${DAY}(?:,?\\s+\\d{4})?\\b|\\b${MONTHS}\\s+\\d{4}\\b|\\b[0-3]?\\d[/.][01]?\\d[/.](?:\\d{4}|\\d{2})\\b|\\b\\d{4}-[01]\\d-[0-3]\\d\\b`;

/** Named school terms and half terms ("the spring term", "half term", "Easter"). */
export const TERM_SOURCE =
  '(?:(?:autumn|spring|summer|christmas|easter|winter|first|second|third|1st|2nd|3rd)\\s+(?:half[- ]?)?term|half[- ]?term|(?:this|next|the|that) term|end of (?:the )?term|the term|Christmas|Easter|Whitsun|(?:the )?(?:summer|Christmas|Easter|winter|spring|October|February|May) (?:holidays?|break|half[- ]term))';
