/**
 * Plain text: pdftotext output, copied web pages, text columns of datasets. `*` and `_` are
 * literal characters and indentation is not code; paragraphs may be hard-wrapped without a blank
 * line between them.
 */
import {readPlainLine, splitLines} from '../lines.js'
import {plainReadingText} from '../reading-text.js'
import {sideColumnApart} from './side-column.js'
import type {Source} from './source.js'

export const textSource: Source = {
  format: 'text',
  // Text is what an input is when no other format claims it.
  detect: () => true,
  lines: (input) => sideColumnApart(input, splitLines(input, readPlainLine)),
  blankLineBetweenParagraphs: false,
  readingText: plainReadingText
}
