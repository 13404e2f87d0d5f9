/**
 * Page furniture, decided here and nowhere else: what a PDF prints on every page (footers, page
 * numbers, colophons, repeated headers) and what a web page wraps around the text (navigation).
 * Lines are judged by their text and by their source's hints (a page break drawn by a converter, a
 * line repeated at the same place on every page); the repeats of a letter's sidebar and of a nota's
 * header, by the texts the readers report from the first page. Furniture is kept as
 * `pageFurniture` nodes, never deleted from the input, so positions stay true and nothing is lost.
 */
import {asFurniture, type Block, isBareNumber} from './blocks.js'
import {AANHANGSEL_FOOTER, BACK_TO_TOP, FOOTER_OPENINGS, ISSN, PAGE, PAGE_OF, PRINTED} from './dutch/furniture.js'
import type {Line} from './lines.js'
import {isBlank, sliceLine} from './lines.js'
import {anchored, beginsLikeOneOf, openMatch, opens, WHITE_SPACE} from './starts.js'

export type FurnitureKind = 'running-header' | 'page-number' | 'footer' | 'colophon' | 'page-break' | 'site-navigation'

/** A word as a PDF may space its letters: "P agina" for "Pagina". */
const letterSpaced = (word: string) => [...word].join(String.raw`\s?`)

/** "Pagina 1 van 4", "P agina 2 van 7" (letter-spaced), "Pagina 1/12". */
export const PAGE_NUMBER = anchored(new RegExp(String.raw`^${letterSpaced(PAGE)}\s+\d{1,4}\s*(?:${PAGE_OF}|\/)\s*\d{1,4}$`, 'i'), 'pP')
/**
 * Aanhangsel footers, also glued to the colophon before them and the heading after them:
 * "ISSN 0921 - 7398’s-Gravenhage 2023Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Antwoord 3".
 */
export const FOOTER = anchored(new RegExp(String.raw`^(?:${ISSN}\s*)?(?:${PRINTED}\s*)?${AANHANGSEL_FOOTER}(?:\s*(\d{1,4})(?:\s+\d{1,4}(?!\d))?)?`), 'I’\'T')
/** Colophon lines on their own: "ISSN 0921 - 7398", "’s-Gravenhage 2014", "ah-tk-20142015-698", "h tk 20232024 387". */
export const COLOPHON = anchored(new RegExp(String.raw`^(?:${ISSN}|${PRINTED}|(?:ah|h|kv)[\s-]tk[\s-]\d{8}[\s-]\d{1,5})$`), 'I’\'ahk')
/** "2/10": the page number a layout prints as the page and the number of pages. */
const PAGE_OF_PAGES = /^(\d{1,3}) ?\/ ?(\d{1,3})$/

/** Whether `text` is a page number of the form "2/10": a page, a slash and the number of pages (at least the page). */
export function isPageOfPages(text: string): boolean {
  const match = text.length <= 9 ? PAGE_OF_PAGES.exec(text) : null
  if (!match) return false
  const page = Number(match[1])
  return page >= 1 && page <= Number(match[2])
}

/** Site navigation: "Naar boven" (or "[Naar boven](#top)"), "[overzicht] [activiteiten] [besluiten] …", table residue "|". */
export const NAVIGATION = anchored(new RegExp(String.raw`^(?:\[?${BACK_TO_TOP}\]?(?:\(#[^)\s]*\))?|(?:\[[^\][]{1,40}\]\s*){3,}|[|\s]+|!\[\]\(\)\s*\|?)$`, 'i'), `[nN|!${WHITE_SPACE}`)

export interface FurnitureResult {
  lines: Line[]
  furniture: Map<Line, FurnitureKind>
}

