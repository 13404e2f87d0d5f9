/**
 * The numbered layouts: `headed` ("Vraag 1" / "Antwoord 1", "Vraag 4 en 5", "Antwoord op vraag
 * 1:"), `numbered` ("12. Acht…" followed by untagged answer paragraphs, or answered under the same
 * number "1. Op basis van …") and `bareNumber` ("1" on its own line above "Vraag:"). One document
 * may mix them; numbering restarts open new sections.
 *
 * The reader is a small state machine: each block is read by the method of the state the reader
 * is in (`outside` a question, in a `question`, in an `answer`), which returns the next state.
 */
import type {Answer, Flow, Question, QuestionAnswer, QuestionSection} from '../ast.js'
import type {Line} from '../lines.js'
import {ANSWER_HEADING, type Block, BULLET, type ContentBlock, isBareNumber, NOTICE_HEADING, QUESTION_HEADING, recast, splitBlock} from '../blocks.js'
import {append, blockPosition, type Context, continues, flow, marker, ordinal, positionOf, unknown, withoutTrailingStars} from '../build.js'
import {expandNumbers, MAX_NUMBERS} from '../cross-references.js'
import {report} from '../diagnostics.js'
import {DOSSIER, DOSSIER_SUFFIX, KAMERSTUK} from '../dutch/kamerstuk.js'
import {CLOSING} from '../dutch/letter.js'
import {QUESTION, SECTION_TITLE} from '../dutch/questions.js'
import {openMatch, opens} from '../starts.js'
import {closeSection, finish, type Open, type OpenSection, type QuestionsResult, uniqueId} from './shared.js'

/** "(Kamerstuk 36800-X)" in a section title. */
const TITLE_KAMERSTUK = new RegExp(String.raw`${KAMERSTUK}\s+(${DOSSIER})(?:\s?-\s?(${DOSSIER_SUFFIX}))?`, 'i')
const ENDS_QUESTION = /\?\s*(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹]+)?\s*(?:\*\*)?["”]?$/
/** "Vraag:" without a number: the number stands on the line before it. */
const BARE_QUESTION_HEADING = new RegExp(`^${QUESTION}\\s*:?$`, 'i')
/** How far a question number may jump ahead and still be read as the next question. */
const MAX_SKIP = 2

/** Where the answer begins in a block that opens with its question: after the last line ending with a question mark, unless that is the block's end. */
function answerCut(lines: readonly Line[]): number {
  let cut = -1
  for (let k = 0; k < lines.length; k++) if (ENDS_QUESTION.test(lines[k]!.text)) cut = k
  return cut === lines.length - 1 ? -1 : cut
}

/** Whether the block at `i` starts a question: a heading, or "1." with a question mark in it. */
export function startsQuestions(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i]!
  if (block.kind === 'furniture') return false
  if (opens(QUESTION_HEADING, block.text)) return true
  const numbered = ordinal(block)
  return numbered !== undefined && numbered.number === '1' && block.text.includes('?')
}

/** "1" on its own line, then "Vraag:": the number belongs to the heading, and the part starts with it. */
export function isBareNumberOf(number: Block | undefined, heading: Block): boolean {
  return number !== undefined && number.kind === 'content' && isBareNumber(number.text) && BARE_QUESTION_HEADING.test(heading.text)
}

/** Whether a block is the title above a section of questions ("Antwoorden op vragen van het lid …"), which the section takes as its `title`. */
export function isSectionTitle(block: Block): boolean {
  if (block.kind !== 'content' || block.text.length > 300) return false
  return opens(SECTION_TITLE, block.text) && !/[.?]$/.test(block.text)
}

/** How a part of numbered questions is read. */
export interface NumberedOptions {
  /** Questions are numbered by a line of their own ("1" / "Welke lessen …?"): the `bareNumber` layout. */
  bareNumbers?: boolean
}

