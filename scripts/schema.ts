/**
 * Writes the JSON Schema of the syntax tree, generated from the zod schemas in `src/ast.ts`, to
 * `docs/kamerbrief.schema.json` (reviewed in diffs, pinned by test/schema.test.ts) and to `dist/`
 * (shipped as `kamerbrief/schema.json`). `npm run build` runs it too, through tsup.config.ts.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {z} from 'zod'
import {Root} from '../src/ast.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export const SCHEMA_FILES = ['docs/kamerbrief.schema.json', 'dist/kamerbrief.schema.json']

/**
 * The schema as text. Every node has a `.meta({id})`, so each becomes a named entry of `$defs`
 * and recursion (lists, nota sections) is a `$ref`. `reused: 'ref'` would also hoist every small
 * schema used twice into anonymous `__schemaN` entries, which makes the file hard to read for no
 * gain. `io: 'output'` describes the tree as the parser returns it.
 */
export function kamerbriefSchema(): string {
  const schema = z.toJSONSchema(Root, {io: 'output', target: 'draft-2020-12'})
  return `${JSON.stringify(schema, null, 2)}\n`
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
