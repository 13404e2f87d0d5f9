/**
 * A document read from a file's bytes, whatever its kind: what the command line and the batch do
 * with each file. A PDF is known by `%PDF-` near its start, a Word file by a zip that holds
 * `word/document.xml`; other zips (an ODT) go to the Word reader, which refuses them with
 * `UNSUPPORTED_FORMAT`; everything else is text. The PDF and Word readers are loaded only for their
 * files, so a run over text never loads them, and without pdfjs-dist a PDF fails with
 * `MISSING_DEPENDENCY` while the other files are read.
 */
import type {Root} from './ast.js'
import {WORD_DOCUMENT_PART} from './docx/signature.js'
import type {Options} from './options.js'
import {parseKamerbrief} from './parse-kamerbrief.js'

export type FileKind = 'pdf' | 'docx' | 'zip' | 'text'

/** How far into a file "%PDF-" may stand: readers accept a header within its first 1,024 bytes. */
const PDF_HEADER_WITHIN = 1024
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const WORD_DOCUMENT = new TextEncoder().encode(WORD_DOCUMENT_PART)

/** The kind of a file, from its first bytes (and, for a zip, the names it holds). */
export function fileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP, 0)) return contains(bytes, WORD_DOCUMENT) ? 'docx' : 'zip'
  const limit = Math.min(bytes.length - PDF.length, PDF_HEADER_WITHIN)
  for (let at = 0; at <= limit; at++) if (startsWith(bytes, PDF, at)) return 'pdf'
  return 'text'
}

/** Parses `bytes` as the reader of their kind does; `options.format` applies to text only. */
export async function parseFile(bytes: Uint8Array, options: Options = {}): Promise<Root> {
  const kind = fileKind(bytes)
  const {format, ...binary} = options
  if (kind === 'pdf') return (await import('./pdf.js')).parseKamerbriefPdf(bytes, binary)
  if (kind === 'docx' || kind === 'zip') return (await import('./docx.js')).parseKamerbriefDocx(bytes, binary)
  return parseKamerbrief(bytes, format === undefined ? binary : {...binary, format})
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at: number): boolean {
  for (let k = 0; k < prefix.length; k++) if (bytes[at + k] !== prefix[k]) return false
  return true
}

/** Whether `needle` occurs in `bytes` (names in a zip's headers are stored as they are). */
function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0]!
  for (let at = bytes.indexOf(first); at >= 0 && at + needle.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    let k = 1
    while (k < needle.length && bytes[at + k] === needle[k]) k++
    if (k === needle.length) return true
  }
  return false
}
