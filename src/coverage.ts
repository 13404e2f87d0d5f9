/**
 * A check that the tree lost nothing: every character of the input that is not white space lies
 * inside exactly one leaf-level node. Leaf-level nodes are the nodes that own text: `paragraph`,
 * `heading`, `salutation` and `closing` (their children are phrasing), `marker`, `pageFurniture`,
 * `unknown`, `signatory` and `field`, plus the footnote numbers kept in a footnote definition's
 * `data.markers`, the name line of a signatory in `data.namePosition` and the bullet of a list item
 * (the part of the item before its first paragraph). Everything else is a container, whose position
 * only spans its children. The repeats of a joint answer (nodes with `sharedWith`) copy text that is
 * already covered, so they are skipped.
 */
import type {Position, Root} from './ast.js'
import {sourceOf} from './sources/index.js'
import {visit} from './tree.js'

/** A range of the input that breaks the rule, with `input.slice(start, end)` as `text`. */
export interface CoverageRange {
  /** Offset of the first offending character. */
  start: number
  /** Offset after the last offending character. */
  end: number
  text: string
  /** `'uncovered'`: no leaf-level node holds it; `'overlap'`: two or more do. */
  kind: 'uncovered' | 'overlap'
}

/**
 * Options for {@link coverage}.
 *
 * @example
 * coverage(tree, input, {overlaps: false}) // only text that no node claims
 */
export interface CoverageOptions {
  /** Also report characters inside two or more leaf-level nodes (default `true`; `false` leaves them out). */
  overlaps?: boolean
}

type AnyNode = {type?: unknown; children?: unknown; position?: unknown; data?: unknown; fields?: unknown; sharedWith?: unknown}

const LEAVES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'salutation', 'closing', 'marker', 'pageFurniture', 'unknown', 'signatory', 'field'])

/**
 * Returns the ranges of `input` that no leaf-level node of `tree` covers and those that two or
 * more cover (`kind: 'overlap'`, unless `{overlaps: false}`), in input order. An empty array
 * means the tree accounts for every character exactly once.
 *
 * White space needs no node, and neither does Markdown container markup the parser reads as
 * structure: the `>` of a block quote, the `#` runs of a heading and a list bullet at the start of a
 * line. Inline markup (`**`, `[…](…)`) lies inside its paragraph and is covered by it.
 *
 * @param tree The tree `parseKamerbrief(input)` returned.
 * @param input The same input, as a string.
 * @param options See {@link CoverageOptions}.
 * @returns The offending ranges; runs separated only by white space are joined into one range.
 * @example
 * import {coverage, parseKamerbrief} from 'kamerbrief'
 *
 * const input = 'Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n'
 * coverage(parseKamerbrief(input), input) // []
 * coverage(parseKamerbrief(input), input + 'extra') // [{start: 44, end: 49, text: 'extra', kind: 'uncovered'}]
 */
export function coverage(tree: Root, input: string, options?: CoverageOptions): CoverageRange[] {
  const length = input.length
  // depth[i] - depth[i - 1] is how many leaf ranges open at i, minus those that close there.
  const delta = new Int32Array(length + 1)
  const add = (position: unknown) => {
    const range = offsets(position)
    if (!range) return
    const start = Math.max(0, Math.min(length, range[0]))
    const end = Math.max(start, Math.min(length, range[1]))
    if (end === start) return
    delta[start]!++
    delta[end]!--
  }

  // What a node covers itself: a leaf its position; any node the footnote numbers and name line in its data.
  const claim = (node: AnyNode, type: string) => {
    if (LEAVES.has(type)) add(node.position)
    const data = node.data as {markers?: unknown; namePosition?: unknown} | undefined
    if (data && typeof data === 'object') {
      if (Array.isArray(data.markers)) for (const marker of data.markers as AnyNode[]) add(marker?.position)
      if (data.namePosition !== undefined) add(data.namePosition)
    }
  }
  visit(tree, (n) => {
    const node = n as AnyNode
    if (node.sharedWith !== undefined) return false
    const type = typeof node.type === 'string' ? node.type : ''
    claim(node, type)
    // Phrasing inside a leaf is already counted with the leaf.
    if (LEAVES.has(type)) return false
    // A bullet printed as a glyph ("•", "–", U+F0B7) is the item's `marker`: the item covers what
    // stands before its first paragraph.
    if (type === 'listItem' && Array.isArray(node.children)) {
      const item = offsets(node.position)
      const first = offsets((node.children[0] as AnyNode | undefined)?.position)
      if (item && first && first[0] > item[0]) add({start: {offset: item[0]}, end: {offset: first[0]}})
    }
    if (Array.isArray(node.fields)) for (const field of node.fields as AnyNode[]) if (field?.type === 'field' && field.sharedWith === undefined) claim(field, 'field')
    return true
  })

  // A tree whose format this version does not know has no markup to discount.
  const ignored = sourceOf(tree.format)?.markup?.(input)
  const out: CoverageRange[] = []
  let open: CoverageRange | undefined
  let depth = 0
  for (let i = 0; i < length; i++) {
    depth += delta[i]!
    const code = input.charCodeAt(i)
    if (isWhiteSpace(code) || ignored?.[i]) continue
    const kind = depth === 0 ? 'uncovered' : depth > 1 && options?.overlaps !== false ? 'overlap' : undefined
    // A range stays open across white space and ends at the next character that is fine.
    if (open && open.kind !== kind) {
      open.text = input.slice(open.start, open.end)
      out.push(open)
      open = undefined
    }
    if (kind === undefined) continue
    if (open) open.end = i + 1
    else open = {start: i, end: i + 1, text: '', kind}
  }
  if (open) {
    open.text = input.slice(open.start, open.end)
    out.push(open)
  }
  return out
}

function offsets(position: unknown): [number, number] | undefined {
  const p = position as Position | undefined
  const start = p?.start?.offset
  const end = p?.end?.offset
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isFinite(start) || !Number.isFinite(end)) return undefined
  return [start, end]
}

/** White space, as the parser reads it: Unicode white space and the zero-width space of PDF text. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  // What \s matches beyond ASCII, written out: asked of every character of a document, where a
  // regular expression per accented letter ("ë", "‘") costs a string each time.
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}
