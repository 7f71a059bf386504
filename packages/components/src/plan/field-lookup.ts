import { parsePointer, toPointer } from './json-pointer.js';
import { sectionId } from './render-context.js';

/**
 * The element that stands for `pointer` in a rendered plan: its control (the checked radio of a
 * group, a part's host), else its row's heading, its first field, its section's heading, or
 * those of the nearest ancestor drawn on the page; the plan's title as a last resort (e.g.
 * `/template`). Used to focus a field from the error summary and to anchor form validity.
 */
export function findFieldElement(root: ParentNode, pointer: string): HTMLElement | undefined {
  let segments = parsePointer(pointer);
  const exact = CSS.escape(pointer);
  for (;;) {
    const at = CSS.escape(toPointer(segments));
    const found =
      root.querySelector<HTMLElement>(`[data-pointer="${at}"]:checked`) ??
      root.querySelector<HTMLElement>(`[data-pointer="${at}"]`) ??
      root.querySelector<HTMLElement>(`[data-row-heading="${at}"]`) ??
      // A group with no field of its own ("Fill in the child's details"): its first field.
      (at === exact && exact !== '' ? root.querySelector<HTMLElement>(`[data-pointer^="${at}/"]`) : null) ??
      (segments.length === 1 ? root.querySelector<HTMLElement>(`#${CSS.escape(sectionId(segments[0] ?? ''))}-heading`) : null);
    if (found) return found;
    if (segments.length === 0) return root.querySelector<HTMLElement>('.plan-title') ?? undefined;
    segments = segments.slice(0, -1);
  }
}
