/**
 * What every question reader shares: a question being read and how it closes into a
 * `questionAnswer` (its markers, the question, what stands between, the answer), question sections
 * and their ids. The readers of the layouts (numbered.ts, fractie.ts, list.ts) build on this and
 * never on each other.
 */
import type {Flow, Phrasing, Position, QuestionAnswer, QuestionSection} from '../ast.js'
import type {Block} from '../blocks.js'
import {append, type Context, continues, flow, holdsInput, paragraph, withoutTrailingStars} from '../build.js'
import {FRACTIE, MEMBERS} from '../dutch/questions.js'
import {enclose} from '../position.js'

/** A question being read; its node is made when it closes. */
export interface Open {
  id: string
  /** Undefined where the heading has no number: present either way, so that every open question has one shape. */
  number: string | undefined
  /** Where it starts: its marker, or its first block. */
  at: Position
  question: Block[]
  answer: Block[]
  markers: Flow[]
  answerMarkers: Flow[]
  /** Every number its heading names ("Vraag 4 en 5"): the first is its own. */
  numbers: string[]
  /** The numbers its answer's heading names ("Antwoord 5 en 6" under "Vraag 6"): earlier questions it answers too. */
  answerNumbers?: string[]
}

/** A question section being read; its node is made when it closes, with the span of its children. */
export interface OpenSection {
  /** The layout of its first question. */
  layout?: QuestionSection['layout']
  children: QuestionSection['children']
  /** Where it starts, should it hold nothing. */
  at: Position
  title?: string
  kamerstuk?: QuestionSection['kamerstuk']
}

/** The `questionSection` node of a section read to its end. */
export function closeSection(section: OpenSection): QuestionSection {
  // A section without questions (text before the first one) is read as the headed layout reads it.
  const node: QuestionSection = {type: 'questionSection', layout: section.layout ?? 'headed', children: section.children, position: enclose(section.children, section.at)}
  if (section.title !== undefined) node.title = section.title
  if (section.kamerstuk) node.kamerstuk = section.kamerstuk
  return node
}

export interface QuestionsResult {
  sections: QuestionSection[]
  /** Index of the first block not read (a closing, or `to`). */
  end: number
}

/** Per set of ids, the suffix each base got last: "Vraag 2" a thousand times must not retry every suffix each time. */
const lastSuffix = new WeakMap<Set<string>, Map<string, number>>()

/** The id of a question in section `section`: `s1-q4`, with a suffix (`s1-q4-2`) where the number was taken, so that every id is unique. */
export function uniqueId(ids: Set<string>, section: number, number: string | undefined): string {
  const base = number === undefined ? `s${section}-q` : `s${section}-q${number}`
  const separator = number === undefined ? '' : '-'
  // The rule: a number not seen before in the section.
  if (number !== undefined && !ids.has(base)) {
    ids.add(base)
    return base
  }
  let suffixes = lastSuffix.get(ids)
  if (!suffixes) lastSuffix.set(ids, (suffixes = new Map()))
  // Suffix 1 stands for the base itself; the ones before the last taken are taken still.
  let k = suffixes.get(base) ?? 1
  let id = k === 1 ? base : `${base}${separator}${k}`
  while (ids.has(id) || (number === undefined && id === base)) {
    k = k === 1 ? 2 : k + 1
    id = `${base}${separator}${k}`
  }
  suffixes.set(base, k)
  ids.add(id)
  return id
}

/**
 * The first FRACTIE phrase in `text`, tried only where its first word stands: the pattern opens
 * with "leden" (MEMBERS, in that case; test/questions.test.ts holds it to that), and a search from
 * every character of a long question costs more than the pattern.
 */
function fractieIn(text: string): RegExpExecArray | null {
  for (let at = text.indexOf(MEMBERS); at >= 0; at = text.indexOf(MEMBERS, at + 1)) {
    FRACTIE_AT.lastIndex = at
    const match = FRACTIE_AT.exec(text)
    if (match) return match
  }
  return null
}
/** FRACTIE, matched only at `lastIndex`. */
const FRACTIE_AT = new RegExp(FRACTIE.source, `${FRACTIE.flags}y`)

/** The node of a question that closes: its markers, the question, what stands between, the answer. */
export function finish(context: Context, open: Open): QuestionAnswer {
  // Footnotes and furniture after the last line of a question or answer stand beside it, not in it.
  const [questionBlocks, betweenBlocks] = splitTrailing(open.question)
  const [answerBlocks, afterBlocks] = splitTrailing(open.answer)
  const questionContent = contentOf(context, questionBlocks)
  const answerContent = contentOf(context, answerBlocks)
  const children: QuestionAnswer['children'] = [...open.markers]
  if (questionContent.length > 0) children.push({type: 'question', children: questionContent, position: enclose(questionContent)})
  if (betweenBlocks.length > 0) append(children, flow(context, betweenBlocks))
  append(children, open.answerMarkers)
  if (answerContent.length > 0) children.push({type: 'answer', children: answerContent, position: enclose(answerContent)})
  if (afterBlocks.length > 0) append(children, flow(context, afterBlocks))
  const node: QuestionAnswer = {type: 'questionAnswer', id: open.id, children, position: enclose(children, open.at)}
  if (open.number !== undefined) node.number = open.number
  // Every fractie phrase holds "leden"; most questions have none, and looking for the word is cheaper.
  if (open.question.some((b) => b.text.includes(MEMBERS))) {
    const fractie = fractieIn(open.question.map((b) => b.text).join(' '))
    if (fractie) node.fractie = (fractie[1] ?? fractie[2])!
  }
  return node
}

function contentOf(context: Context, blocks: Block[]): Flow[] {
  const out: Flow[] = []
  let run: Block[] = []
  for (const block of blocks) {
    if (block.start !== block.lines[0]!.contentStart) {
      // The rest of a block after its number marker.
      append(out, flow(context, run))
      run = []
      const para = paragraph(context, block.lines, block.start)
      if (holdsInput(para)) out.push(para)
    } else run.push(block)
  }
  append(out, flow(context, run))
  // Paragraphs split by a page break or footnotes continue the one before.
  let previous: string | undefined
  for (const node of out) {
    if (node.type !== 'paragraph' || node.children.length === 0) continue
    const {start, end} = textEnds(node.children)
    if (previous !== undefined && continues(withoutTrailingStars(previous), start)) node.continuation = true
    previous = end
  }
  return out
}

/**
 * The start and the end of a paragraph's text (the values of its nodes joined), as much as
 * `continues` reads of them: the first character, and the last word before trailing "*" and space.
 */
function textEnds(children: readonly Phrasing[]): {start: string; end: string} {
  let start = ''
  for (const child of children) {
    if ('value' in child) start += child.value
    // Two code units: a first character outside the Basic Multilingual Plane.
    if (start.length >= 2) break
  }
  let end = ''
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!
    if ('value' in child) end = child.value + end
    if (withoutTrailingStars(end).trimEnd().length >= 8) break
  }
  return {start, end}
}

function splitTrailing(blocks: Block[]): [Block[], Block[]] {
  let end = blocks.length
  while (end > 0 && blocks[end - 1]!.kind !== 'content') end--
  // Most questions and answers end with their text: no copy.
  if (end === blocks.length) return [blocks, []]
  return [blocks.slice(0, end), blocks.slice(end)]
}

