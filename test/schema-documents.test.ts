/**
 * The tree of every real document, the corpus's and the fixtures', against the JSON Schema
 * (docs/kamerbrief.schema.json) and against the walk parseKamerbrief checks with before Root.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {parseKamerbrief} from 'kamerbrief'
import {describe, expect, it} from 'vitest'
import {kamerbriefSchema} from '../scripts/schema.js'
import {Root} from '../src/schema.js'
import {checkOf} from '../src/validate.js'
import {corpusDocuments, fixtures, skipWithoutCorpus} from './util.js'

// The fixtures copy many corpus documents; each text is checked once.
const seen = new Set<string>()
const documents = [...corpusDocuments(), ...fixtures().map((f) => ({name: `fixtures/${f.name}`, input: f.input}))].filter(
  (d) => !seen.has(d.input) && seen.add(d.input)
)

describe('kamerbrief.schema.json on the real documents', () => {
  const validate = new Ajv2020({strict: true, allErrors: true}).compile(JSON.parse(kamerbriefSchema()))

  it('should have found documents to check', () => {
    expect(documents.length).toBeGreaterThan(0)
  })

  it.each(documents.map((d) => [d.name, d.input]))('should accept the tree of %s', (_, input) => {
    const tree = parseKamerbrief(input)
    // A round trip through JSON: the schema describes the tree as it is stored and sent.
    const valid = validate(JSON.parse(JSON.stringify(tree)))
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  skipWithoutCorpus('should accept the trees of the corpus documents')
})

describe('the walk parseKamerbrief checks with, on the real documents', () => {
  // parseKamerbrief checks its tree by a walk over it, and against Root itself when that fails:
  // every real document passes the walk, so none pays for Root's own parse.
  it('should accept every real document', () => {
    for (const {name, input} of documents) expect(checkOf(Root)(parseKamerbrief(input), 0), name).toBe(true)
  })
})

// Python's jsonschema has no discriminator: the if/then on `type` is what keeps it fast.
const PYTHON = `
import json, sys, time
from jsonschema import Draft202012Validator
schema, tree = (json.load(open(path)) for path in sys.argv[1:3])
validator = Draft202012Validator(schema)
start = time.perf_counter()
errors = [error.message for error in validator.iter_errors(tree)]
print(json.dumps({"errors": errors[:10], "seconds": time.perf_counter() - start}))
`
const python = spawnSync('python3', ['-c', 'import jsonschema'], {encoding: 'utf8'})
const hasJsonschema = python.status === 0

describe.skipIf(!hasJsonschema)("kamerbrief.schema.json in Python's jsonschema", () => {
  it('should validate the tree of the Defensie letter in under 2 s', () => {
    const input = readFileSync(new URL('../fixtures/full-defensie-ek-begroting-2026/input.md', import.meta.url), 'utf8')
    const dir = mkdtempSync(join(tmpdir(), 'kamerbrief-schema-'))
    try {
      writeFileSync(join(dir, 'schema.json'), kamerbriefSchema())
      writeFileSync(join(dir, 'tree.json'), JSON.stringify(parseKamerbrief(input)))
      const run = spawnSync('python3', ['-c', PYTHON, join(dir, 'schema.json'), join(dir, 'tree.json')], {encoding: 'utf8'})
      expect(run.stderr).toBe('')
      const result = JSON.parse(run.stdout) as {errors: string[]; seconds: number}
      expect(result.errors).toEqual([])
      expect(result.seconds).toBeLessThan(2)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

if (!hasJsonschema) it.skip(`kamerbrief.schema.json in Python's jsonschema: python3 or its jsonschema package is missing (${python.error?.message ?? python.stderr.trim()})`, () => {})
