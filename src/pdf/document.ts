/**
 * Opens the PDF bytes with pdfjs and reads each page: its size and crop box, and its text items with
 * their geometry on the page as shown. Refuses what cannot be read: a file that is no PDF, one that
 * needs a password, a scan without a text layer.
 */
import {KamerbriefError} from '../errors.js'
import {INSTALL, loadPdfjs, messageOf, type Pdfjs, type PdfjsDocument, type PdfjsOption, type PdfjsPage, type PdfjsTextItem} from './pdfjs.js'

/** A text item of a page, placed on the page as shown (origin top left, y downwards, in points). */
export interface TextItem {
  /** The item's characters, control characters read as spaces (same length, so offsets hold). */
  str: string
  /** Left end of the baseline. */
  x: number
  baseline: number
  /** Advance width along the baseline. */
  width: number
  /** Font size on the page: the height of the em square. */
  size: number
  /** Top and bottom of the glyphs: the font's ascent and descent. */
  top: number
  bottom: number
  /** False for text that does not run left to right along a level baseline (turned, vertical, mirrored). */
  level: boolean
  /**
   * Where its characters are: from its first to its last character that is not white space (its
   * width shared out evenly over its characters, since pdfjs gives no glyph widths), between top
   * and bottom. For text that is not level, the box around it.
   */
  box: {x0: number; y0: number; x1: number; y1: number}
}

export interface PageItems {
  number: number
  width: number
  height: number
  cropBox: [number, number, number, number]
  rotation: number
  items: TextItem[]
}

export interface ReadOptions {
  pdfjs?: PdfjsOption
}

/** Every page of `data` with its text items; throws a `KamerbriefError` for what cannot be read. */
export async function readPages(data: Uint8Array, options: ReadOptions = {}): Promise<PageItems[]> {
  if (!(data instanceof Uint8Array)) {
    throw new KamerbriefError('INVALID_INPUT', `Expected the bytes of a PDF as a Uint8Array, got ${data === null ? 'null' : typeof data}`)
  }
  const pdfjs = await loadPdfjs(options.pdfjs)
  const task = open(pdfjs, data)
  // pdfjs asks for a password through this callback, and fails once the task is ended; what it
  // fails with is no class it exports, so the question is the sign.
  let needsPassword = false
  task.onPassword = () => {
    needsPassword = true
    void task.destroy().catch(() => {})
  }
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw needsPassword ? new KamerbriefError('ENCRYPTED_PDF', 'The PDF is encrypted and needs a password to be read.') : refusal(error)
    })
    const pages: PageItems[] = []
    for (let number = 1; number <= document.numPages; number++) pages.push(await readPage(document, number))
    if (pages.every((page) => page.items.every((item) => item.str.trim() === ''))) {
      throw new KamerbriefError(
        'NO_TEXT_LAYER',
        `The PDF has no text on any of its ${pages.length} page${pages.length === 1 ? '' : 's'}: a scan without a text layer? Run OCR on it first (ocrmypdf), then read it again.`
      )
    }
    return pages
  } finally {
    // Frees the worker and the document; a failure to free them is no reason to lose the result or the first error.
    await task.destroy().catch(() => {})
  }
}

function open(pdfjs: Pdfjs, data: Uint8Array) {
  try {
    return pdfjs.getDocument({
      // pdfjs takes over (detaches) the buffer it is given: it gets a copy, the caller keeps theirs. Not
      // data.slice(): on a Node.js Buffer that is a view of the same memory, often a pool shared with other Buffers.
      data: new Uint8Array(data),
      // Warnings about fonts and broken objects would go to the console; what matters is thrown.
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false
    })
  } catch (error) {
    throw unusable(error)
  }
}

/** The error for what pdfjs threw while opening the file. */
function refusal(error: unknown): KamerbriefError {
  // These come from the pdfjs code itself, not from the file (whose faults pdfjs reports as its own exceptions): a build that does not run here.
  if (error instanceof TypeError || error instanceof ReferenceError || error instanceof SyntaxError) return unusable(error)
  return new KamerbriefError('INVALID_PDF', `The bytes are not a PDF that can be read (${messageOf(error)}).`)
}

function unusable(error: unknown): KamerbriefError {
  return new KamerbriefError('MISSING_DEPENDENCY', `pdfjs-dist does not run here (${messageOf(error)}). Install the version this reader is tested with: \`${INSTALL}\`.`)
}

