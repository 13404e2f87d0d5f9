/**
 * The `list` layout: unnumbered questions as openkamer.org lists them, each question line ending
 * in "?", answered by the lines after it up to the next question.
 */
import type {QuestionAnswer, QuestionSection} from '../ast.js'
import type {Block} from '../blocks.js'
import {append, type Context, flow, paragraph} from '../build.js'
import type {Line} from '../lines.js'
import {enclose} from '../position.js'

/** A line that ends a sentence, perhaps with a footnote number: "… verwerpelijk.", "… komaf zijn?1". */
const SENTENCE_END = /[.?!]["”»’)]?\d{0,2}$/
/** A question line of an unnumbered list: ends in "?", perhaps with a footnote number ("komaf zijn?1"). */
const QUESTION_LINE = /\?\s*\d{0,2}$/

/**
 * Unnumbered questions as openkamer.org lists them: each question line ends in "?", and the lines
 * after it, up to the next question, answer it. Numbers follow the order, as the letters' own
 * cross-references do ("Zie antwoord vraag 3."). Returns undefined unless at least two such pairs exist.
 */
export function readListQuestions(context: Context, blocks: readonly Block[], from: number, to: number): {section: QuestionSection; start: number} | undefined {
  // Sentences, whether a page prints one per line or wraps them: a unit ends where a line ends a sentence.
  const lines: Array<{lines: Line[]; block: Block}> = []
  let unit: Line[] = []
  for (let i = from; i < to; i++) {
    const block = blocks[i]!
    if (block.kind !== 'content') continue
    for (const line of block.lines) {
      unit.push(line)
      if (SENTENCE_END.test(line.text) || line === block.lines[block.lines.length - 1]) {
        // A unit never crosses a block: it ends at the block's last line at the latest.
        lines.push({lines: unit, block})
        unit = []
      }
    }
  }
  const last = (k: number) => lines[k]!.lines[lines[k]!.lines.length - 1]!.text
  const isQuestion = (k: number) => QUESTION_LINE.test(last(k)) && lines[k]!.lines.map((l) => l.text).join(' ').length > 20
  let pairs = 0
  for (let k = 0; k + 1 < lines.length; k++) if (isQuestion(k) && !isQuestion(k + 1)) pairs++
  if (pairs < 2) return undefined
  const firstQuestion = lines.findIndex((_, k) => isQuestion(k))
  const blockIndex = new Map(blocks.map((block, i) => [block, i]))
  const children: QuestionSection['children'] = []
  let k = firstQuestion
  let number = 0
  while (k < lines.length) {
    // Question lines on both sides of a page header or footnote make two paragraphs: one would span it.
    const questionRuns: Line[][] = []
    let previous: Block | undefined
    while (k < lines.length && isQuestion(k)) {
      const {lines: unitLines, block} = lines[k++]!
      if (previous && (blockIndex.get(block) ?? 0) - (blockIndex.get(previous) ?? 0) > 1) questionRuns.push([])
      if (questionRuns.length === 0) questionRuns.push([])
      append(questionRuns[questionRuns.length - 1]!, unitLines)
      previous = block
    }
    const answerUnits: Line[][] = []
    while (k < lines.length && !isQuestion(k)) answerUnits.push(lines[k++]!.lines)
    number++
    const questionContent = questionRuns.map((run) => paragraph(context, run))
    const pair: QuestionAnswer['children'] = [{type: 'question', children: questionContent, position: enclose(questionContent)}]
    // Copied web pages put each paragraph on one line.
    const answerContent = answerUnits.map((unitLines) => paragraph(context, unitLines))
    if (answerContent.length > 0) pair.push({type: 'answer', children: answerContent, position: enclose(answerContent)})
    children.push({type: 'questionAnswer', id: `s1-q${number}`, number: String(number), children: pair, position: enclose(pair), data: {implicitNumber: true}})
  }
  const startBlock = blocks.indexOf(lines[firstQuestion]!.block)
  // The lines of that block before the first question, and the furniture and footnotes among the
  // questions, belong to the section; the blocks before it are the caller's.
  const firstBlock = lines[firstQuestion]!.block
  const leading = firstBlock.lines.slice(0, firstBlock.lines.indexOf(lines[firstQuestion]!.lines[0]!))
  if (leading.length) children.push(paragraph(context, leading))
  for (let i = startBlock; i < to; i++) if (blocks[i]!.kind !== 'content') append(children, flow(context, [blocks[i]!]))
  children.sort((a, b) => a.position!.start.offset - b.position!.start.offset)
  return {section: {type: 'questionSection', layout: 'list', children, position: enclose(children)}, start: startBlock}
}

