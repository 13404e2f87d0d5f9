import type {Point, Position} from './ast.js'

/**
 * Turns offsets into unist points for one input, in O(log lines) per lookup.
 * Lines end at \n, \r\n or \r (as in micromark); a form feed is an ordinary character.
 */
export class LineIndex {
  private readonly starts: number[] = [0]
  constructor(readonly input: string) {
    // indexOf scans far faster than a loop over char codes; most inputs have no \r at all.
    if (!input.includes('\r')) {
      for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) this.starts.push(i + 1)
      return
    }
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i)
      if (c === 10) this.starts.push(i + 1)
      else if (c === 13) {
        if (input.charCodeAt(i + 1) === 10) i++
        this.starts.push(i + 1)
      }
    }
  }
  /** The line of the last lookup: nodes are built in document order, so the next is mostly on it or just after. */
  private last = 0

  point(offset: number): Point {
    const starts = this.starts
    const last = this.last
    if (starts[last]! <= offset) {
      if (last + 1 >= starts.length || starts[last + 1]! > offset) return {line: last + 1, column: offset - starts[last]! + 1, offset}
      if (last + 2 >= starts.length || starts[last + 2]! > offset) {
        this.last = last + 1
        return {line: last + 2, column: offset - starts[last + 1]! + 1, offset}
      }
    }
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    this.last = lo
    return {line: lo + 1, column: offset - starts[lo]! + 1, offset}
  }
  position(start: number, end: number): Position {
    return {start: this.point(start), end: this.point(end)}
  }
}

/**
 * Maps offsets in a reading text back to the input it was built from. The reading text is built
 * from runs copied from the input (mapped one to one) and inserted or replaced characters (mapped
 * to the input position of the run they replace).
 */
export class OffsetMap {
  /**
   * The runs, four numbers each: where the run starts in the reading text, its length there, where
   * it was read from in the input and its length there. One array, not one per field: most maps
   * hold a run or two, and each array has its own backing store (0.14 MB of the 1.4 MB a text
   * parse of the Defensie letter allocated went to them).
   */
  private runs: number[] = []
  // The text is kept in pieces and joined once when asked: appending to a string while reading its
  // end makes V8 flatten it each time, which is quadratic in a long paragraph.
  private pieces: string[] = []
  private joined: string | undefined = ''
  /** The length of the reading text. */
  length = 0

  /** The reading text. */
  get text(): string {
    this.joined ??= this.pieces.join('')
    return this.joined
  }

  /** The last `count` characters of the reading text, without joining it. */
  tail(count: number): string {
    let out = ''
    for (let k = this.pieces.length - 1; k >= 0 && out.length < count; k--) out = this.pieces[k]!.slice(-(count - out.length)) + out
    return out
  }

  /** Appends `value`, read from input[sourceStart, sourceEnd). */
  push(value: string, sourceStart: number, sourceEnd: number): void {
    if (value.length === 0) return
    if (this.pieces.length === 0) {
      // Array literals of the first run: `push` would reserve room for sixteen more, and most maps hold one run.
      this.runs = [this.length, value.length, sourceStart, sourceEnd - sourceStart]
      this.pieces = [value]
    } else {
      this.runs.push(this.length, value.length, sourceStart, sourceEnd - sourceStart)
      this.pieces.push(value)
    }
    this.length += value.length
    this.joined = undefined
  }

  /** Removes the last character of the reading text (a hyphen that turned out to split a word). */
  dropLast(): void {
    const runs = this.runs
    const last = runs.length - 4
    if (last < 0) return
    this.pieces[this.pieces.length - 1] = this.pieces[this.pieces.length - 1]!.slice(0, -1)
    this.length--
    this.joined = undefined
    runs[last + 1]!--
    runs[last + 3]!--
    if (runs[last + 1] === 0) {
      this.pieces.pop()
      runs.length = last
    }
  }

  /**
   * The range [start, end) of the reading text, widened to whole replacements: a node cannot own
   * half of the "fi" that "ﬁ" reads as, as its position could not say which half.
   */
  widen(start: number, end: number): [number, number] {
    const runs = this.runs
    if (runs.length === 0) return [start, end]
    const at = (probe: number) => {
      let lo = 0
      let hi = (runs.length >> 2) - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (runs[mid << 2]! <= probe) lo = mid
        else hi = mid - 1
      }
      return lo << 2
    }
    const first = at(start)
    if (runs[first + 1] !== runs[first + 3] && start > runs[first]!) start = runs[first]!
    const last = at(Math.max(start, end - 1))
    if (runs[last + 1] !== runs[last + 3] && end < runs[last]! + runs[last + 1]!) end = runs[last]! + runs[last + 1]!
    return [start, end]
  }

  /**
   * The reading-text offset of input offset `at`, where the character there was copied one to one;
   * undefined where it was replaced or left out. Runs are pushed in input order.
   */
  target(at: number): number | undefined {
    const runs = this.runs
    let lo = 0
    let hi = (runs.length >> 2) - 1
    if (hi < 0) return undefined
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (runs[(mid << 2) + 2]! <= at) lo = mid
      else hi = mid - 1
    }
    const run = lo << 2
    const within = at - runs[run + 2]!
    if (within < 0 || within >= runs[run + 3]! || runs[run + 1] !== runs[run + 3]) return undefined
    return runs[run]! + within
  }

  /** The input offset of reading-text offset `at`; `end` asks for an exclusive end. */
  source(at: number, end = false): number {
    const runs = this.runs
    if (runs.length === 0) return 0
    // The last run that starts at or before `probe`, by its index (run r's numbers start at 4r).
    let lo = 0
    let hi = (runs.length >> 2) - 1
    const probe = end ? at - 1 : at
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (runs[mid << 2]! <= probe) lo = mid
      else hi = mid - 1
    }
    const run = lo << 2
    const within = Math.max(0, probe - runs[run]!)
    const textLength = runs[run + 1]!
    const sourceStart = runs[run + 2]!
    const sourceLength = runs[run + 3]!
    // Copied runs map one to one; a replaced run maps proportionally onto what it replaced, so its
    // last character ends where the replaced text does ("&" read from "&amp;" ends after ";").
    if (textLength === sourceLength) return sourceStart + (end ? within + 1 : within)
    if (end) return sourceStart + Math.min(Math.ceil(((within + 1) * sourceLength) / textLength), sourceLength)
    return sourceStart + Math.min(Math.floor((within * sourceLength) / textLength), Math.max(0, sourceLength - 1))
  }
}

/**
 * The position of a container, from its children: from the first character of the earliest to
 * the last of the latest, as mdast's builder gives a node on `exit()` the span of what it
 * read. Every container is built once its children are, and takes its position from here;
 * `empty` is the position of one that has none.
 */
export function enclose(children: ReadonlyArray<{readonly position?: Position | undefined}>, empty?: Position): Position {
  if (children.length === 0) {
    if (empty === undefined) throw new RangeError('A container without children needs the position it stands at')
    return empty
  }
  // The public node types make `position` optional, as unist does, for nodes added after parsing;
  // every node the parser builds has one.
  let {start, end} = children[0]!.position!
  for (let k = 1; k < children.length; k++) {
    const position = children[k]!.position!
    if (position.start.offset < start.offset) start = position.start
    if (position.end.offset > end.offset) end = position.end
  }
  return {start, end}
}
