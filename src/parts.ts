/**
 * Cuts the block stream into the parts of a document and has each read by its reader: the letter
 * (letterhead, body, signature), question sections, and the nota. Blocks no reader claims become
 * `unknown` nodes.
 */
import type {Root} from './ast.js'
import type {Block} from './blocks.js'
import {append, type Context, flow, unknown} from './build.js'
import {report} from './diagnostics.js'
import {isHeaderAnchor, readLetter, readSignature} from './letter.js'
import {findNotaStart, readNota} from './nota.js'
import {enclose} from './position.js'
import {isSectionTitle, opensFractieQuestion, readFractieQuestions, readImplicitQuestions, readQuestions, startsQuestions} from './questions.js'

/**
 * A block no reader claimed. Furniture and footnotes keep their kind: a footnote block interleaves
 * its lines with the next one ("1" / "2" / text 1 / text 2), so as one `unknown` span it would overlap.
 */
const leftover = (context: Context, block: Block) => (block.kind !== 'content' ? flow(context, [block])[0]! : unknown(context, block))

export function readDocument(context: Context, blocks: Block[]): Root['children'] {
  const children: Root['children'] = []
  const notaStart = findNotaStart(blocks, 0)
  const end = notaStart >= 0 ? notaStart : blocks.length
  let first = -1
  for (let i = 0; i < end && first < 0; i++) if (startsQuestions(blocks, i)) first = i
  let questionsStart = first
  if (first > 0 && isSectionTitle(blocks[first - 1]!)) questionsStart = first - 1

  // Without numbered questions or a letterhead, a list of unnumbered questions (openkamer.org).
  let implicit: ReturnType<typeof readImplicitQuestions>
  if (first < 0 && notaStart < 0 && !blocks.some(isHeaderAnchor)) implicit = readImplicitQuestions(context, blocks, 0, end)
  if (implicit) {
    if (implicit.start > 0) {
      const {letter, end: after} = readLetter(context, blocks, 0, implicit.start, true)
      children.push(letter)
      // Between the signatures and the first question: kept, but not claimed by any reader.
      for (const block of blocks.slice(after, implicit.start)) children.push(leftover(context, block))
    }
    children.push(implicit.section)
    return children
  }
  // Memories van antwoord and verslagen: unnumbered questions of fracties, from the first one on.
  let fractie = -1
  if (first < 0) for (let i = 0; i < end && fractie < 0; i++) if (opensFractieQuestion(blocks[i]!)) fractie = i
  if (fractie >= 0 && fractie > 0 && isHeaderAnchor(blocks[fractie - 1]!)) fractie = -1
  const letterEnd = first >= 0 ? questionsStart : fractie >= 0 ? fractie : end
  const recognised = first >= 0 || fractie >= 0 || notaStart >= 0 || blocks.slice(0, end).some(isHeaderAnchor)
  let at = 0
  if (!recognised) {
    for (const block of blocks.slice(0, end)) children.push(leftover(context, block))
    if (blocks.length > 0) report(context.diagnostics, 'not-a-kamerbrief', undefined, 'Nothing in the input looks like a letter, questions or a nota')
    at = end
  } else if (letterEnd > 0) {
    const {letter, end: after} = readLetter(context, blocks, 0, letterEnd, first >= 0)
    children.push(letter)
    // Between the signatures and the first section: kept, but not claimed by any reader.
    for (const block of blocks.slice(after, letterEnd)) children.push(leftover(context, block))
    at = letterEnd
  }
  if (first >= 0) {
    const {sections, end: after} = readQuestions(context, blocks, questionsStart, end)
    append(children, sections)
    at = after
    // Old letters put their closing after the answers: "Hoogachtend," + signatories.
    const letter = children.find((c) => c.type === 'letter')
    if (letter && at < end) {
      const next = readSignature(context, blocks, at, end, letter.children)
      // The letter closes again with its signature.
      if (next > at) letter.position = enclose(letter.children)
      at = next
    }
    for (const block of blocks.slice(at, end)) children.push(leftover(context, block))
  }
  if (fractie >= 0) children.push(readFractieQuestions(context, blocks, fractie, end))
  if (notaStart >= 0) children.push(readNota(context, blocks, notaStart, blocks.length))
  return children
}
