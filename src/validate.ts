/**
 * Validation of a tree `parseKamerbrief` built, against {@link Root}.
 *
 * zod's general parser, and the code `z.compile` generates for a node whose children are a union,
 * spend most of their time on the unions themselves: picking the option by `type` and building a
 * value for it that nothing reads (with a copy of each loose object's keys). So the tree is walked
 * here instead, node by node: each node with children is checked on its own fields by code
 * generated from its schema without `children` (schema-code.ts), and each child by the check of its
 * `type` among the options its parent's schema allows there; a node without children is checked
 * whole. Both the options and the fields come from the schemas themselves, so the walk accepts
 * exactly the trees `Root` accepts (test/schema.test.ts checks both on spoiled trees). A tree it
 * rejects is checked again by `Root`, whose issues are the ones reported.
 */
import * as z from 'zod'
import {checkingOnly} from './compiled.js'
import {type Check, type Kind, testOf, walkerOf} from './schema-code.js'
import {Root} from './schema.js'

/**
 * Checks `root` against {@link Root}: no issues when it holds, else zod's issues for it.
 */
export function validateTree(root: unknown): z.core.$ZodIssue[] {
  if (checkOf(Root)(root, 0)) return []
  const result = checkingOnly(() => Root.safeParse(root))
  return result.success ? [] : result.error.issues
}

/**
 * Deeper than this the walk gives up and `Root` answers: no document nests so deep (a list in a
 * list in a nota section at most), and a cyclic tree edited by hand ends here too.
 */
export const MAX_DEPTH = 64

/** What the walk reads of a schema's definition. */
interface Definition {
  type: string
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  options?: z.ZodType[]
  checks?: unknown[]
}
const definitionOf = (schema: z.ZodType) => (schema as unknown as {_zod: {def: Definition}})._zod.def
/** The values of a node schema's `type` literal. */
const typesOf = (schema: z.ZodType) => [...((schema as unknown as {_zod: {propValues?: {type?: Set<unknown>}}})._zod.propValues?.type ?? [])]

const kinds = new Map<z.ZodType, Kind>()
/** The generated walk from each kind a check was asked for. */
const walkers = new Map<Kind, Check>()

/** The check of `schema`'s nodes, made on first use. */
export function checkOf(schema: z.ZodType): Check {
  const kind = kindOf(schema)
  let walker = walkers.get(kind)
  if (walker === undefined) {
    walker = walkerOf(kind, MAX_DEPTH) ?? tableCheckOf(schema)
    walkers.set(kind, walker)
  }
  return walker
}

/** The check of `schema`'s nodes by a loop over the table of kinds: the walk where the host forbids generated code. */
export function tableCheckOf(schema: z.ZodType): Check {
  const kind = kindOf(schema)
  return (node, depth) => valid(kind, node, depth)
}

/**
 * The walk where the host forbids generated code (see walkerOf): one function for every node, so
 * that a node costs one call into its test and none into closures between it and the walk.
 */
function valid(kind: Kind, node: unknown, depth: number): boolean {
  const children = kind.children
  if (children === undefined) return kind.test(node) || kind.validate(node)
  if (depth > MAX_DEPTH || (!kind.test(node) && !kind.validate(node))) return false
  const list = (node as {children?: unknown}).children
  if (!Array.isArray(list)) return false
  for (let i = 0; i < list.length; i++) {
    const child: unknown = list[i]
    if (typeof child !== 'object' || child === null) return false
    const next = children.get((child as {type?: unknown}).type)
    if (next === undefined || !valid(next, child, depth + 1)) return false
  }
  return true
}

/** The kind of `schema`'s nodes, made on first use; a recursive schema meets its own kind half made. */
function kindOf(schema: z.ZodType): Kind {
  const known = kinds.get(schema)
  if (known) return known
  const kind: Kind = {test: () => false, validate: () => false, children: undefined}
  kinds.set(schema, kind)
  const children = childrenOf(schema)
  // A node without children of node types is checked whole; the others on their own fields: an object schema with one key fewer.
  const own = children === undefined ? schema : (schema as unknown as z.ZodObject<Record<string, z.ZodType>>).omit({children: true})
  kind.children = children
  kind.validate = zodCheck(own)
  try {
    kind.test = testOf(own)
  } catch {
    // A schema the generator does not model, or a host that forbids generated code: zod checks every node.
  }
  return kind
}

/**
 * zod's check of `schema`, made on first use: the code zod generates for it where it can, its
 * parser otherwise. Asked only of a node the generated test rejects.
 */
function zodCheck(schema: z.ZodType): (node: unknown) => boolean {
  let check: ((node: unknown) => boolean) | undefined
  return (node) => {
    if (check === undefined) {
      try {
        const compiled = z.compile(schema, {strict: true})
        check = (value) => compiled.validate(value)
      } catch {
        check = (value) => checkingOnly(() => schema.safeParse(value).success)
      }
    }
    return check(node)
  }
}

/**
 * The checks of the node types `schema`'s `children` may hold, by type: where `children` is a
 * plain array (no length checks) of node schemas or unions of them. Otherwise undefined.
 */
function childrenOf(schema: z.ZodType): Map<unknown, Kind> | undefined {
  const definition = definitionOf(schema)
  const children = definition.type === 'object' ? definition.shape?.children : undefined
  if (children === undefined) return undefined
  const array = definitionOf(children)
  if (array.type !== 'array' || array.checks?.length || array.element === undefined) return undefined
  return options(array.element)
}

/** The check of each node type a union of node schemas (or one node schema) allows; undefined for anything else. */
function options(schema: z.ZodType, into = new Map<unknown, Kind>()): Map<unknown, Kind> | undefined {
  const definition = definitionOf(schema)
  if (definition.type === 'union') {
    for (const option of definition.options!) if (options(option, into) === undefined) return undefined
    return into
  }
  const types = typesOf(schema)
  if (definition.type !== 'object' || types.length !== 1 || into.has(types[0])) return undefined
  into.set(types[0], kindOf(schema))
  return into
}
