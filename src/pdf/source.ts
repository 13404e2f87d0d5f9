/**
 * The lines of a PDF as a `Source`: the reading text the extraction laid out, one line per line of
 * the page, with the hints the page's geometry gives (a block that opens, a page that starts, a
 * line repeated on other pages, superscript runs, the footnote zone). Everything after it reads
 * them as it reads the hints of any other source.
 */
import type {Line} from '../lines.js'
import {readPlainLine, splitLines} from '../lines.js'
import {plainReadingText} from '../reading-text.js'
import type {Source} from '../sources/source.js'
import type {PdfText} from './types.js'

/** The source that reads `pdf.text`, the reading text of one PDF, with the hints of its lines. */
export function pdfSource(pdf: PdfText): Source {
  return {
    format: 'pdf',
    // Never chosen by `format: 'auto'`: a PDF is read from its bytes.
    detect: () => false,
    lines: (input) => pdfLines(input, pdf),
    // Paragraphs set apart by space open blocks by their hint; those that are not (an indented first
    // line, none at all) end where a short line ends a sentence, as in hard-wrapped text.
    blankLineBetweenParagraphs: false,
    layout: true,
    readingText: plainReadingText
  }
}

/** The lines of `input` (the reading text of `pdf`), each with the hints of the PDF line it is. */
export function pdfLines(input: string, pdf: PdfText): Line[] {
  const lines = splitLines(input, readPlainLine)
  // Both lists run in text order: one walk pairs each line with the PDF line it holds.
  let at = 0
  for (const line of lines) {
    while (at < pdf.lines.length && pdf.lines[at]!.end <= line.start) at++
    const source = pdf.lines[at]
    if (source === undefined || source.start > line.contentStart || source.end < line.contentEnd) continue
    const {hints} = source
    if (hints.blockStart) line.blockStart = true
    // The side column of the first page is the letterhead, whatever later pages repeat of it: the
    // readers read it, and the furniture stage marks its repeats by what they read.
    if (hints.repeated && !(hints.column === 'sidebar' && source.page === 1)) line.repeated = true
    if (hints.footnoteZone) line.footnoteZone = true
    if (hints.column === 'sidebar') line.sidebar = true
    if (hints.superscripts) line.superscripts = hints.superscripts
  }
  return lines
}
