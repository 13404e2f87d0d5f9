/**
 * The reading text of a block: its lines' content joined as one sentence reads (line breaks as
 * spaces, words hyphenated across lines joined, soft hyphens, non-breaking spaces and ligatures
 * resolved), with a map from every character back to the input. Sources with inline markup
 * (Markdown) read that markup themselves and copy what is left through `copyNormalised`.
 */
import type {Characters} from './characters.js'
import type {Line} from './lines.js'
import {OffsetMap} from './position.js'

/** A node found in the reading text, with offsets into it. */
export interface Span {
  start: number
  end: number
  node: Record<string, unknown> & {type: string}
  children?: Span[]
}

/** A reading text, and the links the source's markup marks in it. */
export interface ReadingText {
  map: OffsetMap
  links: readonly Span[]
}

/** The links of a text without markup: one list for every such text. */
const NO_LINKS: readonly Span[] = []

/** What a source needs to read a block's text. */
export interface ReadingContext {
  input: string
  characters: Characters
}

const LIGATURES: Readonly<Record<string, string>> = {'\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl'}

/** The reading text of `lines` from offset `from` on, each line read in place. */
export function plainReadingText(lines: readonly Line[], context: ReadingContext, from = 0): ReadingText {
  const {input} = context
  const map = new OffsetMap()
  let previousEnd = -1
  for (const line of lines) {
    const s = Math.max(line.contentStart, from)
    const e = line.contentEnd
    if (s >= e) continue
    if (previousEnd >= 0) joinLines(map, input, previousEnd, s)
    // Most lines hold no character to rewrite; the document-wide index says which do.
    if (context.characters.rewrites(s, e)) copyNormalised(map, input.slice(s, e), s, e)
    else map.push(input.slice(s, e), s, e)
    previousEnd = e
  }
  return {map, links: NO_LINKS}
}

/** Appends the line break between two lines: a space, or nothing after a hyphen that ends a line inside a word. */
function joinLines(map: OffsetMap, input: string, previousEnd: number, nextStart: number): void {
  const join = lineBreak(map.tail(2), input[nextStart] ?? '')
  // "emissiefacto-\nren" reads as one word; the hyphen stays in the input and in the position.
  if (join === 'word') map.dropLast()
  else if (join === 'space') map.push(' ', previousEnd, nextStart)
}

/**
 * How a line break reads between `before` (the text read so far) and `next` (the next line's first
 * character). After a hyphen that follows a lower-case letter: before a lower-case letter the word
 * was broken at the line end ("emissiefacto-" / "ren": `'word'`, the hyphen goes); before a capital
 * the hyphen joins a compound and stays, without a space ("Wiskunde en Informatica-" / "CWI- en
 * TNO", "Noord-" / "Holland": `'compound'`). Otherwise a space.
 */
export function lineBreak(before: string, next: string): 'word' | 'compound' | 'space' {
  if (before.length < 2 || !before.endsWith('-') || !/\p{Ll}/u.test(before[before.length - 2]!)) return 'space'
  if (/^[a-z]/.test(next)) return 'word'
  return /^\p{Lu}/u.test(next) ? 'compound' : 'space'
}

/** Characters copyNormalised replaces; most lines have none and are copied whole. */
const NEEDS_NORMALISING = /[\u00ad\u200b\ufeff\u00a0\t\n\r\f\ufb00-\ufb04]/

/** Copies `value` (read from input[start, end)) into the map, resolving soft hyphens, NBSP and ligatures. */
export function copyNormalised(map: OffsetMap, value: string, start: number, end: number): void {
  const oneToOne = value.length === end - start
  if (!NEEDS_NORMALISING.test(value)) {
    map.push(value, start, end)
    return
  }
  let run = 0
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!
    const code = ch.charCodeAt(0)
    let replacement: string | undefined
    if (code === 0xad || code === 0x200b || code === 0xfeff) replacement = ''
    else if (code === 0xa0 || code === 9 || code === 10 || code === 13 || code === 0x0c) replacement = ' '
    else if (code >= 0xfb00 && code <= 0xfb04) replacement = LIGATURES[ch]
    if (replacement === undefined) continue
    if (oneToOne) {
      if (i > run) map.push(value.slice(run, i), start + run, start + i)
      map.push(replacement, start + i, start + i + 1)
    } else {
      value = value.slice(0, i) + replacement + value.slice(i + 1)
      i += replacement.length - 1
    }
    run = i + 1
  }
  if (oneToOne) {
    if (run < value.length) map.push(value.slice(run), start + run, end)
  } else {
    map.push(value, start, end)
  }
}

