/**
 * The JSON value a control now holds, by its `data-kind`:
 * - `string`: text; emptied → `undefined` (the property is removed), or `''` inside a list
 * - `number`: a number when the text is one, else the text itself, so nothing typed is lost
 *   and validation can say what is wrong
 * - `boolean`: the checkbox state
 * - `json`: a radio or select option, whose value is the option as JSON (`''` → `undefined`)
 * - `multi`: every checked box of the group, plus any earlier values that are not options
 * - `part`: the part's own `value` ('' → `undefined`, as for text)
 */
export function readControl(control: HTMLElement, previous: unknown, root: ParentNode, inList: boolean): unknown {
  const kind = control.dataset['kind'];
  const empty = inList ? '' : undefined;
  if (kind === 'part') {
    // A date part with no date gives '': emptied, like a text box.
    const value = (control as HTMLElement & { value: unknown }).value;
    return value === '' ? empty : value;
  }
  if (control instanceof HTMLInputElement && kind === 'boolean') return control.checked;
  if (kind === 'multi') {
    const boxes = [...root.querySelectorAll<HTMLInputElement>(`input[data-kind="multi"][data-pointer="${CSS.escape(control.dataset['pointer'] ?? '')}"]`)];
    // Compared as JSON: a box's value is a copy, so a list or object in the plan is never kept twice.
    const options = new Set(boxes.map((box) => box.value));
    const others = Array.isArray(previous) ? previous.filter((item) => !options.has(String(JSON.stringify(item)))) : [];
    return [...others, ...boxes.filter((box) => box.checked).map((box) => JSON.parse(box.value) as unknown)];
  }
  const text = (control as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
  if (kind === 'json') return text === '' ? empty : (JSON.parse(text) as unknown);
  if (kind === 'number') {
    const trimmed = text.trim();
    if (trimmed === '') return empty;
    return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed) ? Number(trimmed) : text;
  }
  return text === '' ? empty : text;
}
