/**
 * The tree of every real document, the corpus's and the fixtures', against the JSON Schema
 * (docs/kamerbrief.schema.json) and against the unrolled schemas parseKamerbrief checks first.
 */
import {Ajv2020} from 'ajv/dist/2020.js'
import {parseKamerbrief} from 'kamerbrief'
import {describe, expect, it} from 'vitest'
import {kamerbriefSchema} from '../scripts/schema.js'
import {unrolledRoot} from '../src/validate.js'
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

describe('the unrolled schemas on the real documents', () => {
  // parseKamerbrief checks its tree against Root unrolled to DEPTH levels of lists and nota
  // sections, and against Root itself when that fails: the answer must always be Root's.
  it('should take the unrolled check on every real document', () => {
    for (const {name, input} of documents) expect(unrolledRoot().safeParse(parseKamerbrief(input)).success, name).toBe(true)
  })
})
