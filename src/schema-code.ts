/**
 * Code that checks a value against a zod schema, generated from the schema's definition: straight
 * tests that answer true or false and build nothing. zod's own generated code builds a value on the
 * way (a closure for each optional field, a copy of each loose object's keys), which for a tree of
 * a few thousand objects costs more than the tests. Only what the tree's schemas use is generated:
 * objects (loose or stripping), strings, finite numbers with their integer and range checks,
 * booleans, literals, enums, arrays, unions and optionals. Anything else throws, and the caller
 * uses zod's code instead. test/schema-code.test.ts holds the tests to zod's answers on every field
 * of every kind of node of a real tree, spoiled in a dozen ways.
 */
import type * as z from 'zod'

/** What the generator reads of a schema's definition. */
interface Definition {
  type: string
  shape?: Record<string, z.ZodType>
  catchall?: z.ZodType
  element?: z.ZodType
  options?: z.ZodType[]
  innerType?: z.ZodType
  checks?: Array<{_zod: {def: NumberCheck}}>
}

const definitionOf = (schema: z.ZodType) => (schema as unknown as {_zod: {def: Definition}})._zod.def
const valuesOf = (schema: z.ZodType) => (schema as unknown as {_zod: {values?: Set<unknown>}})._zod.values

/** A definition the generator does not model: the caller falls back to zod's code. */
export class Unsupported extends Error {}

/** Whether a value holds for a schema. */
export type Test = (value: unknown) => boolean

const tests = new WeakMap<z.ZodType, Test>()

/**
 * The test of `schema`, made once. The test of an object schema or a union's option inside it is
 * a test of its own, which this one calls: a schema every node holds (a position) is one piece of
 * code for them all.
 */
export function testOf(schema: z.ZodType): Test {
  const known = tests.get(schema)
  if (known) return known
  let made: Test | undefined
  // A schema that holds itself calls its test while the test is being made.
  tests.set(schema, (value) => made!(value))
  try {
    made = generate(schema)
  } catch (error) {
    tests.delete(schema)
    throw error
  }
  tests.set(schema, made)
  return made
}

/** Generates the test of `schema`; the tests it calls are passed in. */
function generate(schema: z.ZodType): Test {
  const callees: Test[] = []
  let fresh = 0
  const variable = () => `v${fresh++}`
  const call = (s: z.ZodType, x: string) => {
    callees.push(testOf(s))
    return `c[${callees.length - 1}](${x})`
  }

  /** Statements that return false unless the value in variable `x` holds for `s`. */
  const emit = (s: z.ZodType, x: string, out: string[]): void => {
    const definition = definitionOf(s)
    const checks = definition.checks ?? []
    if (definition.type !== 'number' && checks.length > 0) throw new Unsupported(`checks on ${definition.type}`)
    switch (definition.type) {
      case 'string':
        out.push(`if (typeof ${x} !== "string") return false`)
        return
      case 'boolean':
        out.push(`if (typeof ${x} !== "boolean") return false`)
        return
      case 'number': {
        // A safe integer is a finite number: one test where the schema asks for an integer (every position's).
        const integer = checks.some(({_zod: {def}}) => isInteger(def))
        out.push(integer ? `if (!Number.isSafeInteger(${x})) return false` : `if (typeof ${x} !== "number" || !Number.isFinite(${x})) return false`)
        for (const {_zod: {def}} of checks) if (!isInteger(def)) out.push(rangeCheck(def, x))
        return
      }
      case 'unknown':
      case 'any':
        return
      case 'literal':
      case 'enum': {
        const values = [...(valuesOf(s) ?? [])]
        if (values.length === 0 || !values.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean')) {
          throw new Unsupported(`${definition.type} values`)
        }
        out.push(`if (${values.map((v) => `${x} !== ${JSON.stringify(v)}`).join(' && ')}) return false`)
        return
      }
      case 'optional':
        out.push(`if (${x} !== undefined) {`)
        emit(definition.innerType!, x, out)
        out.push('}')
        return
      case 'array': {
        const i = variable()
        const item = variable()
        out.push(`if (!Array.isArray(${x})) return false`, `for (let ${i} = 0; ${i} < ${x}.length; ${i}++) {`, `const ${item} = ${x}[${i}]`)
        emit(definition.element!, item, out)
        out.push('}')
        return
      }
      case 'union':
        out.push(`if (!(${definition.options!.map((option) => call(option, x)).join(' || ')})) return false`)
        return
      case 'object':
        if (s !== schema || x !== 'value') out.push(`if (!${call(s, x)}) return false`)
        else objectTests(definition, x, out)
        return
      default:
        throw new Unsupported(definition.type)
    }
  }

  /** The tests of an object's own keys; keys beyond its shape pass, as a loose or stripping object lets them. */
  const objectTests = (definition: Definition, x: string, out: string[]): void => {
    const catchall = definition.catchall === undefined ? undefined : definitionOf(definition.catchall).type
    if (catchall !== undefined && catchall !== 'unknown' && catchall !== 'any') throw new Unsupported(`catchall ${catchall}`)
    out.push(`if (typeof ${x} !== "object" || ${x} === null || Array.isArray(${x})) return false`)
    for (const [key, field] of Object.entries(definition.shape ?? {})) {
      const v = variable()
      out.push(`const ${v} = ${x}[${JSON.stringify(key)}]`)
      emit(field, v, out)
    }
  }

  const body: string[] = []
  emit(schema, 'value', body)
  return new Function('c', `"use strict"\nreturn function test(value) {\n${body.join('\n')}\nreturn true\n}`)(callees) as Test
}

