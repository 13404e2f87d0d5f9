/**
 * The lists test/util.ts keeps about the shared corpus, and the fixtures that copy its documents,
 * against the corpus itself: a renamed or added document must not drop out of a test unnoticed.
 */
import {describe, expect, it} from 'vitest'
import {ADDED_LATER, corpusDocuments, corpusGold, describeCorpus, fixture, fixtureCopies, fixtures, FROM_PDF, ROBUSTNESS_DOCUMENTS} from './util.js'

describe('fixtures/readme.md', () => {
  it('should name the source of every fixture that is not a variant, and only fixtures that exist', () => {
    const copies = fixtureCopies()
    const named = new Set(copies.values())
    const cases = fixtures().map((f) => f.name)
    expect(cases.filter((name) => !name.startsWith('variant-') && !named.has(name))).toEqual([])
    expect([...named].filter((name) => !cases.includes(name))).toEqual([])
  })

  it('should copy no document made from PDF or added later to the corpus', () => {
    const kept = [...Object.values(FROM_PDF), ...Object.keys(ADDED_LATER)]
    expect([...fixtureCopies().keys()].filter((source) => kept.includes(source))).toEqual([])
  })
})

describeCorpus('the shared corpus', () => {
  const names = corpusDocuments().map((d) => d.name)

  it('should hold every document the tests name', () => {
    const named = [...Object.keys(ADDED_LATER), ...Object.values(FROM_PDF), ...ROBUSTNESS_DOCUMENTS, ...fixtureCopies().keys()]
    expect(named.filter((name) => !names.includes(name))).toEqual([])
  })

  it('should have hand-read facts for every document', () => {
    expect(names.filter((name) => corpusGold(name) === undefined)).toEqual([])
  })

  it('should be copied unchanged by the fixtures that say they copy it', () => {
    const changed = [...fixtureCopies()].filter(([source, name]) => corpusDocuments().find((d) => d.name === source)?.input !== fixture(name))
    expect(changed).toEqual([])
  })

  it('should not be in the repository where a document is made from PDF or was added later', () => {
    const kept = new Set(corpusDocuments().filter((d) => d.name in ADDED_LATER || (Object.values(FROM_PDF) as string[]).includes(d.name)).map((d) => d.input))
    expect(fixtures().filter((f) => kept.has(f.input)).map((f) => f.name)).toEqual([])
  })
})
