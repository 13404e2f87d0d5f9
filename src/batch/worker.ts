/** The worker thread of `kamerbrief parse`: runs the jobs it is sent, one at a time, in order. */
import {parentPort, workerData} from 'node:worker_threads'
import {runJob, type Job, type Setup} from './job.js'

const setup = workerData as Setup
parentPort?.on('message', (job: Job) => {
  const done = runJob(job, setup)
  // Transferred, not copied: the output of a big document is megabytes.
  parentPort?.postMessage(done, [done.output.buffer as ArrayBuffer])
})
