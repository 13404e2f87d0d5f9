/**
 * The layouts a document's questions come in, in order of precedence: the first layout that
 * claims a part of the document reads it. Each entry says where its part starts, why it stands
 * where it does, and which reader reads it. A new layout is a new entry here and its reader.
 */
import type {QuestionSection} from './ast.js'
import {ANSWER_HEADING, type Block, isBareNumber, QUESTION_HEADING} from './blocks.js'
import type {Context} from './build.js'
import {opensFractieQuestion, readFractieQuestions} from './questions/fractie.js'
import {readListQuestions} from './questions/list.js'
import {isBareNumberOf, isSectionTitle, readQuestions, startsQuestions} from './questions/numbered.js'
import {opens} from './starts.js'

/** What the cutter knows of a document before any layout claims a part of it. */
export interface DocumentSigns {
  /** A nota starts somewhere: the part before it holds the letter and its questions. */
  nota: boolean
  /** A line only a letterhead holds ("Datum", "Retouradres", "Vragen van het lid …"), anywhere in the document. */
  letterhead: boolean
}

/** A part a layout claims: where it starts, and its reading. */
export interface Claim {
  layout: PartLayout
  start: number
  read(): {sections: QuestionSection[]; end: number}
}

export interface PartLayout {
  name: 'numbered' | 'bareNumber' | 'fractie' | 'list'
  /** Why this layout exists and why it stands at this place in the order. */
  why: string
  /** Whether the letter's head runs up to this part when it has no salutation: the letter is only a cover. */
  letterheadUntilPart: boolean
  /** The claim on blocks [0, to), or none. */
  claim(context: Context, blocks: readonly Block[], to: number, signs: DocumentSigns): Claim | undefined
}

export const PART_LAYOUTS: readonly PartLayout[] = [
  {
    name: 'numbered',
    why: 'Numbered questions ("Vraag 1", "1. Is het waar …?", "1" above "Vraag:") are the most explicit sign: they win over every other reading.',
    letterheadUntilPart: true,
    claim(context, blocks, to) {
      let first = -1
      for (let i = 0; i < to && first < 0; i++) if (startsQuestions(blocks, i)) first = i
      if (first < 0) return undefined
      let start = first
      if (isBareNumberOf(blocks[first - 1], blocks[first]!)) start--
      if (start > 0 && isSectionTitle(blocks[start - 1]!)) start--
      return {layout: this, start, read: () => readQuestions(context, blocks, start, to)}
    }
  },
  {
    name: 'bareNumber',
    why: 'Lijsten van vragen en antwoorden that give each question a line of its own with its number ("1" / "Welke lessen …?" / "Antwoord:"): a number alone is also a page or footnote number, so two numbered questions in a row must show the layout.',
    letterheadUntilPart: true,
    claim(context, blocks, to) {
      for (let i = 0; i < to; i++) {
        // The next numbered question, or the "Antwoord:" under this one, shows the layout.
        if (!numbersQuestion(blocks, i, to, '1') || !(numberedQuestionFollows(blocks, i + 1, to, '2') || answerFollows(blocks, i + 1, to))) continue
        const start = i > 0 && isSectionTitle(blocks[i - 1]!) ? i - 1 : i
        return {layout: this, start, read: () => readQuestions(context, blocks, start, to, {bareNumbers: true})}
      }
      return undefined
    }
  },
  {
    name: 'fractie',
    why: 'Memories van antwoord and verslagen group unnumbered questions by fractie ("De leden van de VVD-fractie vragen …"); numbered questions, where a document has them, say more.',
    letterheadUntilPart: false,
    claim(context, blocks, to) {
      let start = -1
      for (let i = 0; i < to && start < 0; i++) if (opensFractieQuestion(blocks[i]!)) start = i
      if (start < 0) return undefined
      return {layout: this, start, read: () => ({sections: [readFractieQuestions(context, blocks, start, to)], end: to})}
    }
  },
  {
    name: 'list',
    why: 'Unnumbered questions, each line ending in "?" and answered below it (openkamer.org): a weak sign, read only where nothing looks like a letterhead or a nota.',
    letterheadUntilPart: true,
    claim(context, blocks, to, signs) {
      if (signs.nota || signs.letterhead) return undefined
      // The reader itself finds where the list starts; it makes nodes only when it claims.
      const found = readListQuestions(context, blocks, 0, to)
      if (!found) return undefined
      return {layout: this, start: found.start, read: () => ({sections: [found.section], end: to})}
    }
  }
]

/** How far after one numbered question the next is looked for: a question and its answer take a few blocks. */
const NEXT_QUESTION_WITHIN = 200

/**
 * Whether the block at `i` is the number `number` alone, with a question after it ("2" / "Heeft de
 * Tweede Kamer … gemaakt?"), which may run over a few blocks before its question mark, as flattened
 * text breaks it where an indented line was ("… welken projecten/financiering" / "moet(en) stoppen …?").
 */
function numbersQuestion(blocks: readonly Block[], i: number, to: number, number: string): boolean {
  const block = blocks[i]!
  if (block.kind !== 'content' || block.text !== number) return false
  let seen = 0
  for (let j = i + 1; j < to && seen < QUESTION_BLOCKS; j++) {
    const next = blocks[j]!
    if (next.kind !== 'content') continue
    if (next.text.includes('?')) return true
    if (opens(ANSWER_HEADING, next.text) || isBareNumber(next.text)) return false
    seen++
  }
  return false
}

/** How many blocks a question may take before its "Antwoord:". */
const QUESTION_BLOCKS = 5

function answerFollows(blocks: readonly Block[], from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + QUESTION_BLOCKS); i++) if (blocks[i]!.kind === 'content' && opens(ANSWER_HEADING, blocks[i]!.text)) return true
  return false
}

function numberedQuestionFollows(blocks: readonly Block[], from: number, to: number, number: string): boolean {
  for (let i = from; i < Math.min(to, from + NEXT_QUESTION_WITHIN); i++) if (numbersQuestion(blocks, i, to, number)) return true
  return false
}

/** The first layout that claims a part of blocks [0, to). */
export function claimQuestions(context: Context, blocks: readonly Block[], to: number, signs: DocumentSigns): Claim | undefined {
  for (const layout of PART_LAYOUTS) {
    const claim = layout.claim(context, blocks, to, signs)
    if (claim) return claim
  }
  return undefined
}

/** The signs of a question layout in a block, where a reader would look for them. */
const SIGNS: ReadonlyArray<readonly [QuestionSection['layout'], (block: Block) => boolean]> = [
  ['headed', (block) => block.kind === 'content' && opens(QUESTION_HEADING, block.text)],
  ['fractie', opensFractieQuestion]
]

/**
 * The layouts whose signs stand in blocks [from, to), which no question reader reads, with the
 * first block that shows each: questions that would otherwise be lost without a word.
 */
export function unclaimedSigns(blocks: readonly Block[], from: number, to: number): Array<{layout: QuestionSection['layout']; block: Block}> {
  const found: Array<{layout: QuestionSection['layout']; block: Block}> = []
  for (const [layout, shows] of SIGNS) {
    for (let i = from; i < to; i++) {
      if (!shows(blocks[i]!)) continue
      found.push({layout, block: blocks[i]!})
      break
    }
  }
  return found
}
