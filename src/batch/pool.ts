/**
 * The worker pool of `kamerbrief parse` and `parseFiles`: each file parsed on a worker thread, the
 * results given back in input order, as an async iterator. Whoever reads it sets the pace: no more
 * than a window of results waits ahead of the one it reads next, so a slow reader (a full disk, a
 * consumer that stops) holds the workers instead of filling memory.
 */
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import {displayName, type FilePath} from './files.js'
import {type Done, failed, type Job, type Setup} from './job.js'

export interface PoolOptions {
  files: readonly FilePath[]
  setup: Setup
  /** Worker threads; default `os.availableParallelism()`, never more than the files. */
  workers?: number | undefined
  /** The worker script (the built `batch-worker.js`). */
  workerUrl: URL
  /** Stops the run: the iterator throws the signal's reason and the workers end. */
  signal?: AbortSignal | undefined
}

/** Jobs sent ahead to each worker, so it never waits for the next file. */
const AHEAD = 4
/** Results that may wait for a slow file before them: bounds memory when one file takes long. */
const WINDOW_PER_WORKER = 64

interface Slot {
  worker: Worker
  /** Ids of the jobs sent to it and not answered yet, in the order sent (and run). */
  queue: number[]
  crash?: Error
}

/** How many workers a run of `files` gets. */
export const poolSize = (files: number, workers?: number) => Math.max(1, Math.min(workers ?? availableParallelism(), files))

/** Each file's result, in the order of `files`; a worker that dies fails its file with `WORKER_CRASHED` and the run goes on. */
export async function* runPool({files, setup, workers, workerUrl, signal}: PoolOptions): AsyncGenerator<Done> {
  const size = poolSize(files.length, workers)
  const window = size * WINDOW_PER_WORKER
  const results = new Map<number, Done>()
  const retry: number[] = []
  let next = 0
  let given = 0
  let closing = false
  let failure: Error | undefined
  let wake: (() => void) | undefined
  const notify = () => {
    const resume = wake
    wake = undefined
    resume?.()
  }

  const send = (slot: Slot, id: number) => {
    slot.queue.push(id)
    slot.worker.postMessage({id, file: files[id]!} satisfies Job)
  }
  const dispatch = () => {
    for (const slot of slots) {
      while (slot.queue.length < AHEAD && retry.length > 0) send(slot, retry.shift()!)
      while (slot.queue.length < AHEAD && next < files.length && next - given < window) send(slot, next++)
    }
  }
  const start = (): Slot => {
    const slot: Slot = {worker: new Worker(workerUrl, {workerData: setup}), queue: []}
    const {worker} = slot
    let online = false
    worker.on('online', () => (online = true))
    worker.on('message', (done: Done) => {
      slot.queue.shift()
      results.set(done.id, done)
      dispatch()
      notify()
    })
    worker.on('error', (error) => (slot.crash = error))
    worker.on('exit', () => {
      if (closing) return
      // A worker that never started will not start next time either.
      if (!online) {
        failure ??= slot.crash ?? new Error('The worker thread did not start')
        return notify()
      }
      // A worker died (out of memory, a native crash): the file it was on fails, the others go to a new worker.
      const [blamed, ...others] = slot.queue
      retry.push(...others)
      slots[slots.indexOf(slot)] = start()
      if (blamed !== undefined) {
        const error = {code: 'WORKER_CRASHED', message: slot.crash?.message ?? 'The worker thread stopped'}
        results.set(blamed, {id: blamed, ...failed(setup.output, displayName(files[blamed]!), error), error})
      }
      dispatch()
      notify()
    })
    return slot
  }

  signal?.throwIfAborted()
  const onAbort = () => notify()
  signal?.addEventListener('abort', onAbort)
  const slots: Slot[] = []
  try {
    for (let i = 0; i < size; i++) slots.push(start())
    dispatch()
    while (given < files.length) {
      signal?.throwIfAborted()
      const done = results.get(given)
      if (done) {
        results.delete(given)
        given++
        dispatch()
        yield done
        continue
      }
      if (failure) throw failure
      await new Promise<void>((resolve) => (wake = resolve))
    }
  } finally {
    closing = true
    signal?.removeEventListener('abort', onAbort)
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }
}
