/**
 * Characters found in one pass over the input, so that later stages need not look for them line
 * by line: the ones the reading text rewrites (soft hyphens, non-breaking spaces, ligatures, …) and
 * the superscript digits beyond "¹²³".
 *
 * Why not a regular expression for exactly these characters: V8 skips ahead through a two-byte
 * string by the low seven bits of each character, so a class holding U+00A0 stops at every space
 * and one holding "⁴" (U+2074) at every "t". A class of every character from U+00A0 on gives it
 * nothing to skip by, and then runs through the text faster than a loop over char codes; Dutch
 * text has few such characters ("é", "’", "€"), each looked at once.
 */
const CANDIDATE = /[\t\r\f\u00a0-\uffff]/g

export class Characters {
  /** Offsets of characters the reading text rewrites, ascending. */
  private readonly rewritten: number[] = []
  /** Whether "⁰" or "⁴"–"⁹" occur: footnote markers can then be written with them. */
  readonly superscripts: boolean = false

  constructor(input: string) {
    let superscripts = false
    CANDIDATE.lastIndex = 0
    // test, not exec: every match is one character, just before lastIndex, and needs no match array.
    while (CANDIDATE.test(input)) {
      const i = CANDIDATE.lastIndex - 1
      const c = input.charCodeAt(i)
      // Tab, carriage return, form feed (a line feed ends a line and is never inside one).
      if (c < 0x20 || c === 0xa0 || c === 0xad || c === 0x200b || c === 0xfeff || (c >= 0xfb00 && c <= 0xfb04)) this.rewritten.push(i)
      else if (c === 0x2070 || (c >= 0x2074 && c <= 0x2079)) superscripts = true
    }
    this.superscripts = superscripts
  }

  /** Whether input[start, end) holds a character the reading text rewrites. */
  rewrites(start: number, end: number): boolean {
    const offsets = this.rewritten
    // The first offset at or after `start`.
    let lo = 0
    let hi = offsets.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (offsets[mid]! < start) lo = mid + 1
      else hi = mid
    }
    return lo < offsets.length && offsets[lo]! < end
  }
}
