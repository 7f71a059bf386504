const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * `2026-09-14` → `14 September 2026` (the GOV.UK style), independent of the browser's locale
 * and time zone; anything that is not a plain ISO date is shown exactly as written.
 */
export function formatIsoDate(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  if (!match || !month) return text;
  return `${Number(match[3])} ${month} ${match[1]}`;
}
