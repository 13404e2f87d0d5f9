/**
 * The node types against unist, and the examples in docs/ast.md against the parser: every
 * "Yields:" block there is what the parser makes of the input above it. `UPDATE=1 npx vitest run
 * test/ast.test.ts` rewrites those blocks; review the diff.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {
  type Answer,
  type Field,
  type Flow,
  type Letter,
  type ListItem,
  type Node,
  type NotaSection,
  parseKamerbrief,
  type Phrasing,
  type QuestionAnswer,
  type Root,
  type Text
} from 'kamerbrief'
import type {Literal as UnistLiteral, Node as UnistNode, Parent as UnistParent} from 'unist'
import {describe, expect, expectTypeOf, it} from 'vitest'

const NODE_TYPES = [
  'root', 'letter', 'letterhead', 'field', 'salutation', 'closing', 'signatory', 'questionSection', 'questionAnswer',
  'question', 'answer', 'nota', 'notaHeader', 'notaSection', 'paragraph', 'heading', 'list', 'listItem', 'marker',
  'footnoteDefinition', 'pageFurniture', 'unknown', 'text', 'link', 'crossReference', 'footnoteReference',
  'kamerstukReference', 'documentReference', 'motionReference'
] as const

describe('node types', () => {
  it('should be unist nodes', () => {
    expectTypeOf<Node>().toExtend<UnistNode>()
    expectTypeOf<Field>().toExtend<UnistNode>()
    expectTypeOf<Text>().toExtend<UnistLiteral>()
    expectTypeOf<Root>().toExtend<UnistParent>()
    expectTypeOf<Letter>().toExtend<UnistParent>()
    expectTypeOf<QuestionAnswer>().toExtend<UnistParent>()
    expectTypeOf<Answer>().toExtend<UnistParent>()
    expectTypeOf<NotaSection>().toExtend<UnistParent>()
    expectTypeOf<ListItem>().toExtend<UnistParent>()
  })

  it('should have one `type` literal per node, all in the Node union', () => {
    expectTypeOf<Node['type'] | Field['type']>().toEqualTypeOf<(typeof NODE_TYPES)[number]>()
  })

  it('should discriminate by `type`', () => {
    expectTypeOf<Extract<Flow, {type: 'paragraph'}>['continuation']>().toEqualTypeOf<boolean | undefined>()
    expectTypeOf<Extract<Phrasing, {type: 'kamerstukReference'}>['dossier']>().toEqualTypeOf<string>()
    expectTypeOf<Extract<Node, {type: 'notaSection'}>>().toEqualTypeOf<NotaSection>()
  })

  it('should have a position on every node read from the text', () => {
    expectTypeOf<Node['position']>().toEqualTypeOf<Root['position']>()
  })
})

// ------------------------------------------------------------------------------------------------ docs/ast.md

const docFile = fileURLToPath(new URL('../docs/ast.md', import.meta.url))
const doc = readFileSync(docFile, 'utf8')
const SECTION = /^### `(\w+)`$/gm
// "Yields (`letter`):" shows that node instead of the first node of the section's type.
const EXAMPLE = /```(markdown|txt)\n([\s\S]*?)```\n\nYields(?: \(`(\w+)`\))?:\n\n```js\n([\s\S]*?)```/g

interface Example {
  /** The node type of the section. */
  type: string
  /** The node type shown. */
  shows: string
  format: 'markdown' | 'text'
  input: string
  yields: string
  /** Where the yields block starts and ends in the file. */
  start: number
  end: number
}

function examples(): Example[] {
  const sections = [...doc.matchAll(SECTION)].map((m) => ({type: m[1]!, at: m.index}))
  return [...doc.matchAll(EXAMPLE)].map((m) => {
    const type = sections.filter((s) => s.at < m.index).at(-1)?.type ?? ''
    const start = m.index + m[0].length - 3 - m[4]!.length
    return {type, shows: m[3] ?? type, format: m[1] === 'txt' ? 'text' : 'markdown', input: m[2]!, yields: m[4]!, start, end: start + m[4]!.length}
  })
}

type Tree = {type: string; children?: Tree[]; fields?: Tree[]; [key: string]: unknown}

/** The first node of a type in document order; letterhead and nota header fields included. */
function find(node: Tree, type: string): Tree | undefined {
  if (node.type === type) return node
  for (const child of [...(node.fields ?? []), ...(node.children ?? [])]) {
    const found = find(child, type)
    if (found) return found
  }
  return undefined
}

/** Positions and `data` are left out of the examples, as in the mdast spec, and the package version that every release changes. */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'position' && key !== 'data' && key !== 'packageVersion').map(([key, v]) => [key, strip(v)]))
}

const WIDTH = 100
const rank = (key: string) => (key === 'type' ? 0 : key === 'fields' ? 2 : key === 'children' ? 3 : 1)

/** JavaScript as the mdast spec writes it: `{type: 'text', value: 'Ja.'}`, one line where it fits. */
function js(value: unknown, indent = ''): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
  if (typeof value !== 'object' || value === null) return String(value)
  const inner = indent + '  '
  // Fields in the order of the IDL: type, own fields, then `fields` and `children`.
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b))
  const entries = Array.isArray(value) ? value.map((v) => js(v, inner)) : keys.map((k) => `${k}: ${js((value as Record<string, unknown>)[k], inner)}`)
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}']
  const flat = `${open}${entries.join(', ')}${close}`
  if (!flat.includes('\n') && indent.length + flat.length <= WIDTH) return flat
  return `${open}\n${entries.map((e) => inner + e).join(',\n')}\n${indent}${close}`
}

function yields(example: Example): string {
  const tree = parseKamerbrief(example.input, {format: example.format}) as unknown as Tree
  const node = find(tree, example.shows)
  return node ? `${js(strip(node))}\n` : `(no ${example.shows} node)\n`
}

describe('docs/ast.md', () => {
  const all = examples()

  it('should have a section with an example for every node type', () => {
    expect([...doc.matchAll(SECTION)].map((m) => m[1])).toEqual(expect.arrayContaining([...NODE_TYPES]))
    expect(NODE_TYPES.filter((type) => !all.some((e) => e.type === type))).toEqual([])
  })

  if (process.env.UPDATE) {
    it('should rewrite the examples', () => {
      let out = doc
      for (const example of [...all].reverse()) out = out.slice(0, example.start) + yields(example) + out.slice(example.end)
      writeFileSync(docFile, out)
    })
  } else {
    it.each(all.map((e) => [e.type, e] as const))('should show what the parser yields for %s', (_, example) => {
      expect(example.yields, 'UPDATE=1 npx vitest run test/ast.test.ts rewrites docs/ast.md').toBe(yields(example))
    })
  }
})
