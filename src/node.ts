/**
 * `kamerbrief/node`: what only Node.js can do, kept out of the main entry so that it stays
 * browser-safe. `parseFiles` parses many files on worker threads, the pool `kamerbrief parse` uses.
 *
 * @module kamerbrief/node
 */
import type {Root} from './ast.js'
import {expandInputs} from './batch/files.js'
import type {Setup} from './batch/job.js'
import {runPool} from './batch/pool.js'
import type {Options} from './options.js'

/** Options for {@link parseFiles}: those of `parseKamerbrief`, and how to run. */
export interface ParseFilesOptions extends Options {
  /** Worker threads; default the number of CPUs, never more than the files. */
  workers?: number
  /** The encoding of text files that are not UTF-8 (a TextDecoder label: "windows-1252", "utf-16le"). */
  encoding?: string
  /** Stops the run: the iteration throws the signal's reason, and the workers end. */
  signal?: AbortSignal
  /** Called after each file, in input order, with how many are done and failed of the total. */
  onProgress?: (progress: {done: number; failed: number; total: number}) => void
  /**
   * Where the worker script is, for an application that bundles kamerbrief: the built
   * `batch-worker.js` (by default the one beside this entry).
   */
  workerUrl?: URL
}

/** One file's result: its tree, or the coded error it failed with (a `KamerbriefError` code or a Node.js one such as `ENOENT`). */
export type FileResult = {file: string; ok: true; tree: Root} | {file: string; ok: false; error: {code: string; message: string}}

/**
 * Parses files on worker threads and gives each result in the order of `paths`, as soon as it and
 * those before it are done. Folders give their .md, .txt, .pdf and .docx files, recursively; a PDF
 * or Word file is known by its first bytes (a PDF needs pdfjs-dist). A file that cannot be read or
 * parsed gives `{ok: false, error}` and the run goes on.
 *
 * @example
 * import {parseFiles} from 'kamerbrief/node'
 *
 * for await (const result of parseFiles(['antwoorden/'], {workers: 2})) {
 *   if (result.ok) console.log(result.file, result.tree.children.length)
 *   else console.error(result.file, result.error.code)
 * }
 */
export async function* parseFiles(paths: readonly string[], options: ParseFilesOptions = {}): AsyncGenerator<FileResult> {
  const {workers, encoding, signal, onProgress, workerUrl, ...parse} = options
  const {files} = expandInputs(paths)
  const setup: Setup = {output: 'jsonl', options: parse, ...(encoding === undefined ? {} : {encoding})}
  const decoder = new TextDecoder()
  let done = 0
  let failed = 0
  for await (const result of runPool({files, setup, workers, signal, workerUrl: workerUrl ?? new URL('./batch-worker.js', import.meta.url)})) {
    // The workers send the records `kamerbrief parse` writes; read back here, they are the trees again.
    const record = JSON.parse(decoder.decode(result.output)) as FileResult
    done++
    if (!record.ok) failed++
    onProgress?.({done, failed, total: files.length})
    yield record
  }
}
