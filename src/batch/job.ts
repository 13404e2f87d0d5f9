/** One file's work, the same in a worker thread and in the main thread: read, parse, serialise. */
import {readFileSync} from 'node:fs'
import type {Options} from '../index.js'
import {parseFile} from '../read-file.js'
import {serialiseError, serialiseTree, toFileError, type FileError, type OutputFormat} from './records.js'

/** What every worker is started with. */
export interface Setup {
  output: OutputFormat
  options: Options
}

export interface Job {
  id: number
  file: string
}

export interface Done {
  id: number
  /** The output for this file as UTF-8, ready to write: bytes move to the main thread without a copy. */
  output: Uint8Array
  error?: FileError
}

const encoder = new TextEncoder()

export async function runJob(job: Job, setup: Setup): Promise<Done> {
  try {
    // Bytes, not a string: a PDF or Word file is known by them, and invalid UTF-8 is refused
    // (INVALID_ENCODING) instead of read as U+FFFD.
    const tree = await parseFile(readFileSync(job.file), setup.options)
    return {id: job.id, output: encoder.encode(serialiseTree(setup.output, job.file, tree))}
  } catch (thrown) {
    const error = toFileError(thrown)
    return {id: job.id, output: encoder.encode(serialiseError(setup.output, job.file, error)), error}
  }
}
