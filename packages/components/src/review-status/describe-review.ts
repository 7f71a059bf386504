import { formatDate, formatDateRange } from '../shared/iso-date.js';
import { isRecord } from '../shared/is-record.js';

export type ReviewState = 'scheduled' | 'due' | 'overdue' | 'reviewed';

/** The tag's word for each state. */
export const stateWords: Record<ReviewState, string> = {
  scheduled: 'Scheduled',
  due: 'Due',
  overdue: 'Overdue',
  reviewed: 'Reviewed',
};

/** The plain sentence beside the tag, e.g. "Review due between 14 October and 28 October 2026". */
export function describeWindow(state: ReviewState | undefined, earliest: string, latest: string): string {
  const between = formatDateRange(earliest, latest, 'and');
  switch (state) {
    case 'due':
      return `Review due between ${between}`;
    case 'overdue':
      return `Review overdue: it was due by ${formatDate(latest)}`;
    default:
      return `Next review due between ${between}`;
  }
}

const achievedWords: Record<string, string> = { yes: 'achieved', partly: 'partly achieved', no: 'not achieved' };

/** "2 targets reviewed: 1 achieved, 1 partly achieved", or '' when none were listed. */
export function describeTargetsReviewed(targets: unknown): string {
  if (!Array.isArray(targets) || targets.length === 0) return '';
  const counts = new Map<string, number>();
  for (const target of targets) {
    const achieved = isRecord(target) && typeof target.achieved === 'string' ? target.achieved : '';
    const word = achievedWords[achieved] ?? 'no outcome recorded';
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const parts = [...counts].map(([word, count]) => `${count} ${word}`);
  const noun = targets.length === 1 ? 'target' : 'targets';
  return `${targets.length} ${noun} reviewed: ${parts.join(', ')}`;
}
