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
import {copyNormalised, lineBreak, plainReadingText, type ReadingContext, type ReadingText, type Span} from '../reading-text.js'
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
  // Where the last space that joins two leaves stands in the reading text: before a link, not in it.
  let joinedAt = -1
  const leaf = (value: string, start: number, end: number) => {
    const gap = raw.slice(lastEnd, start)
    if (map.length > 0 && (pendingSpace || /\s/.test(gap)) && map.tail(1) !== ' ' && value.trim().length > 0) {
      joinedAt = map.length
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
            const join = lineBreak(map.tail(2), part)
            if (join === 'word') map.dropLast()
            else if (join === 'space') map.push(' ', rawMap.source(at), rawMap.source(at + 1, true))
          }
          if (part.length > 0) at = align(part, at, end)
        }
      }
    }
    lastEnd = end
  }
  /**
   * Copies `part`, a piece of a node's value, mapping each character to what it was read from in
   * raw[at, end): the same character, or the escape ("\\*") or character reference ("&amp;") it
   * stands for. Raw characters the value does not hold (emphasis markers, white space at line
   * breaks) are passed over. Returns where in raw the part ended.
   */
  const align = (part: string, at: number, end: number): number => {
    let i = at
    let j = 0
    // The current run of characters read one to one: part[runValue, j) from raw[runRaw, i).
    let runValue = 0
    let runRaw = at
    const flush = () => {
      if (j > runValue) copyNormalised(map, part.slice(runValue, j), rawMap.source(runRaw), rawMap.source(i, true))
    }
    while (j < part.length && i < end) {
      const c = part[j]!
      const r = raw[i]!
      // An escape or reference first: "&amp;" read as "&" also begins with the "&" it stands for.
      // The parser reads a NUL character as U+FFFD.
      const reference = r === '\\' || r === '&' ? readReference(raw, i, end, part, j) : r === '\u0000' && c === '\ufffd' ? {raw: 1, value: 1} : undefined
      if (!reference && c === r) {
        if (j === runValue) runRaw = i
        i++
        j++
        continue
      }
      flush()
      if (reference) {
        map.push(part.slice(j, j + reference.value), rawMap.source(i), rawMap.source(i + reference.raw, true))
        i += reference.raw
        j += reference.value
      } else i++
      runValue = j
      runRaw = i
    }
    flush()
    // What the value holds beyond raw (it should not happen): mapped to the node's last character.
    if (j < part.length) map.push(part.slice(j), rawMap.source(Math.max(at, end - 1)), rawMap.source(end, true))
    return i
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
        links.push({start: joinedAt === from ? from + 1 : from, end: map.length, node: {type: 'link', url: node.url}})
        lastEnd = end
        return
      }
      case 'listItem': {
        // The item's number or bullet ("1.", "-") is text of the letter: "1. **Investeren** in …".
        const first = node.children[0]?.position?.start.offset
        const markerEnd = first === undefined ? end : first + base
        const label = raw.slice(start, markerEnd).trim()
        if (label) leaf(label, start, start + label.length)
        for (const child of node.children) walk(child)
        return
      }
      case 'definition':
        // "[kb]: https://…", "[^1]: https://…": a definition holds its address; read as written, so it is found as a link.
        leaf(raw.slice(start, end), start, end)
        return
      default:
        if ('children' in node) for (const child of node.children as MdastNodes[]) walk(child)
        else if ('value' in node && typeof node.value === 'string') leaf(node.value, start, end)
    }
  }
  for (const [start, to] of pieces(raw, PIECE)) {
    // The parser drops a byte order mark that opens its text and counts offsets after it.
    const from = raw.charCodeAt(start) === 0xfeff ? start + 1 : start
    base = from
    walk(fromMarkdown(from === 0 && to === raw.length ? raw : raw.slice(from, to)))
  }
}

/** A character reference: "&amp;", "&#233;", "&#x1F600;". */
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/y

/**
 * The escape or character reference at raw[i] that the value holds as part[j…]: how many raw and
 * value characters it spans, or nothing when raw[i] is not one.
 */
function readReference(raw: string, i: number, end: number, part: string, j: number): {raw: number; value: number} | undefined {
  // "\\*" is "*"; a backslash before a character that takes no escape ("\\d") stays as written.
  if (raw[i] === '\\') return i + 1 < end && raw[i + 1] === part[j] && /[!-/:-@[-`{-~]/.test(part[j]!) ? {raw: 2, value: 1} : undefined
  CHARACTER_REFERENCE.lastIndex = i
  const match = CHARACTER_REFERENCE.exec(raw)
  // A name the parser does not know ("&foo;") stays as written.
  if (!match || i + match[0].length > end || part.startsWith(match[0], j)) return undefined
  const after = i + match[0].length
  // Most references stand for one UTF-16 unit; "&#x1F600;" and a few named ones for two.
  const code = match[0][1] === '#' ? Number.parseInt(match[0].slice(match[0][2] === 'x' || match[0][2] === 'X' ? 3 : 2, -1), match[0][2] === 'x' || match[0][2] === 'X' ? 16 : 10) : undefined
  const value = code !== undefined ? (code > 0xffff && code <= 0x10ffff ? 2 : 1) : part[j + 1] !== raw[after] && part[j + 2] === raw[after] ? 2 : 1
  return {raw: match[0].length, value: Math.min(value, part.length - j)}
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
