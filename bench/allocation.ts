/**
 * `npm run bench:allocation [-- --dist PATH]`: how many bytes of heap one parse of the Defensie
 * letter allocates per byte of input, in text and in Markdown mode. Garbage is what the collector
 * works through, and on a machine of two cores the collector's threads compete with the parse.
 *
 * Each measurement runs in a process of its own with a young generation of 128 MB, large enough
 * for ten parses without a collection: the growth of the heap over ten parses is then what they
 * allocated. Rounds in which a collection ran anyway are left out. `--dist` measures another
 * build (an `index.js`), for a comparison before and after a change in one run.
 */
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

const args = process.argv.slice(2)
const distAt = args.indexOf('--dist')
const dists = distAt >= 0 ? args.slice(distAt + 1).filter((a) => !a.startsWith('--')) : [fileURLToPath(new URL('../dist/index.js', import.meta.url))]
const letter = fileURLToPath(new URL('fixtures/defensie-ek-begroting-2026.md', import.meta.url))

/** The child: parses the letter, then measures rounds of ten parses; prints the bytes per input byte of each clean round. */
const CHILD = `
import {readFileSync} from 'node:fs'
import {PerformanceObserver} from 'node:perf_hooks'
const [dist, format, file] = process.argv.slice(1)
const {parseKamerbrief} = await import(dist)
const letter = readFileSync(file, 'utf8')
for (let i = 0; i < 300; i++) parseKamerbrief(letter, {format})
let collections = 0
new PerformanceObserver((list) => { collections += list.getEntries().length }).observe({entryTypes: ['gc']})
const settle = () => new Promise((resolve) => setTimeout(resolve, 20))
const perByte = []
for (let round = 0; round < 7; round++) {
  globalThis.gc()
  await settle()
  const seen = collections
  const before = process.memoryUsage().heapUsed
  for (let i = 0; i < 10; i++) parseKamerbrief(letter, {format})
  const after = process.memoryUsage().heapUsed
  await settle()
  if (collections === seen) perByte.push((after - before) / 10 / letter.length)
}
console.log(JSON.stringify(perByte))
`

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0 ? Number.NaN : sorted[sorted.length >> 1]!
}

console.log('heap allocated per input byte, one parse of the Defensie letter (median of clean rounds)')
for (const dist of dists) {
  for (const format of ['text', 'markdown']) {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--min-semi-space-size=128', '--max-semi-space-size=128', '--input-type=module', '-e', CHILD, dist, format, letter],
      {encoding: 'utf8'}
    )
    const rounds = JSON.parse(out.trim()) as number[]
    console.log(`${format.padEnd(9)} ${median(rounds).toFixed(1).padStart(6)} B/byte  (${rounds.length} clean rounds)  ${dist}`)
  }
}
