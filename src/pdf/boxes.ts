/**
 * Where a node stands on the pages: every node that owns text gets the page of its first character
 * and one box per page it covers, the union of the boxes of its lines there. Containers get none:
 * their children say where they are.
 */
import type {FootnoteDefinitionData, Root} from '../ast.js'
import {visit} from '../tree.js'
import type {PdfBox, PdfLine} from './types.js'

/**
 * The nodes that own text: the leaves that coverage() counts (a salutation and a closing hold their
 * phrasing as a paragraph does), and a footnote definition, whose box is its text's on the page.
 */
const OWNERS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'salutation', 'closing', 'marker', 'field', 'signatory', 'footnoteDefinition', 'pageFurniture', 'unknown'])

interface Placed {
  position?: {start: {offset: number}; end: {offset: number}} | undefined
  data?: FootnoteDefinitionData | undefined
}

/** Sets `data.page` and `data.boxes` on every node of `root` that owns text, from `lines` (in text order). */
export function placeNodes(root: Root, lines: readonly PdfLine[]): void {
  const place = (node: Placed) => {
    const position = node.position
    if (position === undefined) return
    const boxes = boxesOf(lines, position.start.offset, position.end.offset)
    if (boxes.length === 0) return
    node.data = {...node.data, page: boxes[0]!.page, boxes}
  }
  visit(root, (node) => {
    const type = (node as {type: string}).type
    if (OWNERS.has(type)) place(node as Placed)
    // The numbers of a footnote definition stand in its data, as markers.
    const markers = (node as Placed).data?.markers
    if (Array.isArray(markers)) for (const marker of markers as Placed[]) place(marker)
    // Fields stand beside the children of a letterhead or a nota header.
    const fields = (node as {fields?: unknown}).fields
    if (Array.isArray(fields)) for (const field of fields as Placed[]) place(field)
    return true
  })
}

/** The union, per page, of the boxes of the lines that text[start, end) touches. */
export function boxesOf(lines: readonly PdfLine[], start: number, end: number): PdfBox[] {
  const out: PdfBox[] = []
  // The first line that ends after `start`: lines are in text order and do not overlap.
  let low = 0
  let high = lines.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (lines[middle]!.end <= start) low = middle + 1
    else high = middle
  }
  for (let i = low; i < lines.length && lines[i]!.start < end; i++) {
    const box = lines[i]!.box
    const last = out[out.length - 1]
    if (last === undefined || last.page !== box.page) out.push({...box})
    else {
      const x = Math.min(last.x, box.x)
      const y = Math.min(last.y, box.y)
      last.width = round(Math.max(last.x + last.width, box.x + box.width) - x)
      last.height = round(Math.max(last.y + last.height, box.y + box.height) - y)
      last.x = x
      last.y = y
    }
  }
  return out
}

const round = (value: number) => Math.round(value * 100) / 100
