/**
 * Finds the narrow column beside the body that has lines of its own: the Rijkshuisstijl column on
 * the right (sender, date, references, the page number), a Kamerstuk's left margin with its
 * colophon. Its items go into lines of their own, never into the body line they stand beside.
 *
 * A side column starts at an edge: a left edge where several items of the column start (it is set
 * flush left), which no item of the body beside it crosses. The body of a Word letter may end
 * 0.4 pt past the column's edge, with no gap at all, so the edge and the crossing decide, not a gap.
 */
import {extent, type TextItem} from './document.js'

export type Side = 'left' | 'right'

/** Where a side column starts: for a right one its left edge, for a left one the left edge of the body beside it. */
interface Edge {
  side: Side
  x: number
}

/** Items starting within this distance (points) of an edge are set flush to it. */
const FLUSH = 1

/** An edge must have this many items flush to it on one page to be found there. */
const FLUSH_ITEMS = 3

/** Of the edges a page has, only this many per side are tried, those with the most items flush to them. */
const TRIED = 8

/**
 * An item reaches across an edge when it ends more than this beyond it, in ems: the advance of a
 * last glyph reaches past its ink, and Word's ragged lines touch the column by up to 0.1 em.
 */
const REACH = 0.3

/** A side column is at most this share of the page's width: 84 to 98 pt of 595 in the Word letters, 108 of 558 in the Kamerstukken. */
const NARROW = 0.3

/**
 * A left column stands this far (ems of the body type) from the body: 6.8 ems in the Kamerstukken.
 * Less is the hanging indent of a list (markers one or two ems before the text) or the labels of a
 * letterhead (date and subject labels 2.8 ems before their values in a Woo decision letter).
 */
const LEFT_GAP = 4

/**
 * At least this share of a side column's lines stand on a baseline of their own, not on one of the
 * body's: the column is set on its own leading. The label column of a table is not, every label
 * standing beside its value.
 */
const OWN_BASELINES = 1 / 3

/**
 * Type larger than this, in multiples of the body type, is display type (a title, the big number of
 * a Kamerstuk): it may run across the columns and is left out of the search.
 */
const DISPLAY = 1.5

/**
 * A right column is read in bands: runs of its items without a gap of more than this many ems.
 * The Word letters stop their column after the references and put the page number at the foot,
 * and may let the body run wider between the two (a Woo decision letter: a line to 529 pt under a
 * column at 466 pt): only the body lines beside a band must stay clear of its edge. A left column
 * must be clear over the whole page: the Kamerstukken's is, and labels beside their values are not
 * a column.
 */
const BAND_GAP = 3

/**
 * The side column items of each page, by the side they stand on. An edge is found on a page where
 * enough items stand flush to it; a page whose column holds too little to be found there (only
 * the page number) takes the edges found on other pages of the file.
 */
export function sideColumns(pages: readonly (readonly TextItem[])[], width: readonly number[], bodySize: number): Array<Map<TextItem, Side>> {
  const found = pages.map((items, index) => {
    const edges: Array<{edge: Edge; items: TextItem[]}> = []
    for (const edge of candidates(items, width[index]!)) {
      if (edges.some((e) => e.edge.side === edge.side)) continue
      const column = columnItems(items, edge, width[index]!, bodySize, FLUSH_ITEMS)
      if (column) edges.push({edge, items: column})
    }
    return edges
  })
  // The edges found, each once, those found on most pages first.
  const pagesOf = new Map<string, {edge: Edge; pages: number}>()
  for (const {edge} of found.flat()) {
    const key = `${edge.side} ${Math.round(edge.x)}`
    const known = pagesOf.get(key)
    if (known) known.pages++
    else pagesOf.set(key, {edge, pages: 1})
  }
  const known = [...pagesOf.values()].sort((a, b) => b.pages - a.pages).slice(0, TRIED).map((k) => k.edge)
  return pages.map((items, index) => {
    const own = found[index]!
    for (const edge of known) {
      if (own.some((e) => e.edge.side === edge.side)) continue
      const column = columnItems(items, edge, width[index]!, bodySize, 1)
      if (column) own.push({edge, items: column})
    }
    const sides = new Map<TextItem, Side>()
    for (const {edge, items: column} of own) for (const item of column) sides.set(item, edge.side)
    return sides
  })
}

/** Whether `item` lies beyond `edge`, on the side of its column. */
function beyond(item: TextItem, edge: Edge): boolean {
  return edge.side === 'right' ? item.box.x0 >= edge.x - FLUSH : item.box.x1 <= edge.x - FLUSH
}

