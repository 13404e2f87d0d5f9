/**
 * Property tests: a few hundred hostile inputs per property on every `npm test`. The invariants are
 * in ./arbitraries.ts (`assertSound`); `npm run fuzz` runs the same properties far longer.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {anyString, assertSound, documentCase, documents, fragmentSoup, mutate, positionProblems, twoColumns} from './arbitraries.js'
import {parseKamerbrief} from '../src/index.js'
import {robustnessDocuments} from './util.js'

// A fixed seed keeps `npm test` reproducible; the fuzz script varies it.
const settings = {numRuns: 200, seed: 20_260_521}

describe('properties', () => {
  it('should keep every invariant on arbitrary strings', () => {
    fc.assert(fc.property(anyString, (s) => assertSound(s)), settings)
  })

  it('should keep every invariant on strings of the readers’ own fragments', () => {
    fc.assert(fc.property(fragmentSoup, (s) => assertSound(s)), settings)
  })

  it('should keep every invariant on text in two columns, as pdftotext -layout prints a side column', () => {
    fc.assert(fc.property(twoColumns, (s) => assertSound(s)), settings)
  })

  it('should keep every invariant on mutated windows of the real documents', () => {
    fc.assert(
      fc.property(documentCase(80), (c) => assertSound(mutate(c))),
      settings
    )
  })

  it('should keep every invariant on the real documents themselves', () => {
    expect(documents.length).toBeGreaterThan(0)
    for (const {input} of documents) assertSound(input)
  })

  // The mutations start from the documents this clone has: without ../shared/corpus, those the fixtures copy.
  for (const name of robustnessDocuments().missing) it.skip(`should start from ${name} too: ../shared/corpus is absent`, () => {})
})

describe('the invariant checks', () => {
  // A check that cannot fail proves nothing: each must catch a broken tree.
  it('should catch a position whose line and column disagree with its offset', () => {
    const input = 'Vraag 1\nKent u het bericht?\n'
    const tree = parseKamerbrief(input)
    expect(positionProblems(tree, input)).toEqual([])
    tree.position!.end.line = 1
    expect(positionProblems(tree, input)).toEqual([expect.stringContaining('root.position')])
  })

  it('should catch a position outside the input or ending before it starts', () => {
    const input = 'Vraag 1\nKent u het bericht?\n'
    const tree = parseKamerbrief(input)
    tree.position!.end = {line: 3, column: 5, offset: input.length + 4}
    expect(positionProblems(tree, input)).toEqual([expect.stringContaining('outside')])
    tree.position = {start: {line: 2, column: 1, offset: 8}, end: {line: 1, column: 1, offset: 0}}
    expect(positionProblems(tree, input)).toEqual([expect.stringContaining('after end')])
  })

  const input = 'Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n'

  it('should pass a sound parse', () => {
    expect(() => assertSound(input)).not.toThrow()
  })

  it('should catch a parse that throws', () => {
    const parse = () => {
      throw new RangeError('boom')
    }
    expect(() => assertSound(input, parse)).toThrow(/threw RangeError/)
  })

  it('should catch a tree that fails its schema', () => {
    const parse: typeof parseKamerbrief = (text, options) => ({...parseKamerbrief(text, options), type: 'rot' as 'root'})
    expect(() => assertSound(input, parse)).toThrow(/schema/)
  })

  it('should catch a tree that lost text', () => {
    const parse: typeof parseKamerbrief = (text, options) => {
      const tree = parseKamerbrief(text, options)
      const section = tree.children[0] as {children: unknown[]}
      section.children.pop()
      return tree
    }
    expect(() => assertSound(input, parse)).toThrow(/coverage: uncovered/)
  })

  it('should catch a parse that is not deterministic', () => {
    let calls = 0
    const parse: typeof parseKamerbrief = (text, options) => {
      const tree = parseKamerbrief(text, options)
      if (calls++ % 2 === 1) tree.diagnostics.push({ruleId: 'unknown-block', severity: 'info', message: 'x', source: 'kamerbrief', url: 'docs/diagnostics.md#unknown-block'})
      return tree
    }
    expect(() => assertSound(input, parse)).toThrow(/second parse/)
  })

  it('should make reproducible mutations', () => {
    const c = {document: 0, from: 0, lines: 3, mutations: [['insert-line', 0, 0] as ['insert-line', number, number]], lineEnding: '\r\n' as const}
    expect(mutate(c)).toBe(mutate(structuredClone(c)))
    expect(mutate(c).split('\r\n')).toHaveLength(4)
    expect(mutate(c).split('\r\n')[0]).toBe('1.')
  })
})
