/**
 * The parts of an `<isp-date-input>` nested in another part, forwarded as `date-<part>`
 * (`isp-signature::part(date-day)`), so the page styles its boxes like a date input of its own.
 */
export const dateExportParts = ['base', 'label', 'hint', 'error', 'control', 'day', 'month', 'year', 'value', 'given']
  .map((part) => `${part}:date-${part}`)
  .join(',');
