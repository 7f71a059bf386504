import { toPointer, type PathSegment } from './json-pointer.js';
import type { RowKeys } from './row-keys.js';
import type { SchemaNode, SchemaResolver } from './schema-resolver.js';
import { isPlainObject } from './plan-document.js';

export type PlanMode = 'edit' | 'view' | 'print';

/** What one render pass of the plan needs to know; built once per `render()`. */
export interface RenderContext {
  readonly resolver: SchemaResolver;
  readonly mode: PlanMode;
  readonly rowKeys: RowKeys;
  /** The inline error shown for a field, if feedback is due there (Lion's rule). */
  readonly errorAt: (pointer: string) => string | undefined;
  /** Messages for a part's own subtree, joined, when the part draws its fields itself. */
  readonly errorsUnder: (pointer: string) => string | undefined;
  /** Whether a part's tag is registered, so the generic renderer can stand in until it is. */
  readonly hasPart: (tag: string) => boolean;
  /**
   * Names the messages shown at or under `pointer` with their pointers (`undefined` when none):
   * a row is drawn again when its key changes, and only then, when feedback changes.
   */
  readonly feedbackKey: (pointer: string) => string | undefined;
  /** Changes whenever anything but the row's own value and feedback changes its rendering. */
  readonly stamp: object;
  readonly disabled: boolean;
  /** What domain parts may use beside their value: the pupil's name (SMART "who"), targets. */
  /** What the domain parts need from the whole plan; `today` is '' when the host gave none. */
  readonly partContext: { readonly pupilName: string; readonly targets: readonly unknown[]; readonly today: string };
  /** Whether the signature at `pointer` must be signed again (the plan was amended since). */
  readonly signatureStale: (pointer: string, value: unknown) => boolean;
  /** Set while rendering when a signature was drawn, so print mode knows to add sign-off lines. */
  sawSignature: boolean;
}

/** An id for the control at `pointer`, unique within the plan's shadow root. */
export function fieldId(pointer: string): string {
  return 'f' + idSafe(pointer);
}

/** The id of the top-level section `name` (its heading's adds `-heading`). */
export function sectionId(name: string): string {
  return 'section-' + idSafe(name);
}

/** An id holds no white space: `aria-labelledby` and `aria-describedby` split on it. */
export function idSafe(text: string): string {
  return text.replace(/\s/g, '_');
}

export function pointerOf(path: readonly PathSegment[]): string {
  return toPointer(path);
}

/**
 * The schemas of the empty groups a field is drawn inside. An empty group is drawn with its
 * fields so they can be filled in, except inside an empty group of the same schema: a schema
 * that holds itself (a tree) is drawn as deep as the plan goes and one empty level more.
 */
export type Blanks = ReadonlySet<SchemaNode> | undefined;

/** What the fields of the group `node` with `value` are drawn inside (see `Blanks`). */
export function blanksWithin(blanks: Blanks, node: SchemaNode, value: unknown): Blanks {
  return isPlainObject(value) ? undefined : new Set(blanks).add(node);
}
