/**
 * The node types against unist, and the examples in docs/ast.md against the parser: every
 * "Yields:" block there is what the parser makes of the input above it. `UPDATE=1 npx vitest run
 * test/ast.test.ts` rewrites those blocks; review the diff.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import * as schemas from 'kamerbrief'
import {
  type Answer,
  type Diagnostic,
  type Field,
  type Flow,
  type Letter,
  type ListItem,
  type Node,
  type Nodes,
  type NotaSection,
  Paragraph,
  parseKamerbrief,
  type Phrasing,
  type QuestionAnswer,
  type Root,
  type RuleId,
  type Text
} from 'kamerbrief'
import * as zodSchemas from 'kamerbrief/schema'
import type {Literal as UnistLiteral, Node as UnistNode, Parent as UnistParent} from 'unist'
import {describe, expect, expectTypeOf, it} from 'vitest'
import * as z from 'zod'
import {agree} from '../src/agree.js'
import {fixtures} from './util.js'

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

  it('should make `position` optional, as unist does, so that plugins can add nodes', () => {
    expectTypeOf<Node['position']>().toEqualTypeOf<Root['position']>()
    expectTypeOf<Root['position']>().toEqualTypeOf<schemas.Position | undefined>()
  })

  it('should be named interfaces, so that a tree shows as `Root`', () => {
    expectTypeOf(parseKamerbrief).returns.toEqualTypeOf<Root>()
    expectTypeOf<Nodes>().toEqualTypeOf<Node>()
    expectTypeOf<Diagnostic['ruleId']>().toEqualTypeOf<RuleId>()
  })

  it('should type the data the readers fill', () => {
    expectTypeOf<NonNullable<Root['data']>['text']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<NonNullable<Root['data']>['quality']>().toEqualTypeOf<schemas.Quality | undefined>()
    expectTypeOf<NonNullable<Text['data']>['page']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<NonNullable<Text['data']>['boxes']>().toEqualTypeOf<schemas.Box[] | undefined>()
  })
})

describe('schemas against their interfaces', () => {
  it('should parse to the interface', () => {
    expectTypeOf<z.output<typeof zodSchemas.Root>>().toEqualTypeOf<Root>()
    expectTypeOf<z.output<typeof zodSchemas.Paragraph>>().toEqualTypeOf<schemas.Paragraph>()
    expectTypeOf<z.output<typeof zodSchemas.Flow>>().toEqualTypeOf<Flow>()
    expectTypeOf<z.output<typeof zodSchemas.Phrasing>>().toEqualTypeOf<Phrasing>()
    expectTypeOf(schemas.Root.parse).returns.toEqualTypeOf<Root>()
    expectTypeOf(Paragraph.parse).returns.toEqualTypeOf<schemas.Paragraph>()
    expectTypeOf(schemas.Flow['~standard'].types).toEqualTypeOf<{readonly input: unknown; readonly output: Flow} | undefined>()
  })

  it('should be the same objects in both entries, typed as zod types only in kamerbrief/schema', () => {
    for (const [name, schema] of Object.entries(zodSchemas)) {
      expect(schema, name).toBeInstanceOf(z.ZodType)
      expect(schemas[name as keyof typeof schemas], name).toBe(schema)
    }
    expect(Object.keys(zodSchemas)).toHaveLength(36)
    // The main entry's type holds what users call, and no zod type.
    expectTypeOf<keyof typeof Paragraph>().toEqualTypeOf<'parse' | 'safeParse' | 'meta' | '~standard'>()
  })

  // CommonJS entries share their chunks as ES modules do: one copy of each schema (and of its
  // compiled code) for a program that requires both entries.
  it('should be the same objects in both entries when required as CommonJS', () => {
    const require = createRequire(import.meta.url)
    const main = require('kamerbrief') as Record<string, unknown>
    const zod = require('kamerbrief/schema') as Record<string, unknown>
    expect(Object.keys(zod)).toHaveLength(36)
    for (const name of Object.keys(zod)) expect(main[name], name).toBe(zod[name])
  })

  // Every exported schema is declared through agree(), which fails to compile when a schema and
  // its interface drift apart; these show that it does.
  it('should fail to compile for a schema that drifts from its interface', () => {
    const node = {position: zodSchemas.Position, data: z.looseObject({}).optional()}
    const phrasing = z.array(zodSchemas.Phrasing)
    agree<schemas.Paragraph>()(z.looseObject({type: z.literal('paragraph'), continuation: z.boolean().optional(), children: phrasing, ...node}))
    // @ts-expect-error `continuation` is missing
    agree<schemas.Paragraph>()(z.looseObject({type: z.literal('paragraph'), children: phrasing, ...node}))
    // @ts-expect-error a field the interface does not have
    agree<schemas.Paragraph>()(z.looseObject({type: z.literal('paragraph'), continuation: z.boolean().optional(), depth: z.number(), children: phrasing, ...node}))
    // @ts-expect-error `continuation` is required in the schema, optional in the interface
    agree<schemas.Paragraph>()(z.looseObject({type: z.literal('paragraph'), continuation: z.boolean(), children: phrasing, ...node}))
    // @ts-expect-error children of another type
    agree<schemas.Paragraph>()(z.looseObject({type: z.literal('paragraph'), continuation: z.boolean().optional(), children: z.array(zodSchemas.Flow), ...node}))
  })
})

describe('positions', () => {
  // The public types make `position` optional; every node the parser makes has one.
  it('should be on every node of the fixtures\' trees, and on every field and diagnostic placed', () => {
    let nodes = 0
    for (const fixture of fixtures()) {
      const tree = parseKamerbrief(fixture.input, fixture.options)
      const missing: string[] = []
      const check = (node: {type: string; position?: unknown; children?: unknown; fields?: unknown}, path: string): void => {
        nodes++
        if (node.position === undefined) missing.push(`${path} ${node.type}`)
        const inner = [...((node.fields as typeof node[] | undefined) ?? []), ...((node.children as typeof node[] | undefined) ?? [])]
        inner.forEach((child, index) => check(child, `${path}/${index}`))
      }
      check(tree, fixture.name)
      expect(missing, fixture.name).toEqual([])
    }
    expect(nodes).toBeGreaterThan(1000)
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
