/** How a part presents itself: editable, a readable document, or paper to sign by hand. */
export type Mode = 'edit' | 'view' | 'print';

/** Any unknown mode falls back to `edit`, the default every part starts in. */
export function toMode(value: unknown): Mode {
  return value === 'view' || value === 'print' ? value : 'edit';
}
