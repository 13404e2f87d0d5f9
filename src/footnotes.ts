/**
 * Footnotes as PDF conversion leaves them. Definitions: "1" then a URL on the next line, "² <https://…>",
 * "[1] <https://…>", and at page bottoms in pdftotext output: "2Kamerstuk 29 383, nr. 406." glued,
 * numbers listed before or after their texts. References: ¹ ² ³, ^[1], [1 ], and digits glued to a word
 * ("komen.1", "april2", "24 november 20232") when they continue the document's footnote numbering.
 */
import type {Block, FootnoteBlock} from './blocks.js'
import {isBareNumber, makeBlock, recast} from './blocks.js'
import {MONTH_YEAR} from './dutch/dates.js'
import {AANHANGSEL_HEADER} from './dutch/letterhead.js'
import {ANSWER, QUESTION} from './dutch/questions.js'
import type {Span} from './reading-text.js'
import type {Line} from './lines.js'
import {isBlank} from './lines.js'
import {anchored, DIGITS, isDigit, openMatch, opens} from './starts.js'

export interface FootnoteState {
  /** Identifiers of the definitions found in the document. */
  known: Set<string>
  /** Labels of the definitions as written ("[1]", "²"). */
  labels: Set<string>
  /** The number the next glued footnote marker should carry. */
  next: number
}

const SUPERSCRIPT: Readonly<Record<string, string>> = {'⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9'}
const fromSuperscript = (s: string) => [...s].map((c) => SUPERSCRIPT[c] ?? c).join('')

/** "² <https://…>", "[1] <https://…>", "^[1] …" at the start of a definition block. */
const MARKED_DEFINITION = anchored(/^(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|\^?\[(\d{1,3})\s?\])/, '⁰¹²³⁴⁵⁶⁷⁸⁹^[')
/**
 * A numbered page-bottom line: "2Kamerstuk 29 383, nr. 406.", "1 Nederlands Dagblad, …", "4(Aanhangsel …",
 * and letter-spaced "1 2 Kamers tukken I I, …" (footnote 12).
 */
