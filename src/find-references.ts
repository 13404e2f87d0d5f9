/**
 * The citation recognisers of the parser (references/) on any text: a sentence copied from a
 * letter, a database column, a web page. Each citation comes back as the node the tree holds.
 */
import type {DocumentReference, KamerstukReference, Link, MotionReference} from './ast.js'
import {KamerbriefError} from './errors.js'
import {assemble, fromFound} from './inline.js'
import {LineIndex, OffsetMap} from './position.js'
import {scanReferences} from './references/find.js'

/** A node {@link findReferences} returns: a citation of a Kamerstuk, a document, a motion, or a web address. */
export type Citation = KamerstukReference | DocumentReference | MotionReference | Link

/**
 * Finds the citations in any text: Kamerstukken, motions, document numbers and ids, Handelingen
 * and web addresses, in the forms [docs/references.md](../docs/references.md) lists. Each is the node a tree from
 * {@link parseKamerbrief} holds for it, with the cited text as its children (a motion holds the
 * Kamerstuk it cites) and a `position` whose offsets, lines and columns point into `text`.
 *
 * @param text Any text; line breaks may fall inside a citation.
 * @returns The citations in the order of the text, none overlapping another.
 * @example
 * import {findReferences} from 'kamerbrief'
 *
 * const [brief, motie] = findReferences('In de brief (Kamerstuk 36 800-X, nr. 78) en de motie-Piri c.s. (Kamerstuk 36 045, nr. 191) staat het.')
 * brief.type // 'kamerstukReference'
 * brief.type === 'kamerstukReference' && brief.id // 'kst-36800-X-78'
 * brief.position // {start: {line: 1, column: 14, offset: 13}, end: {line: 1, column: 40, offset: 39}}
 * motie.type === 'motionReference' && motie.by // ['Piri']
 * motie.type === 'motionReference' && motie.id // 'kst-36045-191'
 * motie.children.map((child) => child.type) // ['text', 'kamerstukReference', 'text']
 */
export function findReferences(text: string): Citation[] {
  if (typeof text !== 'string') {
    const kind = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text
    throw new KamerbriefError('INVALID_INPUT', `Expected a string, got ${kind}`)
  }
  // The text is its own reading text: every offset maps to itself.
  const map = new OffsetMap()
  map.push(text, 0, text.length)
  const index = new LineIndex(text)
  const out: Citation[] = []
  for (const found of scanReferences(text)) {
    const span = fromFound(found)
    // Assembled over its own span, a citation is exactly one node.
    out.push(assemble(text, [span], map, index, span.start, span.end)[0] as Citation)
  }
  return out
}
