/**
 * Question sections and their questions with answers, in the layouts real documents use:
 * headed ("Vraag 1" / "Antwoord 1", "Vraag 4 en 5", "Antwoord op vraag 1:"), numbered ("12. Acht…"
 * followed by untagged answer paragraphs, or answered under the same number "1. Op basis van …"),
 * and unnumbered (openkamer lists: a question line ending in "?", then its answer).
 */
import type {Answer, Flow, Phrasing, Position, Question, QuestionAnswer, QuestionSection} from './ast.js'
import {ANSWER_HEADING, isBareNumber, type Block, BULLET, NOTICE_HEADING, QUESTION_HEADING, splitBlock} from './blocks.js'
import {append, blockPosition, type Context, continues, flow, holdsInput, marker, ordinal, paragraph, positionOf, unknown, withoutTrailingStars} from './build.js'
import {expandNumbers, MAX_NUMBERS} from './cross-references.js'
import {report} from './diagnostics.js'
import {CLOSING, FRACTIE, FRACTIE_OPENING} from './dutch.js'
import type {Line} from './lines.js'
import {enclose} from './position.js'
import {anchored, openMatch, opens} from './starts.js'

/** "(Kamerstuk 36800-X)" in a section title. */
const TITLE_KAMERSTUK = /kamerstuk(?:ken)?\s+(\d{2}[\s.]?\d{3})(?:\s?-\s?([A-Z]{1,5}|\d{2}))?/i
const TITLE_START = anchored(/^(antwoorden|vragen|lijst van|beantwoording|feitelijke vragen)\b/i, 'aAvVlLbBfF')
const ENDS_QUESTION = /\?\s*(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹]+)?\s*(?:\*\*)?["”]?$/
/** How far a question number may jump ahead and still be read as the next question. */
const MAX_SKIP = 2

/** A question being read; its node is made when it closes. */
interface Open {
  id: string
  number?: string
  /** Where it starts: its marker, or its first block. */
  at: Position
  question: Block[]
  answer: Block[]
  phase: 'question' | 'answer'
  markers: Flow[]
  answerMarkers: Flow[]
  numbers: string[]
}

/** A question section being read; its node is made when it closes, with the span of its children. */
interface OpenSection {
  /** The layout of its first question. */
  layout?: QuestionSection['layout']
  children: QuestionSection['children']
  /** Where it starts, should it hold nothing. */
  at: Position
  title?: string
  kamerstuk?: QuestionSection['kamerstuk']
}

function closeSection(section: OpenSection): QuestionSection {
  // A section without questions (text before the first one) is read as the headed layout reads it.
  const node: QuestionSection = {type: 'questionSection', layout: section.layout ?? 'headed', children: section.children, position: enclose(section.children, section.at)}
  if (section.title !== undefined) node.title = section.title
  if (section.kamerstuk) node.kamerstuk = section.kamerstuk
  return node
}

/** Whether the block at `i` starts a question: a heading, or "1." with a question mark in it. */
export function startsQuestions(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i]!
  if (block.kind === 'furniture') return false
  if (opens(QUESTION_HEADING, block.text)) return true
  const numbered = ordinal(block)
  return numbered !== undefined && numbered.number === '1' && block.text.includes('?')
}

export function isSectionTitle(block: Block): boolean {
  if (block.kind !== 'content' || block.text.length > 300) return false
  return opens(TITLE_START, block.text) && !/[.?]$/.test(block.text)
}

export interface QuestionsResult {
  sections: QuestionSection[]
  /** Index of the first block not read (a closing, or `to`). */
  end: number
}

