/**
 * The first pass over the input: one record per physical line (a run of blank lines is one record),
 * with Markdown container markers (`>`, `#`, `-`) taken off in Markdown mode. Every later stage
 * works on ranges of the original input, so positions never drift.
 */

export interface Line {
  /** Offset of the first character of the line. */
  start: number
  /** Offset after the last character, before the line ending (of the last line, for a run of blank lines). */
  end: number
  /** Offset of the content: after container markers and leading white space. */
  contentStart: number
  /** Offset after the content, before trailing white space. */
  contentEnd: number
  /** `input.slice(contentStart, contentEnd)`, with non-breaking spaces read as spaces (same length, so offsets hold). */
  text: string
  /** Markdown heading depth (`# 2`, `### 387`), when the line is an ATX heading. */
  heading?: number
  /** A Markdown bullet (`-`, `*`, `+`) that opened this line. */
  bullet?: string
  /** The line starts a new page (a form feed before it). */
  pageStart: boolean
  /** Markdown: the whole content was one bold span, whose `**` markers lie outside the content. */
  strong?: boolean
  /** Leading white space before the content, in columns (tabs count as four). */
  indent: number
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x0c || c === 0xfeff || c === 0x200b

/** Splits `input` into lines; in Markdown mode container markers become fields of the line. */
export function readLines(input: string, markdown: boolean): Line[] {
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
    const line = readLine(input, start, end, markdown)
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

function readLine(input: string, start: number, end: number, markdown: boolean): Line {
  let i = start
  let pageStart = false
  let indent = 0
  while (i < end && isSpace(input.charCodeAt(i))) {
    const c = input.charCodeAt(i)
    if (c === 0x0c) pageStart = true
    indent += c === 9 ? 4 : 1
    i++
  }
  let heading: number | undefined
  let bullet: string | undefined
  if (markdown) {
    // Block quotes: "> Retouradres Postbus 20701 2500 ES Den Haag".
    while (i < end && input.charCodeAt(i) === 62 /* > */) {
      i++
      while (i < end && isSpace(input.charCodeAt(i))) i++
    }
    // ATX headings: "#### Vergaderjaar 2023–2024 Aanhangsel van de Handelingen".
    let hashes = 0
    while (i + hashes < end && input.charCodeAt(i + hashes) === 35 /* # */ && hashes < 7) hashes++
    if (hashes >= 1 && hashes <= 6 && (i + hashes === end || isSpace(input.charCodeAt(i + hashes)))) {
      heading = hashes
      i += hashes
      while (i < end && isSpace(input.charCodeAt(i))) i++
    } else {
      // Bullets: "- 1. De regering benoemt …", "- **het aandeel …**" (not "-----", not "**bold**").
      const c = input.charCodeAt(i)
      if ((c === 45 || c === 42 || c === 43) && i + 1 < end && isSpace(input.charCodeAt(i + 1))) {
        bullet = input[i]
        i += 1
        while (i < end && isSpace(input.charCodeAt(i))) i++
      }
    }
  }
  let contentEnd = end
  while (contentEnd > i && isSpace(input.charCodeAt(contentEnd - 1))) contentEnd--
  // A closing "#" run of an ATX heading is markup too.
  if (heading !== undefined) {
    let j = contentEnd
    while (j > i && input.charCodeAt(j - 1) === 35) j--
    if (j < contentEnd && (j === i || isSpace(input.charCodeAt(j - 1)))) {
      contentEnd = j
      while (contentEnd > i && isSpace(input.charCodeAt(contentEnd - 1))) contentEnd--
    }
  }
  // A line that is one bold span ("**Vraag 1**", "**C MEMORIE VAN ANTWOORD**") reads as its words:
  // converters bold headings, and the readers match words, not markup.
  let strong = false
  if (markdown && contentEnd - i > 4) {
    const open = input.slice(i, i + 2)
    if ((open === '**' || open === '__') && input.slice(contentEnd - 2, contentEnd) === open && !input.slice(i + 2, contentEnd - 2).includes(open)) {
      i += 2
      contentEnd -= 2
      strong = true
    }
  }
  const line: Line = {start, end, contentStart: i, contentEnd, text: lineText(input, i, contentEnd), pageStart, indent}
  if (strong) line.strong = true
  if (heading !== undefined) line.heading = heading
  if (bullet !== undefined) line.bullet = bullet
  return line
}

/**
 * The text readers match on. PDF text puts non-breaking spaces in dates, numbers and headings
 * ("Vraag 1", "vergaderjaar 2022–2023"); read as spaces, every pattern treats them alike.
 */
function lineText(input: string, from: number, to: number): string {
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
    copy.pageStart = false
  }
  return copy
}

export const isBlank = (line: Line) => line.contentStart >= line.contentEnd