/**
 * The left edges that at least FLUSH_ITEMS items start at, from left to right: for a right column
 * its own edge, for a left one the body's.
 */
function candidates(items: readonly TextItem[], width: number): Edge[] {
  const starts = items.filter((item) => item.level).map((item) => item.box.x0).sort((a, b) => a - b)
  const found: Array<{x: number; count: number}> = []
  for (let i = 0; i < starts.length; ) {
    let j = i
    while (j + 1 < starts.length && starts[j + 1]! - starts[i]! <= FLUSH) j++
    if (j - i + 1 >= FLUSH_ITEMS) found.push({x: starts[i]!, count: j - i + 1})
    i = j + 1
  }
  const most = (list: typeof found) => list.sort((a, b) => b.count - a.count).slice(0, TRIED).sort((a, b) => a.x - b.x)
  return [
    ...most(found.filter((f) => f.x >= width / 2)).map(({x}): Edge => ({side: 'right', x})),
    ...most(found.filter((f) => f.x <= width / 2)).map(({x}): Edge => ({side: 'left', x}))
  ]
}

/** The items of the column at `edge`, or undefined when there is none: at least `flush` of them set flush to a right edge. */
function columnItems(items: readonly TextItem[], edge: Edge, width: number, bodySize: number, flush: number): TextItem[] | undefined {
  if (edge.side === 'right' ? edge.x < width / 2 : edge.x > width / 2) return undefined
  const level = items.filter((item) => item.level)
  const others = level.filter((item) => !beyond(item, edge))
  const beside = level.filter((item) => beyond(item, edge))
  if (beside.length === 0) return undefined
  const column = (edge.side === 'right' ? bands(beside) : [beside])
    .filter((band) => {
      // A band reaches a line above and below its text: a body line there must not cross the edge either.
      const {y0, y1} = extent(band)
      const reach = band[0]!.size
      return !others.some((item) => crosses(item, edge, y0 - reach, y1 + reach, bodySize))
    })
    .flat()
  const inColumn = new Set(column)
  const body = level.filter((item) => !inColumn.has(item))
  if (column.length === 0 || body.length === 0) return undefined
  // A right column is set flush left at its edge.
  if (edge.side === 'right' && column.filter((item) => Math.abs(item.box.x0 - edge.x) <= FLUSH).length < flush) return undefined
  const {x0, x1} = extent(column)
  if (x1 - x0 > NARROW * width) return undefined
  if (characters(column) >= characters(body)) return undefined
  if (edge.side === 'left') {
    if (edge.x - x1 < LEFT_GAP * bodySize) return undefined
    // The body must stand at the edge: a column stands beside text, not beside empty space.
    if (!body.some((item) => Math.abs(item.box.x0 - edge.x) <= FLUSH)) return undefined
  }
  return ownBaselines(column, body) >= OWN_BASELINES ? column : undefined
}

/** Items grouped into runs from the top down, cut where a gap opens. */
function bands(items: readonly TextItem[]): TextItem[][] {
  const sorted = [...items].sort((a, b) => a.box.y0 - b.box.y0)
  const out: TextItem[][] = []
  let bottom = Number.NEGATIVE_INFINITY
  for (const item of sorted) {
    if (out.length === 0 || item.box.y0 - bottom > BAND_GAP * item.size) out.push([item])
    else out[out.length - 1]!.push(item)
    bottom = Math.max(bottom, item.box.y1)
  }
  return out
}

/** Whether `item`, not in the column, reaches across its edge between `top` and `bottom`. Display type may. */
function crosses(item: TextItem, edge: Edge, top: number, bottom: number, bodySize: number): boolean {
  if (item.size > DISPLAY * bodySize) return false
  if (edge.side === 'left') return item.box.x0 < edge.x - FLUSH
  if (item.box.y1 < top || item.box.y0 > bottom) return false
  return item.box.x0 < edge.x - FLUSH && item.box.x1 > edge.x + REACH * item.size
}

/** The share of the column's baselines that no body item shares. */
function ownBaselines(column: readonly TextItem[], body: readonly TextItem[]): number {
  const baselines = [...new Set(column.map((item) => Math.round(item.baseline * 4) / 4))]
  const own = baselines.filter((baseline) => !body.some((item) => Math.abs(item.baseline - baseline) <= 0.25 * item.size))
  return own.length / baselines.length
}

const characters = (items: readonly TextItem[]) => items.reduce((sum, item) => sum + item.str.replace(/\s/g, '').length, 0)
