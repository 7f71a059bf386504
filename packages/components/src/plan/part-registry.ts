import { allPartTags } from './part-tags.js';

/**
 * Tells plans when a part they could use gets registered (its define module loaded later than
 * the plan), so they re-render with it. One `whenDefined` per tag for the whole page, and only
 * connected plans are held, so a removed plan is never kept alive by a part that never comes.
 */
const listeners = new Set<() => void>();
let watching = false;

function watch(): void {
  if (watching) return;
  watching = true;
  for (const tag of allPartTags) {
    if (customElements.get(tag)) continue;
    void customElements.whenDefined(tag).then(() => {
      for (const listener of listeners) listener();
    });
  }
}

/** Calls `listener` whenever a part is defined, until the returned function is called. */
export function onPartDefined(listener: () => void): () => void {
  watch();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
