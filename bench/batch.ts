/**
 * `npm run bench:batch`: how much faster `kamerbrief parse` gets with more worker threads. Copies
 * a corpus into a temporary folder until it holds at least 5,000 files, then times the built CLI
 * with 1 and with 2 workers (`--workers 1,2,4` for others), alternating, each `--runs` times (2).
 * The corpus is `../shared/corpus` when it exists, else the repository's fixtures; `--corpus DIR`
 * picks another. Then the pool against the processes it replaces: 2 workers of one run against 2
 * independent `kamerbrief parse` processes of one worker each on the two halves of the files, with
 * the event-loop utilisation of the pooled run's main thread (which only passes the workers'
 * records through to the output).
 */
import {spawn, spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync} from 'node:fs'
import {cpus, loadavg, tmpdir} from 'node:os'
import {basename, dirname, join, relative} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {displayName, expandFolder} from '../src/batch/files.js'
import {runBatch} from '../src/batch/run.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist/cli.js')
const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : undefined
}
const shared = join(root, '../shared/corpus')
const corpus = option('corpus') ?? (existsSync(shared) ? shared : join(root, 'fixtures'))
const workers = (option('workers') ?? '1,2').split(',').map(Number)
const runs = Number(option('runs') ?? 2)
const wanted = Number(option('files') ?? 5000)

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: npm run build makes it')
  process.exit(2)
}
const sources = expandFolder(corpus).map(displayName).filter((file) => basename(file) !== 'README.md')
if (sources.length === 0) {
  console.error(`no .md or .txt files in ${corpus}`)
  process.exit(2)
}

const dir = mkdtempSync(join(tmpdir(), 'kamerbrief-batch-bench-'))
try {
  let count = 0
  let bytes = 0
  for (let copy = 0; count < wanted; copy++) {
    const folder = join(dir, 'corpus', `copy-${String(copy).padStart(4, '0')}`)
    for (const source of sources) {
      // Nested names as in the source (fixtures are folders with an input.md), flattened per copy.
      const target = join(folder, relative(corpus, source).replaceAll('/', '__'))
      mkdirSync(dirname(target), {recursive: true})
      copyFileSync(source, target)
      bytes += statSync(source).size
      count++
    }
  }
  console.log(`kamerbrief parse: ${count} files (${(bytes / 1e6).toFixed(1)} MB) from ${corpus}`)
  console.log(`node ${process.version}, ${cpus()[0]?.model.trim() ?? 'unknown CPU'} × ${cpus().length}, load ${loadavg()[0]!.toFixed(1)}\n`)

  const times = new Map<number, number[]>(workers.map((n) => [n, []]))
  for (let run = 0; run < runs; run++) {
    for (const n of workers) {
      const started = performance.now()
      const result = spawnSync(process.execPath, [cli, 'parse', join(dir, 'corpus'), '--out', join(dir, `out-${n}.jsonl`), '--workers', String(n), '--quiet'])
      const seconds = (performance.now() - started) / 1000
      if (result.status !== 0) throw new Error(`exit code ${result.status}: ${result.stderr.toString()}`)
      times.get(n)!.push(seconds)
      console.log(`  ${n} worker${n === 1 ? ' ' : 's'}  ${seconds.toFixed(2)} s  ${Math.round(count / seconds)} files/s`)
    }
  }
  const best = (n: number) => Math.min(...times.get(n)!)
  const base = best(workers[0]!)
  console.log('\nbest of runs:')
  for (const n of workers) console.log(`  ${n} worker${n === 1 ? ' ' : 's'}  ${best(n).toFixed(2)} s  speed-up ${(base / best(n)).toFixed(2)}×`)

  // The pool against two processes on the halves: the copies split in two folders' worth of files.
  const copies = expandFolder(join(dir, 'corpus')).map(displayName)
  const halves = [copies.slice(0, copies.length >> 1), copies.slice(copies.length >> 1)]
  const twoProcesses = async () => {
    const started = performance.now()
    await Promise.all(
      halves.map(
        (half, k) =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(process.execPath, [cli, 'parse', ...half, '--out', join(dir, `half-${k}.jsonl`), '--workers', '1', '--quiet'])
            child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit code ${code}`))))
          })
      )
    )
    return (performance.now() - started) / 1000
  }
  const pooled = async () => {
    const before = performance.eventLoopUtilization()
    const started = performance.now()
    const io = {stdout: process.stdout, stderr: {write: () => true}}
    const code = await runBatch({inputs: [join(dir, 'corpus')], out: join(dir, 'pooled.jsonl'), output: 'jsonl', workers: 2, quiet: true, options: {}, workerUrl: pathToFileURL(join(root, 'dist/batch-worker.js'))}, io)
    if (code !== 0) throw new Error(`exit code ${code}`)
    return {seconds: (performance.now() - started) / 1000, utilisation: performance.eventLoopUtilization(before).utilization}
  }
  const processRuns: number[] = []
  const poolRuns: Array<{seconds: number; utilisation: number}> = []
  for (let run = 0; run < runs; run++) {
    processRuns.push(await twoProcesses())
    poolRuns.push(await pooled())
    console.log(`  2 processes ${processRuns.at(-1)!.toFixed(2)} s; pool of 2 ${poolRuns.at(-1)!.seconds.toFixed(2)} s, main thread ${(100 * poolRuns.at(-1)!.utilisation).toFixed(0)}% busy`)
  }
  const bestProcesses = Math.min(...processRuns)
  const bestPool = poolRuns.reduce((a, b) => (b.seconds < a.seconds ? b : a))
  console.log(`\npool of 2 workers ÷ 2 processes on the halves (throughput): ${(bestProcesses / bestPool.seconds).toFixed(2)} (best of runs); main thread of the pool ${(100 * bestPool.utilisation).toFixed(0)}% busy`)
} finally {
  rmSync(dir, {recursive: true, force: true})
}
