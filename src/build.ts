/**
 * Shared helpers that turn blocks into nodes: paragraphs, lists, footnote definitions, page
 * furniture and markers. Readers use these and never build phrasing themselves.
 */
import type {Diagnostic, FootnoteDefinition, Flow, List, ListItem, Marker, PageFurniture, Paragraph, Position, Unknown} from './ast.js'
import type {Block, FootnoteBlock, FurnitureBlock} from './blocks.js'
import {BULLET, ORDINAL} from './blocks.js'
import type {FootnoteState} from './footnotes.js'
import {buildPhrasing, type InlineContext} from './inline.js'
import type {Line} from './lines.js'
import {Characters} from './characters.js'
import {enclose, LineIndex} from './position.js'
import {report, type RuleId} from './diagnostics.js'
import {JOINING_WORDS} from './dutch/sentences.js'
import type {Source} from './sources/index.js'
import {openMatch} from './starts.js'

export interface Context extends InlineContext {
  diagnostics: Diagnostic[]
}

/** What every reader of one parse shares: the input, its line index and rewritten characters, the source, the footnotes found and the diagnostics. */
export function createContext(input: string, source: Source, footnotes: FootnoteState): Context {
  return {input, index: new LineIndex(input), characters: new Characters(input), source, footnotes, diagnostics: []}
}

/** Appends `items` to `target`: `push(...items)` overflows the call stack beyond some 100,000 items, and a long document has that many blocks. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}

/** The position of input[start, end): line and column from the parse's line index. */
export function positionOf(context: Context, start: number, end: number): Position {
  return context.index.position(start, end)
}

/** The position of a block, from its first line's content to its last's. */
export const blockPosition = (context: Context, block: Block) => positionOf(context, block.start, block.end)

/** The position of `lines`, from the first one's content to the last one's. */
export function linesPosition(context: Context, lines: readonly Line[]): Position {
  return positionOf(context, lines[0]!.contentStart, lines[lines.length - 1]!.contentEnd)
}

/** A paragraph of `lines`, starting at offset `from` (after a marker such as "12."). */
export function paragraph(context: Context, lines: readonly Line[], from = 0): Paragraph {
  const start = Math.max(from, lines[0]!.contentStart)
  let first = 0
  while (first < lines.length - 1 && lines[first]!.contentEnd <= start) first++
  const children = buildPhrasing(first === 0 ? lines : lines.slice(first), context, start)
  return {type: 'paragraph', children, position: positionOf(context, start, lines[lines.length - 1]!.contentEnd)}
}

/** Whether a paragraph stands for any input: one of markup alone has no text, but covers that markup. */
export const holdsInput = (para: Paragraph) => para.children.length > 0 || para.position!.start.offset < para.position!.end.offset

/** A `marker` node: text that structures the document ("Vraag 4", "12."), kept so that it stays covered. */
export function marker(context: Context, label: string, start: number, end: number): Marker {
  return {type: 'marker', label, position: positionOf(context, start, end)}
}

/** A `pageFurniture` node for a block page-furniture.ts marked, with its text as written in `raw`. */
export function furniture(context: Context, block: FurnitureBlock): PageFurniture {
  return {
    type: 'pageFurniture',
    kind: block.furniture,
    raw: context.input.slice(block.start, block.end),
    position: blockPosition(context, block)
  }
}

/** An `unknown` node for `block`, reported under `rule`, or not at all when the caller reports it (`rule: false`). */
export function unknown(context: Context, block: Block, rule: RuleId | false = 'unknown-block'): Unknown {
  const node: Unknown = {type: 'unknown', value: context.input.slice(block.start, block.end), position: blockPosition(context, block)}
  if (rule) report(context.diagnostics, rule, node.position, `No reader recognised this text: ${JSON.stringify(block.text.slice(0, 60))}`)
  return node
}

/**
 * The `footnoteDefinition` node of a footnote block: its texts as paragraphs, its numbers kept in
 * `data.markers`, and `url` when the note is a web address.
 */
