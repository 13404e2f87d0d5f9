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

const checks = new Map<z.ZodType, Check>()

/** The check of `schema`'s nodes, made on first use; a recursive schema meets its own check half made. */
export function checkOf(schema: z.ZodType): Check {
  const known = checks.get(schema)
  if (known) return known
  let made: Check | undefined
  const check: Check = (node, depth) => made!(node, depth)
  checks.set(schema, check)
  made = makeCheck(schema)
  return check
}

function makeCheck(schema: z.ZodType): Check {
  const children = childrenOf(schema)
  if (children === undefined) return whole(schema)
  // The node's own fields, without its children: an object schema with one key fewer.
  const own = generated(z.compile((schema as unknown as z.ZodObject<Record<string, z.ZodType>>).omit({children: true})))
  return (node, depth) => {
    if (depth > MAX_DEPTH || !own(node)) return false
    const list = (node as {children?: unknown}).children
    if (!Array.isArray(list)) return false
    for (const child of list) {
      if (typeof child !== 'object' || child === null) return false
      const check = children.get((child as {type?: unknown}).type)
      if (check === undefined || !check(child, depth + 1)) return false
    }
    return true
  }
}

/** A node without children of node types, checked whole by generated code, or by zod's parser where no code can be generated. */
function whole(schema: z.ZodType): Check {
  try {
    return generated(z.compile(schema, {strict: true}))
  } catch {
    return (node) => checkingOnly(() => schema.safeParse(node).success)
  }
}

/**
 * The code zod generated for `compiled`, called directly: `compiled.validate` reaches it through two
 * calls more, for every node of every tree. Where the code rejects a value, `validate` answers as
 * before (zod's parser has the last word on a value its code rejects).
 */
function generated(compiled: z.ZodType): (node: unknown) => boolean {
  const code = (compiled as unknown as {_zod: {bag: {validator?: unknown}}})._zod.bag.validator
  if (typeof code !== 'function') return (node) => compiled.validate(node)
  return (node) => code(node) !== z.INVALID || compiled.validate(node)
}

/**
 * The checks of the node types `schema`'s `children` may hold, by type: where `children` is a
 * plain array (no length checks) of node schemas or unions of them. Otherwise undefined.
 */
function childrenOf(schema: z.ZodType): Map<unknown, Check> | undefined {
  const definition = definitionOf(schema)
  const children = definition.type === 'object' ? definition.shape?.children : undefined
  if (children === undefined) return undefined
  const array = definitionOf(children)
  if (array.type !== 'array' || array.checks?.length || array.element === undefined) return undefined
  return options(array.element)
}

/** The check of each node type a union of node schemas (or one node schema) allows; undefined for anything else. */
function options(schema: z.ZodType, into = new Map<unknown, Check>()): Map<unknown, Check> | undefined {
  const definition = definitionOf(schema)
  if (definition.type === 'union') {
    for (const option of definition.options!) if (options(option, into) === undefined) return undefined
    return into
  }
  const types = typesOf(schema)
  if (definition.type !== 'object' || types.length !== 1 || into.has(types[0])) return undefined
  into.set(types[0], checkOf(schema))
  return into
}