/** Finds furniture lines; a footer glued to the next heading splits its line in two. */
export function findPageFurniture(lines: Line[], input: string): FurnitureResult {
  const out: Line[] = []
  const furniture = new Map<Line, FurnitureKind>()
  let afterFooter = false
  // A footer over `line` and the lines after it: all furniture, and what follows its end on the last. Returns how many lines it took after `line`.
  const takeWrapped = (line: Line, {whole, end, rest, numbered}: WrappedFooter): number => {
    for (const taken of [line, ...whole, end]) {
      furniture.set(taken, 'footer')
      out.push(taken)
    }
    if (rest) out.push(rest)
    afterFooter = !numbered
    return whole.length + 1
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (isBlank(line)) {
      out.push(line)
      continue
    }
    const text = line.text
    const footer = openMatch(FOOTER, text)
    const kind = footer ? undefined : lineKind(lines, i, afterFooter)
    // A footer broken over lines: begun on a line that is no furniture of its own, or whole but for
    // its number ("Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel" / "2Antwoord 7").
    const wraps = footer ? footer[1] === undefined && footer[0].length === text.length : kind === undefined
    const wrapped = wraps ? wrappedFooter(lines, i, input) : undefined
    if (wrapped) {
      i += takeWrapped(line, wrapped)
      continue
    }
    if (footer) {
      const cut = line.contentStart + footer[0].length
      const head = sliceLine(line, input, line.contentStart, cut)
      out.push(head)
      furniture.set(head, 'footer')
      if (cut < line.contentEnd) out.push(sliceLine(line, input, cut, line.contentEnd))
      afterFooter = footer[1] === undefined
      continue
    }
    if (kind !== undefined) furniture.set(line, kind)
    afterFooter = false
    out.push(line)
  }
  markLinkTargets(out, furniture, input)
  return {lines: out, furniture}
}

/** The furniture line `i` is by its text and hints, other than a footer; `afterFooter`: a footer without its page number stands just above it. */
function lineKind(lines: readonly Line[], i: number, afterFooter: boolean): FurnitureKind | undefined {
  const line = lines[i]!
  const text = line.text
  if (opens(PAGE_NUMBER, text) || isPageOfPages(text)) return 'page-number'
  if (opens(COLOPHON, text)) return 'colophon'
  if (line.pageBreak) return 'page-break'
  if (opens(NAVIGATION, text)) return 'site-navigation'
  if (line.repeated) return 'running-header'
  if (isBareNumber(text) && (afterFooter || endsPage(lines, i))) return 'page-number'
  return undefined
}

/** A footer's lines after its first: `whole` furniture throughout, `end` where it ends, `rest` what follows there. */
interface WrappedFooter {
  whole: Line[]
  end: Line
  rest?: Line
  /** Whether the footer has its page number. */
  numbered: boolean
}

/** Whether a line opens with a character a footer does: most lines open with none. */
const opensLikeFooter = beginsLikeOneOf(FOOTER_OPENINGS)

/** The most lines a footer is read over: at 35 columns it takes three. */
const FOOTER_LINES = 4

/**
 * A footer broken over lines, as a re-wrapped text has it ("ISSN 0921 - 7398’s-Gravenhage 2023Tweede"
 * / "Kamer, vergaderjaar 2022–2023, Aanhangsel" / "1Antwoord 3"): the lines after `lines[i]` it takes.
 */
function wrappedFooter(lines: readonly Line[], i: number, input: string): WrappedFooter | undefined {
  const first = lines[i]!
  if (!opensLikeFooter(first.text) || !FOOTER_OPENINGS.some((opening) => first.text.startsWith(opening))) return undefined
  // The lines joined by spaces, as the footer reads on one line; `starts` where each begins there.
  const taken: Line[] = []
  const starts: number[] = []
  let joined = first.text
  for (let j = i + 1; j < Math.min(lines.length, i + FOOTER_LINES); j++) {
    const next = lines[j]!
    if (isBlank(next) || next.pageStart) break
    starts.push(joined.length + 1)
    joined += ` ${next.text}`
    taken.push(next)
  }
  const footer = openMatch(FOOTER, joined)
  if (!footer) return undefined
  const length = footer[0].length
  let k = taken.length - 1
  while (k >= 0 && starts[k]! >= length) k--
  if (k < 0) return undefined
  const last = taken[k]!
  const cut = last.contentStart + length - starts[k]!
  const end = sliceLine(last, input, last.contentStart, cut)
  const numbered = footer[1] !== undefined
  const whole = taken.slice(0, k)
  return cut < last.contentEnd ? {whole, end, rest: sliceLine(last, input, cut, last.contentEnd), numbered} : {whole, end, numbered}
}

