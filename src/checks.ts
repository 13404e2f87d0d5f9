/**
 * Whole-tree checks, run once the tree is built: identical questions, cross-references resolved to
 * question ids, footnotes without text or without reference, and the nota's claims about how many
 * questions were asked ("67 schriftelijke vragen, waarvan 45 … en 22 …").
 */
import type {CrossReference, Diagnostic, FootnoteDefinition, FootnoteReference, Node, Paragraph, Question, QuestionAnswer, QuestionSection, Root} from './ast.js'
import {report} from './diagnostics.js'
import {QUESTION_COUNT} from './dutch/nota.js'
import {nodeText, readText, type TextOptions} from './tree.js'

/** What the checks read, gathered in one walk over the tree. */
interface Gathered {
  sections: QuestionSection[]
  /** The cross-references in each question–answer pair, by pair. */
  crossReferences: Map<QuestionAnswer, CrossReference[]>
  definitions: FootnoteDefinition[]
  references: FootnoteReference[]
  /** Paragraphs of a nota, where its claims about the number of questions stand. */
  notaParagraphs: Paragraph[]
}

function gather(root: Root): Gathered {
  const found: Gathered = {sections: [], crossReferences: new Map(), definitions: [], references: [], notaParagraphs: []}
  const crossReference = (node: CrossReference, item: QuestionAnswer | undefined) => {
    if (!item) return
    const list = found.crossReferences.get(item)
    if (list) list.push(node)
    else found.crossReferences.set(item, [node])
  }
  // A walk of its own rather than visit(): what it needs of the nodes above (the pair a
  // cross-reference stands in, whether a nota holds a paragraph) it passes down.
  const walk = (node: Node, item: QuestionAnswer | undefined, inNota: boolean): void => {
    switch (node.type) {
      case 'questionSection':
        found.sections.push(node)
        break
      case 'questionAnswer':
        item = node
        break
      case 'nota':
        inNota = true
        break
      case 'crossReference':
        crossReference(node, item)
        break
      case 'footnoteDefinition':
        found.definitions.push(node)
        break
      case 'footnoteReference':
        found.references.push(node)
        break
      case 'paragraph':
        if (inNota) found.notaParagraphs.push(node)
        // Phrasing, the most numerous nodes, is not walked: the references of interest stand
        // directly in the paragraph, never inside another reference.
        for (const child of node.children) {
          if (child.type === 'crossReference') crossReference(child, item)
          else if (child.type === 'footnoteReference') found.references.push(child)
        }
        return
    }
    const children = (node as {children?: Node[]}).children
    if (children !== undefined) for (const child of children) walk(child, item, inNota)
  }
  walk(root, undefined, false)
  return found
}

/** The text the checks compare: leaf texts joined by spaces; a document number as written. */
const WORDS: TextOptions = {separator: ' ', values: true}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase()

/** Runs the whole-tree checks on `root` and adds what they find to its diagnostics; resolves cross-references on the way. */
export function check(root: Root): void {
  const diagnostics = root.diagnostics
  const found = gather(root)
  for (const section of found.sections) {
    const items = section.children.filter((c): c is QuestionAnswer => c.type === 'questionAnswer')
    unanswered(items, diagnostics)
    duplicates(items, diagnostics)
    resolve(items, found.crossReferences, diagnostics)
  }
  footnotes(found, diagnostics)
  claims(found, diagnostics)
}

/** Questions without an answer: checked once every answer is read, as "Antwoord 5 en 6" answers an earlier question too. */
function unanswered(items: readonly QuestionAnswer[], diagnostics: Diagnostic[]): void {
  for (const item of items) {
    if (item.children.some((child) => child.type === 'answer')) continue
    report(diagnostics, 'question-without-answer', item.children[0]?.position, `Question ${item.number ?? ''} has no answer`)
  }
}

/** A question shorter than this ("Zie antwoord 3.") is too short to call a repeat. */
const MIN_REPEAT = 20
/**
 * How many letters and digits a fingerprint reads: some six words. Of the 262 questions of the
 * corpus, 10 share their first 32 with a question of another text, 2 their first 64: a handful of
 * full comparisons more, for half the reading of every question.
 */
const FINGERPRINT_LENGTH = 32

/**
 * A number that equal texts share: a hash of the first letters and digits of the node's text,
 * lower-cased; undefined for a text shorter than MIN_REPEAT. Texts equal once white space is
 * collapsed and case ignored begin with the same letters and digits, so only texts with the same
 * fingerprint need the full comparison, which costs far more. One reading of the text gives both.
 */
