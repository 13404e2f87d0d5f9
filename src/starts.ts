/**
 * Patterns anchored at the start of a line or block ("Vraag 1", "Hoogachtend,", "- 1."), each with
 * the characters a match can begin with. Readers ask them of every line and block; most begin with
 * some other character, and looking at it costs far less than a call into the regular expression
 * engine (the Defensie letter made some 7,000 such calls per parse).
 *
 * test/starts.test.ts checks every list against real lines: a character missing from a list would
 * make its pattern miss lines that begin with it.
 */

/**
 * A pattern anchored with `^`, and every character a text it matches can begin with: as written
 * (`starts`), and to look up: ASCII characters as bits of `ascii`, the others in `others`.
 */
export type Anchored = RegExp & {readonly starts: string; readonly ascii: Uint32Array; readonly others: ReadonlySet<number>}

/** Every anchored pattern, for the test that checks their lists. */
export const ANCHORED: Anchored[] = []

/** `pattern`, with the characters its matches begin with (both cases, where it ignores case). */
export function anchored(pattern: RegExp, starts: string): Anchored {
  const ascii = new Uint32Array(4)
  const others = new Set<number>()
  for (const character of starts) {
    const code = character.charCodeAt(0)
    if (code < 128) ascii[code >> 5]! |= 1 << (code & 31)
    else others.add(code)
  }
  const out = Object.assign(pattern, {starts, ascii, others})
  ANCHORED.push(out)
  return out
}

export const DIGITS = '0123456789'
/** Whether a UTF-16 code unit is an ASCII digit, one of DIGITS (what `\d` matches). */
export const isDigit = (code: number) => code >= 48 && code <= 57
/** What `\s` matches, for a pattern that may begin with white space. */
export const WHITE_SPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'

/** Whether `text` may match `pattern`: it begins with one of the characters a match begins with. */
function begins(pattern: Anchored, text: string): boolean {
  if (text.length === 0) return false
  const code = text.charCodeAt(0)
  return code < 128 ? (pattern.ascii[code >> 5]! & (1 << (code & 31))) !== 0 : pattern.others.has(code)
}

/**
 * Whether `text` may be one of `words` or begin like one: whether its first character is one they
 * begin with, or, where `ignoreCase`, the first character of its lower case is ("Datum", "datum",
 * and "Kenmerk" with a Kelvin sign for "kenmerk"). A look-up of the words, or a lower-casing of the
 * line, is then asked only of the few lines that pass.
 */
export function beginsLikeOneOf(words: Iterable<string>, ignoreCase = false): (text: string) => boolean {
  const codes = new Set<number>()
  for (const word of words) codes.add((ignoreCase ? word.toLowerCase() : word).charCodeAt(0))
  return (text) => {
    if (text.length === 0) return false
    let code = text.charCodeAt(0)
    // An ASCII letter's cases differ only in bit 0x20; other characters are lower-cased as toLowerCase does.
    if (ignoreCase) code = code >= 65 && code <= 90 ? code + 32 : code < 128 ? code : text.charAt(0).toLowerCase().charCodeAt(0)
    return codes.has(code)
  }
}

/** `pattern.test(text)`, asked only when the first character allows a match. */
export const opens = (pattern: Anchored, text: string): boolean => begins(pattern, text) && pattern.test(text)

/** `pattern.exec(text)`, asked only when the first character allows a match. */
export const openMatch = (pattern: Anchored, text: string): RegExpExecArray | null => (begins(pattern, text) ? pattern.exec(text) : null)