/** A web address: "https://www.rekenkamer.nl/publicaties/…", "www.rekenkamer.nl". */
const ADDRESS = /^(?:https?:\/\/|www\.)\S/i
/** How many lines of addresses are looked at: they are rare, and each is compared with the text before it. */
const MAX_LINK_TARGETS = 50

/**
 * The targets of a page's links, printed after its text: a line of web addresses alone just above
 * the page's furniture, each address one the text has cited already (across a line break: "…
 * voorbereiding-op- financiele-en-…"). Not a footnote: no number stands before it.
 */
function markLinkTargets(lines: Line[], furniture: Map<Line, FurnitureKind>, input: string): void {
  let looked = 0
  for (let i = 0; i < lines.length && looked < MAX_LINK_TARGETS; i++) {
    const line = lines[i]!
    if (isBlank(line) || furniture.has(line) || (!line.text.startsWith('http') && !line.text.startsWith('www.'))) continue
    // Web addresses only: "https://www.rekenkamer.nl/publicaties/… https://www.rekenkamer.nl/publicaties/…".
    const addresses = line.text.split(/\s+/)
    if (!addresses.every((address) => ADDRESS.test(address))) continue
    let next = i + 1
    if (lines[next] && isBlank(lines[next]!)) next++
    let previous = i - 1
    if (lines[previous] && isBlank(lines[previous]!)) previous--
    if (!lines[next] || !furniture.has(lines[next]!) || (lines[previous] && isBareNumber(lines[previous]!.text))) continue
    looked++
    const before = input.slice(0, line.contentStart).replace(/\s+/g, '')
    if (addresses.every((address) => before.includes(address))) furniture.set(line, 'footer')
  }
}

/** A bare number is a page number when only blank lines follow before a new page or the end. */
function endsPage(lines: readonly Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j]!
    if (next.pageStart) return true
    if (!isBlank(next)) return false
  }
  return true
}

/**
 * A header a reader found, whose repeats on later pages are furniture: the reader reports the
 * texts of its labels and values, and this stage decides which later blocks repeat it.
 */
export interface RepeatedHeader {
  /**
   * `'sidebar'`: the Rijkshuisstijl sidebar of a letter ("Kenmerk" / "I E NW/BSK-2023/297705"),
   * repeated as a block of one or two of its lines. `'notaHeader'`: a nota's header ("Datum" /
   * "13 mei 2026" / "Onze referentie" / "MINDEF20260034272"), repeated as a run of blocks of two
   * or more of its lines (a lone label or value repeated once is likely content).
   */
  kind: 'sidebar' | 'notaHeader'
  texts: ReadonlySet<string>
}

/** Marks the repeats of `header` in blocks [from, to) as running headers. */
export function markRunningHeaders(blocks: Block[], header: RepeatedHeader, from: number, to: number): void {
  const {texts} = header
  if (texts.size === 0) return
  // Labels and values are short: a longer line is none, and is not hashed to look it up.
  let longest = 0
  for (const text of texts) longest = Math.max(longest, text.length)
  const repeats = (block: Block) => block.lines.every((line) => line.text.length <= longest && texts.has(line.text))
  for (let i = from; i < to; i++) {
    const block = blocks[i]!
    if (block.kind === 'furniture' || !repeats(block)) continue
    if (header.kind === 'sidebar') {
      if (block.lines.length <= 2) blocks[i] = asFurniture(block, 'running-header')
      continue
    }
    const run = countRun(blocks, i, to, repeats)
    if (run >= 2) for (let j = i; j < i + run; j++) if (blocks[j]!.kind !== 'furniture') blocks[j] = asFurniture(blocks[j]!, 'running-header')
  }
}

/** How many blocks from `i` on repeat the header (furniture between them counts), when they hold two lines or more; else 0. */
function countRun(blocks: Block[], i: number, to: number, repeats: (block: Block) => boolean): number {
  let lines = 0
  let j = i
  while (j < to && (blocks[j]!.kind === 'furniture' || repeats(blocks[j]!))) {
    lines += blocks[j]!.lines.length
    j++
  }
  return lines >= 2 ? j - i : 0
}
