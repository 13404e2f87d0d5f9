/**
 * Markdown, as PDF-to-Markdown converters write it. Block markup becomes hints on the line: a
 * quote's `>` is read past, `#` runs give `heading`, a bullet gives `bullet`, a line that is one
 * bold span gives `strong`, a thematic break ("-----") gives `pageBreak`. Inline markup is parsed
 * with mdast-util-from-markdown, one block at a time, so its cost stays linear.
 */
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {Nodes as MdastNodes} from 'mdast'
import {contentEnd, isSpace, leadingSpace, type Line, type LineReader, lineText, splitLines} from '../lines.js'
import {OffsetMap} from '../position.js'
import {copyNormalised, plainReadingText, type ReadingContext, type ReadingText, type Span} from '../reading-text.js'
import {anchored, opens} from '../starts.js'
import type {Source} from './source.js'

/** Syntax that only Markdown converters write. */
// Not "> ": pdftotext prints the Rijkshuisstijl return address as "> Retouradres Postbus 20901 …".
// No class may run into the next sign's opening character: "[[[[…" or "<http://a<http://a…" would be scanned again from every start.
const SIGNS = [/^#{1,6}\s+\S/m, /\*\*[^*\n]+\*\*/, /\[[^[\]\n]+\]\([^()\s]+\)/, /<https?:\/\/[^<>\s]+>/, /\^\[\d+\]/]

/** Page separators converters draw: "-----". */
const PAGE_BREAK = anchored(/^(?:-{3,}|\*{3,}|_{3,})$/, '-*_')

const readLine: LineReader = (input, start, end) => {
  let {at: i, indent, pageStart} = leadingSpace(input, start, end)
  let heading: number | undefined
  let bullet: string | undefined
  // Block quotes: "> Retouradres Postbus 20701 2500 ES Den Haag".
  while (i < end && input.charCodeAt(i) === 62 /* > */) {
    i++
    while (i < end && isSpace(input.charCodeAt(i))) i++
  }
  // ATX headings: "#### Vergaderjaar 2023–2024 Aanhangsel van de Handelingen".
  let hashes = 0
  while (i + hashes < end && input.charCodeAt(i + hashes) === 35 /* # */ && hashes < 7) hashes++
  if (hashes >= 1 && hashes <= 6 && (i + hashes === end || isSpace(input.charCodeAt(i + hashes)))) {
    heading = hashes
    i += hashes
    while (i < end && isSpace(input.charCodeAt(i))) i++
  } else {
    // Bullets: "- 1. De regering benoemt …", "- **het aandeel …**" (not "-----", not "**bold**").
    const c = input.charCodeAt(i)
    if ((c === 45 || c === 42 || c === 43) && i + 1 < end && isSpace(input.charCodeAt(i + 1))) {
      bullet = input[i]
      i += 1
      while (i < end && isSpace(input.charCodeAt(i))) i++
    }
  }
  let stop = contentEnd(input, i, end)
  // A closing "#" run of an ATX heading is markup too.
  if (heading !== undefined) {
    let j = stop
    while (j > i && input.charCodeAt(j - 1) === 35) j--
    if (j < stop && (j === i || isSpace(input.charCodeAt(j - 1)))) stop = contentEnd(input, i, j)
  }
  // A line that is one bold span ("**Vraag 1**", "**C MEMORIE VAN ANTWOORD**") reads as its words:
  // converters bold headings, and the readers match words, not markup.
  let strong = false
  if (stop - i > 4) {
    const open = input.slice(i, i + 2)
    if ((open === '**' || open === '__') && input.slice(stop - 2, stop) === open && !input.slice(i + 2, stop - 2).includes(open)) {
      i += 2
      stop -= 2
      strong = true
    }
  }
  const line: Line = {start, end, contentStart: i, contentEnd: stop, text: lineText(input, i, stop), pageStart, indent}
  if (strong) line.strong = true
  if (heading !== undefined) line.heading = heading
  if (bullet !== undefined) line.bullet = bullet
  if (heading === undefined && opens(PAGE_BREAK, line.text)) line.pageBreak = true
  return line
}

// Characters that make a block worth a Markdown inline parse.
const INLINE_MARKUP = /[*_[\]<>\\&`!]/
/**
 * Markdown parsing takes time that grows faster than the text on some input (runs of emphasis,
 * "<!--", "[a]" runs), so a block is parsed in pieces of at most this many characters, cut at line
 * breaks. Real paragraphs are far shorter.
 */
const PIECE = 4000
/** List or quote markers chained on one line ("1. 1. 1. 1.", "- - - -"): the parser pays for every level of nesting on every line. */
const CONTAINER_CHAIN = /(?:^|[ \t])(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]*){4}/m

function readingText(lines: readonly Line[], context: ReadingContext, from = 0): ReadingText {
  const {input} = context
  const ranges: Array<[number, number]> = []
  for (const line of lines) {
    const start = Math.max(line.contentStart, from)
    if (start < line.contentEnd) ranges.push([start, line.contentEnd])
  }
  if (ranges.length === 0) return {map: new OffsetMap(), links: []}
  const raw = ranges.map(([s, e]) => input.slice(s, e)).join('\n')
  // Without inline markup a block reads as plain text.
  if (!INLINE_MARKUP.test(raw) || CONTAINER_CHAIN.test(raw)) return plainReadingText(lines, context, from)
  const map = new OffsetMap()
  const links: Span[] = []
  flatten(raw, ranges, input, map, links)
  return {map, links}
}

function flatten(raw: string, ranges: Array<[number, number]>, input: string, map: OffsetMap, links: Span[]): void {
  // raw is the lines joined by \n; rawMap takes raw offsets back to the input.
  const rawMap = new OffsetMap()
  for (let i = 0; i < ranges.length; i++) {
    const [s, e] = ranges[i]!
    if (i > 0) rawMap.push('\n', ranges[i - 1]![1], s)
    rawMap.push(input.slice(s, e), s, e)
  }
  let lastEnd = 0
  // Where the piece being walked starts in raw: node offsets are relative to it.
  let base = 0
  // A leaf that ended in white space ("… op\n" before a link) owes the next one a space.
  let pendingSpace = false
  const leaf = (value: string, start: number, end: number) => {
    const gap = raw.slice(lastEnd, start)
    if (map.length > 0 && (pendingSpace || /\s/.test(gap)) && map.tail(1) !== ' ' && value.trim().length > 0) {
      map.push(' ', rawMap.source(Math.max(0, Math.min(lastEnd, start) - (pendingSpace ? 1 : 0))), rawMap.source(start, true))
    }
    pendingSpace = /\s$/.test(value)
    // Bold questions leave unmatched "**" behind: "… op afrekenen?**".
    const cleaned = value.replace(/\*{2,}/g, '')
    if (cleaned.length > 0) {
      if (cleaned.length === value.length && value.length === end - start && !value.includes('\n')) {
        copyNormalised(map, value, rawMap.source(start), rawMap.source(end, true))
      } else {
        // Lines inside one text node: join them like plain text, each piece mapped to its source.
        const parts = cleaned.split('\n')
        let at = start
        for (let i = 0; i < parts.length; i++) {
          // White space next to a line break goes; a space before the first part stays ("* wordt").
          let part = parts[i]!
          if (i > 0) part = part.replace(/^[ \t]+/, '')
          if (i < parts.length - 1) part = part.replace(/[ \t]+$/, '')
          if (i > 0 && part.length > 0 && map.length > 0 && map.tail(1) !== ' ') {
            const text = map.tail(2)
            if (text.endsWith('-') && /\p{Ll}/u.test(text[text.length - 2] ?? '') && /^[a-z]/.test(part)) map.dropLast()
            else map.push(' ', rawMap.source(at), rawMap.source(at + 1, true))
          }
          // Only as far as this node: a part read differently ("&amp;" as "&") must not search the whole block.
          const found = raw.slice(0, Math.min(raw.length, end + part.length)).indexOf(part, at)
          const partStart = found >= 0 && found < end ? found : at
          if (part.length > 0) copyNormalised(map, part, rawMap.source(partStart), rawMap.source(Math.min(partStart + part.length, end), true))
          at = Math.min(partStart + part.length, end)
        }
      }
    }
    lastEnd = end
  }
  const walk = (node: MdastNodes) => {
    const startOffset = node.position?.start.offset
    const endOffset = node.position?.end.offset
    const start = startOffset === undefined ? lastEnd : startOffset + base
    const end = endOffset === undefined ? start : endOffset + base
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        leaf(node.value, start, end)
        return
      case 'break':
        lastEnd = end
        return
      case 'image':
      case 'imageReference':
        leaf(node.alt ?? '', start, end)
        return
      case 'link': {
        const from = map.length
        for (const child of node.children) walk(child)
        if (map.length === from) leaf(node.url, start, end)
        links.push({start: from, end: map.length, node: {type: 'link', url: node.url}})
        lastEnd = end
        return
      }
      default:
        if ('children' in node) for (const child of node.children as MdastNodes[]) walk(child)
        else if ('value' in node && typeof node.value === 'string') leaf(node.value, start, end)
    }
  }
  for (const [from, to] of pieces(raw, PIECE)) {
    base = from
    walk(fromMarkdown(from === 0 && to === raw.length ? raw : raw.slice(from, to)))
  }
}

/** Cuts `text` into [from, to) pieces of at most `size` characters: after a line break where there is one, else after a space. */
function pieces(text: string, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = 0
  while (text.length - from > size) {
    let cut = -1
    for (let i = from + size; i > from && cut < 0; i--) if (text.charCodeAt(i - 1) === 10) cut = i
    for (let i = from + size; i > from && cut < 0; i--) if (text.charCodeAt(i - 1) === 32) cut = i
    if (cut < 0) cut = from + size
    out.push([from, cut])
    from = cut
  }
  out.push([from, text.length])
  return out
}


/** Marks the block markup of every line: `>`, heading `#` runs, bullets, and the `**` of a line that is one bold span. */
function markup(input: string): Uint8Array {
  const mask = new Uint8Array(input.length)
  for (const line of markdownSource.lines(input)) {
    // A blank line (or a run of them) holds nothing but white space and markup.
    if (line.contentStart >= line.contentEnd) {
      for (let i = line.start; i < line.end; i++) mask[i] = 1
      continue
    }
    for (let i = line.start; i < line.contentStart; i++) mask[i] = 1
    // The closing "#" run of an ATX heading.
    if (line.heading !== undefined || line.strong) for (let i = line.contentEnd; i < line.end; i++) mask[i] = 1
  }
  return mask
}

export const markdownSource: Source = {
  format: 'markdown',
  detect: (sample) => SIGNS.some((sign) => sign.test(sample)),
  lines: (input) => splitLines(input, readLine),
  blankLineBetweenParagraphs: true,
  readingText,
  markup
}
