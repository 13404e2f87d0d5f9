/**
 * `npm run bench:pdf`: what reading a PDF costs, per page, on the files of ../shared/pdf: the time of
 * `parseKamerbriefPdf` beside the time of `pdftotext` on the same file (where it is installed; its
 * time includes starting the process, as a pipeline that converts first pays it), and the memory a
 * parse takes per page. Prints the figures and their ratios; no budget, as pdfjs does most of the work.
 *
 * Times are the median of `--rounds N` runs (default 5) after one warm-up run; memory is measured
 * in a process of its own per file (see `memory`).
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

// The built package, as users import it.
const {parseKamerbriefPdf} = (await import(new URL('../dist/pdf.js', import.meta.url).href)) as typeof import('../src/pdf.js')

const dir = fileURLToPath(new URL('../../shared/pdf/', import.meta.url))
if (!existsSync(dir)) {
  console.log(`../shared/pdf is absent (${dir}): nothing to measure`)
  process.exit(0)
}

/** The files measured: the originals of the corpus golds, and two answers to Kamervragen. */
const FILES = [
  '01-ah-tk-20202021-3235-szw-tozo.pdf',
  '03-ah-tk-20142015-698-vws-ziekenhuisrekeningen.pdf',
  '10-kamerbrief-ienw-2023-verzamelbrief-luchtvaart.pdf',
  '11-bnc-fiche-fin-2022-mifir.pdf',
  '21-beslisnota-ienw-2023-actieplan-luchtvaartveiligheid.pdf',
  '22-beslisnota-bzk-2023-evaluaties-college-rechten-mens.pdf',
  'learninglion-kamervragen/1b26915f-b542-4707-8495-b5c21f0edfe1.pdf',
  'learninglion-kamervragen/1c0f765c-d7b4-455e-a241-35a4e9a9dc36.pdf'
].filter((file) => existsSync(join(dir, file)))

const args = process.argv.slice(2)
const roundsAt = args.indexOf('--rounds')
const rounds = roundsAt >= 0 ? Math.max(1, Number(args[roundsAt + 1]) || 5) : 5
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

async function time(run: () => unknown): Promise<number> {
  await run()
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  return median(times)
}

/**
 * The memory a warm parse of `path` takes, in a process of its own: the peak of the heap and of the
 * buffers outside it (pdfjs's) over the parse, sampled every millisecond, and what the tree keeps
 * once garbage is collected, both above what the process held before, in bytes.
 */
function memory(path: string): {peak: number; kept: number} {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', path], {encoding: 'utf8'})
  return JSON.parse(out) as {peak: number; kept: number}
}

if (args[0] === '--child') {
  const gc = (globalThis as {gc?: () => void}).gc!
  const data = new Uint8Array(readFileSync(args[1]!))
  const used = () => {
    const usage = process.memoryUsage()
    return usage.heapUsed + usage.external
  }
  // A first parse loads pdfjs and its worker and compiles the parser: no part of what a page costs.
  await parseKamerbriefPdf(data)
  gc()
  const before = used()
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, used())), 1)
  const tree = await parseKamerbriefPdf(data)
  peak = Math.max(peak, used())
  clearInterval(sampler)
  gc()
  console.log(JSON.stringify({peak: peak - before, kept: used() - before + (tree.children.length < 0 ? 1 : 0)}))
  process.exit(0)
}

const rows: string[][] = [['file', 'pages', 'ms/page', 'pdftotext ms/page', 'ratio', 'peak MB/page', 'kept KB/page']]
let pagesAll = 0
let pdfAll = 0
let textAll = 0
let peakAll = 0
let keptAll = 0
for (const file of FILES) {
  const path = join(dir, file)
  const data = new Uint8Array(readFileSync(path))
  const tree = await parseKamerbriefPdf(data)
  const pages = tree.data!.text!.split('\f').length
  const pdf = await time(() => parseKamerbriefPdf(data))
  const text = hasPdftotext ? await time(() => execFileSync('pdftotext', [path, '-'])) : Number.NaN
  const bytes = memory(path)
  pagesAll += pages
  pdfAll += pdf
  textAll += text
  peakAll += bytes.peak
  keptAll += bytes.kept
  rows.push([file.replace(/^learninglion-kamervragen\//, 'll/').slice(0, 48), String(pages), (pdf / pages).toFixed(1), (text / pages).toFixed(1), (pdf / text).toFixed(1), (bytes.peak / pages / 2 ** 20).toFixed(1), (bytes.kept / pages / 2 ** 10).toFixed(0)])
}
rows.push(['all', String(pagesAll), (pdfAll / pagesAll).toFixed(1), (textAll / pagesAll).toFixed(1), (pdfAll / textAll).toFixed(1), (peakAll / pagesAll / 2 ** 20).toFixed(1), (keptAll / pagesAll / 2 ** 10).toFixed(0)])

const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '))
console.log(`median of ${rounds} rounds; ${hasPdftotext ? '' : 'pdftotext is not installed (poppler-utils), so its columns are NaN; '}node ${process.version}`)