/** Reads blocks [from, to) as question sections. */
export function readQuestions(context: Context, blocks: readonly Block[], from: number, to: number, options: NumberedOptions = {}): QuestionsResult {
  return new NumberedReader(context, blocks, from, to, options.bareNumbers ?? false).read()
}

/** Where the reader is: before a question (or between sections), in a question, in its answer. */
type State = 'outside' | 'question' | 'answer'

class NumberedReader {
  /** The block of a number a heading wrapped before it took ("Antwoord" / "12"). */
  private numberAfterHeading = -1
  private readonly sections: OpenSection[] = []
  private section: OpenSection | undefined
  /** Blocks outside any question, waiting for the section they belong to. */
  private sectionFlow: Block[] = []
  private open: Open | undefined
  /** The highest number read in the section. */
  private last = 0
  private readonly ids = new Set<string>()
  /** Whether any answer has a heading ("Antwoord 1", "Mededeling"): then a question ends only there. */
  private readonly hasAnswerHeadings: boolean

  constructor(
    private readonly context: Context,
    private readonly blocks: readonly Block[],
    private readonly from: number,
    private readonly to: number,
    private readonly bareNumbers: boolean
  ) {
    this.hasAnswerHeadings = blocks.slice(from, to).some((b) => opens(ANSWER_HEADING, b.text) || opens(NOTICE_HEADING, b.text))
  }

  read(): QuestionsResult {
    let state: State = 'outside'
    let i = this.from
    for (; i < this.to; i++) {
      // The number a heading took from the line after it ("Antwoord" / "12") is read already.
      if (i === this.numberAfterHeading) continue
      const block = this.blocks[i]!
      // "Hoogachtend," ends the questions: the letter's signature follows.
      if (block.kind !== 'furniture' && opens(CLOSING, block.text)) break
      state = this[state](block, i)
    }
    if (i >= this.blocks.length) this.dropTruncated()
    this.leaveUnanswered()
    this.closeQuestion()
    if (!this.section && this.sectionFlow.length) this.newSection()
    this.flushSectionFlow()
    return {sections: this.sections.map(closeSection), end: i}
  }

  /** Before the first question, or after a section title: text waits for the section. */
  private outside(block: Block, i: number): State {
    if (block.kind !== 'content') {
      this.sectionFlow.push(block)
      return 'outside'
    }
    const opened = this.structure(block, i, 'outside')
    if (opened) return opened
    this.sectionFlow.push(block)
    return 'outside'
  }

  /** In a question: text goes on with it until it ends and the answer begins. */
  private question(block: Block, i: number): State {
    const open = this.open!
    if (block.kind !== 'content') {
      open.question.push(block)
      return 'question'
    }
    const opened = this.structure(block, i, 'question')
    if (opened) return opened
    const lastQuestion = open.question[open.question.length - 1]
    if (lastQuestion === undefined) {
      // Headed layouts without an "Antwoord" heading: the question ends at its last question mark,
      // and a block that ends with one is all question ("… van het asielakkoord?" / "Wat gaat u …?").
      const cut = this.hasAnswerHeadings ? -1 : answerCut(block.lines)
      if (cut < 0) {
        open.question.push(block)
        return 'question'
      }
      const [asked, answered] = splitBlock(block, cut + 1)
      open.question.push(asked!)
      open.answer.push(answered!)
      return 'answer'
    }
    const stays =
      continues(withoutTrailingStars(lastQuestion.text), block.text) ||
      // The block first: testing for a colon at the end runs over the whole question.
      (isBullet(block) && /:\s*(\*\*)?$/.test(lastQuestion.text)) ||
      (isBullet(lastQuestion) && isBullet(block)) ||
      (this.hasAnswerHeadings && !ENDS_QUESTION.test(lastQuestion.text))
    if (stays || (this.hasAnswerHeadings && open.number === undefined)) {
      open.question.push(block)
      return 'question'
    }
    open.answer.push(block)
    return 'answer'
  }

