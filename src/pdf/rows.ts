/**
 * Joins the text items of one column of a page into lines: items on one baseline, with the small
 * raised items beside them (superscripts) taken into the line they belong to, and a space between
 * two items only where the gap between them is one.
 */
import {extent, type TextItem} from './document.js'

/** A line of one column before it has a place in the reading text. */
export interface RowLine {
  items: TextItem[]
  /** The line's text: the items' characters, with a space where a gap says so. */
  text: string
  /** Per item, its offset in `text`. */
  offsets: number[]
  /** Per item, whether it is a superscript. */
  superscript: boolean[]
  /** The size and baseline of most of its characters. */
  size: number
  baseline: number
  x0: number
  x1: number
  top: number
  bottom: number
}

/**
 * Items whose baselines differ by less than this share a line, in ems of the smaller font. Lines
 * of a paragraph are a whole em or more apart; a superscript is raised a third of an em or more and
 * is joined by the next rule.
 */
const SAME_BASELINE = 0.25

/**
 * What makes an item a superscript of its line: at most `smaller` the size of the line's own type
 * (footnote markers are 0.6 to 0.7 of it in the Kamerstukken and the Word letters), raised by at
 * least `raised` and at most `raisedMost` of that size (0.3 to 0.45 em there), and at most `length`
 * characters: a footnote marker ("17", "1, 2"), the letters of an ordinal. The invisible words of
 * an OCR layer are sized and placed by their scanned boxes, and a short word that came out small
 * and high is no superscript.
 */
const SUPERSCRIPT = {smaller: 0.85, raised: 0.12, raisedMost: 0.65, length: 4}

/**
 * A space between two items whose gap is wider than this, in ems. pdfjs itself puts the spaces of
 * a run into its items and ends an item at a change of font or a move of the text position; gaps
 * between the items of one word stay below 0.1 em in the letters and Kamerstukken measured (a
 * footnote marker glued to its word 0.05 to 0.1), word spaces are 0.2 em and more.
 */
const SPACE = 0.12

/**
 * A page number set this far (ems) to the right of the rest of its line is a line of its own, so
 * that the running footer beside it reads the same on every page (the Kamerstukken put it 9.7 ems
 * right of the footer). Other wide gaps stay inside a line: label and value of a letterhead or of a
 * besluitenlijst (6.7 ems apart) belong together.
 */
const SEPARATE = 5

/** The lines of `items`, all of one column of one page, top to bottom and left to right. */
export function rowLines(items: readonly TextItem[]): RowLine[] {
  const rows = withSuperscripts(byBaseline(items))
  return rows.flatMap(split).map(assemble)
}

/** Items grouped by baseline. */
function byBaseline(items: readonly TextItem[]): TextItem[][] {
  const sorted = [...items].sort((a, b) => a.baseline - b.baseline || a.x - b.x)
  const rows: TextItem[][] = []
  let row: TextItem[] = []
  let baseline = Number.NaN
  let size = 0
  for (const item of sorted) {
    if (row.length > 0 && item.baseline - baseline <= SAME_BASELINE * Math.min(size, item.size)) {
      row.push(item)
      continue
    }
    if (row.length > 0) rows.push(row)
    row = [item]
    baseline = item.baseline
    size = item.size
  }
  if (row.length > 0) rows.push(row)
  return rows
}

/** Takes a row of small raised items into the row it is raised above. */
function withSuperscripts(rows: TextItem[][]): TextItem[][] {
  const out: TextItem[][] = []
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!
    const below = rows[i + 1]
    if (below !== undefined && raisedAbove(row, below)) {
      below.push(...row)
      continue
    }
    out.push(row)
  }
  return out
}

function raisedAbove(small: readonly TextItem[], row: readonly TextItem[]): boolean {
  const {size, baseline} = dominant(row)
  const {x0, x1} = extent(row)
  return small.every((item) => {
    const raise = baseline - item.baseline
    return (
      isSuperscript(item, size, baseline) &&
      raise <= SUPERSCRIPT.raisedMost * size &&
      // Beside the row's text, not over it: a superscript follows or precedes a word.
      item.box.x0 >= x0 - 2 * size &&
      item.box.x1 <= x1 + 2 * size &&
      row.every((other) => Math.min(other.box.x1, item.box.x1) - Math.max(other.box.x0, item.box.x0) < 0.3 * item.size)
    )
  })
}

/** The size and baseline of most of the characters of `items`: items of one size on one baseline count together. */
function dominant(items: readonly TextItem[]): {size: number; baseline: number} {
  const weights = new Map<string, number>()
  let best: TextItem = items[0]!
  let most = -1
  for (const item of items) {
    const key = `${Math.round(item.size * 20)} ${Math.round(item.baseline * 2)}`
    const weight = (weights.get(key) ?? 0) + visible(item.str)
    weights.set(key, weight)
    if (weight > most || (weight === most && item.size > best.size)) {
      most = weight
      best = item
    }
  }
  return {size: best.size, baseline: best.baseline}
}

const visible = (s: string) => s.replace(/\s/g, '').length

/** Whether `item` is set smaller than, and raised above, type of `size` on `baseline`. */
function isSuperscript(item: TextItem, size: number, baseline: number): boolean {
  const length = visible(item.str)
  return length > 0 && length <= SUPERSCRIPT.length && item.size <= SUPERSCRIPT.smaller * size && baseline - item.baseline >= SUPERSCRIPT.raised * size
}

/** A row with the number set far off at its right end taken off as a line of its own. */
function split(row: TextItem[]): TextItem[][] {
  const sorted = [...row].sort((a, b) => a.x - b.x)
  const last = sorted[sorted.length - 1]!
  if (sorted.length < 2 || !/^\s*\d+\s*$/.test(last.str)) return [sorted]
  const rest = sorted.slice(0, -1)
  let end = Number.NEGATIVE_INFINITY
  for (const item of rest) end = Math.max(end, item.x + item.width)
  return last.x - end > SEPARATE * dominant(rest).size ? [rest, [last]] : [sorted]
}

function assemble(items: TextItem[]): RowLine {
  const {size, baseline} = dominant(items)
  let text = ''
  const offsets: number[] = []
  const superscript: boolean[] = []
  let previous: TextItem | undefined
  for (const item of items) {
    if (previous !== undefined && spaced(previous, item)) text += ' '
    offsets.push(text.length)
    text += item.str
    superscript.push(isSuperscript(item, size, baseline))
    previous = item
  }
  const {x0, x1, y0, y1} = extent(items)
  return {items, text, offsets, superscript, size, baseline, x0, x1, top: y0, bottom: y1}
}

function spaced(left: TextItem, right: TextItem): boolean {
  if (/\s$/.test(left.str) || /^\s/.test(right.str)) return false
  return right.x - (left.x + left.width) > SPACE * Math.min(left.size, right.size)
}
