/**
 * Aho-Corasick: finds every occurrence of many patterns in one left-to-right pass, whatever the
 * number of patterns. Compiled once into a deterministic automaton: one table lookup per code
 * unit of text. Patterns and text are UTF-16 code units (of folded text).
 */

/** Called for every occurrence: the pattern's index and its span [start, end) in the scanned units. */
export type OnMatch = (pattern: number, start: number, end: number) => void;

/** Above this many table cells (states × distinct characters) the automaton stays sparse. */
const MAX_DENSE_CELLS = 1 << 22;
const NONE = -1;

export class AhoCorasick {
  private constructor(
    /** Pattern lengths in code units, by pattern index. */
    private readonly lengths: Int32Array,
    /** Per state, the patterns that end there: outputs[outputStart[s] .. outputStart[s + 1]). */
    private readonly outputStart: Int32Array,
    private readonly outputs: Int32Array,
    /** Per state, the nearest state along the failure links that has outputs of its own. */
    private readonly dictionaryLink: Int32Array,
    /** Per state: 1 when any pattern ends there (its own or along its dictionary link). */
    private readonly reports: Uint8Array,
    /**
     * Dense form: for (row, character class), the next state's row (state × width) shifted left
     * once, with the low bit set when a pattern ends there: one lookup and no multiplication.
     */
    private readonly dense: { classes: Uint16Array; width: number; next: Int32Array } | null,
    /** Sparse form, for very large alphabets: the trie and its failure links. */
    private readonly sparse: { children: Map<number, number>[]; failure: Int32Array } | null,
  ) {}

  /** Builds the automaton. Empty patterns never match. */
  static compile(patterns: readonly string[]): AhoCorasick {
    const { children, own } = buildTrie(patterns);
    const states = children.length;
    const failure = new Int32Array(states);
    const order = breadthFirst(children, failure);

    const dictionaryLink = new Int32Array(states).fill(NONE);
    const reports = new Uint8Array(states);
    for (const state of order) {
      if (state === 0) continue;
      const fail = failure[state];
      dictionaryLink[state] = own[fail].length > 0 ? fail : dictionaryLink[fail];
      reports[state] = own[state].length > 0 || dictionaryLink[state] !== NONE ? 1 : 0;
    }
    const outputStart = new Int32Array(states + 1);
    own.forEach((list, state) => (outputStart[state + 1] = outputStart[state] + list.length));
    const outputs = Int32Array.from(own.flat());
    const lengths = Int32Array.from(patterns, (pattern) => pattern.length);

    const alphabet = new Set<number>();
    for (const map of children) for (const code of map.keys()) alphabet.add(code);
    const dense =
      states * (alphabet.size + 1) <= MAX_DENSE_CELLS
        ? denseTable(children, failure, reports, order, alphabet)
        : null;
    const sparse = dense ? null : { children, failure };
    return new AhoCorasick(lengths, outputStart, outputs, dictionaryLink, reports, dense, sparse);
  }

  /** Reports every occurrence of every pattern in codes[from, to). */
  scan(codes: Uint16Array, from: number, to: number, onMatch: OnMatch): void {
    const reports = this.reports;
    if (this.dense) {
      const { classes, width, next } = this.dense;
      let row = 0;
      for (let i = from; i < to; i += 1) {
        const step = next[row + classes[codes[i]]];
        row = step >> 1;
        if (step & 1) this.report(row / width, i + 1, onMatch);
      }
      return;
    }
    const { children, failure } = this.sparse!;
    let state = 0;
    for (let i = from; i < to; i += 1) {
      const code = codes[i];
      let child = children[state].get(code);
      while (child === undefined && state !== 0) {
        state = failure[state];
        child = children[state].get(code);
      }
      state = child ?? 0;
      if (reports[state] !== 0) this.report(state, i + 1, onMatch);
    }
  }

  private report(state: number, end: number, onMatch: OnMatch): void {
    for (let current = state; current !== NONE; current = this.dictionaryLink[current]) {
      for (let k = this.outputStart[current]; k < this.outputStart[current + 1]; k += 1) {
        const pattern = this.outputs[k];
        onMatch(pattern, end - this.lengths[pattern], end);
      }
    }
  }
}

/** The trie of the patterns: children per state, and the patterns that end at each state. */
function buildTrie(patterns: readonly string[]): {
  children: Map<number, number>[];
  own: number[][];
} {
  const children: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i += 1) {
      const code = pattern.charCodeAt(i);
      let next = children[state].get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        own.push([]);
        children[state].set(code, next);
      }
      state = next;
    }
    own[state].push(index);
  });
  return { children, own };
}

/**
 * The full transition table: every (state, character) pair, failure links already followed.
 * Class 0 is every character no pattern contains: it always leads back to the root.
 */
function denseTable(
  children: readonly Map<number, number>[],
  failure: Int32Array,
  reports: Uint8Array,
  order: readonly number[],
  alphabet: ReadonlySet<number>,
): { classes: Uint16Array; width: number; next: Int32Array } {
  const classes = new Uint16Array(0x10000);
  let nextClass = 1;
  for (const code of alphabet) classes[code] = nextClass++;
  const width = nextClass;
  const next = new Int32Array(children.length * width);
  for (const state of order) {
    const row = state * width;
    if (state !== 0) next.copyWithin(row, failure[state] * width, (failure[state] + 1) * width);
    for (const [code, child] of children[state]) {
      next[row + classes[code]] = ((child * width) << 1) | reports[child];
    }
  }
  return { classes, width, next };
}

/** Sets the failure link of every state; returns the states in breadth-first order. */
function breadthFirst(children: readonly Map<number, number>[], failure: Int32Array): number[] {
  const order = [0];
  for (let head = 0; head < order.length; head += 1) {
    const state = order[head];
    for (const [code, child] of children[state]) {
      if (state !== 0) {
        let fail = failure[state];
        while (fail !== 0 && !children[fail].has(code)) fail = failure[fail];
        failure[child] = children[fail].get(code) ?? 0;
      }
      order.push(child);
    }
  }
  return order;
}