async function readPage(document: PdfjsDocument, number: number): Promise<PageItems> {
  let page: PdfjsPage
  try {
    page = await document.getPage(number)
  } catch (error) {
    throw new KamerbriefError('INVALID_PDF', `Page ${number} of the PDF cannot be read (${messageOf(error)}).`)
  }
  const viewport = page.getViewport({scale: 1})
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view
  // Characters exactly as the file maps them: ligatures and compatibility forms are the reading text's to resolve.
  const content = await page.getTextContent({disableNormalization: true, includeMarkedContent: false}).catch((error: unknown) => {
    throw new KamerbriefError('INVALID_PDF', `The text of page ${number} of the PDF cannot be read (${messageOf(error)}).`)
  })
  const items: TextItem[] = []
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue
    const style = content.styles[item.fontName]
    items.push(place(item, viewport.transform, style?.ascent, style?.descent))
  }
  page.cleanup()
  return {number, width: viewport.width, height: viewport.height, cropBox: [x0, y0, x1, y1], rotation: ((page.rotate % 360) + 360) % 360, items}
}

/** Where text lies above and below its baseline, in ems, when the font does not say. */
const ASCENT = 0.8
const DESCENT = 0.2

function place(item: PdfjsTextItem, viewport: number[], ascent = ASCENT, descent = -DESCENT): TextItem {
  const [a, b, c, d, e, f] = multiply(viewport, item.transform)
  const size = Math.hypot(c, d)
  // Fonts report odd ascents (0, 2.5); outside this range the usual values serve better.
  const up = ascent > 0.5 && ascent < 1.2 ? ascent : ASCENT
  const down = descent < 0 && descent > -0.5 ? -descent : DESCENT
  const str = item.str.replace(/[\u0000-\u001f\u007f]/g, ' ')
  // Level: the baseline runs to the right and the glyphs stand upright (y grows downwards on the page as shown).
  const level = a > 0 && Math.abs(b) <= a * 0.01 && d < 0 && Math.abs(c) <= -d * 0.01
  if (level) {
    const top = f - up * size
    const bottom = f + down * size
    const lead = str.length - str.trimStart().length
    const trail = str.length - str.trimEnd().length
    const per = str.length > 0 ? item.width / str.length : 0
    const x0 = e + lead * per
    const x1 = Math.max(x0, e + item.width - trail * per)
    return {str, x: e, baseline: f, width: item.width, size, top, bottom, level, box: {x0, y0: top, x1, y1: bottom}}
  }
  // Turned text: the box around the run from its baseline's start along its direction, up to the ascent.
  const length = Math.hypot(a, b) || 1
  const along = [(a / length) * item.width, (b / length) * item.width]
  const upwards = [c / (size || 1), d / (size || 1)]
  const corners = [
    [e - upwards[0]! * down * size, f - upwards[1]! * down * size],
    [e + upwards[0]! * up * size, f + upwards[1]! * up * size]
  ].flatMap(([x, y]) => [
    [x!, y!],
    [x! + along[0]!, y! + along[1]!]
  ])
  const xs = corners.map((p) => p[0]!)
  const ys = corners.map((p) => p[1]!)
  const box = {x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys)}
  return {str, x: box.x0, baseline: box.y1, width: box.x1 - box.x0, size, top: box.y0, bottom: box.y1, level, box}
}

/** The product of two PDF matrices `[a, b, c, d, e, f]`: first `n`, then `m`. */
function multiply(m: number[], n: number[]): [number, number, number, number, number, number] {
  const [ma = 1, mb = 0, mc = 0, md = 1, me = 0, mf = 0] = m
  const [na = 1, nb = 0, nc = 0, nd = 1, ne = 0, nf = 0] = n
  return [ma * na + mc * nb, mb * na + md * nb, ma * nc + mc * nd, mb * nc + md * nd, ma * ne + mc * nf + me, mb * ne + md * nf + mf]
}

/** The box around the boxes of `items` (a loop: a spread of a long line's items would overflow the stack). */
export function extent(items: readonly TextItem[]): {x0: number; y0: number; x1: number; y1: number} {
  let x0 = Number.POSITIVE_INFINITY
  let y0 = Number.POSITIVE_INFINITY
  let x1 = Number.NEGATIVE_INFINITY
  let y1 = Number.NEGATIVE_INFINITY
  for (const {box} of items) {
    x0 = Math.min(x0, box.x0)
    y0 = Math.min(y0, box.y0)
    x1 = Math.max(x1, box.x1)
    y1 = Math.max(y1, box.y1)
  }
  return {x0, y0, x1, y1}
}
