/**
 * `kamerbrief parse`: parses many files on worker threads and writes one output in input order
 * (jsonl, json or csv). A file that cannot be read or parsed gets its error in the output and the
 * run goes on; the exit code is 1 when any file failed.
 */
import {EventEmitter} from 'node:events'
import {createWriteStream, mkdirSync, openSync} from 'node:fs'
import {join} from 'node:path'
import type {Options} from '../index.js'
import {displayName, expandInputs} from './files.js'
import type {Setup} from './job.js'
import {poolSize, runPool} from './pool.js'
import {Progress} from './progress.js'
import {csvHeader, type FileError, type OutputFormat} from './records.js'
import {TABLE_NAMES, tableHeaders} from './tables.js'

export interface BatchOptions {
  /** Files, folders (their .md and .txt files, recursively) and globs. */
  inputs: readonly string[]
  /** Where to write; standard output when absent. */
  out?: string | undefined
  output: OutputFormat
  /** Worker threads; default `os.availableParallelism()`. */
  workers?: number | undefined
  /** No progress line and no summary. */
  quiet?: boolean | undefined
  /** Options for every parse. */
  options: Options
  /** The encoding of text inputs that are not UTF-8 (a TextDecoder label). */
  encoding?: string
  /** Count a document with warnings as failed. */
  frail?: boolean | undefined
  /** The worker script (the built `batch-worker.js`). */
  workerUrl: URL
}

interface Terminal {
  write(chunk: string): unknown
  isTTY?: boolean
  columns?: number
}

export interface BatchIo {
  stdout: NodeJS.WritableStream & Terminal
  stderr: Terminal
}

/**
 * Runs `kamerbrief parse` over `batch.inputs` and writes every file's result in input order;
 * returns the exit code: 1 when a file failed (or, with `frail`, had warnings), 2 when there was
 * nothing to read or the output cannot be opened, 3 when writing it failed, else 0.
 */
export async function runBatch(batch: BatchOptions, io: BatchIo = {stdout: process.stdout, stderr: process.stderr}): Promise<number> {
  const {files, unmatched} = expandInputs(batch.inputs)
  for (const glob of unmatched) io.stderr.write(`kamerbrief: no files match ${glob}\n`)
  if (files.length === 0) {
    io.stderr.write('kamerbrief: no input files\n')
    return 2
  }

  /** The output file could not be written (standard output's failures end the process in cli.ts). */
  let outputError: NodeJS.ErrnoException | undefined
  /** Wakes a write that waits for a stream to drain, once the output has failed. */
  const stopped = new EventEmitter()
  let stream: NodeJS.WritableStream & Terminal = io.stdout
  /** With `tables`: one stream per table, in the order of TABLE_NAMES, in the folder `batch.out`. */
  const tables: Array<NodeJS.WritableStream & Terminal> = []
  const failedOutput = (error: NodeJS.ErrnoException) => {
    outputError ??= error
    stopped.emit('stop')
  }
  if (batch.output === 'tables') {
    try {
      mkdirSync(batch.out!, {recursive: true})
      for (const name of TABLE_NAMES) {
        const path = join(batch.out!, `${name}.csv`)
        const table = createWriteStream(path, {fd: openSync(path, 'w'), highWaterMark: 1 << 20})
        table.on('error', failedOutput)
        tables.push(table)
      }
    } catch (error) {
      io.stderr.write(`kamerbrief: cannot write ${batch.out}: ${(error as Error).message}\n`)
      return 2
    }
  } else if (batch.out !== undefined) {
    try {
      // Opened now, so a path that cannot be written stops the run before any work. A 1 MB buffer:
      // with the default 16 kB, one tree fills it and every write would wait for the disk.
      stream = createWriteStream(batch.out, {fd: openSync(batch.out, 'w'), highWaterMark: 1 << 20})
      // No space left, a disk that fails: the run stops, and says so in one line (exit code 3).
      stream.on('error', failedOutput)
    } catch (error) {
      io.stderr.write(`kamerbrief: cannot write ${batch.out}: ${(error as Error).message}\n`)
      return 2
    }
  }

  const started = performance.now()
  const progress =
    !batch.quiet && io.stderr.isTTY && io.stdout.isTTY && batch.out !== undefined ? new Progress(io.stderr, files.length) : undefined
  const failures: Array<{file: string; error: FileError}> = []
  /** Documents parsed with warnings: failed under --frail. */
  let warned = 0
  const setup: Setup = {output: batch.output, options: batch.options, ...(batch.encoding === undefined ? {} : {encoding: batch.encoding})}
  const size = poolSize(files.length, batch.workers)

  if (batch.output === 'csv') stream.write(csvHeader())
  else if (batch.output === 'json') stream.write('[\n')
  else if (batch.output === 'tables') tableHeaders().forEach((header, i) => tables[i]!.write(header))

  // The output sets the pace: while a stream is full, no result is taken from the pool.
  const write = async (chunk: string | Uint8Array, target = stream) => {
    if (!outputError && !target.write(chunk)) await new Promise<void>((resolve) => {
      const resume = () => {
        stopped.off('stop', resume)
        target.off('drain', resume)
        resolve()
      }
      target.once('drain', resume)
      stopped.once('stop', resume)
    })
  }
  let written = 0
  for await (const done of runPool({files, setup, workers: size, workerUrl: batch.workerUrl})) {
    if (outputError) break
    if (batch.output === 'json' && written > 0) await write(',\n')
    if (done.tables) for (const [i, rows] of done.tables.entries()) await write(rows, tables[i])
    else await write(done.output)
    if (done.error) failures.push({file: displayName(files[done.id]!), error: done.error})
    else if (done.warned) warned++
    written++
    progress?.update(written, failures.length, written === files.length)
  }

  if (outputError) {
    progress?.clear()
    io.stderr.write(`kamerbrief: cannot write ${batch.out}: ${outputError.message}\n`)
    return 3
  }
  if (batch.output === 'json') stream.write('\n]\n')
  // A write that fails while the last bytes are flushed reports to `end`'s callback, maybe before the stream's 'error' event.
  for (const output of [...(stream === io.stdout ? [] : [stream]), ...tables]) {
    await new Promise<void>((resolve) =>
      output.end((error?: Error | null) => {
        if (error) outputError ??= error
        resolve()
      })
    )
  }
  if (outputError) {
    io.stderr.write(`kamerbrief: cannot write ${batch.out}: ${(outputError as Error).message}\n`)
    return 3
  }

  progress?.clear()
  if (!batch.quiet) {
    const shown = failures.slice(0, 10)
    for (const {file, error} of shown) io.stderr.write(`kamerbrief: ${file}: ${error.code}: ${error.message}\n`)
    if (failures.length > shown.length) io.stderr.write(`kamerbrief: … and ${failures.length - shown.length} more failed\n`)
    const seconds = (performance.now() - started) / 1000
    const rate = seconds > 0 ? Math.round(files.length / seconds) : files.length
    const where = batch.out === undefined ? '' : ` to ${batch.out}`
    io.stderr.write(
      `kamerbrief: parsed ${files.length} file${files.length === 1 ? '' : 's'}${where} in ${seconds.toFixed(1)} s (${rate} files/s, ${size} worker${size === 1 ? '' : 's'})${failures.length ? `; ${failures.length} failed` : ''}\n`
    )
  }
  return failures.length > 0 || (batch.frail && warned > 0) ? 1 : 0
}

