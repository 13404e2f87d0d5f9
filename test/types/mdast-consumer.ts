/**
 * The twin of consumer.ts over an mdast tree (`@types/mdast`, `mdast-util-from-markdown`): the same
 * steps, line for line, against the types of the syntax tree users compare ours with. `npm run
 * bench:types` type-checks both and prints their cost side by side; it is not compiled by the tests.
 */
import type {Nodes, Node, PhrasingContent, Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {visit} from 'unist-util-visit'

/** A node a plugin adds (mdast has an `emphasis` of its own): it has no position, which the types allow. */
interface Underline extends Node {
  type: 'underline'
  children: PhrasingContent[]
}

declare module 'mdast' {
  interface PhrasingContentMap {
    underline: Underline
  }
  // mdast's `Nodes` does not take in phrasing content by itself, as kamerbrief's does.
  interface RootContentMap {
    underline: Underline
  }
  interface Data {
    score?: number | undefined
  }
}

const tree: Root = fromMarkdown('Vraag 1\n\nKent u het bericht?\n\nAntwoord 1\n\nJa, zie [Kamerstuk](https://example.org).\n')
const ids: string[] = []
// unist-util-visit narrows by type through the interfaces.
visit(tree, 'link', (node) => {
  if (node.url) ids.push(node.url)
  node.data = {...node.data, score: 1}
})
visit(tree, 'paragraph', (node) => {
  const underline: Underline = {type: 'underline', children: [{type: 'text', value: 'Ja'}]}
  node.children.push(underline)
})
const types = new Set<Nodes['type']>(['underline', 'heading'])
const page: number | undefined = tree.data?.score
export {ids, page, types}
