/**
 * Builds the phrasing content of a block: the reading text (line breaks read as spaces, words
 * hyphenated across lines joined, soft hyphens and ligatures resolved, stray `**` from PDF
 * conversion dropped) split around the inline nodes found in it. Markdown inline syntax is parsed
 * with mdast-util-from-markdown, one block at a time, so its cost stays linear.
 */
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {Nodes as MdastNodes} from 'mdast'
import type {Phrasing, Text} from './ast.js'
import type {Characters} from './characters.js'
import {findCrossReferences} from './cross-references.js'
import {findFootnoteReferences, markerCandidates, type FootnoteState} from './footnotes.js'
import type {Line} from './lines.js'
import {LineIndex, OffsetMap} from './position.js'
import {findReferences} from './references/find.js'
import {triggers} from './references/triggers.js'
import type {FoundReference} from './references/types.js'

export interface InlineContext {
  input: string
  index: LineIndex
  characters: Characters
  markdown: boolean
  footnotes: FootnoteState
}

/** A node found in the reading text, with offsets into it. */
export interface Span {
  start: number
  end: number
  node: Record<string, unknown> & {type: string}
  children?: Span[]
}

const LIGATURES: Readonly<Record<string, string>> = {'\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl'}
// Characters that make a block worth a Markdown inline parse.
const MARKDOWN_INLINE = /[*_[\]<>\\&`!]/
/**
 * Markdown parsing takes time that grows faster than the text on some input (runs of emphasis,
 * "<!--", "[a]" runs), so a block is parsed in pieces of at most this many characters, cut at line
 * breaks. Real paragraphs are far shorter.
 */
const MARKDOWN_PIECE = 4000
/** List or quote markers chained on one line ("1. 1. 1. 1.", "- - - -"): the parser pays for every level of nesting on every line. */
const CONTAINER_CHAIN = /(?:^|[ \t])(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]*){4}/m

/** The reading text of `lines` (from offset `from` on) with its map back to the input. */
export function readingText(lines: readonly Line[], context: InlineContext, from = 0): {map: OffsetMap; links: Span[]} {
  const {input} = context
  const map = new OffsetMap()
  const links: Span[] = []
  if (context.markdown) {
    const ranges: Array<[number, number]> = []
    for (const line of lines) {
      const start = Math.max(line.contentStart, from)
      if (start < line.contentEnd) ranges.push([start, line.contentEnd])
    }
    if (ranges.length === 0) return {map, links}
    const raw = ranges.map(([s, e]) => input.slice(s, e)).join('\n')
    if (MARKDOWN_INLINE.test(raw) && !CONTAINER_CHAIN.test(raw)) {
      flattenMarkdown(raw, ranges, input, map, links)
      return {map, links}
    }
  }
  // The lines' content from `from` on, each line read in place: no list of ranges is made for them.
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
  return {map, links}
}

/** Appends the line break between two lines: a space, or nothing after a hyphen that splits a word. */
function joinLines(map: OffsetMap, input: string, previousEnd: number, nextStart: number): void {
  const text = map.tail(2)
  const next = input.charCodeAt(nextStart)
  const hyphenated = text.length > 1 && text.endsWith('-') && /\p{Ll}/u.test(text[text.length - 2]!) && next >= 97 && next <= 122
  if (hyphenated) {
    // "emissiefacto-\nren" reads as one word; the hyphen stays in the input and in the position.
    map.dropLast()
    return
  }
  map.push(' ', previousEnd, nextStart)
}

/** Copies `value` (read from input[start, end)) into the map, resolving soft hyphens, NBSP and ligatures. */
/** Characters copyNormalised replaces; most lines have none and are copied whole. */
const NEEDS_NORMALISING = /[\u00ad\u200b\ufeff\u00a0\t\n\r\f\ufb00-\ufb04]/

function copyNormalised(map: OffsetMap, value: string, start: number, end: number): void {
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

function flattenMarkdown(raw: string, ranges: Array<[number, number]>, input: string, map: OffsetMap, links: Span[]): void {
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
  for (const [from, to] of pieces(raw, MARKDOWN_PIECE)) {
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

/** Phrasing nodes for `lines` (from offset `from` on): text split around every inline node found. */
export function buildPhrasing(lines: readonly Line[], context: InlineContext, from = 0): Phrasing[] {
  const {map, links} = readingText(lines, context, from)
  const text = map.text
  if (text.length === 0) return []
  const spans: Span[] = [...links]
  // One pass finds the runs of digits and the other signs a footnote marker starts with; then
  // what citations the text may hold, once for both finders of citations.
  const candidates = markerCandidates(text, context.characters.superscripts)
  const found = triggers(text, candidates)
  for (const reference of findReferences(text, found)) spans.push(fromFound(reference))
  // Loops, not push(...): a long paragraph can hold more spans than a call takes arguments.
  for (const span of findCrossReferences(text, found)) spans.push(span)
  for (const span of findFootnoteReferences(text, context.footnotes, candidates)) spans.push(span)
  return assemble(text, pickSpans(spans), map, context.index)
}

function fromFound(found: FoundReference): Span {
  // No copy: the finder made this node for this text, and assemble makes it the tree's node.
  const span: Span = {start: found.start, end: found.end, node: found.node as Span['node']}
  if (found.children) span.children = found.children.map(fromFound)
  return span
}

/** Keeps the earliest, then longest, of overlapping spans; the order of kinds breaks ties. */
function pickSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Span[] = []
  let end = -1
  for (const span of spans) {
    if (span.start < end || span.end <= span.start) continue
    kept.push(span)
    end = span.end
  }
  return kept
}

function assemble(text: string, spans: Span[], map: OffsetMap, index: LineIndex, from = 0, to = text.length): Phrasing[] {
  const out: Phrasing[] = []
  let at = from
  const pushText = (s: number, e: number) => {
    if (e <= s) return
    out.push(textNode(text.slice(s, e), map, index, s, e))
  }
  for (const span of spans) {
    if (span.start < at || span.end > to) continue
    pushText(at, span.start)
    const position = index.position(map.source(span.start), map.source(span.end, true))
    // Every span's node is made for it (by a finder or a link) and used once: it becomes the tree's node.
    const node = span.node
    node.position = position
    if (node.type !== 'footnoteReference') {
      node.children = span.children?.length
        ? assemble(text, span.children, map, index, span.start, span.end)
        : [textNode(text.slice(span.start, span.end), map, index, span.start, span.end)]
    }
    out.push(node as unknown as Phrasing)
    at = span.end
  }
  pushText(at, to)
  return out
}

function textNode(value: string, map: OffsetMap, index: LineIndex, start: number, end: number): Text {
  return {type: 'text', value, position: index.position(map.source(start), map.source(end, true))}
}
