/**
 * A set of row numbers kept as runs of consecutive rows: the rows of one reading decision
 * over a whole streamed file. A decision often concerns every row (a "-" for an empty cell in
 * an agency export) and chunks report their rows in ascending order, so the set stays a few
 * runs however large the file; a list and a `Set` of every row held 118 MB more at the peak
 * of a 1M-row run (about 600 MB for the 5M national file).
 *
 * @example
 * ```ts
 * const r = new RowRuns();
 * r.addAll([1, 2, 3, 7]);
 * r.add(2); // already there
 * r.toArray(); // [1, 2, 3, 7]
 * ```
 */
export class RowRuns {
  /** First and last row of each run, ascending and disjoint, never adjacent. */
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  #size = 0;

  /** How many distinct rows. */
  get size(): number {
    return this.#size;
  }

  /** Adds a row (no effect when it is there). */
  add(row: number): void {
    const starts = this.#starts;
    const ends = this.#ends;
    const n = ends.length;
    const last = n === 0 ? Number.NEGATIVE_INFINITY : (ends[n - 1] as number);
    // Ascending rows, the usual case: extend the last run or start one.
    if (row > last) {
      if (row === last + 1) ends[n - 1] = row;
      else {
        starts.push(row);
        ends.push(row);
      }
      this.#size++;
      return;
    }
    // Out of order: the first run ending at or after `row`.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] as number) < row) lo = mid + 1;
      else hi = mid;
    }
    if ((starts[lo] as number) <= row) return; // inside run `lo`
    this.#size++;
    const joinsNext = (starts[lo] as number) === row + 1;
    const joinsPrev = lo > 0 && (ends[lo - 1] as number) === row - 1;
    if (joinsPrev && joinsNext) {
      ends[lo - 1] = ends[lo] as number;
      starts.splice(lo, 1);
      ends.splice(lo, 1);
    } else if (joinsPrev) ends[lo - 1] = row;
    else if (joinsNext) starts[lo] = row;
    else {
      starts.splice(lo, 0, row);
      ends.splice(lo, 0, row);
    }
  }

  /** Adds every row of `rows`. */
  addAll(rows: Iterable<number>): void {
    for (const r of rows) this.add(r);
  }

  /** The rows, ascending. */
  toArray(): number[] {
    const out = new Array<number>(this.#size);
    let k = 0;
    for (let i = 0; i < this.#starts.length; i++) {
      const end = this.#ends[i] as number;
      for (let r = this.#starts[i] as number; r <= end; r++) out[k++] = r;
    }
    return out;
  }
}