function fingerprint(node: Node): number | undefined {
  let hash = 0
  let taken = 0
  let length = 0
  readText(node, WORDS, (text) => {
    length += text.length
    for (let i = 0; i < text.length && taken < FINGERPRINT_LENGTH; i++) {
      const code = text.charCodeAt(i)
      if (code < 128) {
        const lower = code >= 65 && code <= 90 ? code + 32 : code
        if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
          hash = (Math.imul(hash, 31) + lower) | 0
          taken++
        }
      } else {
        // "İ" lower-cases to "i" and a combining dot, the Kelvin sign to "k": what toLowerCase gives counts.
        const lowered = text[i]!.toLowerCase()
        for (let k = 0; k < lowered.length; k++) {
          const lower = lowered.charCodeAt(k)
          if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
            hash = (Math.imul(hash, 31) + lower) | 0
            taken++
          }
        }
      }
    }
    return taken < FINGERPRINT_LENGTH || length < MIN_REPEAT
  })
  return length < MIN_REPEAT ? undefined : hash
}

interface Asked {
  item: QuestionAnswer
  question: Question
  normalised?: string
}

const normalisedText = (asked: Asked) => (asked.normalised ??= normalise(nodeText(asked.question, WORDS)))

function duplicates(items: QuestionAnswer[], diagnostics: Diagnostic[]): void {
  // Questions by fingerprint; the normalised text is worked out only when two fingerprints meet.
  // A text too short once normalised may sit in `seen`: it equals no text that is long enough.
  const seen = new Map<number, Asked[]>()
  for (const item of items) {
    let question: Question | undefined
    for (const child of item.children) {
      if (child.type !== 'question') continue
      question = child
      break
    }
    if (!question || question.sharedWith) continue
    const key = fingerprint(question)
    if (key === undefined) continue
    const earlier = seen.get(key)
    const asked: Asked = {item, question}
    if (earlier === undefined) {
      seen.set(key, [asked])
      continue
    }
    const text = normalisedText(asked)
    if (text.length < MIN_REPEAT) continue
    const first = earlier.find((e) => normalisedText(e) === text)
    if (first) {
      report(diagnostics, 'duplicate-question', item.position, `Question ${item.number ?? item.id} repeats question ${first.item.number ?? first.item.id}`, {
        actual: item.number ?? item.id,
        expected: first.item.number ?? first.item.id
      })
    } else earlier.push(asked)
  }
}

function resolve(items: QuestionAnswer[], crossReferences: Map<QuestionAnswer, CrossReference[]>, diagnostics: Diagnostic[]): void {
  const byNumber = new Map<string, string>()
  for (const item of items) if (item.number !== undefined && !byNumber.has(item.number)) byNumber.set(item.number, item.id)
  for (const item of items) {
    for (const reference of crossReferences.get(item) ?? []) {
      reference.resolved = []
      for (const target of reference.targets) {
        const id = byNumber.get(target)
        if (id) reference.resolved.push(id)
        else if (!(item.children.some((c) => 'sharedWith' in c && c.sharedWith))) {
          report(diagnostics, 'cross-reference-unresolved', reference.position, `Question ${target} is not in this section`, {actual: target})
        }
      }
    }
  }
}

function footnotes({definitions, references}: Gathered, diagnostics: Diagnostic[]): void {
  const defined = new Set(definitions.map((d) => d.identifier))
  const used = new Set(references.map((r) => r.identifier))
  for (const reference of references) {
    if (!defined.has(reference.identifier)) report(diagnostics, 'footnote-undefined', reference.position, `Footnote ${reference.identifier} has no text`, {actual: reference.identifier})
  }
  for (const definition of definitions) {
    if (!used.has(definition.identifier)) report(diagnostics, 'footnote-unused', definition.position, `Footnote ${definition.identifier} is never referred to`, {actual: definition.identifier})
    if (definition.children.length === 0) report(diagnostics, 'footnote-without-text', definition.position, `Footnote ${definition.identifier} has no text here`)
  }
}

function claims({sections, notaParagraphs}: Gathered, diagnostics: Diagnostic[]): void {
  if (notaParagraphs.length === 0) return
  const counts = sections.map((s) => s.children.filter((c) => c.type === 'questionAnswer').length)
  const total = counts.reduce((a, b) => a + b, 0)
  for (const node of notaParagraphs) {
    const match = QUESTION_COUNT.exec(nodeText(node, WORDS))
    if (!match) continue
    const claimed = [Number(match[2]), Number(match[3])]
    if (Number(match[1]) !== total || (counts.length === 2 && (claimed[0] !== counts[0] || claimed[1] !== counts[1]))) {
      report(diagnostics, 'nota-question-count-mismatch', node.position, `The nota claims ${match[1]} questions (${claimed.join(' + ')}); the document has ${total} (${counts.join(' + ')})`, {
        expected: `${match[1]} (${claimed.join(' + ')})`,
        actual: `${total} (${counts.join(' + ')})`
      })
    }
  }
}
