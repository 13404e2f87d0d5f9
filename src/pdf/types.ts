/**
 * What the PDF reader gives: one reading text for the whole file and, per line of it, where it is
 * on its page and what the page's geometry says about it. Offsets count UTF-16 code units of
 * `text`, as every offset of the parser does.
 */

/** A rectangle on a page, in PDF points from the top-left corner of the page as shown (crop box, rotation applied). */
export interface PdfBox {
  /** 1-based page number. */
  page: number
  x: number
  y: number
  width: number
  height: number
}

export interface PdfPage {
  /** 1-based page number. */
  number: number
  /** Width and height as shown: the crop box, turned by `rotation`. */
  width: number
  height: number
  /** The crop box in the PDF's own coordinates: `[x0, y0, x1, y1]`, origin at the bottom left. */
  cropBox: [number, number, number, number]
  /** The page's /Rotate, in degrees clockwise (0, 90, 180, 270). */
  rotation: number
  /** Offsets of the page's text in the reading text: its lines, without the form feed between pages. */
  start: number
  end: number
}

/** A run of characters in the reading text, `text.slice(start, end)`. */
export interface PdfRun {
  start: number
  end: number
}

/** A superscript run and the index of its line in {@link PdfText.lines}. */
export interface PdfSuperscript extends PdfRun {
  line: number
}

/** What the page's geometry says about a line. */
export interface PdfLineHints {
  /**
   * `sidebar` for a narrow column beside the body with its own lines (the Rijkshuisstijl column with
   * sender, date and references, a Kamerstuk's left margin with its colophon); `body` otherwise.
   */
  column: 'sidebar' | 'body'
  /** 1-based page number. */
  page: number
  /**
   * The line opens a block of its page: the first of its column, or set apart from the line above
   * by more than a line's leading (a paragraph, the address, a group of the side column).
   */
  blockStart?: boolean
  /** Runs printed smaller and raised above the line's baseline: footnote markers, the letters of an ordinal. */
  superscripts?: PdfRun[]
  /** The line lies in the block of smaller type at the foot of the page, below the body: footnote texts. */
  footnoteZone?: boolean
  /** The same text is printed at the same place on other pages: a running header or footer. */
  repeated?: boolean
}

export interface PdfLine {
  /** Offset of the line's first character in the reading text. */
  start: number
  /** Offset after its last character, before the line break. */
  end: number
  page: number
  /** The union of the boxes of its text, inside the page. */
  box: PdfBox
  /** The size of most of its characters, superscripts aside, in points. */
  fontSize: number
  hints: PdfLineHints
}

export interface PdfText {
  /**
   * The reading text: each page's lines in reading order joined by "\n", pages joined by "\n\f".
   * It holds every character of the PDF's text layer once; between text items it adds a space where
   * their gap is one, and nothing else.
   */
  text: string
  pages: PdfPage[]
  /** Every line in reading-text order. */
  lines: PdfLine[]
  /** Every superscript run, in reading-text order. */
  superscripts: PdfSuperscript[]
}
