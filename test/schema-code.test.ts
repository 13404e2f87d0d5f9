import {readFileSync} from 'node:fs'
import {parseKamerbrief} from 'kamerbrief'
import {describe, expect, it} from 'vitest'
import * as z from 'zod'
import {testOf, Unsupported} from '../src/schema-code.js'
import * as schemas from '../src/schema.js'

type Any = Record<string, unknown> & {type?: string; children?: Any[]}

/** Every zod schema the module exports, by export name. */
const exported = (Object.entries(schemas) as Array<[string, unknown]>).filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
/** The schema of each node type. */
const byType = new Map<unknown, z.ZodType>()
for (const [, schema] of exported) {
  const types = (schema as unknown as {_zod: {propValues?: {type?: Set<unknown>}}})._zod.propValues?.type
  if (types?.size === 1 && (schema as unknown as {_zod: {def: {type: string}}})._zod.def.type === 'object') byType.set([...types][0], schema)
}

const nodes = (root: Any): Any[] => [root, ...(root.children ?? []).flatMap(nodes)]
const letter = readFileSync(new URL('../fixtures/full-defensie-ek-begroting-2026/input.md', import.meta.url), 'utf8')

describe('generated schema tests', () => {
  // A schema the generator cannot model leaves its nodes to zod's slower check without any other test failing.
  it('should generate a test for every schema of the tree', () => {
    expect(exported.length).toBeGreaterThan(30)
    for (const [name, schema] of exported) expect(() => testOf(schema), name).not.toThrow()
    expect(byType.size).toBeGreaterThan(25)
  })

  it('should accept every node of real trees, read as text and as Markdown', () => {
    for (const format of ['text', 'markdown'] as const) {
      const root = parseKamerbrief(letter, {format}) as unknown as Any
      expect(testOf(schemas.Root)(root)).toBe(true)
      for (const node of nodes(root)) expect(testOf(byType.get(node.type)!)(node), node.type).toBe(true)
    }
  })

  // The generated test must say what zod says: never accept what the schema rejects (a tree that
  // is not valid would pass), and accept what it accepts (else zod is asked of every node).
  it('should agree with zod on every spoiled field of every kind of node', () => {
    const root = parseKamerbrief(letter, {format: 'text', validate: false}) as unknown as Any
    const spoilings: Array<[string, (node: Any, key: string) => void]> = [
      ['deleted', (n, k) => delete n[k]],
      ['undefined', (n, k) => (n[k] = undefined)],
      ['null', (n, k) => (n[k] = null)],
      ['a number', (n, k) => (n[k] = 7)],
      ['a fraction', (n, k) => (n[k] = 1.5)],
      ['zero', (n, k) => (n[k] = 0)],
      ['negative', (n, k) => (n[k] = -1)],
      ['NaN', (n, k) => (n[k] = Number.NaN)],
      ['infinite', (n, k) => (n[k] = Number.POSITIVE_INFINITY)],
      ['a string', (n, k) => (n[k] = 'x')],
      ['true', (n, k) => (n[k] = true)],
      ['an array', (n, k) => (n[k] = [])],
      ['an array of a number', (n, k) => (n[k] = [3])],
      ['an object', (n, k) => (n[k] = {})]
    ]
    let compared = 0
    let rejected = 0
    const seen = new Set<string>()
    const compare = (schema: z.ZodType, value: unknown, what: string) => {
      const expected = schema.safeParse(value).success
      expect(testOf(schema)(value), what).toBe(expected)
      compared++
      if (!expected) rejected++
    }
    for (const node of nodes(root)) {
      // One node of each shape: its type and its keys.
      const shape = `${node.type} ${Object.keys(node).join(',')}`
      if (seen.has(shape)) continue
      seen.add(shape)
      const schema = byType.get(node.type)!
      const fields = (value: unknown, path: string[]): void => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return
        for (const key of Object.keys(value)) {
          if (key === 'children') continue
          for (const [name, spoil] of spoilings) {
            const copy = structuredClone(node)
            let at = copy as Any
            for (const step of path) at = at[step] as Any
            spoil(at, key)
            compare(schema, copy, `${node.type}.${[...path, key].join('.')} ${name}`)
          }
          fields((value as Any)[key], [...path, key])
        }
      }
      fields(node, [])
      compare(schema, {...node, extra: 'kept'}, `${node.type} with a key of its own`)
      compare(schema, [node], `${node.type} in an array`)
    }
    expect(seen.size).toBeGreaterThan(25)
    expect(compared).toBeGreaterThan(1000)
    expect(rejected).toBeGreaterThan(compared / 2)
    expect(rejected).toBeLessThan(compared)
  })

  it('should agree with zod on the number checks the schemas use', () => {
    const schema = z.object({
      line: z.number().int().min(1),
      share: z.number().min(0).max(1),
      above: z.number().gt(2).lt(5),
      flag: z.boolean().optional(),
      kind: z.enum(['a', 'b']),
      list: z.array(z.union([z.literal(1), z.string()]))
    })
    const values = [0, 1, 1.5, 2, 3, 5, 6, -0, Number.NaN, Number.MAX_SAFE_INTEGER + 2, '1', null, undefined]
    const valid = {line: 1, share: 0.5, above: 3, kind: 'a', list: [1, 'x']}
    const test = testOf(schema)
    expect(test(valid)).toBe(true)
    for (const key of ['line', 'share', 'above', 'flag', 'kind', 'list'] as const) {
      for (const value of [...values, 'a', 'c', true, [2], [1, 'y']]) {
        const spoiled = {...valid, [key]: value}
        expect(test(spoiled), `${key}: ${String(value)}`).toBe(schema.safeParse(spoiled).success)
      }
    }
  })

  it('should test a schema that holds itself', () => {
    const Outline: z.ZodType = z.object({
      title: z.string(),
      get sections() {
        return z.array(Outline).optional()
      }
    })
    const test = testOf(Outline)
    for (const value of [{title: 'a'}, {title: 'a', sections: [{title: 'b', sections: []}]}, {title: 'a', sections: [{title: 3}]}, {title: 'a', sections: [{}]}]) {
      expect(test(value), JSON.stringify(value)).toBe(Outline.safeParse(value).success)
    }
  })

  it('should refuse what it does not model', () => {
    expect(() => testOf(z.string().min(2))).toThrow(Unsupported)
    expect(() => testOf(z.strictObject({a: z.string()}))).toThrow(Unsupported)
    expect(() => testOf(z.array(z.string()).min(1))).toThrow(Unsupported)
    expect(() => testOf(z.number().multipleOf(2))).toThrow(Unsupported)
    expect(() => testOf(z.string().nullable())).toThrow(Unsupported)
  })
})
