/**
 * How far to trust a parse: a summary of what the parser found and missed in one document, for
 * users who parse thousands and must choose which to check by hand. Read from the finished tree
 * and its diagnostics; `score` ranks documents, lowest first to check.
 */
import type {Root} from './ast.js'
import {isWhiteSpace} from './coverage.js'
import {RULES, type RuleId} from './diagnostics.js'
import {KIND_WITH_QUESTIONS} from './dutch/kamerstuk.js'
import {visit} from './tree.js'

/** What `root.data.quality` holds. */
export interface Quality {
  /** The layouts that read the document's parts ("letterhead:labelled", "questionSection:headed", "nota:purpose"), in order, once each. */
  layouts: string[]
  /**
   * The share of the input's non-space characters that no reader recognised, from 0 to 1: those in
   * `unknown` nodes, and where no layout claims the document (`not-a-kamerbrief`), those of the
   * paragraphs, headings and lists it is read as.
   */
  unknownShare: number
  /** How many questions were read, and how many of them have no answer. */
  questions: number
  unanswered: number
  /** How many times the numbering of questions skips or repeats a number. */
  numberingGaps: number
  /** The diagnostics by severity. */
  diagnostics: {error: number; warning: number; info: number}
  /** Whether the document's date, sender (or who answered) and own reference were found. */
  found: {date: boolean; sender: boolean; reference: boolean}
  /** Whether the letterhead names a kind of document that holds questions ("LIJST VAN VRAGEN EN ANTWOORDEN") while none were read. */
  questionsMissing: boolean
  /**
   * One number from 0 to 1 that ranks documents by how much of them was read: 1 when every part
   * was recognised and nothing is missing; lower for unrecognised text, missing date or sender,
   * unanswered questions, gaps in the numbering and warnings.
   */
  score: number
}

/** Non-space characters of input[start, end). */
function solid(input: string, start: number, end: number): number {
  let count = 0
  for (let i = start; i < end; i++) if (!isWhiteSpace(input.charCodeAt(i))) count++
  return count
}

/** How far to trust the parse of `input` into `root`: read from the finished tree and its diagnostics. */
export function assessQuality(root: Root, input: string): Quality {
  const layouts: string[] = []
  let unknown = 0
  let questions = 0
  let unanswered = 0
  const found = {date: false, sender: false, reference: false}
  let promisesQuestions = false
  visit(root, (node) => {
    switch (node.type) {
      case 'letterhead':
      case 'questionSection':
      case 'nota': {
        const layout = `${node.type}:${node.layout}`
        if (!layouts.includes(layout)) layouts.push(layout)
        if (node.type === 'letterhead') {
          found.date ||= node.date !== undefined || node.questionsSubmitted !== undefined
          found.sender ||= node.sender?.organisation !== undefined || node.answeredBy !== undefined || node.committee !== undefined
          found.reference ||= node.reference !== undefined || node.aanhangsel !== undefined || node.kamerstuk !== undefined
          promisesQuestions ||= node.fields.some((field) => field.key === 'documentId' && KIND_WITH_QUESTIONS.test(field.value))
        }
        if (node.type === 'nota') {
          found.date ||= node.children.some((child) => child.type === 'notaHeader' && child.date !== undefined)
          found.reference ||= node.children.some((child) => child.type === 'notaHeader' && child.reference !== undefined)
          found.sender ||= node.children.some((child) => child.type === 'notaHeader' && child.from !== undefined)
        }
        return
      }
      case 'questionAnswer':
        questions++
        if (!node.children.some((child) => child.type === 'answer')) unanswered++
        return false
      case 'unknown':
        unknown += solid(input, node.position!.start.offset, node.position!.end.offset)
        return false
      // Phrasing, the most numerous nodes, holds none of the nodes counted here.
      case 'paragraph':
      case 'heading':
      case 'salutation':
      case 'closing':
        return false
      default:
    }
  })
  // A text that no layout claims is read as paragraphs so that its references are found, but no
  // reader recognised it: its text counts as unknown, as when it was one `unknown` node a block.
  if (root.diagnostics.some((diagnostic) => diagnostic.ruleId === 'not-a-kamerbrief')) {
    for (const child of root.children) {
      if (child.type === 'paragraph' || child.type === 'heading') unknown += solid(input, child.position!.start.offset, child.position!.end.offset)
      // Item by item: a footnote between two items stands inside the list's span.
      if (child.type === 'list') for (const item of child.children) unknown += solid(input, item.position!.start.offset, item.position!.end.offset)
    }
  }
  const diagnostics = {error: 0, warning: 0, info: 0}
  let numberingGaps = 0
  for (const diagnostic of root.diagnostics) {
    diagnostics[RULES[diagnostic.ruleId as RuleId]?.[0] ?? 'info']++
    if (diagnostic.ruleId === 'question-number-skipped' || diagnostic.ruleId === 'question-number-duplicate') numberingGaps++
  }
  // Counting the whole input costs a pass over it: only where something is unknown.
  const total = unknown === 0 ? 0 : solid(input, 0, input.length)
  const unknownShare = total === 0 ? 0 : unknown / total
  const questionsMissing = promisesQuestions && questions === 0
  return {layouts, unknownShare: round(unknownShare), questions, unanswered, numberingGaps, diagnostics, found, questionsMissing, score: round(score())}

  function score(): number {
    let value = 1 - unknownShare
    // A document with no part recognised, or without the date every kind of document states.
    if (layouts.length === 0) value -= 0.5
    if (!found.date) value -= 0.25
    if (!found.sender) value -= 0.1
    if (questionsMissing) value -= 0.4
    if (questions > 0) value -= 0.3 * (unanswered / questions)
    value -= Math.min(0.2, 0.05 * numberingGaps)
    value -= Math.min(0.2, 0.02 * diagnostics.warning) + Math.min(0.3, 0.3 * diagnostics.error)
    return Math.max(0, value)
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000