/** Reads blocks [from, to) as question sections. */
export function readQuestions(context: Context, blocks: readonly Block[], from: number, to: number): QuestionsResult {
  const sections: OpenSection[] = []
  const hasAnswerHeadings = blocks.slice(from, to).some((b) => opens(ANSWER_HEADING, b.text) || opens(NOTICE_HEADING, b.text))
  let section: OpenSection | undefined
  let sectionFlow: Block[] = []
  let open: Open | undefined
  let last = 0
  const ids = new Set<string>()

  const newSection = (title?: Block) => {
    closeQuestion()
    flushSectionFlow()
    // Text before the first section opens it ("Vragen van de leden … aan de" read as a title that starts no numbering).
    const before = sectionFlow
    sectionFlow = []
    const at = (title ?? blocks[from]!).start
    section = {children: [], at: positionOf(context, at, at)}
    if (before.length) append(section.children, flow(context, before))
    if (title) {
      section.title = context.input.slice(title.start, title.end).replace(/\s+/g, ' ')
      section.children.push(...flow(context, [title]))
      const kamerstuk = TITLE_KAMERSTUK.exec(title.text)
      if (kamerstuk) section.kamerstuk = {dossier: kamerstuk[1]!.replace(/\D/g, ''), ...(kamerstuk[2] ? {suffix: kamerstuk[2].toUpperCase()} : {})}
    }
    sections.push(section)
    last = 0
  }
  const flushSectionFlow = () => {
    // Without a section yet, the flow waits for the first one.
    if (!section) return
    if (sectionFlow.length) append(section.children, flow(context, sectionFlow))
    sectionFlow = []
  }
  const closeQuestion = () => {
    if (!open || !section) return
    const node = finish(context, open)
    section.children.push(node)
    // A joint heading ("Vraag 4 en 5") answers every number it names: each other number gets a
    // pair whose question and answer point at the first one's, holding no text of their own.
    for (const number of open.numbers.slice(1)) {
      const shared: Array<Question | Answer> = []
      for (const child of node.children) {
        if (child.type === 'question' || child.type === 'answer') shared.push({type: child.type, children: [], position: child.position, sharedWith: node.id})
      }
      const pair: QuestionAnswer = {type: 'questionAnswer', id: uniqueId(ids, sections.length, number), children: shared, position: node.position, number}
      if (node.fractie !== undefined) pair.fractie = node.fractie
      section.children.push(pair)
    }
    open = undefined
  }
  const start = (layout: QuestionSection['layout'], numbers: string[], markerNode: Flow | undefined, first?: Block) => {
    closeQuestion()
    flushSectionFlow()
    if (!section) newSection()
    section!.layout ??= layout
    const number = numbers[0]
    const id = uniqueId(ids, sections.length, number)
    const at = markerNode?.position ?? blockPosition(context, first!)
    open = {id, ...(number !== undefined ? {number} : {}), at, question: first ? [first] : [], answer: [], phase: 'question', markers: markerNode ? [markerNode] : [], answerMarkers: [], numbers}
    const n = Number.parseInt(number ?? '', 10)
    if (Number.isFinite(n)) {
      if (n === last && number !== undefined) report(context.diagnostics, 'question-number-duplicate', markerNode?.position, `Question number ${number} occurs twice`)
      else if (n > last + 1 && last > 0) report(context.diagnostics, 'question-number-skipped', markerNode?.position, `Question ${last + 1} is missing before ${number}`)
      // "Vraag 4 en 5" brings the numbering to 5.
      last = Math.max(n, ...numbers.map((x) => Number.parseInt(x, 10)).filter(Number.isFinite))
    }
  }

  let i = from
  for (; i < to; i++) {
    const block = blocks[i]!
    if (block.kind !== 'furniture' && opens(CLOSING, block.text)) break
    if (block.kind !== 'content') {
      if (open) (open.phase === 'question' ? open.question : open.answer).push(block)
      else sectionFlow.push(block)
      continue
    }
    // "1" on its own line, then "Vraag:": the number belongs to the heading.
    const nextBlock = blocks[i + 1]
    if (isBareNumber(block.text) && nextBlock && i + 1 < to && /^vraag\s*:?$/i.test(nextBlock.text)) continue
    const heading = openMatch(QUESTION_HEADING, block.text)
    if (heading) {
      let numbers = heading[1] ? expandNumbers(heading[1]) : []
      if (numbers.length > MAX_NUMBERS) {
        report(context.diagnostics, 'question-numbers-capped', blockPosition(context, block), `The heading names ${numbers.length} questions; the first ${MAX_NUMBERS} are read`, {
          actual: String(numbers.length),
          expected: String(MAX_NUMBERS)
        })
        numbers = numbers.slice(0, MAX_NUMBERS)
      }
      // The number on the line before "Vraag:" — within this part: before it, the number is the caller's.
      const previous = i > from ? blocks[i - 1] : undefined
      let markerStart = block.start
      let layout: QuestionSection['layout'] = 'headed'
      if (numbers.length === 0 && previous && isBareNumber(previous.text)) {
        numbers = [previous.text]
        markerStart = previous.start
        layout = 'bareNumber'
      }
      if (numbers[0] === '1' && section && section.children.some((c) => c.type === 'questionAnswer') && open) newSection()
      start(layout, numbers, marker(context, context.input.slice(markerStart, block.end).replace(/\s+/g, ' '), markerStart, block.end))
      continue
    }
    if (open && (opens(ANSWER_HEADING, block.text) || opens(NOTICE_HEADING, block.text))) {
      // Anything read as answer before the heading was still question.
      append(open.question, open.answer)
      open.answer = []
      open.phase = 'answer'
      open.answerMarkers.push(marker(context, block.text, block.start, block.end))
      continue
    }
    const numbered = ordinal(block)
    if (numbered) {
      const n = Number(numbered.number)
      if (open && open.phase === 'question' && open.number === numbered.number && open.question.length > 0) {
        // "1. Is het waar …?" answered as "1. Op basis van …".
        open.phase = 'answer'
        open.answerMarkers.push(marker(context, `${numbered.number}.`, block.start, numbered.end))
        open.answer.push(trimmed(block, numbered.end))
        continue
      }
      const restart = n === 1 && open !== undefined
      if (n === last + 1 || restart || (n > last && n <= last + 1 + MAX_SKIP) || (!open && n === 1)) {
        if (restart) newSection()
        start('numbered', [numbered.number], marker(context, `${numbered.number}.`, block.start, numbered.end), trimmed(block, numbered.end))
        continue
      }
    }
    // A title before a restart of the numbering opens the next section.
    if (isSectionTitle(block) && nextStartsSection(blocks, i + 1, to)) {
      newSection(block)
      continue
    }
    if (!open) {
      sectionFlow.push(block)
      continue
    }
    if (open.phase === 'question') {
      const lastQuestion = open.question[open.question.length - 1]
      if (lastQuestion === undefined) {
        // Headed layouts without an "Antwoord" heading: the question ends at its question mark.
        const cut = hasAnswerHeadings ? -1 : block.lines.findIndex((line, k) => k < block.lines.length - 1 && ENDS_QUESTION.test(line.text))
        if (cut >= 0) {
          const [q, a] = splitBlock(block, cut + 1)
          open.question.push(q!)
          open.answer.push(a!)
          open.phase = 'answer'
        } else open.question.push(block)
        continue
      }
      const stays =
        continues(withoutTrailingStars(lastQuestion.text), block.text) ||
        (/:\s*(\*\*)?$/.test(lastQuestion.text) && isBullet(block)) ||
        (isBullet(lastQuestion) && isBullet(block)) ||
        (hasAnswerHeadings && !ENDS_QUESTION.test(lastQuestion.text))
      if (stays || (hasAnswerHeadings && open.number === undefined)) open.question.push(block)
      else {
        open.phase = 'answer'
        open.answer.push(block)
      }
      continue
    }
    open.answer.push(block)
  }
  // A document cut off inside its last question (a page excerpt): that question is not complete.
  // After its "Antwoord" heading a question is complete, even when nothing follows the heading.
  if (open && i >= blocks.length && open.answer.length === 0 && open.answerMarkers.length === 0) {
    // The last line of text decides; a page number or footnote after it says nothing about it.
    const lastQuestion = [...open.question].reverse().find((block) => block.kind === 'content')
    if (lastQuestion && !/[.?!:;)]["”»]?$/.test(lastQuestion.text)) {
      report(context.diagnostics, 'document-truncated', blockPosition(context, lastQuestion), `The document ends inside question ${open.number ?? ''}`)
      const truncated = open
      open = undefined
      ids.delete(truncated.id)
      section!.children.push(...truncated.markers)
      for (const block of truncated.question) {
        section!.children.push(...(block.kind !== 'content' ? flow(context, [block]) : [unknown(context, block, false)]))
      }
    }
  }
  closeQuestion()
  if (!section && sectionFlow.length) newSection()
  flushSectionFlow()
  return {sections: sections.map(closeSection), end: i}
}

