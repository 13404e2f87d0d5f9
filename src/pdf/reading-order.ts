/**
 * Puts the lines of one page in reading order. Each column is cut into blocks where a gap wider
 * than a line's leading opens (a paragraph, the address, a group of the side column), and the
 * blocks are read from the top of the page down. So a paragraph is never cut by the side column
 * beside it, and a side column's groups come where they stand: the sender beside the address, the
 * page number after the footnotes.
 */

export interface Positioned {
  /** Which column of the page the line is in (the body, a side column, a turned text); lines of one column are read together. */
  group: string
  size: number
  baseline: number
  x0: number
  top: number
  bottom: number
}

/**
 * A gap between two lines of a column wider than this, in ems, ends a block. Lines of a paragraph
 * stand 0 to 0.4 em apart (descent to ascent) in most letters and Kamerstukken measured, up to 0.8
 * in a loosely set BNC fiche; a blank line between paragraphs makes 1.2 ems and more, the groups of
 * a side column 0.85. A paragraph cut in two stays in order; only a side column's block standing
 * beside it could come between its parts.
 */
const BLOCK_GAP = 0.8

/** The lines of one page in reading order, as indices into `lines`, in the blocks they were read in. */
export function readingOrder(lines: readonly Positioned[]): number[][] {
  const blocks: number[][] = []
  const columns = new Map<string, number[]>()
  lines.forEach((line, index) => {
    const column = columns.get(line.group)
    if (column) column.push(index)
    else columns.set(line.group, [index])
  })
  for (const indices of columns.values()) {
    indices.sort((a, b) => lines[a]!.baseline - lines[b]!.baseline || lines[a]!.x0 - lines[b]!.x0)
    let block: number[] = []
    let previous: Positioned | undefined
    for (const index of indices) {
      const line = lines[index]!
      if (previous !== undefined && line.top - previous.bottom > BLOCK_GAP * Math.max(line.size, previous.size)) {
        blocks.push(block)
        block = []
      }
      block.push(index)
      previous = line
    }
    if (block.length > 0) blocks.push(block)
  }
  const placed = blocks.map((block) => {
    let top = Number.POSITIVE_INFINITY
    let left = Number.POSITIVE_INFINITY
    for (const index of block) {
      top = Math.min(top, lines[index]!.top)
      left = Math.min(left, lines[index]!.x0)
    }
    return {block, top, left}
  })
  placed.sort((a, b) => a.top - b.top || a.left - b.left)
  return placed.map((p) => p.block)
}
