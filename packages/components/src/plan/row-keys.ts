/**
 * Stable keys for array rows, so Lit's `repeat` moves a row's DOM (and focus, and whatever a
 * person half-typed in a part) with the row instead of re-labelling rows by index.
 *
 * Keys live beside the arrays, not inside them: the plan is never given fields of ours.
 * Because edits copy only the arrays on the changed path, `follow` carries the keys from the
 * old array to its copy, and row operations say how keys move.
 */
export class RowKeys {
  private readonly keys = new WeakMap<readonly unknown[], number[]>();
  private next = 1;

  /** Keys for `rows`, created on first sight (fresh document from the host). */
  of(rows: readonly unknown[]): number[] {
    let keys = this.keys.get(rows);
    if (!keys || keys.length !== rows.length) {
      keys = rows.map((_, index) => keys?.[index] ?? this.next++);
      this.keys.set(rows, keys);
    }
    return keys;
  }

  /** The copy keeps the original's keys (an edit inside a row). */
  follow = (previous: readonly unknown[], next: readonly unknown[]): void => {
    const keys = this.keys.get(previous);
    if (keys && keys.length === next.length) this.keys.set(next, keys.slice());
  };

  /** Sets the keys of `rows` explicitly (after insert, remove or move). */
  set(rows: readonly unknown[], keys: number[]): void {
    this.keys.set(rows, keys);
  }

  fresh(): number {
    return this.next++;
  }
}