  /** In an answer: everything is answer until the next question or section. */
  private answer(block: Block, i: number): State {
    if (block.kind === 'content') {
      const opened = this.structure(block, i, 'answer')
      if (opened) return opened
    }
    this.open!.answer.push(block)
    return 'answer'
  }

  /**
   * The lines that shape the questions, in any state: a question heading, an answer heading, a
   * numbered question, a section title. Returns the state they lead to, or nothing for text.
   */
  private structure(block: ContentBlock, i: number, state: State): State | undefined {
    const {blocks, context} = this
    // "1" on its own line, then "Vraag:": the number is read with the heading.
    if (i + 1 < this.to && isBareNumberOf(block, blocks[i + 1]!)) return state
    const heading = openMatch(QUESTION_HEADING, block.text)
    if (heading) {
      this.heading(block, i, heading[1])
      return 'question'
    }
    const open = this.open
    if (open && (opens(ANSWER_HEADING, block.text) || opens(NOTICE_HEADING, block.text))) {
      // Anything read as answer before the heading was still question.
      append(open.question, open.answer)
      open.answer = []
      const named = openMatch(ANSWER_HEADING, block.text)?.[1]
      if (named) open.answerNumbers = expandNumbers(named).slice(0, MAX_NUMBERS)
      const after = !named && open.number !== undefined ? this.numberAfter(i, (n) => n === open.number) : undefined
      const end = after?.end ?? block.end
      open.answerMarkers.push(marker(context, context.input.slice(block.start, end).replace(/\s+/g, ' '), block.start, end))
      return 'answer'
    }
    // "2" on a line of its own numbers the next question, where the layout numbers them so.
    if (this.bareNumbers && isBareNumber(block.text) && this.continuesNumbering(Number(block.text))) {
      if (block.text === '1' && this.open) this.newSection()
      this.start('bareNumber', [block.text], marker(context, block.text, block.start, block.end))
      return 'question'
    }
    const numbered = ordinal(block)
    if (numbered) {
      const n = Number(numbered.number)
      if (open && state === 'question' && open.number === numbered.number && open.question.length > 0) {
        // "1. Is het waar …?" answered as "1. Op basis van …".
        open.answerMarkers.push(marker(context, `${numbered.number}.`, block.start, numbered.end))
        open.answer.push(trimmed(block, numbered.end))
        return 'answer'
      }
      const restart = n === 1 && open !== undefined
      // Under "Vraag 2" / "Antwoord 2" headings, "1. Alle producten …" is a list in the text, not a question.
      if (this.continuesNumbering(n) && !this.headed()) {
        if (restart) this.newSection()
        this.start('numbered', [numbered.number], marker(context, `${numbered.number}.`, block.start, numbered.end), trimmed(block, numbered.end))
        return 'question'
      }
    }
    // A title before a restart of the numbering opens the next section.
    if (isSectionTitle(block) && nextStartsSection(blocks, i + 1, this.to)) {
      this.newSection(block)
      return 'outside'
    }
    return undefined
  }

  /** Whether the questions of the current section come under headings ("Vraag 1") or their own number lines. */
  private headed(): boolean {
    const layout = this.section?.layout
    return layout === 'headed' || layout === 'bareNumber'
  }

  /** Whether question number `n` follows the numbering so far: the next one, a restart at 1, or a small skip. */
  private continuesNumbering(n: number): boolean {
    const open = this.open
    return n === this.last + 1 || (n === 1 && open !== undefined) || (n > this.last && n <= this.last + 1 + MAX_SKIP) || (!open && n === 1)
  }

