/**
 * `npm run bench`: what a parse costs, as ratios to baselines measured in the same run, each
 * printed against its budget (a miss is reported, never fatal). Adds a row to the table in
 * bench/RESULTS.md; `--no-record` only prints, `--rounds N` sets the number of rounds (default 5),
 * `--single` measures the single letter only, `--dist PATH` another build, `--json` adds the figures as JSON.
 *
 * Ratios rather than times: they carry over between machines. Each round measures every task once,
 * the two sides of a ratio one right after the other, and a figure is the median of its per-round
 * ratios, so a machine busy with other work shifts both sides alike. A task's time in a round is
 * the lower quartile of its calls: other work on the machine only ever adds time, so the low end
 * is the least disturbed, while garbage collection that most calls cause still counts. Growth
 * compares calls of equal work: 16 parses of the letter against one of the letter repeated 16×.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {cpus, loadavg} from 'node:os'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {Bench} from 'tinybench'

// The built package, as users import it: the source run through tsx is some 13% slower, because
// its transform wraps every named function it creates in a call that keeps the name.
const args = process.argv.slice(2)
// `--dist PATH`: the build to measure, another checkout's for `npm run bench:compare`.
const distAt = args.indexOf('--dist')
const dist = distAt >= 0 ? pathToFileURL(resolve(args[distAt + 1]!)).href : new URL('../dist/index.js', import.meta.url).href
const {parseKamerbrief} = (await import(dist)) as typeof import('../src/index.js')

const LETTER = 'bench/fixtures/defensie-ek-begroting-2026.md'
const RESULTS = new URL('RESULTS.md', import.meta.url)
const letter = readFileSync(new URL('fixtures/defensie-ek-begroting-2026.md', import.meta.url), 'utf8')
const x16 = letter.repeat(16)
const x32 = letter.repeat(32)

const roundsAt = args.indexOf('--rounds')
const rounds = roundsAt >= 0 ? Math.max(1, Number(args[roundsAt + 1]) || 5) : 5
// `--single`: the single-letter phase only (figures 1, 2 and 4), and no row recorded.
const singleOnly = args.includes('--single')
const record = !args.includes('--no-record') && !singleOnly
const gc = (globalThis as {gc?: () => void}).gc

// The cheapest pass that still looks at every line: what any line-based reader costs at least.
const LINE_TEST = /\bvraag\s+\d+/i
function baseline(text: string): number {
  let hits = 0
  for (const line of text.split('\n')) if (LINE_TEST.test(line)) hits++
  return hits
}

// Results go to a sink so that no call can be optimised away.
let sink = 0
const parse = (text: string, format: 'markdown' | 'text', validate = true) => () => {
  sink += parseKamerbrief(text, {format, validate}).children.length
}

interface Task {
  name: string
  fn: () => void
  /** How long to measure, in ms. */
  time: number
}
const task = (name: string, fn: () => void, time: number): Task => ({name, fn, time})

/**
 * A phase: its tasks in the order they run, so that the two sides of every ratio are neighbours.
 * `collect`: whether to collect garbage before each task (see `round`). `warmup`: how long each
 * task runs before it is measured, in ms; after a forced collection 500, for every size alike: V8
 * then recompiles what the collection threw away, and a shorter warm-up for the big inputs than
 * for the letter made growth look worse than it is.
 */
interface Phase {
  tasks: Task[]
  collect: boolean
  warmup: number
}

// The single-letter ratios are never measured right after a parse of 1 or 2 MB.
const single: Phase = {
  collect: false,
  warmup: 50,
  tasks: [
    task('fromMarkdown', () => void (sink += fromMarkdown(letter).children.length), 300),
    task('parse markdown', parse(letter, 'markdown'), 300),
    task('parse markdown, no validation', parse(letter, 'markdown', false), 300),
    task('parse text', parse(letter, 'text'), 300),
    task('split + regex', () => void (sink += baseline(letter)), 150)
  ]
}
/**
 * `times` parses of `text` as one call: growth compares 16 parses of the letter with one parse of
 * the letter repeated 16×, so that both sides of the ratio do the same work in a call and pay the
 * collections it causes. Timed one parse a call, the lower quartile of the letter's calls is a
 * call in which no collection ran (a scavenge comes every third or fourth parse of the letter in
 * Markdown mode), while every parse of 16× holds three to five.
 */
