/** The worker thread of `kamerbrief parse`: runs the jobs it is sent, one at a time, in order. */
import {parentPort, workerData} from 'node:worker_threads'
import {runJob, type Job, type Setup} from './job.js'

const setup = workerData as Setup
// One job at a time: the next waits for the one before, so outputs leave in the order jobs came.
let last: Promise<void> = Promise.resolve()
parentPort?.on('message', (job: Job) => {
  last = last.then(() => send(job))
})

async function send(job: Job): Promise<void> {
  const done = await runJob(job, setup)
  // Transferred, not copied: the output of a big document is megabytes.
  parentPort?.postMessage(done, [done.output.buffer as ArrayBuffer, ...(done.tables ?? []).map((table) => table.buffer as ArrayBuffer)])
}
