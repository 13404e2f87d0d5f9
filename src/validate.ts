/**
 * Validation of a tree `parseKamerbrief` built, against {@link Root}.
 *
 * zod's general parser, and the code `z.compile` generates for a node whose children are a union,
 * spend most of their time on the unions themselves: picking the option by `type` and building a
 * value for it that nothing reads (with a copy of each loose object's keys). So the tree is walked
 * here instead, node by node: each node with children is checked on its own fields by code zod
 * generates for its schema without `children`, and each child by the check of its `type` among the
 * options its parent's schema allows there; a node without children is checked whole by generated
 * code. Both the options and the fields come from the schemas themselves, so the walk accepts
 * exactly the trees `Root` accepts (test/schema.test.ts checks both on spoiled trees). A tree it
 * rejects is checked again by `Root`, whose issues are the ones reported.
 */
import * as z from 'zod'
import {checkingOnly} from './compiled.js'
import {Root} from './schema.js'

/**
 * Checks `root` against {@link Root}: no issues when it holds, else zod's issues for it.
 */
export function validateTree(root: unknown): z.core.$ZodIssue[] {
  if (checkOf(Root)(root, 0)) return []
  const result = checkingOnly(() => Root.safeParse(root))
  return result.success ? [] : result.error.issues
}

/** Whether a node, `depth` levels below the root, is valid. */
type Check = (node: unknown, depth: number) => boolean

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

/**
 * How the walk checks the nodes of one schema: `code`, the code zod generated for the node (without
 * its children where it has some), answers `z.INVALID` or not; where it does, `validate` has the
 * last word (zod's parser decides on a value its code rejects). `children`: the kind of each node
 * type the node's children may hold; undefined for a node checked whole.
 */
interface Kind {
  code: (node: unknown) => unknown
  validate: (node: unknown) => boolean
  children: Map<unknown, Kind> | undefined
}

const kinds = new Map<z.ZodType, Kind>()

/** The check of `schema`'s nodes, made on first use. */
export function checkOf(schema: z.ZodType): Check {
  const kind = kindOf(schema)
  return (node, depth) => valid(kind, node, depth)
}

/**
 * The walk: one function for every node, so that a node costs one call into generated code and
 * none into closures between it and the walk.
 */
function valid(kind: Kind, node: unknown, depth: number): boolean {
  const children = kind.children
  if (children === undefined) return kind.code(node) !== z.INVALID || kind.validate(node)
  if (depth > MAX_DEPTH || (kind.code(node) === z.INVALID && !kind.validate(node))) return false
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
  const kind: Kind = {code: () => z.INVALID, validate: () => false, children: undefined}
  kinds.set(schema, kind)
  const children = childrenOf(schema)
  if (children === undefined) {
    // A node without children of node types, checked whole by generated code, or by zod's parser where no code can be generated.
    try {
      withCode(kind, z.compile(schema, {strict: true}))
    } catch {
      kind.validate = (node) => checkingOnly(() => schema.safeParse(node).success)
    }
  } else {
    // The node's own fields, without its children: an object schema with one key fewer.
    withCode(kind, z.compile((schema as unknown as z.ZodObject<Record<string, z.ZodType>>).omit({children: true})))
    kind.children = children
  }
  return kind
}

/**
 * Gives `kind` the code zod generated for `compiled`, to call directly: `compiled.validate` reaches
 * it through two calls more, for every node of every tree.
 */
function withCode(kind: Kind, compiled: z.ZodType): void {
  kind.validate = (node) => compiled.validate(node)
  const code = (compiled as unknown as {_zod: {bag: {validator?: unknown}}})._zod.bag.validator
  if (typeof code === 'function') kind.code = code as Kind['code']
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
