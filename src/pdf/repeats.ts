/**
 * Finds the lines printed at the same place with the same text on several pages: running headers
 * and footers, and the repeats of a letter's side column. The text must be the same to the
 * character: "page 2 of 7" is not a repeat of "page 1 of 7", but neither is the heading of question
 * 5 a repeat of that of question 2 where both open a page. And it must come back on at least half of
 * the pages: in a besluitenlijst of ten pages one line of content stands at the same place on three;
 * a running footer is on every page, a side column on all but the first.
 */

export interface Placed {
  page: number
  text: string
  x: number
  baseline: number
}

/**
 * Lines within this distance (points) of each other in both directions are at the same place. The
 * running footers of the Kamerstukken and the side column of the Word letters repeat to within
 * 0.1 pt; this leaves room for files put together from pages of several exports.
 */
const SAME_PLACE = 2

/** Per line, whether lines on other pages have its text at its place, on at least half of the `pages` and two. */
export function repeated(lines: readonly Placed[], pages: number): boolean[] {
  const out = lines.map(() => false)
  const byText = new Map<string, number[]>()
  lines.forEach((line, index) => {
    const key = line.text.trim()
    if (key === '') return
    const group = byText.get(key)
    if (group) group.push(index)
    else byText.set(key, [index])
  })
  for (const group of byText.values()) {
    if (group.length < 2) continue
    // Lines at one place: runs of close baselines, cut again where their starts lie apart.
    for (const row of runs(group, (index) => lines[index]!.baseline)) {
      for (const place of runs(row, (index) => lines[index]!.x)) {
        const on = new Set(place.map((index) => lines[index]!.page)).size
        if (on >= 2 && on * 2 >= pages) for (const index of place) out[index] = true
      }
    }
  }
  return out
}

/** `indices` sorted by `value` and cut where two neighbours are more than SAME_PLACE apart. */
function runs(indices: readonly number[], value: (index: number) => number): number[][] {
  const sorted = [...indices].sort((a, b) => value(a) - value(b))
  const out: number[][] = []
  let previous = Number.NEGATIVE_INFINITY
  for (const index of sorted) {
    if (value(index) - previous > SAME_PLACE) out.push([])
    out[out.length - 1]!.push(index)
    previous = value(index)
  }
  return out
}
