/**
 * The `fractie` layout: questions grouped by fractie and not numbered, as in memories van antwoord,
 * nota's naar aanleiding van het verslag and verslagen.
 */
import type {QuestionSection} from '../ast.js'
import type {Block} from '../blocks.js'
import {append, blockPosition, type Context, flow} from '../build.js'
import {ASKS, FRACTIE_CONTINUATION, FRACTIE_OPENING} from '../dutch/questions.js'
import {enclose} from '../position.js'
import {opens} from '../starts.js'
import {finish, type Open, uniqueId} from './shared.js'

/** Whether the block opens a question of a fractie in a memorie van antwoord or verslag. */
export function opensFractieQuestion(block: Block): boolean {
  return block.kind === 'content' && opens(FRACTIE_OPENING, block.text) && ASKS.test(block.text)
}

/**
 * Questions grouped by fractie and not numbered, as in memories van antwoord, nota's naar aanleiding
 * van het verslag and verslagen: a paragraph opening "De leden van de VVD-fractie …" that asks
 * something, the paragraphs of the same members after it, then the answer up to the next fractie's
 * question or heading. A verslag has no answers: its questions stay without one.
 */
export function readFractieQuestions(context: Context, blocks: readonly Block[], from: number, to: number): QuestionSection {
  const children: QuestionSection['children'] = []
  const ids = new Set<string>()
  let i = from
  let loose: Block[] = []
  const flushLoose = () => {
    append(children, flow(context, loose))
    loose = []
  }
  while (i < to) {
    const block = blocks[i]!
    if (!opensFractieQuestion(block)) {
      loose.push(block)
      i++
      continue
    }
    flushLoose()
    const question: Block[] = [block]
    i++
    while (i < to && blocks[i]!.kind !== 'furniture' && FRACTIE_CONTINUATION.test(blocks[i]!.text)) question.push(blocks[i++]!)
    const answer: Block[] = []
    while (i < to && !opensFractieQuestion(blocks[i]!) && !isHeadingLike(blocks[i]!)) answer.push(blocks[i++]!)
    const open: Open = {id: uniqueId(ids, 1, undefined), number: undefined, at: blockPosition(context, block), question, answer, markers: [], answerMarkers: [], numbers: []}
    children.push(finish(context, open))
  }
  flushLoose()
  return {type: 'questionSection', layout: 'fractie', children, position: enclose(children, blockPosition(context, blocks[from]!))}
}

/** A short line without a full stop: "Voorgestelde regeling", "Artikel 1. Openbaar bestuur en democratie (p.32)". */
function isHeadingLike(block: Block): boolean {
  return block.kind !== 'furniture' && block.lines.length === 1 && block.text.length < 100 && !/[.?!:;,]$/.test(block.text) && /^\p{Lu}/u.test(block.text)
}

