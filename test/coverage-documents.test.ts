/**
 * coverage() on the real documents: every character of each is held by exactly one node, whatever
 * the format. The documents come from the fixtures that copy them, else from ../shared/corpus.
 */
import {coverage, parseKamerbrief} from 'kamerbrief'
import {describe, expect, it} from 'vitest'
import {hasCorpus, ROBUSTNESS_DOCUMENTS, robustnessDocuments} from './util.js'

const {documents, missing} = robustnessDocuments()

describe('coverage on the real documents', () => {
  it('should have every document to check that this clone can read', () => {
    expect(documents.length + missing.length).toBe(ROBUSTNESS_DOCUMENTS.length)
    expect(documents.length).toBeGreaterThan(0)
    // The fixtures copy most of them; with the corpus beside the clone none may be missing.
    if (hasCorpus) expect(missing).toEqual([])
  })

  for (const name of missing) it.skip(`${name}: ../shared/corpus is absent`, () => {})

  for (const {name, input} of documents) {
    for (const format of ['auto', 'markdown', 'text', 'flattened'] as const) {
      it(`should cover every character of ${name} exactly once (${format})`, () => {
        expect(coverage(parseKamerbrief(input, {format}), input, {overlaps: true})).toEqual([])
      })
    }
  }
})