const parses = (times: number, text: string, format: 'markdown' | 'text') => {
  const one = parse(text, format)
  return () => {
    for (let i = 0; i < times; i++) one()
  }
}
const growth: Phase = {
  collect: true,
  warmup: 500,
  tasks: [
    task('parse markdown (1×)', parse(letter, 'markdown'), 300),
    task('parse markdown 16 × 1×', parses(16, letter, 'markdown'), 400),
    task('parse markdown 16×', parse(x16, 'markdown'), 400),
    task('parse markdown 32×', parse(x32, 'markdown'), 600),
    task('parse text (1×)', parse(letter, 'text'), 300),
    task('parse text 16 × 1×', parses(16, letter, 'text'), 400),
    task('parse text 16×', parse(x16, 'text'), 400),
    task('parse text 32×', parse(x32, 'text'), 600)
  ]
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** One round of a phase: every task for its time budget; the lower quartile of its calls' times, in ms. */
async function round({tasks, collect, warmup}: Phase): Promise<Record<string, number>> {
  const times: Record<string, number> = {}
  for (const {name, fn, time} of tasks) {
    const bench = new Bench({time, iterations: 4, warmupTime: warmup, warmupIterations: 1, retainSamples: true})
    bench.add(name, fn, {async: false})
    // Garbage left by the task before (a 32× parse leaves hundreds of MB) is not this task's cost.
    // Only in the growth phase, though: a full collection forced between parses, when no node of a
    // tree is alive, frees the object shapes V8's optimised code was specialised on, and that code
    // is thrown away ("weak objects" in --trace-deopt); the next few hundred ms then measure V8
    // recompiling, which made a text parse of the letter some 25 % slower. Collections that come
    // on their own start while a parse is under way and do not do this (none in 11,000 parses of
    // the corpus documents in a row), so a pipeline never pays it.
    if (collect) gc?.()
    await bench.run()
    const result = bench.getTask(name)?.result
    if (result?.state !== 'completed') throw new Error(`${name}: ${result?.state ?? 'no result'}`)
    const samples = result.latency.samples ?? [result.latency.p50]
    times[name] = samples[Math.floor((samples.length - 1) / 4)]!
  }
  return times
}

// The first calls run while V8 still compiles and sizes its heap, several times slower than later
// ones (fromMarkdown's big trees most of all): run every task for a while before measuring.
for (const {fn} of single.tasks) {
  const until = performance.now() + 800
  do fn()
  while (performance.now() < until)
}
const measured: Array<Record<string, number>> = []
for (let r = 0; r < rounds; r++) measured.push(await round(single))
if (!singleOnly) for (let r = 0; r < rounds; r++) Object.assign(measured[r]!, await round(growth))
const ratio = (f: (t: Record<string, number>) => number) => median(measured.map(f))

interface Figure {
  label: string
  value: number
  budget?: number
  format: (n: number) => string
}
const two = (n: number) => n.toFixed(2)
const figures: Figure[] = [
  {label: '1. parse (markdown) ÷ fromMarkdown', value: ratio((t) => t['parse markdown']! / t.fromMarkdown!), budget: 1.0, format: two},
  {label: '2. parse (text) ÷ split + regex per line', value: ratio((t) => t['parse text']! / t['split + regex']!), budget: 40, format: (n) => n.toFixed(1)},
  {label: '3. growth markdown: 16× ÷ (16 × 1×)', value: ratio((t) => t['parse markdown 16×']! / t['parse markdown 16 × 1×']!), budget: 1.2, format: two},
  {label: '   growth text: 16× ÷ (16 × 1×) *', value: ratio((t) => t['parse text 16×']! / t['parse text 16 × 1×']!), budget: 1.2, format: two},
  {label: '   doubling markdown: 32× ÷ (2 × 16×)', value: ratio((t) => t['parse markdown 32×']! / (2 * t['parse markdown 16×']!)), budget: 1.2, format: two},
  {label: '   doubling text: 32× ÷ (2 × 16×)', value: ratio((t) => t['parse text 32×']! / (2 * t['parse text 16×']!)), budget: 1.2, format: two},
  {
    label: '4. zod validation, share of the parse',
    value: ratio((t) => 1 - t['parse markdown, no validation']! / t['parse markdown']!),
    format: (n) => `${Math.round(n * 100)}%`
  }
]

// Memory: the heap right after parsing 1 MB (garbage included: the closest to a peak the heap
// statistics give) and what the tree keeps once garbage is collected, both per input byte.
let heapAfter = Number.NaN
let heapKept = Number.NaN
if (gc && !singleOnly) {
  const bytes = Buffer.byteLength(x16)
  gc()
  const before = process.memoryUsage().heapUsed
  const tree = parseKamerbrief(x16, {format: 'markdown'})
  heapAfter = (process.memoryUsage().heapUsed - before) / bytes
  gc()
  heapKept = (process.memoryUsage().heapUsed - before) / bytes
  sink += tree.children.length
}
// Growth as the rows of RESULTS.md up to commit c2f90d4 measured it, against the letter timed one
// parse a call: printed beside the figures, not recorded (see `parses`).
const perParse: Figure[] = singleOnly
  ? []
  : [
      {label: '   growth markdown, 1× timed per parse', value: ratio((t) => t['parse markdown 16×']! / (16 * t['parse markdown (1×)']!)), format: two},
      {label: '   growth text, 1× timed per parse', value: ratio((t) => t['parse text 16×']! / (16 * t['parse text (1×)']!)), format: two}
    ]
const one = (n: number) => n.toFixed(1)
figures.push({label: '5. heap after parse ÷ input bytes (1 MB)', value: heapAfter, format: one})
figures.push({label: '   heap kept by the tree ÷ input bytes', value: heapKept, format: one})

const cpu = `${cpus()[0]?.model.trim() ?? 'unknown CPU'} × ${cpus().length}`
const date = new Date().toISOString().slice(0, 10)
const load = loadavg()[0]!.toFixed(1)
let commit = '-'
try {
  const git = (...a: string[]) => execFileSync('git', a, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim()
  commit = git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--', 'src') ? '+' : '')
} catch {
  // Not a git checkout: the row goes without a commit.
}

const show = (f: Figure) => (Number.isNaN(f.value) ? '-' : f.format(f.value))
console.log(`kamerbrief bench: node ${process.version}, ${cpu}, load ${load}, ${date}, ${rounds} round${rounds === 1 ? '' : 's'}`)
console.log(`letter: ${LETTER} (${letter.length.toLocaleString('en')} characters; 16× = ${(x16.length / 1e6).toFixed(2)} M)\n`)
for (const f of [...figures, ...perParse]) {
  const verdict = f.budget === undefined ? '' : `  budget ≤ ${f.budget}: ${f.value <= f.budget ? 'within' : 'OVER'}`
  console.log(`${f.label.padEnd(42)} ${show(f).padStart(6)}${verdict}`)
}
console.log('\n* In the repeated input the nota that ends copy 1 takes in all later copies (a document has one')
console.log('  letter), so 16× is read differently from 1×: see bench/RESULTS.md. The doubling lines compare')
console.log('  inputs of the same structure.')
if (!gc) console.log('(the memory figures need node --expose-gc)')
console.log('\nms per call (median of rounds):')
for (const {name} of [...single.tasks, ...(singleOnly ? [] : growth.tasks)]) console.log(`  ${name.padEnd(32)} ${median(measured.map((t) => t[name]!)).toFixed(3)}`)
if (sink < 0) console.log(sink)
// `--json`: the figures on a last line of their own, for `npm run bench:compare`.
if (args.includes('--json')) console.log(JSON.stringify(Object.fromEntries([...figures, ...perParse].map((f) => [f.label.trim(), f.value]))))

if (record) {
  const header = `| date | node | CPU | load | commit | md ÷ fromMarkdown | text ÷ split | growth md | growth text | doubling md | doubling text | zod share | heap/byte | kept/byte |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`
  const row = `| ${[date, process.version, cpu, load, commit, ...figures.map(show)].join(' | ')} |`
  // The row goes at the end of its table: other benchmarks write sections of their own to the file.
  const lines = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8').trimEnd().split('\n') : ['# Benchmark results']
  const at = lines.indexOf(header.split('\n')[0]!)
  if (at < 0) lines.push('', '## Ratios', '', header, row)
  else {
    let end = at + 2
    while (end < lines.length && lines[end]!.startsWith('|')) end++
    lines.splice(end, 0, row)
  }
  writeFileSync(RESULTS, `${lines.join('\n')}\n`)
  console.log('\nadded a row to bench/RESULTS.md')
}
