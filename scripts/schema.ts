/**
 * Writes the JSON Schema of the syntax tree, generated from the zod schemas in `src/schema.ts`, to
 * `docs/kamerbrief.schema.json` (reviewed in diffs, pinned by test/schema.test.ts) and to `dist/`
 * (shipped as `kamerbrief/schema.json`). `npm run build` runs it too, through tsup.config.ts.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {z} from 'zod'
import {Root} from '../src/schema.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export const SCHEMA_FILES = ['docs/kamerbrief.schema.json', 'dist/kamerbrief.schema.json']

/**
 * The schema as text. Every node has a `.meta({id})`, so each becomes a named entry of `$defs`
 * and recursion (lists, nota sections) is a `$ref`. `reused: 'ref'` would also hoist every small
 * schema used twice into anonymous `__schemaN` entries, which makes the file hard to read for no
 * gain. `io: 'output'` describes the tree as the parser returns it.
 */
export function kamerbriefSchema(): string {
  const schema = z.toJSONSchema(Root, {io: 'output', target: 'draft-2020-12'}) as JsonSchema
  return `${JSON.stringify(discriminate(schema), null, 2)}\n`
}

type JsonSchema = {[key: string]: unknown}
const isObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Rewrites every union of nodes (zod writes `oneOf`) as a choice by `type`, which plain validators
 * understand without ajv's `discriminator` option: an `enum` of the types it allows, then one
 * `if`/`then` per option. A `oneOf` makes a validator try every option, each through its whole
 * subtree, and report every option's failures: one wrong `type` deep in a tree gave ajv 1,670
 * errors, and Python's jsonschema 8 to 16 s on the Defensie letter. With `if`/`then` only the
 * option whose `type` matches is checked, and a wrong `type` is one `enum` error.
 *
 * Also leaves out `additionalProperties: {}`, which allows what is allowed anyway: unknown fields
 * are kept by the schemas, as plugins may add them.
 */
function discriminate(schema: JsonSchema): JsonSchema {
  const defs = schema.$defs as Record<string, JsonSchema>
  const rewritten = new Map<string, JsonSchema>()

  /** The types a union option stands for: its `type` constant, or the types of the union it is. */
  const typesOf = (option: JsonSchema): string[] | undefined => {
    const target = typeof option.$ref === 'string' ? defs[option.$ref.replace('#/$defs/', '')]! : option
    const type = (target.properties as Record<string, JsonSchema> | undefined)?.type
    if (type?.const !== undefined) return [type.const as string]
    if (!Array.isArray(target.oneOf)) return undefined
    const types = (target.oneOf as JsonSchema[]).map(typesOf)
    return types.some((t) => t === undefined) ? undefined : types.flat() as string[]
  }
  const resolve = (name: string): JsonSchema => {
    let done = rewritten.get(name)
    if (!done) rewritten.set(name, (done = walk(defs[name]!)))
    return done
  }
  const walk = (value: unknown): JsonSchema => {
    if (Array.isArray(value)) return value.map(walk) as unknown as JsonSchema
    if (!isObject(value)) return value as JsonSchema
    const out: JsonSchema = {}
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'additionalProperties' && isObject(inner) && Object.keys(inner).length === 0) continue
      out[key] = key === '$defs' ? inner : walk(inner)
    }
    if (!Array.isArray(out.oneOf)) return out
    const options = out.oneOf as JsonSchema[]
    const types = options.map(typesOf)
    if (types.some((t) => t === undefined)) return out
    const {oneOf: _, ...rest} = out
    return {
      ...rest,
      type: 'object',
      required: ['type'],
      properties: {type: {enum: types.flat()}},
      allOf: options.map((option, i) => {
        const only = types[i]!
        const type = only.length === 1 ? {const: only[0]} : {enum: only}
        return {if: {required: ['type'], properties: {type}}, then: option}
      })
    }
  }

  for (const name of Object.keys(defs)) resolve(name)
  return {...walk({...schema, $defs: undefined}), $defs: Object.fromEntries(Object.keys(defs).map((name) => [name, rewritten.get(name)!]))}
}

export function writeSchema(files: readonly string[] = SCHEMA_FILES): void {
  const text = kamerbriefSchema()
  for (const file of files) {
    const path = resolve(root, file)
    mkdirSync(dirname(path), {recursive: true})
    writeFileSync(path, text)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeSchema()
  console.log(`wrote ${SCHEMA_FILES.join(', ')}`)
}