  /** "Vraag 4 en 5", "Vraag:" under its number: a question with every number the heading names. */
  private heading(block: ContentBlock, i: number, list: string | undefined): void {
    const {context} = this
    let numbers = list ? expandNumbers(list) : []
    if (numbers.length > MAX_NUMBERS) {
      report(context.diagnostics, 'question-numbers-capped', blockPosition(context, block), `The heading names ${numbers.length} questions; the first ${MAX_NUMBERS} are read`, {
        actual: String(numbers.length),
        expected: String(MAX_NUMBERS)
      })
      numbers = numbers.slice(0, MAX_NUMBERS)
    }
    // The number on the line before "Vraag:", within this part (before it, the number is the
    // caller's) and not read as a footnote's number at a page bottom.
    const previous = i > this.from ? this.blocks[i - 1] : undefined
    let markerStart = block.start
    let layout: QuestionSection['layout'] = 'headed'
    let markerEnd = block.end
    if (numbers.length === 0 && previous?.kind === 'content' && isBareNumber(previous.text)) {
      numbers = [previous.text]
      markerStart = previous.start
      layout = 'bareNumber'
    } else if (numbers.length === 0) {
      const after = this.numberAfter(i, (n) => this.continuesNumbering(Number(n)))
      if (after) {
        numbers = [after.text]
        markerEnd = after.end
      }
    }
    if (numbers[0] === '1' && this.section && this.section.children.some((c) => c.type === 'questionAnswer') && this.open) this.newSection()
    this.start(layout, numbers, marker(context, context.input.slice(markerStart, markerEnd).replace(/\s+/g, ' '), markerStart, markerEnd))
  }

  /**
   * A heading without a number, wrapped before it ("Antwoord" / "12", "Vraag" / "12"): the bare
   * number on the very next line, where `fits` says it is the one expected there. Marks it read.
   */
  private numberAfter(i: number, fits: (n: string) => boolean): ContentBlock | undefined {
    const heading = this.blocks[i]!
    const next = this.blocks[i + 1]
    if (i + 1 >= this.to || next?.kind !== 'content' || next.blankBefore || !isBareNumber(next.text) || /:\s*$/.test(heading.text) || !fits(next.text)) return undefined
    this.numberAfterHeading = i + 1
    return next
  }

  private newSection(title?: Block): void {
    this.closeQuestion()
    this.flushSectionFlow()
    const {context} = this
    // Text before the first section opens it ("Vragen van de leden … aan de" read as a title that starts no numbering).
    const before = this.sectionFlow
    this.sectionFlow = []
    const at = (title ?? this.blocks[this.from]!).start
    const section: OpenSection = {children: [], at: positionOf(context, at, at)}
    if (before.length) append(section.children, flow(context, before))
    if (title) {
      section.title = context.input.slice(title.start, title.end).replace(/\s+/g, ' ')
      append(section.children, flow(context, [title]))
      const kamerstuk = TITLE_KAMERSTUK.exec(title.text)
      if (kamerstuk) section.kamerstuk = {dossier: kamerstuk[1]!.replace(/\D/g, ''), ...(kamerstuk[2] ? {suffix: kamerstuk[2].toUpperCase()} : {})}
    }
    this.section = section
    this.sections.push(section)
    this.last = 0
  }

  private flushSectionFlow(): void {
    // Without a section yet, the flow waits for the first one.
    if (!this.section) return
    if (this.sectionFlow.length) append(this.section.children, flow(this.context, this.sectionFlow))
    this.sectionFlow = []
  }

  private start(layout: QuestionSection['layout'], numbers: string[], markerNode: Flow, first?: Block): void {
    this.closeQuestion()
    this.flushSectionFlow()
    if (!this.section) this.newSection()
    const section = this.section!
    section.layout ??= layout
    const {context} = this
    const number = numbers[0]
    const id = uniqueId(this.ids, this.sections.length, number)
    this.open = {id, number, at: markerNode.position!, question: first ? [first] : [], answer: [], markers: [markerNode], answerMarkers: [], numbers}
    const n = Number.parseInt(number ?? '', 10)
    if (!Number.isFinite(n)) return
    if (n === this.last && number !== undefined) report(context.diagnostics, 'question-number-duplicate', markerNode.position, `Question number ${number} occurs twice`)
    else if (n > this.last + 1 && this.last > 0) report(context.diagnostics, 'question-number-skipped', markerNode.position, `Question ${this.last + 1} is missing before ${number}`)
    // "Vraag 4 en 5" brings the numbering to 5.
    let last = n
    for (const other of numbers) {
      const value = Number.parseInt(other, 10)
      if (Number.isFinite(value) && value > last) last = value
    }
    this.last = last
  }

