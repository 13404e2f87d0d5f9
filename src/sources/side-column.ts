/**
 * The Rijkshuisstijl side column as `pdftotext -layout` prints it: on the same lines as the body,
 * far to the right, after a run of spaces. "Datum          9 december 2025 …   IENW/BSK-2025/293508"
 * holds the body's date line and the value of "Onze referentie" above it in the column. Each such
 * line is cut in two, and the column's parts are marked `sidebar`, as the PDF reader marks them,
 * so that the readers of letterheads and nota headers read both columns as they read a PDF's.
 */
import {isSpace, type Line, sliceLine} from '../lines.js'

/** How far from the left edge a side column starts at least, in characters: the body is wider. */
const MIN_COLUMN = 40
/** The longest line a side column holds, in characters ("artikel4.1@minienw.nl", "Directie Wegen en"). */
const MAX_SIDE_LENGTH = 45
/** How many lines of the first page must stand alone at the column's start before a side column is read. */
const MIN_SIDE_LINES = 3
/** The spaces between the body and the column on a line that holds both. */
const MIN_GAP = 3

/**
 * `lines` with every line that holds body and side column cut in two, where the first page has a
 * side column. Within a run of lines without a blank line, the column's parts follow one another,
 * and the body's, as a PDF's columns read: the column that starts higher first, then the other,
 * which opens a block ("Beslistermijn" / "1 april 2023" beside "Beslisnota Kamerbrief Nederlands
 * Actieplan" / "Luchtvaartveiligheid").
 */
export function sideColumnApart(input: string, lines: Line[]): Line[] {
  // Most text has no line indented that far: one look at each line's indent settles it.
  if (sideColumnOf(input, lines, 0, pageEnd(lines, 0)) === undefined) return lines
  const out: Line[] = []
  for (let from = 0; from < lines.length; ) {
    const to = pageEnd(lines, from)
    const column = sideColumnOf(input, lines, from, to, true)
    let body: Line[] = []
    let side: Line[] = []
    let sideFirst: boolean | undefined
    const flush = () => {
      const [first, second] = sideFirst ? [side, body] : [body, side]
      if (second.length > 0) second[0]!.blockStart = true
      for (const run of [first, second]) {
        for (let k = 0; k < run.length; k++) {
          // A line of the other column between two of this one's: they make two blocks, as one node
          // would span the other's text ("Inf rastructuur en" / "Waterstaat", "der Staten-Generaal" beside them).
          if (k > 0 && !blankBetween(input, run[k - 1]!, run[k]!)) {
            run[k]!.blockStart = true
            run[k]!.resumes = true
          }
          out.push(run[k]!)
        }
      }
      body = []
      side = []
      sideFirst = undefined
    }
    for (let i = from; i < to; i++) {
      const line = lines[i]!
      if (line.contentStart >= line.contentEnd) {
        flush()
        out.push(line)
        continue
      }
      const cut = column === undefined ? undefined : cutAt(input, line, column)
      if (cut === undefined) body.push(line)
      else if (cut === line.contentStart) side.push(sideLine({...line}))
      else {
        body.push(sliceLine(line, input, line.contentStart, cut))
        side.push(sideLine(sliceLine(line, input, cut, line.contentEnd)))
      }
      sideFirst ??= body.length === 0
    }
    flush()
    from = to
  }
  return out
}

/** Whether nothing but white space stands in the input between `before` and `after`. */
function blankBetween(input: string, before: Line, after: Line): boolean {
  for (let i = before.contentEnd; i < after.contentStart; i++) {
    const c = input.charCodeAt(i)
    if (!isSpace(c) && c !== 10 && c !== 13) return false
  }
  return true
}

/** The index after the last line of the page that starts at `from`. */
function pageEnd(lines: readonly Line[], from: number): number {
  let i = from + 1
  while (i < lines.length && !lines[i]!.pageStart) i++
  return i
}

/** Where `line`'s column 0 stands in the input: its start, after a form feed that opens a page. */
const origin = (input: string, line: Line) => line.start + (input.charCodeAt(line.start) === 0x0c ? 1 : 0)

/** The column of offset `at` of `line`. */
const columnOf = (input: string, line: Line, at: number) => at - origin(input, line)

/**
 * The column at which the side column of lines [from, to) starts: where the most short lines that
 * stand alone far to the right start, at least MIN_SIDE_LINES of them. `beside`: count too the
 * parts of lines that hold body and column (on later pages the column has few lines of its own).
 */
function sideColumnOf(input: string, lines: readonly Line[], from: number, to: number, beside = false): number | undefined {
  const counts = new Map<number, number>()
  for (let i = from; i < to; i++) {
    const line = lines[i]!
    if (line.contentStart >= line.contentEnd) continue
    let at = -1
    if (line.indent >= MIN_COLUMN) at = line.contentStart
    else if (beside && line.contentEnd - line.contentStart > MIN_COLUMN) at = sideStart(input, line)
    if (at < 0 || line.contentEnd - at > MAX_SIDE_LENGTH) continue
    const column = columnOf(input, line, at)
    counts.set(column, (counts.get(column) ?? 0) + 1)
  }
  let best: number | undefined
  let most = MIN_SIDE_LINES - 1
  for (const [column, count] of counts) {
    if (count > most) {
      best = column
      most = count
    }
  }
  return best
}

/** Where the last part of `line` after a run of at least MIN_GAP spaces starts, MIN_COLUMN or more from the left; -1 where none does. */
function sideStart(input: string, line: Line): number {
  let spaces = 0
  let found = -1
  for (let i = line.contentStart; i < line.contentEnd; i++) {
    if (isSpace(input.charCodeAt(i))) spaces++
    else {
      if (spaces >= MIN_GAP && columnOf(input, line, i) >= MIN_COLUMN) found = i
      spaces = 0
    }
  }
  return found
}

/** How much deeper than its start a line of the side column may stand alone: "1.    Kamerbrief" under "Bijlagen". */
const SIDE_INDENT = 12

/**
 * Where `line` meets the side column that starts at `column`: its content start, where the line
 * stands in the column alone; undefined where the line does not reach it past a gap.
 */
function cutAt(input: string, line: Line, column: number): number | undefined {
  const at = origin(input, line) + column
  if (line.contentStart >= at && line.contentStart <= at + SIDE_INDENT) return line.contentEnd - line.contentStart <= MAX_SIDE_LENGTH ? line.contentStart : undefined
  if (at < line.contentStart || at >= line.contentEnd || isSpace(input.charCodeAt(at))) return undefined
  for (let k = 1; k <= MIN_GAP; k++) if (!isSpace(input.charCodeAt(at - k))) return undefined
  return line.contentEnd - at <= MAX_SIDE_LENGTH ? at : undefined
}

/** `line` as a line of the side column. */
function sideLine(line: Line): Line {
  line.sidebar = true
  line.indent = Math.max(line.indent, MIN_COLUMN)
  return line
}
