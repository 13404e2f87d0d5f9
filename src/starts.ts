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
 * (`starts`) and as char codes to look up (`codes`).
 */
export type Anchored = RegExp & {readonly starts: string; readonly codes: ReadonlySet<number>}

/** Every anchored pattern, for the test that checks their lists. */
export const ANCHORED: Anchored[] = []

/** `pattern`, with the characters its matches begin with (both cases, where it ignores case). */
export function anchored(pattern: RegExp, starts: string): Anchored {
  const out = Object.assign(pattern, {starts, codes: new Set([...starts].map((character) => character.charCodeAt(0)))})
  ANCHORED.push(out)
  return out
}

export const DIGITS = '0123456789'
/** What `\s` matches, for a pattern that may begin with white space. */
export const WHITE_SPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'

/** Whether `text` may match `pattern`: it begins with one of the characters a match begins with. */
const begins = (pattern: Anchored, text: string): boolean => text.length > 0 && pattern.codes.has(text.charCodeAt(0))

/** `pattern.test(text)`, asked only when the first character allows a match. */
export const opens = (pattern: Anchored, text: string): boolean => begins(pattern, text) && pattern.test(text)

/** `pattern.exec(text)`, asked only when the first character allows a match. */
export const openMatch = (pattern: Anchored, text: string): RegExpExecArray | null => (begins(pattern, text) ? pattern.exec(text) : null)
