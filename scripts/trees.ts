/**
 * Writes what the parser makes of every fixture and every document of ../shared/corpus (as given,
 * as Markdown, as text and as flattened text) into one folder, one file per document and format:
 * the tree, and what `questions`, `references`, `toText` and `coverage` read from it. Two runs
 * compare with `diff -r`, so a refactor can show that no tree changed.
 *
 *   npx tsx scripts/trees.ts OUT_DIR
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {coverage, parseKamerbrief, questions, references, toText} from '../src/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = process.argv[2]
if (!out) throw new Error('usage: tsx scripts/trees.ts OUT_DIR')
mkdirSync(out, {recursive: true})

const inputs: Array<{name: string; input: string; options?: object}> = []
const fixtures = join(root, 'fixtures')
for (const entry of readdirSync(fixtures, {withFileTypes: true})) {
  if (!entry.isDirectory()) continue
  for (const file of ['input.md', 'input.txt']) {
    const path = join(fixtures, entry.name, file)
    if (!existsSync(path)) continue
    const optionsFile = join(fixtures, entry.name, 'options.json')
    const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : undefined
    inputs.push({name: `fixture-${entry.name}`, input: readFileSync(path, 'utf8'), options})
  }
}
const corpus = join(root, '../shared/corpus')
if (existsSync(corpus)) {
  for (const file of readdirSync(corpus)) {
    if (!/\.(md|txt)$/.test(file) || file === 'README.md') continue
    const input = readFileSync(join(corpus, file), 'utf8')
    for (const format of ['auto', 'markdown', 'text', 'flattened'] as const) inputs.push({name: `corpus-${basename(file)}-${format}`, input, options: {format}})
  }
}

for (const {name, input, options} of inputs) {
  const tree = parseKamerbrief(input, options)
  const record = {
    tree,
    questions: questions(tree).map(({node, ...entry}) => ({...entry, node: node.id})),
    references: references(tree).map((node) => [node.type, node.position?.start.offset]),
    text: toText(tree),
    coverage: coverage(tree, input, {overlaps: true})
  }
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(record, null, 1)}\n`)
}
console.log(`${inputs.length} documents written to ${out}`)
