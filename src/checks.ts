/**
 * Whole-tree checks, run once the tree is built: identical questions, cross-references resolved to
 * question ids, footnotes without text or without reference, and the nota's claims about how many
 * questions were asked ("67 schriftelijke vragen, waarvan 45 … en 22 …").
 */
import type {CrossReference, Diagnostic, FootnoteDefinition, FootnoteReference, QuestionAnswer, QuestionSection, Root} from './ast.js'
import {report} from './diagnostics.js'

type AnyNode = {type: string; children?: unknown[]}

/** What the checks read, gathered in one walk over the tree. */
interface Gathered {
  sections: QuestionSection[]
  /** The cross-references in each question–answer pair, by pair. */
  crossReferences: Map<QuestionAnswer, CrossReference[]>
  definitions: FootnoteDefinition[]
  references: FootnoteReference[]
  /** Paragraphs of a nota, where its claims about the number of questions stand. */
  notaParagraphs: AnyNode[]
}

/** One walk in document order. Recursive: the tree is shallow (a root, sections, pairs, blocks, phrasing). */
function gather(root: Root): Gathered {
  const found: Gathered = {sections: [], crossReferences: new Map(), definitions: [], references: [], notaParagraphs: []}
  const visit = (node: AnyNode, item: QuestionAnswer | undefined, inNota: boolean): void => {
    switch (node.type) {
      case 'questionSection':
        found.sections.push(node as unknown as QuestionSection)
        break
      case 'questionAnswer':
        item = node as unknown as QuestionAnswer
        break
      case 'crossReference':
        if (item) {
          const list = found.crossReferences.get(item)
          if (list) list.push(node as unknown as CrossReference)
          else found.crossReferences.set(item, [node as unknown as CrossReference])
        }
        break
      case 'footnoteDefinition':
        found.definitions.push(node as unknown as FootnoteDefinition)
        break
      case 'footnoteReference':
        found.references.push(node as unknown as FootnoteReference)
        break
      case 'nota':
        inNota = true
        break
      case 'paragraph':
        if (inNota) found.notaParagraphs.push(node)
        // Phrasing: the references of interest stand directly in the paragraph, never inside another reference.
        for (const child of node.children as AnyNode[]) {
          if (child.type === 'crossReference') visit(child, item, inNota)
          else if (child.type === 'footnoteReference') found.references.push(child as unknown as FootnoteReference)
        }
        return
    }
    const children = node.children as AnyNode[] | undefined
    if (children !== undefined) for (const child of children) visit(child, item, inNota)
  }
  visit(root as AnyNode, undefined, false)
  return found
}

/** The text a node holds itself: its `value`, except for `unknown` nodes, whose text is not read. */
function ownText(node: AnyNode): string | undefined {
  return 'value' in node && typeof node.value === 'string' && node.type !== 'unknown' ? node.value : undefined
}

function textOf(node: AnyNode): string {
  return ownText(node) ?? (Array.isArray(node.children) ? (node.children as AnyNode[]).map(textOf).join(' ') : '')
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase()

export function check(root: Root): void {
  const diagnostics = root.diagnostics
  const found = gather(root)
  for (const section of found.sections) {
    const items = section.children.filter((c): c is QuestionAnswer => c.type === 'questionAnswer')
    duplicates(items, diagnostics)
    resolve(items, found.crossReferences, diagnostics)
  }
  footnotes(found, diagnostics)
  claims(found, diagnostics)
}

/** The texts textOf joins, in order, without joining them. */
function leafTexts(node: AnyNode, out: string[]): string[] {
  const own = ownText(node)
  if (own !== undefined) out.push(own)
  else if (Array.isArray(node.children)) for (const child of node.children as AnyNode[]) leafTexts(child, out)
  return out
}

/** The length of textOf(node), without building it: its texts and a space between siblings. */
function textLength(node: AnyNode): number {
  const own = ownText(node)
  if (own !== undefined) return own.length
  if (!Array.isArray(node.children)) return 0
  const children = node.children as AnyNode[]
  let length = Math.max(0, children.length - 1)
  for (const child of children) length += textLength(child)
  return length
}

/**
 * A number that equal texts share: a hash of the first letters and digits of `texts` joined,
 * lower-cased. Texts equal once white space is collapsed and case ignored begin with the same
 * letters and digits, so only texts with the same fingerprint need the full comparison, which
 * costs far more.
 */
function fingerprint(texts: readonly string[]): number {
  let hash = 0
  let taken = 0
  for (const text of texts) {
    for (let i = 0; i < text.length && taken < 64; i++) {
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
    if (taken >= 64) break
  }
  return hash
}

interface Asked {
  item: QuestionAnswer
  question: AnyNode
  normalised?: string
}

const normalisedText = (asked: Asked) => (asked.normalised ??= normalise(textOf(asked.question)))

function duplicates(items: QuestionAnswer[], diagnostics: Diagnostic[]): void {
  // Questions by fingerprint; the normalised text is worked out only when two fingerprints meet.
  // A text too short once normalised may sit in `seen`: it equals no text that is long enough.
  const seen = new Map<number, Asked[]>()
  for (const item of items) {
    const question = item.children.find((c) => c.type === 'question') as AnyNode | undefined
    if (!question || ('sharedWith' in question && question.sharedWith)) continue
    // Shorter than 20 characters ("Zie antwoord 3."): too short to call a repeat.
    if (textLength(question) < 20) continue
    const key = fingerprint(leafTexts(question, []))
    const earlier = seen.get(key)
    const asked: Asked = {item, question}
    if (earlier === undefined) {
      seen.set(key, [asked])
      continue
    }
    const text = normalisedText(asked)
    if (text.length < 20) continue
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

/** "De Kamer heeft in totaal 67 schriftelijke vragen gesteld, waarvan 45 over … en 22 over …". */
const CLAIM = /\b(\d{1,4})\s+(?:schriftelijke\s+|feitelijke\s+)?vragen\b[^.]{0,80}?\bwaarvan\s+(\d{1,4})\b[^.]{0,200}?\ben\s+(\d{1,4})\b/i

function claims({sections, notaParagraphs}: Gathered, diagnostics: Diagnostic[]): void {
  if (notaParagraphs.length === 0) return
  const counts = sections.map((s) => s.children.filter((c) => c.type === 'questionAnswer').length)
  const total = counts.reduce((a, b) => a + b, 0)
  for (const node of notaParagraphs) {
    const match = CLAIM.exec(textOf(node))
    if (!match) continue
    const claimed = [Number(match[2]), Number(match[3])]
    const position = (node as unknown as {position: Root['position']}).position
    if (Number(match[1]) !== total || (counts.length === 2 && (claimed[0] !== counts[0] || claimed[1] !== counts[1]))) {
      report(diagnostics, 'nota-question-count-mismatch', position, `The nota claims ${match[1]} questions (${claimed.join(' + ')}); the document has ${total} (${counts.join(' + ')})`, {
        expected: `${match[1]} (${claimed.join(' + ')})`,
        actual: `${total} (${counts.join(' + ')})`
      })
    }
  }
}
