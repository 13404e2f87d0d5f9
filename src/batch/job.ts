/** One file's work, the same in a worker thread and in the main thread: read, parse, serialise. */
import {closeSync, openSync, readFileSync, readSync, statSync} from 'node:fs'
import {KamerbriefError} from '../errors.js'
import {DEFAULT_MAX_INPUT_LENGTH} from '../options.js'
import type {Options, Root} from '../index.js'
import {fileKind, parseFile} from '../read-file.js'
import {displayName, type FilePath, fromMessage} from './files.js'
import {tableErrorRows, tableRows} from './tables.js'
import {serialiseError, serialiseTree, toFileError, type FileError, type OutputFormat} from './records.js'

/** What every worker is started with. */
export interface Setup {
  output: OutputFormat
  options: Options
  /** The encoding of text inputs that are not UTF-8. */
  encoding?: string
}

export interface Job {
  id: number
  /** A string, or the bytes of a name that is not UTF-8 (a Buffer, a Uint8Array once it has crossed to the worker). */
  file: string | Uint8Array
}

export interface Done {
  id: number
  /** The output for this file as UTF-8, ready to write: bytes move to the main thread without a copy. */
  output: Uint8Array
  /** With `tables`: the rows of each table (TABLE_NAMES), and `output` empty. */
  tables?: Uint8Array[]
  error?: FileError
  /** The document has warnings (or errors) among its diagnostics. */
  warned?: boolean
}

const encoder = new TextEncoder()

/**
 * The bytes of `file`, refused before reading when it is no regular file (a named pipe would wait
 * for a writer forever; it is not even opened) or larger than any document `maxInputLength` allows:
 * text holds at most 3 bytes of UTF-8 per UTF-16 unit; a PDF or Word file, whose images and fonts
 * are not text, is allowed FILE_BYTES_PER_CHARACTER.
 */
function readDocumentFile(file: FilePath, maxInputLength: number): Uint8Array {
  const stat = statSync(file)
  if (stat.isDirectory()) throw new KamerbriefError('INVALID_INPUT', `${displayName(file)} is a folder that cannot be listed`)
  if (!stat.isFile()) throw new KamerbriefError('INVALID_INPUT', `${displayName(file)} is not a regular file (a named pipe, a device or a socket): it is not read`)
  if (stat.size > maxInputLength * TEXT_BYTES_PER_CHARACTER) {
    // Only a PDF or Word file may be this large: its first bytes say which it is.
    const head = new Uint8Array(Math.min(stat.size, KIND_BYTES))
    const descriptor = openSync(file, 'r')
    try {
      readSync(descriptor, head, 0, head.length, 0)
    } finally {
      closeSync(descriptor)
    }
    const binary = fileKind(head) !== 'text'
    if (!binary || stat.size > maxInputLength * FILE_BYTES_PER_CHARACTER) {
      throw new KamerbriefError('INPUT_TOO_LARGE', `${displayName(file)} has ${stat.size} bytes, more than a document of options.maxInputLength (${maxInputLength}) characters takes`)
    }
  }
  return readFileSync(file)
}

const TEXT_BYTES_PER_CHARACTER = 3
const FILE_BYTES_PER_CHARACTER = 16
/** Enough of a file's start to tell its kind (a PDF's header may stand within its first kilobyte). */
const KIND_BYTES = 64 * 1024

/** The output of a file that failed, in `output` or, with `tables`, in the documents table. */
export function failed(output: OutputFormat, file: string, error: FileError): Pick<Done, 'output' | 'tables'> {
  if (output === 'tables') return {output: new Uint8Array(), tables: tableErrorRows(file, error).map((rows) => encoder.encode(rows))}
  return {output: encoder.encode(serialiseError(output, file, error))}
}

/** Whether a tree's diagnostics hold a warning or an error: what --frail fails on. */
export const hasWarnings = (tree: Root) => tree.diagnostics.some((d) => d.severity === 'warning' || d.severity === 'error')

/**
 * Reads, parses and serialises one file, in whichever thread runs it; a failure becomes the file's
 * error record, so that one bad file never ends the run.
 */
export async function runJob(job: Job, setup: Setup): Promise<Done> {
  // Records name the file as people read it; the file itself is opened under its real name.
  const name = displayName(job.file)
  try {
    // Bytes, not a string: a PDF or Word file is known by them, and invalid UTF-8 is refused
    // (INVALID_ENCODING) instead of read as U+FFFD.
    const tree = await parseFile(readDocumentFile(fromMessage(job.file), setup.options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH), setup.options, setup.encoding)
    const warned = hasWarnings(tree)
    const output = setup.output === 'tables' ? {output: new Uint8Array(), tables: tableRows(name, tree).map((rows) => encoder.encode(rows))} : {output: encoder.encode(serialiseTree(setup.output, name, tree))}
    return {id: job.id, ...output, ...(warned ? {warned} : {})}
  } catch (thrown) {
    const error = toFileError(thrown)
    return {id: job.id, ...failed(setup.output, name, error), error}
  }
}
