import { noChange } from 'lit';
import { isPlainObject } from './plan-document.js';
import { partTagByItemDef } from './part-tags.js';
import type { RenderContext } from './render-context.js';
import type { SchemaResolver } from './schema-resolver.js';

/** What one section (or header field) was last drawn from, and what drawing it found. */
interface Drawn {
  readonly deps: readonly unknown[];
  readonly sawSignature: boolean;
}

/**
 * Remembers what each section of the plan was last drawn from, so a keystroke re-draws only the
 * section it changed: while a section's inputs are the same objects, `draw` returns Lit's
 * `noChange` and its DOM is left alone (Lit's `guard`, but decided while the template is being
 * built, so what drawing a section finds, e.g. a signature, is known before the page ends).
 *
 * The caller must `reset()` whenever the parts these results go into may have been replaced:
 * a different list of sections, or the plan's body drawn again after a problem message.
 */
export class DrawnSections {
  private readonly drawn = new Map<string, Drawn>();
  private layout = '';

  /** Forgets everything when `layout` (which sections, in which order, in which mode) changed. */
  use(layout: string): void {
    if (layout === this.layout) return;
    this.layout = layout;
    this.drawn.clear();
  }

  reset(): void {
    this.layout = '';
    this.drawn.clear();
  }

  draw(key: string, deps: readonly unknown[], ctx: RenderContext, draw: () => unknown): unknown {
    const last = this.drawn.get(key);
    if (last && last.deps.length === deps.length && last.deps.every((dep, index) => dep === deps[index])) {
      if (last.sawSignature) ctx.sawSignature = true;
      return noChange;
    }
    const sawBefore = ctx.sawSignature;
    ctx.sawSignature = false;
    const result = draw();
    this.drawn.set(key, { deps, sawSignature: ctx.sawSignature });
    ctx.sawSignature = ctx.sawSignature || sawBefore;
    return result;
  }
}

/** The one part that shows the plan's targets beside its own value. */
const targetsPart = 'isp-intervention-log';
const logsUnder = new WeakMap<SchemaResolver, Map<unknown, boolean>>();

/**
 * Whether a schema shows the plan's targets beside its own value: a list the intervention log
 * edits, or a reference to a target (`targetId`, chosen and read by the target's words). Such
 * a section or row is drawn again when target text changes. Known from the schema alone, once
 * per resolver and node.
 */
export function showsTargets(resolver: SchemaResolver, raw: unknown, base: string): boolean {
  let perResolver = logsUnder.get(resolver);
  if (!perResolver) logsUnder.set(resolver, (perResolver = new Map()));
  let found = perResolver.get(raw);
  if (found === undefined) {
    found = walk(resolver, raw, base, new Set(), 0);
    perResolver.set(raw, found);
  }
  return found;
}

function walk(resolver: SchemaResolver, raw: unknown, base: string, seen: Set<unknown>, depth: number): boolean {
  if (depth > 16) return true;
  const { node, base: nodeBase, defName } = resolver.resolve(raw, base);
  if (seen.has(node)) return false;
  seen.add(node);
  const items = node['items'];
  if (items !== undefined) {
    const item = resolver.resolve(items, nodeBase);
    if (item.defName !== undefined && partTagByItemDef[item.defName] === targetsPart) return true;
    if (walk(resolver, items, nodeBase, seen, depth + 1)) return true;
  }
  const properties = node['properties'];
  if (isPlainObject(properties)) {
    if ('targetId' in properties) return true;
    for (const child of Object.values(properties)) if (walk(resolver, child, nodeBase, seen, depth + 1)) return true;
  }
  return false;
}
