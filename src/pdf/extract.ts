/**
 * From the bytes of a PDF to its lines: the reading text of the whole file, and per line its place
 * on the page and what the geometry says about it (column, superscripts, footnote zone, repeats).
 * Only geometry is read here, never words: what the lines say is for the parser to decide.
 */
import {sideColumns, type Side} from './columns.js'
import {readPages, type ReadOptions, type TextItem} from './document.js'
import {footnoteZone} from './footnote-zone.js'
import {readingOrder} from './reading-order.js'
import {repeated} from './repeats.js'
import {rowLines, type RowLine} from './rows.js'
import type {PdfLine, PdfPage, PdfRun, PdfSuperscript, PdfText} from './types.js'

export type PdfLinesOptions = ReadOptions

interface PageLine extends RowLine {
  page: number
  column: 'sidebar' | 'body'
  /** Which column exactly: the body, the side column on the left or the right, or text that is turned. */
  group: Side | 'body' | 'turned'
}

/**
 * The reading text and lines of the PDF `data`. Throws a `KamerbriefError`: `INVALID_INPUT` when
 * `data` is not a Uint8Array, `INVALID_PDF`, `ENCRYPTED_PDF`, `NO_TEXT_LAYER` (a scan), and
 * `MISSING_DEPENDENCY` when pdfjs-dist is not installed. `data` is left as it is.
 */
export async function extractPdfLines(data: Uint8Array, options: PdfLinesOptions = {}): Promise<PdfText> {
  const pages = await readPages(data, options)
  const texts = pages.map((page) => page.items.filter((item) => /\S/.test(item.str)))
  const size = bodySize(texts.flat())
  const sides = sideColumns(
    texts,
    pages.map((page) => page.width),
    size
  )
  const perPage = texts.map((items, index) => pageLines(items, sides[index]!, index + 1))
  const all = perPage.flat()
  const repeats = repeated(
    all.map((line) => ({page: line.page, text: line.text, x: line.x0, baseline: line.baseline})),
    pages.length
  )
  const isRepeated = new Map(all.map((line, index) => [line, repeats[index]!]))

  let text = ''
  const outPages: PdfPage[] = []
  const lines: PdfLine[] = []
  const superscripts: PdfSuperscript[] = []
  pages.forEach((page, index) => {
    if (index > 0) text += '\n\f'
    const start = text.length
    const own = perPage[index]!
    const zone = footnoteZone(own, page.height, size)
    readingOrder(own).forEach((block, b) => block.forEach((at, n) => {
      const line = own[at]!
      if (b > 0 || n > 0) text += '\n'
      const lineStart = text.length
      text += line.text
      const hints: PdfLine['hints'] = {column: line.column, page: page.number}
      if (n === 0) hints.blockStart = true
      const runs = superscriptRuns(line, lineStart)
      if (runs.length > 0) {
        hints.superscripts = runs
        for (const run of runs) superscripts.push({...run, line: lines.length})
      }
      if (zone.has(line)) hints.footnoteZone = true
      if (isRepeated.get(line) === true) hints.repeated = true
      lines.push({start: lineStart, end: text.length, page: page.number, box: box(line, page.number, page.width, page.height), fontSize: round(line.size), hints})
    }))
    outPages.push({number: page.number, width: round(page.width), height: round(page.height), cropBox: page.cropBox, rotation: page.rotation, start, end: text.length})
  })
  return {text, pages: outPages, lines, superscripts}
}

/** The size of most of the text of the file: the body type, the measure of what is small. */
function bodySize(items: readonly TextItem[]): number {
  const counts = new Map<number, number>()
  for (const item of items) {
    const size = Math.round(item.size * 10) / 10
    counts.set(size, (counts.get(size) ?? 0) + item.str.replace(/\s/g, '').length)
  }
  let best = 0
  let most = -1
  for (const [size, count] of counts) {
    if (count > most) {
      best = size
      most = count
    }
  }
  return best
}

/** The lines of one page: the body and each side column read apart, turned text one item a line. */
function pageLines(items: readonly TextItem[], sides: ReadonlyMap<TextItem, Side>, page: number): PageLine[] {
  const groups = new Map<Side | 'body', TextItem[]>()
  const turned: TextItem[] = []
  for (const item of items) {
    if (!item.level) {
      turned.push(item)
      continue
    }
    const group = sides.get(item) ?? 'body'
    const list = groups.get(group)
    if (list) list.push(item)
    else groups.set(group, [item])
  }
  const out: PageLine[] = []
  for (const [group, list] of groups) {
    for (const line of rowLines(list)) out.push({...line, page, group, column: group === 'body' ? 'body' : 'sidebar'})
  }
  // Text that does not run along a level baseline cannot share a line with level text, nor with other turned text.
  for (const item of turned) {
    const line = rowLines([{...item, level: true}])[0]!
    out.push({...line, items: [item], page, group: 'turned', column: 'body'})
  }
  return out
}

/** The superscript runs of `line`, as offsets into the reading text: its superscript items, white space at their ends left out. */
function superscriptRuns(line: RowLine, lineStart: number): PdfRun[] {
  const runs: PdfRun[] = []
  line.items.forEach((item, index) => {
    if (!line.superscript[index]) return
    const lead = item.str.length - item.str.trimStart().length
    const start = lineStart + line.offsets[index]! + lead
    const end = start + item.str.trim().length
    const last = runs[runs.length - 1]
    if (last !== undefined && last.end === start) last.end = end
    else runs.push({start, end})
  })
  return runs
}

function box(line: RowLine, page: number, width: number, height: number) {
  const x0 = clamp(line.x0, 0, width)
  const x1 = clamp(line.x1, 0, width)
  const y0 = clamp(line.top, 0, height)
  const y1 = clamp(line.bottom, 0, height)
  // Rounded ends, not rounded lengths: the box stays inside the page.
  return {page, x: round(x0), y: round(y0), width: round(round(x1) - round(x0)), height: round(round(y1) - round(y0))}
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value))
/** Hundredths of a point: finer than any PDF places text, and numbers that read well. */
const round = (value: number) => Math.round(value * 100) / 100