export function footnoteDefinition(context: Context, block: FootnoteBlock): FootnoteDefinition {
  const {identifier, label, numberLines} = block.footnote
  const children: Array<Marker | Paragraph> = []
  const textLines = block.lines.filter((line) => !numberLines.includes(line))
  for (const line of numberLines) children.push(marker(context, line.text, line.contentStart, line.contentEnd))
  // Runs of adjacent text lines make one paragraph each; the label is cut off the first.
  let run: Line[] = []
  const flush = () => {
    if (run.length === 0) return
    const first = run[0]!
    const skip = first === block.lines.find((line) => !numberLines.includes(line)) && numberLines.length === 0 ? label.length : 0
    if (skip > 0) children.push(marker(context, label, first.contentStart, first.contentStart + skip))
    const para = paragraph(context, run, first.contentStart + skip)
    if (holdsInput(para)) children.push(para)
    run = []
  }
  for (const line of textLines) {
    // A line of another footnote between two of this one's ("1" / "1Kamerstuk …" / "Een bron." /
    // "Een bron."): the two make two paragraphs, as one would span the other footnote's text.
    const previous = run[run.length - 1]
    if (previous && /[^\s\u200b]/.test(context.input.slice(previous.contentEnd, line.contentStart))) flush()
    run.push(line)
  }
  flush()
  children.sort((a, b) => a.position!.start.offset - b.position!.start.offset)
  const node: FootnoteDefinition = {
    type: 'footnoteDefinition',
    identifier,
    label,
    children: children.filter((c): c is Paragraph => c.type === 'paragraph'),
    position: blockPosition(context, block)
  }
  // Markers are kept in data so the number stays covered without being read as text.
  const markers = children.filter((c) => c.type === 'marker')
  if (markers.length) node.data = {markers}
  const url = /(https?:\/\/[^\s<>)]+|www\.[^\s<>)]+)/.exec(block.text)
  if (url) node.url = url[1]!.replace(/[.,;]+$/, '')
  return node
}

const TERMINAL = /[.?!:;"”»)\]]$|\*\*$/
const JOINING_WORD = new RegExp(`\\b(${JOINING_WORDS.join('|')})$`, 'i')
/** How much of a paragraph's end `continues` reads: the longest joining word, with room before it for the word boundary. */
const JOINING_END = Math.max(...JOINING_WORDS.map((word) => word.length)) + 2

/**
 * Whether `next` continues the sentence `previous` ends with, across a page break. Only the end of
 * `previous` is read: a pattern anchored at the end would still search all of it.
 */
export function continues(previous: string, next: string): boolean {
  if (previous.length === 0) return false
  const end = previous.trimEnd()
  if (TERMINAL.test(end.slice(-2))) return false
  if (/^[\p{Ll}\d]/u.test(next)) return true
  // "Het ministerie van Justitie en" + "Veiligheid coördineert …".
  return JOINING_WORD.test(end.slice(-JOINING_END))
}

/** `text` without the "*" run a bold span leaves at its end ("… afrekenen?**"). */
export function withoutTrailingStars(text: string): string {
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 42) end--
  return end === text.length ? text : text.slice(0, end)
}

/** `list`, if any, given the span of its items: it is complete. A function, not a closure: flow runs for every run of blocks. */
function closed(list: List | undefined): undefined {
  if (list) list.position = enclose(list.children)
  return undefined
}

/** Block content as flow nodes: paragraphs, lists of bullet blocks, footnote definitions, furniture. */
export function flow(context: Context, blocks: readonly Block[]): Flow[] {
  const out: Flow[] = []
  // A list ends with the last of its items: furniture and footnotes between items do not end it.
  let list: List | undefined
  let lastParagraphText: string | undefined
  for (const block of blocks) {
    if (block.kind === 'furniture') {
      out.push(furniture(context, block))
      continue
    }
    if (block.kind === 'footnote') {
      out.push(footnoteDefinition(context, block))
      continue
    }
    const bullet = block.bullet ?? openMatch(BULLET, block.text)?.[1]
    if (bullet !== undefined) {
      const from = block.bullet !== undefined ? block.start : block.start + (openMatch(BULLET, block.text)?.[0].length ?? 0)
      const item: ListItem = {
        type: 'listItem',
        marker: bullet,
        children: [paragraph(context, block.lines, from)],
        position: blockPosition(context, block)
      }
      if (!list) {
        list = {type: 'list', ordered: false, children: [], position: item.position}
        out.push(list)
      }
      list.children.push(item)
      lastParagraphText = undefined
      continue
    }
    list = closed(list)
    if (block.heading !== undefined) {
      const para = paragraph(context, block.lines)
      out.push({type: 'heading', depth: block.heading, children: para.children, position: para.position})
      lastParagraphText = undefined
      continue
    }
    const para = paragraph(context, block.lines)
    if (!holdsInput(para)) continue
    if (para.children.length === 0) {
      // Markup alone ("**" left by PDF conversion, a soft hyphen): kept for its position, read as nothing.
      out.push(para)
      continue
    }
    if (lastParagraphText !== undefined && continues(lastParagraphText, block.text)) para.continuation = true
    out.push(para)
    lastParagraphText = block.text
  }
  closed(list)
  return out
}

/** "12. Acht…" → its number and where the text after the marker starts. */
export function ordinal(block: Block): {number: string; end: number} | undefined {
  const match = openMatch(ORDINAL, block.text)
  if (!match) return undefined
  return {number: match[1]!, end: block.start + match[0].length}
}
