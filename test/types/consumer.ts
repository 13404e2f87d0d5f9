/**
 * A user's program, type-checked on its own against the built declarations (dist/) by
 * test/declarations.test.ts: it augments the content maps, which in the main program would change
 * the node types of src/ too.
 */
import {type Nodes, parseKamerbrief, type Phrasing, type Root, type NodeFields} from 'kamerbrief'
import {visit} from 'unist-util-visit'

/** A node a plugin adds: it has no position, which the public types allow. */
interface Emphasis extends NodeFields {
  type: 'emphasis'
  children: Phrasing[]
}

declare module 'kamerbrief' {
  interface PhrasingContentMap {
    emphasis: Emphasis
  }
  interface Data {
    score?: number | undefined
  }
}

const tree: Root = parseKamerbrief('Vraag 1\n\nKent u het bericht?\n\nAntwoord 1\n\nJa, zie Kamerstuk 36 800-X, nr. 78.\n')
const ids: string[] = []
// unist-util-visit narrows by type through the interfaces.
visit(tree, 'kamerstukReference', (node) => {
  if (node.id) ids.push(node.id)
  node.data = {...node.data, score: 1}
})
visit(tree, 'paragraph', (node) => {
  const emphasis: Emphasis = {type: 'emphasis', children: [{type: 'text', value: 'Ja'}]}
  node.children.push(emphasis)
})
const types = new Set<Nodes['type']>(['emphasis', 'questionAnswer'])
const page: number | undefined = tree.data?.quality?.questions
export {ids, page, types}
