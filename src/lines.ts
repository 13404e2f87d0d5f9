/**
 * The line record every source produces and every later stage reads: offsets into the original
 * input, so positions never drift, and the hints the source could give about the line. A source
 * (`sources/`) decides what its format says about a line; nothing after it asks which format it
 * read.
 */

/** What a source knows about a line beyond its text. */
export interface LineHints {
  /** A heading of this depth (`# 2`, `### 387`). */
  heading?: number
  /** The list bullet (`-`, `*`, `+`) that opened this line; its character lies before `contentStart`. */
  bullet?: string
  /** The line starts a new page (a form feed before it). */
  pageStart: boolean
  /** The line is a break between pages the converter drew ("-----"). */
  pageBreak?: boolean
  /** The line is printed at the same place on several pages: a running header or footer, whatever it says. */
  repeated?: boolean
  /** The layout sets the line apart from the one before (space above it, another column): it opens a block, as a blank line before it would. */
  blockStart?: boolean
  /** Runs of the line printed smaller and raised (footnote markers), as offsets into the input. */
  superscripts?: ReadonlyArray<{start: number; end: number}>
  /** The line lies in the smaller type at the foot of its page, below the body: footnote texts. */
  footnoteZone?: boolean
  /** The line stands in a narrow column beside the body: the Rijkshuisstijl column with sender, date and references. */
  sidebar?: boolean
  /**
   * The line goes on from the line of its column before it, with only a line of the other column
   * between them (two columns on the same lines, as pdftotext -layout prints them): it opens a block,
   * as no node may span the other column's text, but a value wrapped over both may go on in it.
   */
  resumes?: boolean
  /** The whole content was one bold span, whose markers lie outside the content. */
  strong?: boolean
  /** Leading white space before the content, in columns (tabs count as four). */
  indent: number
}

export interface Line extends LineHints {
  /** Offset of the first character of the line. */
  start: number
  /** Offset after the last character, before the line ending (of the last line, for a run of blank lines). */
  end: number
  /** Offset of the content: after the source's own markup and leading white space. */
  contentStart: number
  /** Offset after the content, before trailing white space. */
  contentEnd: number
  /** `input.slice(contentStart, contentEnd)`, with non-breaking spaces read as spaces (same length, so offsets hold). */
  text: string
}

/** Whether a UTF-16 code unit is white space inside a line: space, tab, NBSP, form feed, byte order mark or zero-width space. */
export const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x0c || c === 0xfeff || c === 0x200b

/** Reads the line input[start, end): a source's own markup taken off, into a {@link Line}. */
export type LineReader = (input: string, start: number, end: number) => Line

/** Splits `input` into lines read by `read`; a run of blank lines is one record. */
export function splitLines(input: string, read: LineReader): Line[] {
  const lines: Line[] = []
  let start = 0
  const length = input.length
  // Without \r a line ends at the next \n, which indexOf finds far faster than a loop over char codes.
  const lf = !input.includes('\r')
  while (start <= length) {
    let end = start
    if (lf) {
      end = input.indexOf('\n', start)
      if (end < 0) end = length
    } else {
      while (end < length) {
        const c = input.charCodeAt(end)
        if (c === 10 || c === 13) break
        end++
      }
    }
    const line = read(input, start, end)
    const previous = lines[lines.length - 1]
    // A run of blank lines is one record: only its page break matters, and a million records would cost memory, not information.
    if (previous !== undefined && isBlank(previous) && isBlank(line)) {
      previous.end = line.end
      if (line.pageStart) previous.pageStart = true
    } else lines.push(line)
    if (end >= length) break
    start = end + (input.charCodeAt(end) === 13 && input.charCodeAt(end + 1) === 10 ? 2 : 1)
  }
  return lines
}

/** The white space that opens input[start, end): where the content starts, its width, and whether a form feed is in it. */
export function leadingSpace(input: string, start: number, end: number): {at: number; indent: number; pageStart: boolean} {
  let at = start
  let pageStart = false
  let indent = 0
  while (at < end && isSpace(input.charCodeAt(at))) {
    const c = input.charCodeAt(at)
    if (c === 0x0c) pageStart = true
    indent += c === 9 ? 4 : 1
    at++
  }
  return {at, indent, pageStart}
}

/** Where the content of input[from, end) ends, before trailing white space. */
export function contentEnd(input: string, from: number, end: number): number {
  let at = end
  while (at > from && isSpace(input.charCodeAt(at - 1))) at--
  return at
}

/** A line of plain text: its content is everything but the white space around it. */
export const readPlainLine: LineReader = (input, start, end) => {
  const {at, indent, pageStart} = leadingSpace(input, start, end)
  const stop = contentEnd(input, at, end)
  return {start, end, contentStart: at, contentEnd: stop, text: lineText(input, at, stop), pageStart, indent}
}

/**
 * The text readers match on. PDF text puts non-breaking spaces in dates, numbers and headings
 * ("Vraag 1", "vergaderjaar 2022–2023"); read as spaces, every pattern treats them alike.
 */
export function lineText(input: string, from: number, to: number): string {
  const text = input.slice(from, to)
  return text.includes('\u00a0') ? text.replace(/\u00a0/g, ' ') : text
}

/** A copy of `line` limited to the content range [from, to) — for lines that hold two things. */
export function sliceLine(line: Line, input: string, from: number, to: number): Line {
  let s = Math.max(from, line.contentStart)
  let e = Math.min(to, line.contentEnd)
  while (s < e && isSpace(input.charCodeAt(s))) s++
  while (e > s && isSpace(input.charCodeAt(e - 1))) e--
  const copy: Line = {...line, contentStart: s, contentEnd: e, text: lineText(input, s, e)}
  if (s !== line.contentStart) {
    delete copy.bullet
    delete copy.heading
    delete copy.strong
    delete copy.pageBreak
    delete copy.repeated
    delete copy.blockStart
    delete copy.resumes
    copy.pageStart = false
  }
  return copy
}

/** Whether a line has no content: only white space. */
export const isBlank = (line: Line) => line.contentStart >= line.contentEnd
