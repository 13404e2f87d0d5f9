/**
 * The seam between an input format and the parser. A source turns the input into lines with the
 * hints its format gives (headings, list bullets, page breaks) and reads a block's text, inline
 * markup included. Everything after it works on lines, hints and reading texts, and never asks
 * which format it is reading: a new format is a new source.
 */
import type {Line} from '../lines.js'
import type {Format} from '../options.js'
import type {ReadingContext, ReadingText} from '../reading-text.js'

export interface Source {
  /** The `format` of the trees this source reads. */
  readonly format: Format
  /** Whether `sample`, the start of an input, carries the signs of this format (for `format: 'auto'`). */
  detect(sample: string): boolean
  /** One record per line, a run of blank lines as one, with this format's markup taken off as hints. */
  lines(input: string): Line[]
  /**
   * Whether paragraphs are always separated by a blank line. Where they are not (hard-wrapped plain
   * text), a short line that ends a sentence also ends its paragraph.
   */
  readonly blankLineBetweenParagraphs: boolean
  /** The reading text of `lines` from offset `from` on, with the links its inline markup marks. */
  readingText(lines: readonly Line[], context: ReadingContext, from?: number): ReadingText
  /**
   * Whether the source sees the page's layout: footnote markers are the runs it marks raised (the
   * `superscripts` of its lines), footnote texts the lines of its `footnoteZone`. The patterns that
   * guess them in flat text (digits glued to a word: "artikel 4.1,"; numbered lines above a footer)
   * do not apply.
   */
  readonly layout?: boolean
  /**
   * The characters of `input` that are this format's block markup, not text (a quote's `>`, a
   * heading's `#` runs, a list bullet): `coverage()` needs no node for them.
   */
  markup?(input: string): Uint8Array
}
