/** Plain ISO dates (`YYYY-MM-DD`, no time, no time zone), as the schemas store them. */

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids daylight-saving shifts.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 &&
    day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Day, month and year of an ISO date, or undefined when it is not a real ISO date. */
export function splitIsoDate(value: unknown): { year: number; month: number; day: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = isoPattern.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

export function isIsoDate(value: unknown): value is string {
  return splitIsoDate(value) !== undefined;
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "14 October 2026" (GOV.UK style), or the text unchanged when it is not an ISO date. */
export function formatDate(value: unknown, { withYear = true } = {}): string {
  const parts = splitIsoDate(value);
  if (!parts) return typeof value === 'string' ? value : '';
  const text = `${parts.day} ${monthNames[parts.month - 1]}`;
  return withYear ? `${text} ${parts.year}` : text;
}

/** "14 October to 28 October 2026", repeating the year only when the two differ. */
export function formatDateRange(from: string, to: string, joiner = 'to'): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${formatDate(from, { withYear: !sameYear })} ${joiner} ${formatDate(to)}`;
}
