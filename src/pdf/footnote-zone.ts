/**
 * Finds the footnote zone of a page: the lines in smaller type at the foot of the body, below its
 * last line of body type, where the footnote texts stand.
 */
import type {RowLine} from './rows.js'

export interface ZoneLine extends RowLine {
  group: string
}

/**
 * Smaller type: at most this share of the body type. Footnotes are set at 0.75 to 0.81 of it in the
 * Word letters and the Kamerstukken, 0.89 in the BNC fiche and the beslisnota's (8 pt under 9 pt).
 */
const SMALLER = 0.92

/** The zone starts in the lower part of the page: below this share of its height (0.77 and lower in the letters and Kamerstukken measured). */
const LOWER = 0.5

/**
 * The zone ends where a gap of more than this many ems opens: footnote lines follow each other at
 * their leading, and the page number below them (5 ems lower in a BNC fiche) is no footnote.
 */
const GAP = 2

/** At most this many lines of the body follow the zone on its page: a running footer and a page number. */
const AFTER = 2

/**
 * The lines of `lines` (one page) in its footnote zone. The zone is a run of lines in smaller type,
 * without a wide gap, in the lower half of the page, with body type above it and at most a footer
 * and a page number below it, one of whose lines opens with a superscript or a digit: the marker
 * of a footnote. Only the body is searched; the side columns are set small throughout.
 */
export function footnoteZone<T extends ZoneLine>(lines: readonly T[], height: number, bodySize: number): Set<T> {
  const body = lines.filter((line) => line.group === 'body').sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0)
  const small = (line: T) => line.size <= SMALLER * bodySize
  const zone = new Set<T>()
  let above = false
  let i = 0
  while (i < body.length) {
    if (!small(body[i]!)) {
      above = true
      i++
      continue
    }
    let j = i
    while (j + 1 < body.length && small(body[j + 1]!) && body[j + 1]!.top - body[j]!.bottom <= GAP * body[j]!.size) j++
    const run = body.slice(i, j + 1)
    if (above && body[i]!.top >= LOWER * height && body.length - 1 - j <= AFTER && run.some(opensWithMarker)) {
      for (const line of run) zone.add(line)
    }
    i = j + 1
  }
  return zone
}

/** Whether the line opens with a superscript or a digit, as a footnote text does. */
function opensWithMarker(line: RowLine): boolean {
  return line.superscript[0] === true || /^\d/.test(line.text)
}
