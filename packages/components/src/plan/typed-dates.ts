import type { FieldError, ValidationResult } from './plan-validation.js';

type DatePart = HTMLElement & { typedMessage?: string; label?: string };

/**
 * The plan's findings with what its date parts know of their boxes. A part whose boxes hold
 * no real date gives the plan '' (or nothing), so the schema can only say "enter a real
 * date", or nothing at all for an optional date, and the typed day would pass silently. The
 * part's own words ("must include a month and year") replace the plan's at that field, and
 * stand in the form's order when the plan had none there.
 */
export function withTypedDates(result: ValidationResult, root: ParentNode): ValidationResult {
  let errors = result.errors;
  for (const part of root.querySelectorAll<DatePart>('isp-date-input[data-pointer]')) {
    const message = part.typedMessage;
    if (!message) continue;
    const typed: FieldError = { pointer: part.dataset['pointer']!, message, field: part.label, code: 'invalid-date' };
    const at = errors.findIndex((error) => error.pointer === typed.pointer);
    if (at >= 0) {
      errors = errors.map((error, index) => (index === at ? typed : error)).filter((error, index) => index === at || error.pointer !== typed.pointer);
    } else {
      const before = errors.findIndex((error) => comesAfter(root, error.pointer, part));
      errors = before < 0 ? [...errors, typed] : [...errors.slice(0, before), typed, ...errors.slice(before)];
    }
  }
  return errors === result.errors ? result : { valid: errors.length === 0, errors };
}

/** True when the field at `pointer` is drawn after `part` in the form. */
function comesAfter(root: ParentNode, pointer: string, part: Element): boolean {
  const field = root.querySelector(`[data-pointer="${CSS.escape(pointer)}"]`);
  return field !== null && (part.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}