function splitTrailing(blocks: Block[]): [Block[], Block[]] {
  let end = blocks.length
  while (end > 0 && blocks[end - 1]!.kind !== 'content') end--
  return [blocks.slice(0, end), blocks.slice(end)]
}

function isBullet(block: Block): boolean {
  return block.bullet !== undefined || opens(BULLET, block.text)
}

/** The same block from offset `at` on (after "12."). */
function trimmed(block: Block, at: number): Block {
  return {...block, start: at, text: block.text.slice(at - block.start)}
}

function nextStartsSection(blocks: readonly Block[], i: number, to: number): boolean {
  for (let j = i; j < to; j++) {
    const block = blocks[j]!
    if (block.kind !== 'content') continue
    const numbered = ordinal(block)
    const heading = openMatch(QUESTION_HEADING, block.text)
    return numbered?.number === '1' || (heading !== null && expandNumbers(heading[1] ?? '')[0] === '1')
  }
  return false
}

/** Per set of ids, the suffix each base got last: "Vraag 2" a thousand times must not retry every suffix each time. */
const lastSuffix = new WeakMap<Set<string>, Map<string, number>>()

function uniqueId(ids: Set<string>, section: number, number: string | undefined): string {
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

/** The node of a question that closes: its markers, the question, what stands between, the answer. */
function finish(context: Context, open: Open): QuestionAnswer {
  // Footnotes and furniture after the last line of a question or answer stand beside it, not in it.
  const [questionBlocks, betweenBlocks] = splitTrailing(open.question)
  const [answerBlocks, afterBlocks] = splitTrailing(open.answer)
  const questionContent = contentOf(context, questionBlocks)
  const answerContent = contentOf(context, answerBlocks)
  const children: QuestionAnswer['children'] = [...open.markers]
  if (questionContent.length > 0) children.push({type: 'question', children: questionContent, position: enclose(questionContent)})
  append(children, flow(context, betweenBlocks))
  append(children, open.answerMarkers)
  if (answerContent.length > 0) children.push({type: 'answer', children: answerContent, position: enclose(answerContent)})
  else report(context.diagnostics, 'question-without-answer', children[0]?.position, `Question ${open.number ?? ''} has no answer`)
  append(children, flow(context, afterBlocks))
  const node: QuestionAnswer = {type: 'questionAnswer', id: open.id, children, position: enclose(children, open.at)}
  if (open.number !== undefined) node.number = open.number
  // Every fractie phrase holds "leden"; most questions have none, and looking for the word is cheaper.
  if (open.question.some((b) => b.text.includes('leden'))) {
    const fractie = FRACTIE.exec(open.question.map((b) => b.text).join(' '))
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

/** A line that ends a sentence, perhaps with a footnote number: "… verwerpelijk.", "… komaf zijn?1". */
const SENTENCE_END = /[.?!]["”»’)]?\d{0,2}$/
/** A question line of an unnumbered list: ends in "?", perhaps with a footnote number ("komaf zijn?1"). */
const QUESTION_LINE = /\?\s*\d{0,2}$/

/**
 * Unnumbered questions as openkamer.org lists them: each question line ends in "?", and the lines
 * after it, up to the next question, answer it. Numbers follow the order, as the letters' own
 * cross-references do ("Zie antwoord vraag 3."). Returns undefined unless at least two such pairs exist.
 */
export function readImplicitQuestions(context: Context, blocks: readonly Block[], from: number, to: number): {section: QuestionSection; start: number} | undefined {
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
  children.sort((a, b) => a.position.start.offset - b.position.start.offset)
  return {section: {type: 'questionSection', layout: 'list', children, position: enclose(children)}, start: startBlock}
}

/** A paragraph that goes on with the same members' questions: "Deze leden vragen …", "Zij willen weten …". */
const FRACTIE_CONTINUATION = /^(?:deze\s+leden|zij|ook\s+vragen\s+deze\s+leden|voorts\s+vragen\s+deze\s+leden)\b/i
/** Members ask: "vragen de regering", "verzoeken", "willen weten", or a question mark — not "meerdere vragen en opmerkingen". */
const ASKS = /\?|\bvragen\s+(?:de|het|of|waarom|hoe|wat|welke|wanneer|naar|zich\s+af)\b|\b(?:verzoeken|willen\s+(?:graag\s+)?weten|wensen\s+te\s+vernemen)\b/i

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
    const open: Open = {id: uniqueId(ids, 1, undefined), at: blockPosition(context, block), question, answer, phase: 'answer', markers: [], answerMarkers: [], numbers: []}
    children.push(finish(context, open))
  }
  flushLoose()
  return {type: 'questionSection', layout: 'fractie', children, position: enclose(children, blockPosition(context, blocks[from]!))}
}

/** A short line without a full stop: "Voorgestelde regeling", "Artikel 1. Openbaar bestuur en democratie (p.32)". */
function isHeadingLike(block: Block): boolean {
  return block.kind !== 'furniture' && block.lines.length === 1 && block.text.length < 100 && !/[.?!:;,]$/.test(block.text) && /^\p{Lu}/u.test(block.text)
}

