/**
 * Cuts the block stream into the parts of a document and has each read by its reader: the letter
 * (letterhead, body, signature), the questions of the first layout that claims them (see
 * layouts.ts), and the nota. Blocks between those parts that no reader claims become `unknown`
 * nodes; a text in which no part is found at all is read as paragraphs.
 */
import type {QuestionSection, Root} from './ast.js'
import type {Block} from './blocks.js'
import {append, blockPosition, type Context, flow, unknown} from './build.js'
import {report} from './diagnostics.js'
import {claimQuestions, unclaimedSigns} from './layouts.js'
import {isHeaderAnchor, readLetter, readSignature, sidebarTexts} from './letter.js'
import {findNotaStart, readNota} from './nota.js'
import {markRunningHeaders} from './page-furniture.js'
import {enclose} from './position.js'

/**
 * A block no reader claimed. Furniture and footnotes keep their kind: a footnote block interleaves
 * its lines with the next one ("1" / "2" / text 1 / text 2), so as one `unknown` span it would overlap.
 */
const leftover = (context: Context, block: Block) => (block.kind !== 'content' ? flow(context, [block])[0]! : unknown(context, block))

/** Cuts `blocks` into the letter, the question sections and the nota, each read by its reader, and returns the root's children. */
export function readDocument(context: Context, blocks: Block[]): Root['children'] {
  const children: Root['children'] = []
  const notaStart = findNotaStart(blocks, 0)
  const end = notaStart >= 0 ? notaStart : blocks.length
  const claim = claimQuestions(context, blocks, end, {nota: notaStart >= 0, letterhead: blocks.some(isHeaderAnchor)})
  const letterEnd = claim ? claim.start : end
  const recognised = claim !== undefined || notaStart >= 0 || blocks.slice(0, end).some(isHeaderAnchor)
  if (!recognised) {
    // Text that no layout claims is still text: its paragraphs and lists hold the references it
    // cites, as a letter's body does; the diagnostic says no reader recognised the whole.
    append(children, flow(context, blocks.slice(0, end)))
    if (blocks.length > 0) report(context.diagnostics, 'not-a-kamerbrief', undefined, 'Nothing in the input looks like a letter, questions or a nota')
  } else if (letterEnd > 0) {
    const {letter, end: after} = readLetter(context, blocks, 0, letterEnd, claim?.layout.letterheadUntilPart ?? false)
    children.push(letter)
    // Between the signatures and the first section: kept, but not claimed by any reader.
    for (const block of blocks.slice(after, letterEnd)) children.push(leftover(context, block))
  }
  if (claim) {
    // The letter's sidebar repeats on the pages of its answers too ("Kenmerk" / "IENW/BSK-2023/297705").
    const letterhead = children.find((c) => c.type === 'letter')?.children.find((c) => c.type === 'letterhead')
    if (letterhead) markRunningHeaders(blocks, {kind: 'sidebar', texts: sidebarTexts(letterhead)}, claim.start, end)
    const {sections, end: after} = claim.read()
    append(children, sections)
    datedBySubmission(children, sections)
    let at = after
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
  // Questions in the letter before the part a layout claimed, or inside the nota, are read as text: say so.
  const unread = [...(claim ? unclaimedSigns(blocks, 0, claim.start) : []), ...(notaStart >= 0 ? unclaimedSigns(blocks, notaStart, blocks.length) : [])]
  for (const {layout, block} of unread) {
    report(context.diagnostics, 'layout-unclaimed', blockPosition(context, block), `This looks like a question of the ${layout} layout, but no question section reads it`, {actual: layout})
  }
  if (notaStart >= 0) children.push(readNota(context, blocks, notaStart, blocks.length))
  return children
}

/**
 * A document of questions only (Kamervragen as submitted) is dated by the day they were submitted
 * ("(ingezonden 7 oktober 2022)"), when the letterhead gives no other date and no question has an answer.
 */
function datedBySubmission(children: Root['children'], sections: readonly QuestionSection[]): void {
  const letterhead = children.find((c) => c.type === 'letter')?.children.find((c) => c.type === 'letterhead')
  if (!letterhead || letterhead.date || !letterhead.questionsSubmitted || letterhead.answeredBy) return
  const answered = sections.some((s) => s.children.some((q) => q.type === 'questionAnswer' && q.children.some((c) => c.type === 'answer')))
  if (!answered) letterhead.date = letterhead.questionsSubmitted
}
