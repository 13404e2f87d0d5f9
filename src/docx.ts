/**
 * The `kamerbrief/docx` entry: a Kamerbrief read from the bytes of its Word file (.docx). It needs no
 * dependency: the zip and its XML are read here.
 *
 * @module kamerbrief/docx
 */
import type {Root} from './ast.js'
import {extractDocxText} from './docx/extract.js'
import {docxSource} from './docx/source.js'
import {KamerbriefError} from './errors.js'
import {type Options, resolveOptions} from './options.js'
import {parseWith} from './parse-kamerbrief.js'

/** Options for {@link parseKamerbriefDocx}: those of `parseKamerbrief` but `format`. */
export type DocxOptions = Omit<Options, 'format'>

/**
 * How much XML a read may inflate per character of `maxInputLength`: the XML of a Word file is
 * many times its text (styles, numbering, run properties). Capped, so that a zip bomb is refused
 * long before it fills the memory.
 */
const XML_PER_CHARACTER = 32
const MIN_XML_BYTES = 4 * 1024 * 1024
const MAX_XML_BYTES = 256 * 1024 * 1024

/**
 * Parses a Kamerbrief from the bytes of its Word file into a validated syntax tree. Positions point
 * into `root.data.text`, the text laid out from the file: the header of the first page (where
 * ministries keep the letterhead, often in text boxes), the body, the footnotes, then the other
 * headers and footers; a blank line between paragraphs. Field codes read as the values Word shows,
 * list items with the numbers Word draws, footnote references as raised digits ("¹"). Word lays
 * out pages only when it shows a file, so no node has a `data.page`. The caller's bytes are not
 * changed.
 *
 * Throws a {@link KamerbriefError}: `INVALID_INPUT` for anything but bytes, `INVALID_DOCX` for a
 * file that is no zip or a damaged one, `UNSUPPORTED_FORMAT` for an OpenDocument file (.odt), a
 * Word 97–2003 file (.doc), a PDF or a zip that holds no Word document, `INPUT_TOO_LARGE` when its
 * XML or its text is too large for `options.maxInputLength` (a zip bomb among them).
 *
 * @param data The Word file.
 * @param options See {@link DocxOptions}.
 * @returns The `root` node, with `format: 'docx'`.
 * @example
 * import {readFile} from 'node:fs/promises'
 * import {parseKamerbriefDocx} from 'kamerbrief/docx'
 *
 * const tree = await parseKamerbriefDocx(await readFile('beantwoording.docx'))
 * tree.format // 'docx'
 * const text = tree.data?.text as string
 * text.slice(tree.children[0].position.start.offset, tree.children[0].position.end.offset)
 */
export async function parseKamerbriefDocx(data: Uint8Array | ArrayBuffer, options?: DocxOptions): Promise<Root> {
  if (options != null && typeof options === 'object' && 'format' in options && options.format !== undefined) {
    throw new KamerbriefError('INVALID_OPTIONS', 'options.format has no meaning for a Word file: it is always read as one')
  }
  const settings = resolveOptions(options)
  if (!(data instanceof Uint8Array) && !(data instanceof ArrayBuffer)) {
    const kind = data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data
    throw new KamerbriefError('INVALID_INPUT', `Expected the bytes of a Word file (Uint8Array or ArrayBuffer), got ${kind}`)
  }
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data
  const maxXmlBytes = Math.min(MAX_XML_BYTES, Math.max(MIN_XML_BYTES, settings.maxInputLength * XML_PER_CHARACTER))
  const docx = await extractDocxText(bytes, {maxXmlBytes})
  if (docx.text.length > settings.maxInputLength) {
    throw new KamerbriefError('INPUT_TOO_LARGE', `The text of the Word file is ${docx.text.length} long, more than options.maxInputLength (${settings.maxInputLength})`)
  }
  return parseWith(docx.text, docxSource(docx), settings.validate, (root) => {
    root.data = {...root.data, text: docx.text}
  })
}
