/**
 * What `kamerbrief parse` writes per file: a JSON record (`{file, ok, tree}` or `{file, ok: false,
 * error}`) for jsonl and json, or CSV rows, one per question with its answer.
 */
import {questions, type Letter, type Root} from '../index.js'
import {visit} from '../tree.js'

/** `tables`: one CSV file per kind of node in a folder (see tables.ts). */
export type OutputFormat = 'jsonl' | 'json' | 'csv' | 'tables'

export interface FileError {
  code: string
  message: string
}

export const CSV_COLUMNS = ['document', 'date', 'section', 'number', 'fractie', 'question', 'answer', 'crossReferences', 'error'] as const

/** A field as RFC 4180 wants it: quoted when it holds a quote, comma or line break, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** One CSV line of `fields`, ended by CRLF as RFC 4180 has it. */
export const csvRow = (fields: readonly string[]) => `${fields.map(csvField).join(',')}\r\n`

/** The header line of the questions CSV, written once before the rows of every file. */
export const csvHeader = () => csvRow(CSV_COLUMNS)

/** One row per question with its answer; a document without questions gives one row of its own, so that no document vanishes from the table. */
export function csvRows(file: string, tree: Root): string {
  const letter = tree.children.find((child): child is Letter => child.type === 'letter')
  const date = letter?.children.find((child) => child.type === 'letterhead')?.date ?? ''
  let out = ''
  const entries = questions(tree)
  const byId = new Map(entries.map((entry) => [entry.id, entry]))
  for (const entry of entries) {
    const targets = new Set<string>()
    // A joint question's pair cites what the first one cites.
    const cited = entry.sharedWith === undefined ? entry.node : byId.get(entry.sharedWith)!.node
    visit(cited, (node) => {
      if (node.type === 'crossReference') for (const target of node.targets) targets.add(target)
    })
    out += csvRow([file, date, entry.section ?? '', entry.number ?? '', entry.fractie ?? '', entry.question, entry.answer, [...targets].join(';'), ''])
  }
  return entries.length > 0 ? out : csvRow([file, date, '', '', '', '', '', '', ''])
}

/** The output for one parsed file, in `format`; json records come without separators. */
export function serialiseTree(format: OutputFormat, file: string, tree: Root): string {
  if (format === 'csv') return csvRows(file, tree)
  const record = `{"file":${JSON.stringify(file)},"ok":true,"tree":${JSON.stringify(tree)}}`
  return format === 'jsonl' ? `${record}\n` : record
}

/** The output for a file that could not be read or parsed, in `format`. */
export function serialiseError(format: OutputFormat, file: string, error: FileError): string {
  if (format === 'csv') return csvRow([file, '', '', '', '', '', '', '', `${error.code}: ${error.message}`])
  const record = JSON.stringify({file, ok: false, error: {code: error.code, message: error.message}})
  return format === 'jsonl' ? `${record}\n` : record
}

/** A thrown value as `{code, message}`: the KamerbriefError or Node error code when there is one. */
export function toFileError(error: unknown): FileError {
  if (error instanceof Error) {
    const code = (error as {code?: unknown}).code
    return {code: typeof code === 'string' ? code : 'INTERNAL_ERROR', message: error.message}
  }
  return {code: 'INTERNAL_ERROR', message: String(error)}
}
