/**
 * Small readers over a parsed tree for the questions people ask of a Kamerbrief most: which
 * questions were answered how, what does it cite, and what does it say in plain text.
 */
import type {
  Answer,
  CrossReference,
  DocumentReference,
  FootnoteReference,
  KamerstukReference,
  Link,
  MotionReference,
  Node,
  Question,
  QuestionAnswer,
  Root
} from './ast.js'
import {nodeText, visit} from './tree.js'

/** One question with its answer, as returned by {@link questions}. */
export interface QuestionEntry {
  /** Title of the question section, when it has one ("Vragen en antwoorden over …"). */
  section: string | undefined
  /** Which question section, counted from 0; numbering restarts per section. */
  sectionIndex: number
  /** The number as written ("1", "12a"); `undefined` for unnumbered questions. */
  number: string | undefined
  /** The `id` of the `questionAnswer` node, unique in the document ("s1-q4"). */
  id: string
  /** The fractie that asked it, in verslagen and lijsten ("GroenLinks-PvdA"). */
  fractie: string | undefined
  /** The question as reading text (see {@link toText}). */
  question: string
  /** The answer as reading text; `''` when there is none (yet). */
  answer: string
  /** The ids of the questions it refers to ("Zie antwoord op vraag 1" → `'s1-q1'`), in order, once each. */
  crossReferences: string[]
  /**
   * The `id` of the question this one was asked or answered with ("Vraag 4 en 5": `'s1-q4'` for
   * question 5; "Antwoord 5 en 6" under "Vraag 6": `'s1-q6'` for question 5), whose text gives
   * its `answer` and `crossReferences` (and its `question`, where that is shared too); `undefined`
   * otherwise.
   */
  sharedWith: string | undefined
  /** The `questionAnswer` node itself, for positions and everything else. */
  node: QuestionAnswer
}

/** Every node {@link references} returns: citations, links and footnote markers. */
export type Reference = KamerstukReference | DocumentReference | MotionReference | Link | CrossReference | FootnoteReference

const REFERENCE_TYPES = new Set<string>(['kamerstukReference', 'documentReference', 'motionReference', 'link', 'crossReference', 'footnoteReference'])

/**
 * Lists every question and its answer, in document order, over all question sections: one flat
 * record per `questionAnswer` node with its text ready to read.
 *
 * @param tree The tree from {@link parseKamerbrief}.
 * @returns One {@link QuestionEntry} per question.
 * @example
 * import {parseKamerbrief, questions} from 'kamerbrief'
 *
 * const tree = parseKamerbrief(`Vraag 1
 *
 * Klopt het dat gemeenten (al dan niet via de commissaris van de Koning (CdK) van hun provincie) te horen hebben gekregen hoeveel asielzoekers ze (indicatief) moeten gaan opvangen, mocht de dwangwet van kracht worden?
 *
 * Antwoord 1
 *
 * Nee, dit klopt niet.
 *
 * Vraag 2
 *
 * Zo ja, waarom worden dergelijke aantallen aan gemeenten gecommuniceerd terwijl er nog niet eens een wet ligt, laat staan dat de Kamer zich hierover – inclusief de verdeelsleutel als onderdeel hiervan – heeft kunnen uitspreken?
 *
 * Antwoord 2
 *
 * Zie antwoord op vraag 1
 * `)
 * const [, second] = questions(tree)
 * second.number // '2'
 * second.question // 'Zo ja, waarom worden dergelijke aantallen aan gemeenten gecommuniceerd terwijl er nog niet eens een wet …'
 * second.answer // 'Zie antwoord op vraag 1'
 * second.crossReferences // ['s1-q1']
 */
export function questions(tree: Root): QuestionEntry[] {
  const entries: QuestionEntry[] = []
  let sectionIndex = 0
  visit(tree, (node) => {
    if (node.type !== 'questionSection') return
    // A question or answer without text of its own points at the one whose text it shares ("Vraag 4
    // en 5"; "Antwoord 5 en 6" under "Vraag 6"), before or after it in the section.
    const own = new Map<string, {question: string; answer: string; crossReferences: string[]}>()
    const pairs = node.children.filter((child): child is QuestionAnswer => child.type === 'questionAnswer')
    for (const child of pairs) {
      own.set(child.id, {
        question: child.children.filter((c) => c.type === 'question').map(toText).join('\n\n'),
        answer: child.children.filter((c) => c.type === 'answer').map(toText).join('\n\n'),
        crossReferences: resolvedCrossReferences(child)
      })
    }
    for (const child of pairs) {
      const mine = own.get(child.id)!
      const sharedQuestion = sharedBy(child, 'question')
      const sharedAnswer = sharedBy(child, 'answer')
      const answerFrom = sharedAnswer === undefined ? undefined : own.get(sharedAnswer)
      entries.push({
        section: node.title,
        sectionIndex,
        number: child.number,
        id: child.id,
        fractie: child.fractie,
        question: sharedQuestion === undefined ? mine.question : (own.get(sharedQuestion)?.question ?? ''),
        answer: answerFrom ? answerFrom.answer : mine.answer,
        crossReferences: answerFrom ? [...answerFrom.crossReferences] : mine.crossReferences,
        sharedWith: sharedAnswer ?? sharedQuestion,
        node: child
      })
    }
    sectionIndex++
  })
  return entries
}

