/**
 * `parseFiles` of `kamerbrief/node`, and the pool under it that `kamerbrief parse` uses too: results
 * in input order, failures recorded and passed, a worker that dies failing only its file, abort,
 * progress.
 */
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseFiles, type FileResult} from 'kamerbrief/node'
import {runPool} from '../src/batch/pool.js'
import {buildCli} from './util.js'

const root = fileURLToPath(new URL('..', import.meta.url))
let dir: string
let workerUrl: URL

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kamerbrief-parse-files-'))
  // The worker script as the package builds it, beside a CLI built the same way.
  const cli = await buildCli(join(dir, 'bin'))
  workerUrl = pathToFileURL(join(cli, '..', 'batch-worker.js'))
  mkdirSync(join(dir, 'docs'))
  for (let i = 1; i <= 6; i++) copyFileSync(join(root, 'fixtures/questions-aanhangsel-eerdmans-dwangwet/input.txt'), join(dir, 'docs', `${i}.txt`))
  writeFileSync(join(dir, 'docs', '4.txt'), Buffer.from([0x56, 0x72, 0x61, 0x61, 0x67, 0xff]))
})

afterAll(() => rmSync(dir, {recursive: true, force: true}))

const collect = async (results: AsyncIterable<FileResult>) => {
  const out: FileResult[] = []
  for await (const result of results) out.push(result)
  return out
}

describe('parseFiles', () => {
  it('should give every file in input order, a failure with its code, and report progress', async () => {
    const progress: Array<[number, number, number]> = []
    const files = [6, 5, 4, 3, 2, 1].map((n) => join(dir, 'docs', `${n}.txt`))
    const results = await collect(parseFiles(files, {workers: 2, workerUrl, onProgress: ({done, failed, total}) => progress.push([done, failed, total])}))
    expect(results.map((r) => [r.file, r.ok])).toEqual(files.map((file) => [file, !file.endsWith('4.txt')]))
    const bad = results.find((r) => !r.ok)
    expect(bad && !bad.ok && bad.error.code).toBe('INVALID_ENCODING')
    const good = results.find((r) => r.ok)
    expect(good?.ok && good.tree.children[0]?.type).toBe('letter')
    expect(progress).toEqual([
      [1, 0, 6],
      [2, 0, 6],
      [3, 1, 6],
      [4, 1, 6],
      [5, 1, 6],
      [6, 1, 6]
    ])
  })

  it('should take a folder and pass the options to every parse', async () => {
    const results = await collect(parseFiles([join(dir, 'docs')], {workers: 1, workerUrl, format: 'text'}))
    expect(results).toHaveLength(6)
    expect(results.filter((r) => r.ok).every((r) => r.ok && r.tree.format === 'text')).toBe(true)
  })

  it('should stop when its signal aborts, with the signal\'s reason', async () => {
    const controller = new AbortController()
    const seen: FileResult[] = []
    const run = (async () => {
      for await (const result of parseFiles([join(dir, 'docs')], {workers: 1, workerUrl, signal: controller.signal})) {
        seen.push(result)
        if (seen.length === 2) controller.abort(new Error('genoeg'))
      }
    })()
    await expect(run).rejects.toThrow('genoeg')
    expect(seen).toHaveLength(2)
  })
})

describe('the pool', () => {
  it('should fail only the file of a worker that dies, and go on with the others in order', async () => {
    // A worker that ends its thread on the file named crash, and answers the others.
    const script = join(dir, 'crashing-worker.mjs')
    writeFileSync(
      script,
      `import {parentPort} from 'node:worker_threads'
parentPort.on('message', (job) => {
  if (job.file.includes('crash')) process.exit(1)
  const output = new TextEncoder().encode(job.file)
  parentPort.postMessage({id: job.id, output}, [output.buffer])
})
`
    )
    const files = ['a', 'b', 'crash', 'c', 'd']
    const done = []
    for await (const result of runPool({files, setup: {output: 'jsonl', options: {}}, workers: 2, workerUrl: pathToFileURL(script)})) done.push(result)
    expect(done.map((d) => [files[d.id], d.error?.code ?? new TextDecoder().decode(d.output)])).toEqual([
      ['a', 'a'],
      ['b', 'b'],
      ['crash', 'WORKER_CRASHED'],
      ['c', 'c'],
      ['d', 'd']
    ])
  })
})