export const NUMBERED_LINE = anchored(/^(\d{1,2}|\d\s\d)\s?(?=[\p{Lu}(«"“‘'])/u, DIGITS)
/** A line that asks: "Is het kabinet bereid … te laten volgen door een evaluatie? Hoe gaat zij …". */
const ASKS = /\?["”»’)]?(?:\s|$)/
const URL_START = /^<?(?:https?:\/\/|www\.)/i
/** "Vraag 3", "Antwoord": the body text above a page's footnotes. */
const HEADING = new RegExp(`^(${QUESTION}|${ANSWER})\\b`, 'i')
/** How many unnumbered lines a page-bottom zone may hold before the body text starts. */
const MAX_ZONE_TEXT_LINES = 8

/** Finds footnote definitions and returns the block stream with each definition as one block. */
export function findFootnoteDefinitions(blocks: Block[], input: string, layout = false): {blocks: Block[]; known: Set<string>; labels: Set<string>} {
  const claimed = new Map<Line, FootnoteBlock>()
  // The numbers the text refers to as footnotes, found once a page bottom asks.
  let referred: Set<string> | undefined
  const isReferred = (identifier: string) => (referred ??= referredNumbers(input)).has(identifier)
  const known = new Set<string>()
  const labels = new Set<string>()
  const define = (identifier: string, label: string, numberLines: Line[], textLines: Line[]) => {
    const lines = [...numberLines, ...textLines].sort((a, b) => a.contentStart - b.contentStart)
    if (lines.length === 0) return
    const block = recast<FootnoteBlock>(makeBlock(lines, true), 'footnote', undefined, {identifier, label, numberLines})
    for (const line of lines) claimed.set(line, block)
    known.add(identifier)
    labels.add(label.replace(/\s/g, ''))
  }

  zoneDefinitions(blocks, input, define)
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    // A page ends before furniture and before a form feed.
    // A source that sees the layout found the page bottoms' footnotes in their zone.
    if (!layout && (block.kind === 'furniture' || block.pageStart) && i > 0 && blocks[i - 1]!.kind !== 'furniture') {
      const found = readPageBottom(blocks, i, claimed, isReferred)
      if (block.kind === 'furniture') textBelowFurniture(blocks, i, found, claimed)
      // After the text below the colophon: a number still without text is one printed out of order.
      inNumberOrder(found)
      for (const item of found) define(item.identifier, item.label, item.numberLines, item.textLines)
    }
    if (block.kind === 'furniture') continue
    const first = block.lines[0]!
    if (claimed.has(first)) continue
    const marked = openMatch(MARKED_DEFINITION, first.text)
    if (marked) {
      const identifier = marked[1] ? fromSuperscript(marked[1]) : marked[2]!
      define(identifier, marked[0], [], block.lines)
      continue
    }
    // "1" on its own, then the address or source on the next block (Markdown from PDF converters).
    const next = blocks[i + 1]
    if (
      isBareNumber(first.text) &&
      block.lines.length === 1 &&
      next &&
      next.kind !== 'furniture' &&
      URL_START.test(next.text) &&
      !(i > 0 && AANHANGSEL_HEADER.test(blocks[i - 1]!.text))
    ) {
      define(first.text, first.text, [first], next.lines)
      i++
    }
  }
  // The last page ends with the document.
  if (!layout && blocks.length > 0 && blocks[blocks.length - 1]!.kind !== 'furniture') {
    const found = readPageBottom(blocks, blocks.length, claimed, isReferred)
    inNumberOrder(found)
    for (const item of found) define(item.identifier, item.label, item.numberLines, item.textLines)
  }
  if (claimed.size === 0) return {blocks, known, labels}

  // Rebuild the stream: unclaimed lines keep their blocks, definitions stand where they begin.
  const out: Block[] = []
  const emitted = new Set<FootnoteBlock>()
  for (const block of blocks) {
    // Most blocks hold no definition and stand as they are.
    if (!block.lines.some((line) => claimed.has(line))) {
      out.push(block)
      continue
    }
    let run: Line[] = []
    const flush = () => {
      // Only content blocks hold definitions: the page-bottom walk stops at furniture, and marked definitions skip it.
      if (run.length) out.push(makeBlock(run, block.blankBefore))
      run = []
    }
    for (const line of block.lines) {
      const definition = claimed.get(line)
      if (!definition) {
        run.push(line)
        continue
      }
      flush()
      if (!emitted.has(definition)) {
        emitted.add(definition)
        out.push(definition)
      }
    }
    flush()
  }
  return {blocks: out, known, labels}
}

type Define = (identifier: string, label: string, numberLines: Line[], textLines: Line[]) => void

/** A footnote's marker, set raised at the start of its text: digits or an asterisk. */
const RAISED_LABEL = /^(?:\d{1,3}|\*{1,3})$/

/**
 * The footnotes a source placed in the footnote zone of a page: each opens with its marker, raised
 * or written as a number before the text, and runs to the next marker or the end of the zone.
 */
function zoneDefinitions(blocks: readonly Block[], input: string, define: Define): void {
  let open: {label: string; lines: Line[]} | undefined
  const close = () => {
    if (open) define(open.label.replace(/\s/g, ''), open.label, [], open.lines)
    open = undefined
  }
  for (const block of blocks) {
    if (block.kind !== 'content') {
      close()
      continue
    }
    for (const line of block.lines) {
      if (!line.footnoteZone || isBlank(line)) {
        close()
        continue
      }
      const label = zoneLabel(line, input)
      if (label !== undefined) {
        close()
        open = {label, lines: [line]}
      } else open?.lines.push(line)
    }
  }
  close()
}

/** The marker that opens `line` of a footnote zone: its raised run, or a number before the text ("1 Kamerstuk …"). */
function zoneLabel(line: Line, input: string): string | undefined {
  const raised = line.superscripts?.[0]
  if (raised !== undefined && raised.start === line.contentStart) {
    const label = input.slice(raised.start, raised.end)
    if (RAISED_LABEL.test(label)) return label
  }
  const numbered = openMatch(NUMBERED_LINE, line.text)
  return numbered ? numbered[1] : undefined
}

/** A footnote read at a page bottom, its number and text lines still open to what follows them. */
interface Pending {
  identifier: string
  label: string
  numberLines: Line[]
  textLines: Line[]
}

/**
 * Reads the footnotes just above a footer, page number or page break. Walking up, it takes
 * numbered lines, bare numbers and up to a few unnumbered lines; then it pairs numbers with texts
 * in order, because pdftotext prints them in either order ("1", "2", then both texts).
 */
function readPageBottom(blocks: Block[], furnitureIndex: number, claimed: Map<Line, unknown>, isReferred: (identifier: string) => boolean): Pending[] {
  // Walking up, lines are taken bottom first: reversed once at the end, as unshift would copy the zone for every line.
  const zone: Line[] = []
  let textRun = 0
  let blankPending = false
  // What stands below the line the walk reaches: a footnote already read ("14" / "https://…", read
  // as a number and its address) is as much a page's footnotes as a number line is.
  let belowDefinition = false
  // Lines that open a block a blank line apart from the one above.
  const apart = new Set<Line>()
  walk: for (let b = furnitureIndex - 1; b >= 0; b--) {
    const block = blocks[b]!
    if (block.kind === 'furniture') break
    for (let l = block.lines.length - 1; l >= 0; l--) {
      const line = block.lines[l]!
      if (isBlank(line)) break walk
      if (claimed.has(line)) {
        belowDefinition = true
        continue
      }
      const kind = classify(line)
      if (blankPending) {
        // Across a blank line only when a number or a footnote stands on one side of it.
        const after = zone[zone.length - 1]
        if (!(kind === 'number' || (after ? classify(after) !== 'text' : belowDefinition))) break walk
        blankPending = false
      }
      if (kind === 'text') {
        if (++textRun > MAX_ZONE_TEXT_LINES) break walk
        if (HEADING.test(line.text)) break walk
      } else textRun = 0
      zone.push(line)
      if (l === 0 && block.blankBefore) apart.add(line)
    }
    // A page's bottom lies below its first block.
    if (block.pageStart) break
    blankPending = true
  }
  zone.reverse()
  // Drop the body text the walk took in before the first number.
  const firstNumber = zone.findIndex((line) => classify(line) !== 'text')
  if (firstNumber < 0) return []
  let leading = zone.slice(0, firstNumber)
  let rest = zone.slice(firstNumber)
  // A first number inside a sentence of the body is a marker on a line of its own, and the text
  // after it is body text down to the next number: "… In de Kamerbrief van 30 juni 2023" / "2" /
  // "is aangegeven dat …". (Below another number, "tenvuurwerk | Rapport | Rijksoverheid.nl" / "5"
  // / "pyrotechnische stoffen …", it numbers a footnote whose text begins in lower case; so does
  // one whose text stands a blank line below it, as pdftotext sets a page's footnotes apart:
  // "… waren er al aanvragen van instellingen" / "3" / "" / "bis: culturele basisinfrastructuur";
  // and one whose text is indented under it, as pdftotext -layout hangs a footnote's number: "3" /
  // "    bis: culturele basisinfrastructuur".)
  const hangs = rest[1] !== undefined && (apart.has(rest[1]) || rest[1].indent > rest[0]!.indent)
  if (classify(rest[0]!) === 'number' && !hangs && splitsSentence(leading[leading.length - 1], rest[1])) {
    const after = rest.findIndex((line, k) => k > 0 && classify(line) !== 'text')
    if (after < 0) return []
    leading = []
    rest = rest.slice(after)
  }
  // A number above a question ("6" / "Is het kabinet bereid …?") numbers the question of a lijst van
  // vragen, unless the text refers to a footnote of that number ("Rijksuitgaven6").
  const asks = rest.some((line, k) => classify(line) === 'number' && ASKS.test(rest[k + 1]?.text ?? ''))
  if (asks && !rest.some((line) => classify(line) !== 'text' && isReferred(identifierOf(line)))) return []

  const definitions: Pending[] = []
  // Numbers still waiting for their text: those from `next` on.
  const waiting: Pending[] = []
  let next = 0
  for (const line of rest) {
    const kind = classify(line)
    if (kind === 'number') {
      const item = {identifier: line.text, label: line.text, numberLines: [line], textLines: []}
      definitions.push(item)
      waiting.push(item)
    } else if (kind === 'numbered') {
      const label = openMatch(NUMBERED_LINE, line.text)![1]!
      definitions.push({identifier: label.replace(/\s/g, ''), label, numberLines: [], textLines: [line]})
    } else {
      const target = next < waiting.length ? waiting[next++] : definitions[definitions.length - 1]
      target?.textLines.push(line)
    }
  }
  // A number printed after its text: the text above the first numbered line belongs to it.
  const orphan = waiting[next]
  if (orphan && leading.length && classify(rest[0]!) === 'numbered') orphan.textLines.push(...leading)
  return definitions
}

/**
 * pdftotext may print a page's footnote numbers out of order beside their texts: "2" / "Zie de
 * website www.firsteetkit.nl" / "Zie www.zorgkaart.eetstoornissennetwerk.nl" / "4" / "Kamerstukken
 * II, …" / "3", which leaves a number without a text. Where the numbers of a page's bottom are bare
 * and run on without a gap, and it holds as many lines of text as numbers, the texts in order are
 * the numbers' in order; where it holds more, the one printed below a higher one takes the last
 * text that opens among the lines of the number before it.
 */
function inNumberOrder(definitions: Pending[]): void {
  if (definitions.length < 2 || definitions.some((item) => item.numberLines.length !== 1)) return
  if (definitions.every((item) => item.textLines.length > 0)) return
  const sorted = [...definitions].sort((a, b) => Number(a.identifier) - Number(b.identifier))
  if (sorted.some((item, k) => Number(item.identifier) !== Number(sorted[0]!.identifier) + k)) return
  const texts = definitions.flatMap((item) => item.textLines).sort((a, b) => a.contentStart - b.contentStart)
  if (texts.length === definitions.length) {
    sorted.forEach((item, k) => {
      item.textLines = [texts[k]!]
    })
    return
  }
  // More lines than numbers, and one number printed below a higher one without a text: "1" /
  // "Financieel Dagblad, «…», 24 september" / "2014" / "De Telegraaf, «…»" / "3" / … / "2". Its text
  // is the last line that opens a text (a capital, a quote) among those of the number before it.
  const empty = sorted.filter((item) => item.textLines.length === 0)
  const k = empty.length === 1 ? sorted.indexOf(empty[0]!) : 0
  const printedAt = definitions.indexOf(empty[0]!)
  if (k === 0 || !definitions.slice(0, printedAt).some((item) => Number(item.identifier) > Number(empty[0]!.identifier))) return
  const before = sorted[k - 1]!
  let at = before.textLines.length - 1
  while (at > 0 && !/^[\p{Lu}«"“]/u.test(before.textLines[at]!.text)) at--
  if (at === 0) return
  empty[0]!.textLines = before.textLines.slice(at)
  before.textLines = before.textLines.slice(0, at)
}

/**
 * The first page of an Aanhangsel prints its colophon ("ah-tk-20232024-2168", "ISSN 0921 - 7398",
 * "’s-Gravenhage 2024") between a footnote's number and its text, and pdftotext keeps that order:
 * "1" / colophon / "Financieel Dagblad, 14 juni 2024, «…»" / "Tweede Kamer, vergaderjaar 2023–2024,
 * Aanhangsel". The text between that furniture and the next, on the same page, is the text of the
 * numbers `found` above the furniture without one, in order (the last takes what remains).
 */
function textBelowFurniture(blocks: readonly Block[], furnitureIndex: number, found: readonly Pending[], claimed: Map<Line, unknown>): void {
  const bare = found.filter((item) => item.textLines.length === 0)
  if (bare.length === 0) return
  let b = furnitureIndex
  while (b < blocks.length && blocks[b]!.kind === 'furniture') b++
  const texts: Block[] = []
  let lines = 0
  for (; b < blocks.length && blocks[b]!.kind !== 'furniture'; b++) {
    const block = blocks[b]!
    lines += block.lines.length
    if (block.pageStart || lines > MAX_ZONE_TEXT_LINES || block.lines.some((line) => claimed.has(line) || classify(line) !== 'text' || HEADING.test(line.text))) return
    texts.push(block)
  }
  // Only text closed by furniture below it: the page's footer.
  if (b === blocks.length || texts.length === 0) return
  // As many lines as numbers, in fewer blocks: a line each ("1" / "2" / colophon / "Kamerstuk 36 410
  // VIII, nr. 106" / "Kamerstuk 36 410 VIII, nr. 82").
  const textLines = texts.flatMap((block) => block.lines)
  if (texts.length < bare.length && textLines.length === bare.length) textLines.forEach((line, k) => bare[k]!.textLines.push(line))
  else texts.forEach((block, k) => bare[Math.min(k, bare.length - 1)]!.textLines.push(...block.lines))
}

/** Whether a number line between `before` and `after` stands inside a sentence: no sentence end before it, a lowercase word after it. */
function splitsSentence(before: Line | undefined, after: Line | undefined): boolean {
  return before !== undefined && after !== undefined && !SENTENCE_END.test(before.text) && /^\p{Ll}/u.test(after.text) && !URL_START.test(after.text)
}
const SENTENCE_END = /[.?!:;]["”»’)]?$/

/** The identifier a number line or numbered line gives its footnote: "2", "12" of "1 2 Kamers tukken". */
function identifierOf(line: Line): string {
  return classify(line) === 'number' ? line.text : openMatch(NUMBERED_LINE, line.text)![1]!.replace(/\s/g, '')
}

function classify(line: Line): 'number' | 'numbered' | 'text' {
  if (isBareNumber(line.text) && line.text.length <= 2) return 'number'
  if (opens(NUMBERED_LINE, line.text)) return 'numbered'
  return 'text'
}

// ---------------------------------------------------------------- references

/**
 * Markers, in order of the alternatives: superscripts "¹"; "^[1]"; "[1 ]"; digits after a
 * year in a date "24 november 20232"; digits glued to a word or punctuation "komen.1", "april2", "zijn?1".
 */
const FOOTNOTE_REFERENCE = new RegExp(
  String.raw`([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|\^\[(\d{1,3})\]|\[(\d{1,3})\s?\]|(?<=${MONTH_YEAR})(\d{1,2})(?!\d)|(?<=[\p{Ll}.?!)»”’"])(\d{1,2})(?=$|[\s.,;:)])`,
  'gu'
)

/**
 * Where a marker can start: a superscript, "^", "[", or a run of digits. A marker made of digits
 * starts where the run starts (glued to a word: "komen.1") or four digits into it (after a year:
 * "24 november 20232"). Trying the marker only there (sticky) finds the same matches as a global
 * search, without trying the lookbehinds at every position of the text. "⁰" and "⁴"–"⁹" are looked
 * for only in documents that have them (see characters.ts for why they cost).
 */
const MARKER_START = /[\^\[¹²³]|\d+/g
const MARKER_START_ALL_SUPERSCRIPTS = /[\^\[⁰¹²³⁴⁵⁶⁷⁸⁹]|\d+/g
const MARKER_AT = new RegExp(FOOTNOTE_REFERENCE.source, 'yu')
/** What a marker glued to a word may follow: FOOTNOTE_REFERENCE's last lookbehind, for one character. */
const GLUED_AFTER = /^[\p{Ll}.?!)»”’"]$/u

/**
 * Every number the input refers to with a marker, wherever it stands (superscripts, "^[1]", "[1]",
 * digits glued to a word): what a number at a page bottom needs to be read as a footnote's.
 */
function referredNumbers(input: string): Set<string> {
  const numbers = new Set<string>()
  const candidates = markerCandidates(input, true)
  for (let c = 0; c < candidates.length; c += 2) {
    const match = markerAt(input, candidates[c]!, candidates[c + 1]!)
    if (match) numbers.add(match[1] ? fromSuperscript(match[1]) : (match[2] ?? match[3] ?? match[4] ?? match[5])!)
  }
  return numbers
}

/**
 * The marker that starts at candidate text[at, end) (see markerCandidates): at a superscript, "^"
 * or "["; at a run of digits glued to a word ("komen.1"), or four digits into it (after a year:
 * "24 november 20232").
 */
function markerAt(text: string, at: number, end: number): RegExpExecArray | null {
  const first = text.charCodeAt(at)
  const digit = isDigit(first)
  if (!digit || (at > 0 && gluedAfter(text, at))) {
    MARKER_AT.lastIndex = at
    const match = MARKER_AT.exec(text)
    if (match || !digit) return match
  }
  const run = end - at
  if (run !== 5 && run !== 6) return null
  MARKER_AT.lastIndex = at + 4
  return MARKER_AT.exec(text)
}

/**
 * Where markers may start in `text`, as pairs of offsets [start, end): each superscript, "^" and
 * "[", and each run of digits whole (the citation triggers read the runs too).
 * `superscripts`: whether the document has superscript digits other than "¹²³".
 */
export function markerCandidates(text: string, superscripts: boolean): number[] {
  const starts = superscripts ? MARKER_START_ALL_SUPERSCRIPTS : MARKER_START
  const out: number[] = []
  starts.lastIndex = 0
  // test, not exec: a match array for every number in the text is most of what this would allocate.
  // A match ends at lastIndex. A run of digits starts after the nearest character before its end
  // that is no digit (\d+ takes every digit of a run, so that character lies at or after the end of
  // the match before); any other match is one character.
  while (starts.test(text)) {
    const end = starts.lastIndex
    let start = end - 1
    if (isDigit(text.charCodeAt(start))) while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--
    out.push(start, end)
  }
  return out
}


/** Whether a digit glued to the character before `at` may be a marker: a lower-case letter or closing punctuation. */
function gluedAfter(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1)
  if (code >= 97 && code <= 122) return true
  if (code < 128) return code === 46 || code === 63 || code === 33 || code === 41 || code === 34
  // The character before, whole when it is a surrogate pair (the lookbehind reads code points).
  const before = code >= 0xdc00 && code <= 0xdfff ? text.slice(Math.max(0, at - 2), at) : text.charAt(at - 1)
  return GLUED_AFTER.test(before)
}

/**
 * The footnote markers a source saw raised: `runs` of the reading text `text`, each a footnote's
 * number where it names a definition or continues the numbering (a raised "2" in "m2" does neither).
 */
export function raisedFootnoteReferences(text: string, state: FootnoteState, runs: ReadonlyArray<{start: number; end: number}>): Span[] {
  const spans: Span[] = []
  for (const {start, end} of runs) {
    const run = text.slice(start, end)
    // One marker, or several set as one run: "1, 2".
    if (!RAISED_LABELS.test(run)) continue
    for (const marker of run.matchAll(RAISED_MARKER)) {
      const label = marker[0]
      const n = Number(label)
      if (!state.known.has(label) && n !== state.next) continue
      if (n >= state.next) state.next = n + 1
      const at = start + marker.index
      spans.push({start: at, end: at + label.length, node: {type: 'footnoteReference', identifier: label, label}})
    }
  }
  return spans
}

/** A raised run of markers: "1", "12", "*", "1, 2". */
const RAISED_LABELS = /^(?:\d{1,3}|\*{1,3})(?:,?\s?(?:\d{1,3}|\*{1,3})){0,9}$/
const RAISED_MARKER = /\d{1,3}|\*{1,3}/g

/**
 * The footnote markers in `text`, a reading text, tried at `candidates` (see markerCandidates).
 */
export function findFootnoteReferences(text: string, state: FootnoteState, candidates: readonly number[], layout = false): Span[] {
  const spans: Span[] = []
  // Where the last marker ended: a candidate inside it is part of it ("12" in "[12]").
  let reached = 0
  for (let c = 0; c < candidates.length; c += 2) {
    const at = candidates[c]!
    if (at < reached) continue
    const match = markerAt(text, at, candidates[c + 1]!)
    if (!match) continue
    reached = match.index + match[0].length
    let identifier: string
    if (match[1]) identifier = fromSuperscript(match[1])
    else if (match[2]) identifier = match[2]
    else {
      // Where the source sees what is raised, digits on the line are no marker, whatever they are glued to.
      if (layout && match[3] === undefined) continue
      identifier = (match[3] ?? match[4] ?? match[5])!
      // Bracketed and glued digits count only when they continue the numbering or name a definition.
      const n = Number(identifier)
      // "[1]" also counts when a definition is labelled "[1]": a second series of footnotes.
      const bracketed = match[3] !== undefined && state.labels.has(`[${identifier}]`)
      const expected = bracketed || n === state.next || (state.known.has(identifier) && n >= state.next - 1 && n <= state.next + 2)
      if (!expected) continue
    }
    state.next = Math.max(state.next, Number(identifier) + 1)
    spans.push({start: match.index, end: match.index + match[0].length, node: {type: 'footnoteReference', identifier, label: match[0]}})
  }
  return spans
}
