/**
 * Whole-tree checks, run once the tree is built: identical questions, cross-references resolved to
 * question ids, footnotes without text or without reference, and the nota's claims about how many
 * questions were asked ("67 schriftelijke vragen, waarvan 45 … en 22 …").
 */
import type {CrossReference, Diagnostic, FootnoteDefinition, FootnoteReference, QuestionAnswer, QuestionSection, Root} from './ast.js'
import {report} from './diagnostics.js'

type AnyNode = {type: string; children?: unknown[]}

/** `node` and all its descendants in document order (an array: nested generators cost a frame per level per node). */
function walk(node: AnyNode, out: AnyNode[] = []): AnyNode[] {
  out.push(node)
  if (Array.isArray(node.children)) for (const child of node.children as AnyNode[]) walk(child, out)
  return out
}

function textOf(node: AnyNode): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'unknown') return node.value
  return Array.isArray(node.children) ? (node.children as AnyNode[]).map(textOf).join(' ') : ''
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase()

export function check(root: Root): void {
  const diagnostics = root.diagnostics
  const sections = walk(root as AnyNode).filter((n): n is QuestionSection => n.type === 'questionSection')
  for (const section of sections) {
    const items = section.children.filter((c): c is QuestionAnswer => c.type === 'questionAnswer')
    duplicates(items, diagnostics)
    resolve(items, diagnostics)
  }
  footnotes(root, diagnostics)
  claims(root, sections, diagnostics)
}

function duplicates(items: QuestionAnswer[], diagnostics: Diagnostic[]): void {
  const seen = new Map<string, QuestionAnswer>()
  for (const item of items) {
    const question = item.children.find((c) => c.type === 'question')
    if (!question || ('sharedWith' in question && question.sharedWith)) continue
    const text = normalise(textOf(question as AnyNode))
    if (text.length < 20) continue
    const first = seen.get(text)
    if (first) {
      report(diagnostics, 'duplicate-question', item.position, `Question ${item.number ?? item.id} repeats question ${first.number ?? first.id}`, {
        actual: item.number ?? item.id,
        expected: first.number ?? first.id
      })
    } else seen.set(text, item)
  }
}

function resolve(items: QuestionAnswer[], diagnostics: Diagnostic[]): void {
  const byNumber = new Map<string, string>()
  for (const item of items) if (item.number !== undefined && !byNumber.has(item.number)) byNumber.set(item.number, item.id)
  for (const item of items) {
    for (const node of walk(item as AnyNode)) {
      if (node.type !== 'crossReference') continue
      const reference = node as unknown as CrossReference
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

function footnotes(root: Root, diagnostics: Diagnostic[]): void {
  const definitions: FootnoteDefinition[] = []
  const references: FootnoteReference[] = []
  for (const node of walk(root as AnyNode)) {
    if (node.type === 'footnoteDefinition') definitions.push(node as unknown as FootnoteDefinition)
    else if (node.type === 'footnoteReference') references.push(node as unknown as FootnoteReference)
  }
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

function claims(root: Root, sections: QuestionSection[], diagnostics: Diagnostic[]): void {
  const counts = sections.map((s) => s.children.filter((c) => c.type === 'questionAnswer').length)
  const total = counts.reduce((a, b) => a + b, 0)
  for (const nota of root.children.filter((c) => c.type === 'nota')) {
    for (const node of walk(nota as AnyNode)) {
      if (node.type !== 'paragraph') continue
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
}
