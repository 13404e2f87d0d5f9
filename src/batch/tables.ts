/**
 * `kamerbrief parse --tables DIR`: one CSV table per kind of node, for people who open data in a
 * spreadsheet or load it into a database: documents (with the trust signal), questions, references
 * and diagnostics. Every row carries the file, the id of the node it is about (a question's id, a
 * reference's canonical id) and its line; rows of a document's questions, references and
 * diagnostics name the question they stand in.
 */
import type {Letter, Root} from '../index.js'
import {questions, references} from '../index.js'
import type {Quality} from '../quality.js'
import {nodeText} from '../tree.js'
import {csvRow, type FileError} from './records.js'

export const TABLES = {
  documents: ['file', 'format', 'date', 'reference', 'subject', 'sender', 'questions', 'unanswered', 'layouts', 'unknownShare', 'score', 'diagnostics', 'error'],
  questions: ['file', 'id', 'line', 'section', 'number', 'fractie', 'question', 'answer', 'crossReferences'],
  references: ['file', 'question', 'line', 'column', 'type', 'id', 'text'],
  diagnostics: ['file', 'question', 'line', 'column', 'ruleId', 'severity', 'message', 'actual', 'expected']
} as const

export type TableName = keyof typeof TABLES
export const TABLE_NAMES = Object.keys(TABLES) as TableName[]

/** The header row of each table. */
export const tableHeaders = (): string[] => TABLE_NAMES.map((name) => csvRow(TABLES[name]))

/** The rows of one parsed document in each table, in the order of TABLE_NAMES. */
export function tableRows(file: string, tree: Root): string[] {
  const letter = tree.children.find((child): child is Letter => child.type === 'letter')
  const head = letter?.children.find((child) => child.type === 'letterhead')
  const quality = (tree.data as {quality?: Quality} | undefined)?.quality
  const entries = questions(tree)
  // Which question a place stands in, by the spans of the questions (in order, not nested).
  const spans = entries.map((entry) => ({id: entry.id, start: entry.node.position!.start.offset, end: entry.node.position!.end.offset}))
  const questionAt = (offset: number | undefined) => (offset === undefined ? '' : (spans.find((span) => span.start <= offset && offset < span.end)?.id ?? ''))

  const document = csvRow([
    file,
    tree.format,
    head?.date ?? '',
    head?.reference ?? '',
    head?.subject ?? '',
    head?.sender?.organisation ?? head?.answeredBy ?? '',
    String(entries.length),
    String(quality?.unanswered ?? ''),
    quality?.layouts.join(';') ?? '',
    String(quality?.unknownShare ?? ''),
    String(quality?.score ?? ''),
    String(tree.diagnostics.length),
    ''
  ])
  let questionRows = ''
  for (const entry of entries) {
    const line = String(entry.node.position?.start.line ?? '')
    questionRows += csvRow([file, entry.id, line, entry.section ?? '', entry.number ?? '', entry.fractie ?? '', entry.question, entry.answer, entry.crossReferences.join(';')])
  }
  let referenceRows = ''
  for (const reference of references(tree)) {
    const node = reference as unknown as {type: string; id?: string; url?: string; targets?: string[]; identifier?: string}
    const id = node.id ?? node.url ?? (node.targets ? node.targets.join(';') : (node.identifier ?? ''))
    const start = reference.position?.start
    referenceRows += csvRow([file, questionAt(start?.offset), String(start?.line ?? ''), String(start?.column ?? ''), node.type, id, nodeText(reference, {values: true}).replace(/\s+/g, ' ')])
  }
  let diagnosticRows = ''
  for (const diagnostic of tree.diagnostics) {
    const start = diagnostic.position?.start
    diagnosticRows += csvRow([file, questionAt(start?.offset), String(start?.line ?? ''), String(start?.column ?? ''), diagnostic.ruleId, diagnostic.severity, diagnostic.message, diagnostic.actual ?? '', diagnostic.expected ?? ''])
  }
  return [document, questionRows, referenceRows, diagnosticRows]
}

/** The rows of a document that could not be read or parsed: one in the documents table, with its error. */
export function tableErrorRows(file: string, error: FileError): string[] {
  return [csvRow([file, '', '', '', '', '', '', '', '', '', '', '', `${error.code}: ${error.message}`]), '', '', '']
}