  private closeQuestion(): void {
    const {open, section} = this
    if (!open || !section) return
    const node = finish(this.context, open)
    section.children.push(node)
    // A joint heading ("Vraag 4 en 5") answers every number it names: each other number gets a
    // pair whose question and answer point at the first one's, holding no text of their own.
    for (const number of open.numbers.slice(1)) {
      const shared: Array<Question | Answer> = []
      for (const child of node.children) {
        if (child.type === 'question' || child.type === 'answer') shared.push({type: child.type, children: [], position: child.position, sharedWith: node.id})
      }
      const pair: QuestionAnswer = {type: 'questionAnswer', id: uniqueId(this.ids, this.sections.length, number), children: shared, position: node.position, number}
      if (node.fractie !== undefined) pair.fractie = node.fractie
      section.children.push(pair)
    }
    this.answerEarlier(node, open.answerNumbers ?? [])
    this.open = undefined
  }

  /**
   * Questions only (Kamervragen as submitted, "Vraag 1" … "Vraag 6" one after the other): where no
   * question before the last was answered and answers have no heading, what follows the last
   * question is not its answer either, but what closes the document ("X Noot" above its footnotes).
   */
  private leaveUnanswered(): void {
    const {open, section} = this
    if (!open || !section || this.hasAnswerHeadings || open.answer.length === 0 || open.answerMarkers.length > 0) return
    const before = section.children.filter((c) => c.type === 'questionAnswer')
    if (before.length === 0 || before.some((q) => q.children.some((c) => c.type === 'answer'))) return
    append(this.sectionFlow, open.answer)
    open.answer = []
  }

  /**
   * "Vraag 5" / … / "Vraag 6" / … / "Antwoord 5 en 6": the earlier questions the answer names, that
   * have none of their own, get an answer that points at this one's.
   */
  private answerEarlier(node: QuestionAnswer, numbers: readonly string[]): void {
    const answer = node.children.find((child): child is Answer => child.type === 'answer')
    if (!answer || numbers.length < 2) return
    for (const child of this.section!.children) {
      if (child.type !== 'questionAnswer' || child === node || child.number === undefined || !numbers.includes(child.number)) continue
      if (child.children.some((c) => c.type === 'answer')) continue
      child.children.push({type: 'answer', children: [], position: answer.position, sharedWith: node.id})
    }
  }

  /**
   * A document cut off inside its last question (a page excerpt): that question is not complete.
   * After its "Antwoord" heading a question is complete, even when nothing follows the heading.
   */
  private dropTruncated(): void {
    const {open, context} = this
    if (!open || open.answer.length > 0 || open.answerMarkers.length > 0) return
    // The last line of text decides; a page number or footnote after it says nothing about it.
    const lastQuestion = [...open.question].reverse().find((block) => block.kind === 'content')
    if (!lastQuestion || /[.?!:;)]["”»]?$/.test(lastQuestion.text)) return
    report(context.diagnostics, 'document-truncated', blockPosition(context, lastQuestion), `The document ends inside question ${open.number ?? ''}`)
    this.open = undefined
    this.ids.delete(open.id)
    const section = this.section!
    append(section.children, open.markers)
    for (const block of open.question) append(section.children, block.kind !== 'content' ? flow(context, [block]) : [unknown(context, block, false)])
  }
}

function isBullet(block: Block): boolean {
  return block.bullet !== undefined || opens(BULLET, block.text)
}

/** The same block from offset `at` on (after "12."). */
function trimmed(block: ContentBlock, at: number): ContentBlock {
  return recast<ContentBlock>(block, 'content', undefined, undefined, at, block.text.slice(at - block.start))
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