/** The id the `question` or `answer` of `node` shares its text with, if it does. */
function sharedBy(node: QuestionAnswer, type: 'question' | 'answer'): string | undefined {
  return node.children.find((child): child is Question | Answer => child.type === type)?.sharedWith
}

/** The ids the cross-references in `node` resolve to, in order, once each. */
function resolvedCrossReferences(node: QuestionAnswer): string[] {
  const ids = new Set<string>()
  visit(node, (inner) => {
    if (inner.type === 'crossReference') for (const id of inner.resolved) ids.add(id)
  })
  return [...ids]
}

/**
 * Lists every reference in document order: Kamerstuk, document and motion citations, links,
 * cross-references between answers and footnote markers. A motion citation comes before the
 * Kamerstuk citation inside it; footnote texts are searched too.
 *
 * @param tree The tree from {@link parseKamerbrief}, or any node in it.
 * @returns The reference nodes themselves, so `position` says where each was cited.
 * @example
 * import {parseKamerbrief, references} from 'kamerbrief'
 *
 * const tree = parseKamerbrief(`Datum 21 mei 2026
 *
 * Geachte voorzitter,
 *
 * Nederland is nauw betrokken geweest bij het militaire planningsproces voor een Multinational Force Ukraine (MNF-U), conform onder andere moties Timmermans en Yesilgöz-Zegerius (motie 36 045–191, 18 februari 2025) en Paternotte en Van Campen (motie 21 501-02-3047, 18 februari 2025).
 * `)
 * references(tree).map((node) => node.type)
 * // ['motionReference', 'kamerstukReference', 'motionReference', 'kamerstukReference']
 * references(tree)[0]
 * // {type: 'motionReference', by: ['Timmermans', 'Yesilgöz-Zegerius'], number: '191', dossier: '36045', id: 'kst-36045-191', children: […], position: {…}}
 */
export function references(tree: Node): Reference[] {
  const found: Reference[] = []
  visit(tree, (node) => {
    if (REFERENCE_TYPES.has(node.type)) found.push(node as Reference)
  })
  return found
}

/**
 * The reading text of a node: the words of the letter without what the layout added. Inline
 * content is joined as written and blocks are separated by a blank line. Page furniture, markers
 * ("Vraag 1", "Antwoord 1") and footnote markers are left out, and a paragraph that a page break
 * or a footnote block cut in two is joined again with a space (its footnote texts follow it). A
 * nota section gives its heading; a signatory its role and name; the letterhead and nota header
 * are left out, as their fields say what they hold.
 *
 * @param node Any node: the root, a question, an answer, a paragraph…
 * @returns The text; `''` for a node without reading text.
 * @example
 * import {parseKamerbrief, toText} from 'kamerbrief'
 *
 * const tree = parseKamerbrief(`Vraag 4
 *
 * Kunt u deze vragen nog deze week beantwoorden?
 *
 * Antwoord 4
 *
 * Ja.
 *
 * Naar boven
 * `)
 * toText(tree) // 'Kunt u deze vragen nog deze week beantwoorden?\n\nJa.'
 */
export function toText(node: Node): string {
  if (REFERENCE_TYPES.has(node.type) || node.type === 'text') return nodeText(node)
  const blocks: string[] = []
  // Where the last paragraph of the body is, so a continuation can join it across footnotes.
  let last = -1
  const add = (text: string, paragraph: boolean) => {
    if (text === '') return
    blocks.push(text)
    if (paragraph) last = blocks.length - 1
  }
  visit(node, (n, parents) => {
    switch (n.type) {
      case 'marker':
      case 'pageFurniture':
      case 'letterhead':
      case 'notaHeader':
        return false
      case 'paragraph': {
        const text = nodeText(n).trim()
        const footnote = parents.some((parent) => parent.type === 'footnoteDefinition')
        if (n.continuation && !footnote && last >= 0) {
          if (text !== '') blocks[last] += ` ${text}`
        } else add(text, !footnote)
        return false
      }
      case 'heading':
      case 'salutation':
      case 'closing':
        add(nodeText(n).trim(), false)
        return false
      case 'unknown':
        add(n.value.trim(), false)
        return false
      case 'signatory':
        add(n.name === undefined ? n.role : `${n.role}\n${n.name}`, false)
        return false
      case 'notaSection':
        add(n.heading, false)
        return true
      default:
        return true
    }
  })
  return blocks.join('\n\n')
}
