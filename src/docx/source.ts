/**
 * The text laid out from a Word file as a `Source`: one line per line of it, with what Word says of
 * the line as hints (a heading's depth, a running header or footer). What the lines say (a
 * letterhead, a question, a footnote's text) is read after it, as for any other source.
 */
import type {Line} from '../lines.js'
import {readPlainLine, splitLines} from '../lines.js'
import {plainReadingText} from '../reading-text.js'
import type {Source} from '../sources/source.js'
import type {DocxText} from './extract.js'

/** The source that reads `docx.text`, with the hints of its paragraphs. */
export function docxSource(docx: DocxText): Source {
  return {
    format: 'docx',
    // Never chosen by `format: 'auto'`: a Word file is read from its bytes.
    detect: () => false,
    lines: (input) => docxLines(input, docx),
    // The layout puts a blank line between every two paragraphs.
    blankLineBetweenParagraphs: true,
    readingText: plainReadingText
  }
}

/** The lines of `input` (the text of `docx`), each with the hints of the paragraph it is in. */
export function docxLines(input: string, docx: DocxText): Line[] {
  const lines = splitLines(input, readPlainLine)
  // Both lists run in text order: one walk pairs each line with its paragraph.
  let at = 0
  for (const line of lines) {
    while (at < docx.blocks.length && docx.blocks[at]!.end < line.start) at++
    const block = docx.blocks[at]
    if (block === undefined || block.start > line.contentStart || block.end < line.contentEnd || line.contentStart >= line.contentEnd) continue
    // A heading's depth opens its first line only; the lines after a break in it continue it.
    if (block.heading !== undefined && line.start <= block.start) line.heading = block.heading
    if (block.repeated) line.repeated = true
  }
  return lines
}
