/**
 * Builds the phrasing content of a block: its reading text, as its source reads it (see
 * reading-text.ts and sources/), split around the inline nodes found in it: citations,
 * cross-references, footnote markers and the links the source's markup marks.
 */
import type {Phrasing, Text} from './ast.js'
import type {Characters} from './characters.js'
import {findCrossReferences} from './cross-references.js'
import {findFootnoteReferences, markerCandidates, raisedFootnoteReferences, type FootnoteState} from './footnotes.js'
import type {Line} from './lines.js'
import type {LineIndex, OffsetMap} from './position.js'
import type {Span} from './reading-text.js'
import {scanReferences} from './references/find.js'
import {triggers} from './references/triggers.js'
import type {FoundReference} from './references/types.js'
import type {Source} from './sources/index.js'

export interface InlineContext {
  input: string
  index: LineIndex
  characters: Characters
  source: Source
  footnotes: FootnoteState
}

/** Phrasing nodes for `lines` (from offset `from` on): text split around every inline node found. */
export function buildPhrasing(lines: readonly Line[], context: InlineContext, from = 0): Phrasing[] {
  const {map, links} = context.source.readingText(lines, context, from)
  const text = map.text
  if (text.length === 0) return []
  const spans: Span[] = links.length === 0 ? [] : [...links]
  // One pass finds the runs of digits and the other signs a footnote marker starts with; then
  // what citations the text may hold, once for both finders of citations.
  const candidates = markerCandidates(text, context.characters.superscripts)
  const found = triggers(text, candidates)
  for (const reference of scanReferences(text, found)) spans.push(fromFound(reference))
  // Loops, not push(...): a long paragraph can hold more spans than a call takes arguments.
  for (const span of findCrossReferences(text, found)) spans.push(span)
  const raised = raisedRuns(lines, map, from)
  if (raised.length > 0) for (const span of raisedFootnoteReferences(text, context.footnotes, raised)) spans.push(span)
  for (const span of findFootnoteReferences(text, context.footnotes, candidates, context.source.layout === true)) spans.push(span)
  const picked = pickSpans(spans)
  for (const span of picked) widen(span, map)
  return assemble(text, picked, map, context.index)
}

/** The runs the lines' source saw raised (superscripts), as offsets into the reading text, where it holds them as they were. */
function raisedRuns(lines: readonly Line[], map: OffsetMap, from: number): Array<{start: number; end: number}> {
  const out: Array<{start: number; end: number}> = []
  for (const line of lines) {
    if (line.superscripts === undefined) continue
    for (const run of line.superscripts) {
      if (run.start < Math.max(from, line.contentStart) || run.end > line.contentEnd) continue
      const start = map.target(run.start)
      const last = map.target(run.end - 1)
      if (start !== undefined && last === start + run.end - run.start - 1) out.push({start, end: last + 1})
    }
  }
  return out
}

/** A recogniser's citation as a span of the reading text, the citations inside it as its children. */
export function fromFound(found: FoundReference): Span {
  // No copy: the finder made this node for this text, and assemble makes it the tree's node.
  const span: Span = {start: found.start, end: found.end, node: found.node as Span['node']}
  if (found.children) span.children = found.children.map(fromFound)
  return span
}

/** Widens `span` and the spans inside it to whole replacements of the reading text (see OffsetMap.widen). */
function widen(span: Span, map: OffsetMap): void {
  ;[span.start, span.end] = map.widen(span.start, span.end)
  if (span.children) for (const child of span.children) widen(child, map)
}

/** Keeps the earliest, then longest, of overlapping spans; the order of kinds breaks ties. */
function pickSpans(spans: Span[]): Span[] {
  // Most paragraphs hold no span: nothing to sort or copy.
  if (spans.length === 0) return spans
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

/**
 * The phrasing of text[from, to): text nodes around the nodes of `spans` (sorted, none overlapping), each
 * positioned in the input through `map` and `index`.
 */
export function assemble(text: string, spans: Span[], map: OffsetMap, index: LineIndex, from = 0, to = text.length): Phrasing[] {
  const out: Phrasing[] = []
  let at = from
  for (const span of spans) {
    if (span.start < at || span.end > to) continue
    if (span.start > at) out.push(textNode(text.slice(at, span.start), map, index, at, span.start))
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
  if (to > at) out.push(textNode(text.slice(at, to), map, index, at, to))
  return out
}

function textNode(value: string, map: OffsetMap, index: LineIndex, start: number, end: number): Text {
  return {type: 'text', value, position: index.position(map.source(start), map.source(end, true))}
}
