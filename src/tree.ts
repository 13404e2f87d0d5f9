/**
 * Reading a finished tree: the one walk over its nodes and the one reading of a node's text, for
 * the helpers, the checks, coverage, the command line and batch output.
 */
import type {Node} from './ast.js'

/**
 * Calls `enter` on `node` and on every node under it, in document order, through `children` (the
 * `fields` of a letterhead or nota header are not nodes). When `enter` returns `false` the node's
 * children are left out. `parents` are the nodes above, outermost first: the walk's own array,
 * changed as it goes on, so copy it to keep it.
 */
export function visit(node: Node, enter: (node: Node, parents: readonly Node[]) => boolean | void): void {
  const parents: Node[] = []
  // Recursive: the tree is shallow (a root, sections, pairs, blocks, phrasing).
  const step = (current: Node): void => {
    // coverage() also reads trees edited by hand or read back from JSON, which may hold anything.
    if (typeof current !== 'object' || current === null) return
    if (enter(current, parents) === false) return
    const children = (current as {children?: unknown}).children
    if (!Array.isArray(children) || children.length === 0) return
    parents.push(current)
    for (const child of children as Node[]) step(child)
    parents.pop()
  }
  step(node)
}

/** How {@link nodeText} reads a node. */
export interface TextOptions {
  /** What stands between the texts of two sibling nodes; `''`, the default, joins phrasing as written. */
  separator?: string
  /** Read a `documentReference` by its `value` (as written, white space collapsed) rather than by its children. */
  values?: boolean
}

/**
 * The text of `node`: the `value` of every `text` node in it, in order, with `separator` between
 * siblings. A node without text or children (a footnote marker, a `marker`) reads as `''`, and so
 * does `unknown`, whose text is not read.
 *
 * @example
 * // The kamerstukReference in "(Kamerstuk 33.763-176)":
 * nodeText(citation) // 'Kamerstuk 33.763-176'
 */
export function nodeText(node: Node, options: TextOptions = {}): string {
  let text = ''
  readText(node, options, (piece) => {
    text += piece
  })
  return text
}

/**
 * Hands the text {@link nodeText} reads to `take` piece by piece, in order (texts and the
 * separators between them), until `take` returns `false`: for a length or a prefix without
 * building the whole text. Returns `false` when stopped.
 */
export function readText(node: Node, options: TextOptions, take: (piece: string) => boolean | void): boolean {
  if (node.type === 'text' || (node.type === 'documentReference' && options.values)) return take(node.value) !== false
  const children = (node as {children?: unknown}).children as Node[] | undefined
  if (!Array.isArray(children)) return true
  const separator = options.separator ?? ''
  for (let i = 0; i < children.length; i++) {
    if (i > 0 && separator !== '' && take(separator) === false) return false
    if (!readText(children[i]!, options, take)) return false
  }
  return true
}