type NumberCheck = {check: string; format?: string; value?: unknown; inclusive?: boolean}

/** Whether `check` is zod's `int()`. */
const isInteger = (check: NumberCheck) => check.check === 'number_format' && check.format === 'safeint'

/** The statement of a range check zod's `min()`, `max()`, `positive()` and the like write. */
function rangeCheck(check: NumberCheck, x: string): string {
  if ((check.check === 'greater_than' || check.check === 'less_than') && typeof check.value === 'number' && Number.isFinite(check.value)) {
    const fails = check.check === 'greater_than' ? (check.inclusive ? '<' : '<=') : check.inclusive ? '>' : '>='
    return `if (${x} ${fails} ${check.value}) return false`
  }
  throw new Unsupported(`number check ${check.check}`)
}

/**
 * How validate.ts checks the nodes of one schema: `test`, code generated from the node's schema
 * (without its children where it has some), answers whether it holds; where it does not,
 * `validate`, zod's own check, has the last word. `children`: the kind of each node type the
 * node's children may hold; undefined for a node checked whole.
 */
export interface Kind {
  test: Test
  validate: (node: unknown) => boolean
  children: Map<unknown, Kind> | undefined
}

/** Whether a node, `depth` levels below the root, is valid. */
export type Check = (node: unknown, depth: number) => boolean

/**
 * The walk of validate.ts, generated for the kinds below `root`: a function per kind with
 * children, which picks each child's check by a `switch` on its type and calls it directly. Every
 * call then has one callee, which V8 can inline, where a loop over the table of kinds calls a
 * different test for every kind through one call. A node deeper than `maxDepth` is rejected.
 * Undefined where the host forbids generated code.
 */
export function walkerOf(root: Kind, maxDepth: number): Check | undefined {
  const all: Kind[] = []
  const index = new Map<Kind, number>()
  const add = (kind: Kind) => {
    if (index.has(kind)) return
    index.set(kind, all.length)
    all.push(kind)
    for (const child of kind.children?.values() ?? []) add(child)
  }
  add(root)
  const functions = all.flatMap((kind, k) => {
    if (kind.children === undefined) return []
    const cases = [...kind.children].map(([type, child]) => {
      const c = index.get(child)!
      const call = child.children === undefined ? `(T[${c}](child) || V[${c}](child))` : `w${c}(child, depth + 1)`
      return `case ${JSON.stringify(type)}: if (!${call}) return false; break`
    })
    return [
      `function w${k}(node, depth) {`,
      `if (depth > ${maxDepth} || (!T[${k}](node) && !V[${k}](node))) return false`,
      'const list = node.children',
      'if (!Array.isArray(list)) return false',
      'for (let i = 0; i < list.length; i++) {',
      'const child = list[i]',
      'if (typeof child !== "object" || child === null) return false',
      'switch (child.type) {',
      ...cases,
      'default: return false',
      '}',
      '}',
      'return true',
      '}'
    ]
  })
  const r = index.get(root)!
  const entry = root.children === undefined ? `(node) => T[${r}](node) || V[${r}](node)` : `w${r}`
  try {
    const make = new Function('T', 'V', `"use strict"\n${functions.join('\n')}\nreturn ${entry}`) as (tests: Test[], validates: Array<(node: unknown) => boolean>) => Check
    return make(
      all.map((kind) => kind.test),
      all.map((kind) => kind.validate)
    )
  } catch {
    return undefined
  }
}
