/**
 * Property tests: a few hundred hostile inputs per property on every `npm test`. The invariants are
 * in ./arbitraries.ts (`assertSound`); `npm run fuzz` runs the same properties far longer.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {anyString, assertSound, documentCase, documents, fragmentSoup, mutate, positionProblems} from './arbitraries.js'
import {parseKamerbrief} from '../src/index.js'

// A fixed seed keeps `npm test` reproducible; the fuzz script varies it.
const settings = {numRuns: 200, seed: 20_260_521}

describe('properties', () => {
  it('should keep every invariant on arbitrary strings', () => {
    fc.assert(fc.property(anyString, assertSound), settings)
  })

  it('should keep every invariant on strings of the readers’ own fragments', () => {
    fc.assert(fc.property(fragmentSoup, assertSound), settings)
  })

  it('should keep every invariant on mutated windows of the real documents', () => {
    fc.assert(
      fc.property(documentCase(80), (c) => assertSound(mutate(c))),
      settings
    )
  })

  it('should keep every invariant on the real documents themselves', () => {
    for (const {input} of documents) assertSound(input)
  })
})

describe('the invariant checks', () => {
  // A check that cannot fail proves nothing: each must catch a broken tree.
  it('should catch a position whose line and column disagree with its offset', () => {
    const input = 'Vraag 1\nKent u het bericht?\n'
    const tree = parseKamerbrief(input)
    expect(positionProblems(tree, input)).toEqual([])
    tree.position.end.line = 1
    expect(positionProblems(tree, input)).toEqual([expect.stringContaining('root.position')])
  })

  it('should catch a position outside the input or ending before it starts', () => {
    const input = 'Vraag 1\nKent u het bericht?\n'
    const tree = parseKamerbrief(input)
    tree.position.end = {line: 3, column: 5, offset: input.length + 4}
    expect(positionProblems(tree, input)).toEqual([expect.stringContaining('outside')])
    tree.position = {start: {line: 2, column: 1, offset: 8}, end: {line: 1, column: 1, offset: 0}}
    expect(positionProblems(tree, input)).toEqual([expect.stringContaining('after end')])
  })

  it('should catch a tree that leaves input uncovered', () => {
    expect(() => assertSound('Vraag 1\n\u0000')).not.toThrow()
    const mutated = mutate({document: 0, from: 0, lines: 3, mutations: [['insert-line', 0, 0]], lineEnding: '\r\n'})
    expect(mutated.split('\r\n')[0]).toBe('1.')
  })
})
