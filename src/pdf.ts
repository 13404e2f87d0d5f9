/**
 * The `kamerbrief/pdf` entry: a Kamerbrief read from the bytes of its PDF. pdfjs-dist, an optional
 * peer dependency, is loaded only here and only when a PDF is read, so the core never pulls it in.
 *
 * @module kamerbrief/pdf
 */
import type {Root} from './ast.js'
import {KamerbriefError} from './errors.js'
import {resolveOptions, type Options} from './options.js'
import {parseWith} from './parse-kamerbrief.js'
import {placeNodes} from './pdf/boxes.js'
import {extractPdfLines} from './pdf/extract.js'
import type {PdfjsOption} from './pdf/pdfjs.js'
import {pdfSource} from './pdf/source.js'

export type {Pdfjs, PdfjsOption} from './pdf/pdfjs.js'

/** Options for {@link parseKamerbriefPdf}: those of `parseKamerbrief` but `format`, and the pdfjs to read with. */
export interface PdfOptions extends Omit<Options, 'format'> {
  /**
   * The pdfjs-dist module to read with, or a function that loads it. By default the legacy build of
   * the installed pdfjs-dist (`pdfjs-dist/legacy/build/pdf.mjs`), the one that runs on Node.js 20.
   */
  pdfjs?: PdfjsOption
}

/**
 * Parses a Kamerbrief from the bytes of its PDF into a validated syntax tree. Positions point into
 * `root.data.text`, the reading text laid out from the file (each page's lines in reading order,
 * pages joined by "\n\f"); every node that owns text has `data.page` (the page of its first
 * character) and `data.boxes` (one `{page, x, y, width, height}` per page it covers, in points from
 * the top left of the page's crop box). The caller's bytes are not changed.
 *
 * Throws a {@link KamerbriefError}: `INVALID_INPUT` for anything but bytes, `INVALID_PDF`,
 * `ENCRYPTED_PDF`, `NO_TEXT_LAYER` (a scan), `MISSING_DEPENDENCY` when pdfjs-dist is not installed,
 * `INPUT_TOO_LARGE` when the reading text is longer than `options.maxInputLength`.
 *
 * @param data The PDF file.
 * @param options See {@link PdfOptions}.
 * @returns The `root` node, with `format: 'pdf'`.
 * @example
 * import {readFile} from 'node:fs/promises'
 * import {parseKamerbriefPdf} from 'kamerbrief/pdf'
 *
 * const tree = await parseKamerbriefPdf(await readFile('kamerbrief.pdf'))
 * tree.format // 'pdf'
 * tree.data.text.slice(tree.children[0].position.start.offset, tree.children[0].position.end.offset)
 */
export async function parseKamerbriefPdf(data: Uint8Array | ArrayBuffer, options?: PdfOptions): Promise<Root> {
  if (options != null && typeof options === 'object' && 'format' in options && options.format !== undefined) {
    throw new KamerbriefError('INVALID_OPTIONS', 'options.format has no meaning for a PDF: it is always read as a PDF')
  }
  const settings = resolveOptions(options)
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data
  const pdf = await extractPdfLines(bytes, options?.pdfjs === undefined ? {} : {pdfjs: options.pdfjs})
  if (pdf.text.length > settings.maxInputLength) {
    throw new KamerbriefError('INPUT_TOO_LARGE', `The text of the PDF is ${pdf.text.length} long, more than options.maxInputLength (${settings.maxInputLength})`)
  }
  return parseWith(pdf.text, pdfSource(pdf), settings.validate, (root) => {
    root.data = {...root.data, text: pdf.text}
    placeNodes(root, pdf.lines)
  })
}
