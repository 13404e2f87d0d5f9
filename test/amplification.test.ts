/**
 * Inputs that name many things in few characters must not make trees, diagnostics or time grow
 * faster than the input: joint question headings ("Vragen 1-51, 1-51, …"), cross-references to
 * ranges ("zie antwoord op vraag 900-950, 900-950"), runs of bare number lines. Each property
 * describes a class of inputs; `npm run bench:growth` measures the time per character.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {coverage, parseKamerbrief, questions, RULES, type Root} from 'kamerbrief'
import {MAX_DIAGNOSTICS_PER_RULE} from '../src/diagnostics.js'

const settings = {numRuns: 150, seed: 20_261_204}

/**
 * How many characters of JSON a tree may take per character of input, plus a constant for tiny
 * inputs. The densest input there is: "Vragen 1-50,51-100" names 100 questions in 18 characters,
 * each a pair of some 470 characters of JSON that points at the first.
 */
const PER_CHARACTER = 3000
const CONSTANT = 4000

const numberList = fc
  .array(
    fc.oneof(
      fc.integer({min: 1, max: 999}).map(String),
      fc.tuple(fc.integer({min: 1, max: 950}), fc.integer({min: 0, max: 60})).map(([from, span]) => `${from}-${from + span}`),
      fc.tuple(fc.integer({min: 1, max: 950}), fc.integer({min: 0, max: 60})).map(([from, span]) => `${from} t/m ${from + span}`)
    ),
    {minLength: 1, maxLength: 21}
  )
  .chain((items) => fc.constantFrom(', ', ' en ', ',').map((separator) => items.join(separator)))

/** A heading that names numbers, its question and answer, repeated. */
const jointDocument = fc
  .tuple(fc.constantFrom('Vraag', 'Vragen', 'Antwoord op vraag', 'Antwoord op de vragen'), numberList, fc.integer({min: 1, max: 30}))
  .map(([word, list, copies]) => Array(copies).fill(`${word} ${list}\n\nKunt u dit toelichten?\n\nAntwoord\n\nJa, dat doe ik.\n`).join('\n'))

/** Answers that refer to many numbers, many times. */
const crossReferenceDocument = fc
  .tuple(numberList, fc.integer({min: 1, max: 200}))
  .map(([list, copies]) => `Vraag 1\n\nWaarom?\n\nAntwoord 1\n\n${Array(copies).fill(`Zie antwoord op vraag ${list}.`).join(' ')}\n`)

/** Lines that hold only a number, sometimes above "Vraag:", "Antwoord:" or text. */
const bareNumberDocument = fc
  .array(fc.oneof(fc.integer({min: 1, max: 999}).map(String), fc.constantFrom('Vraag:', 'Antwoord:', 'Vraag', 'Klopt dat?', 'Ja.', '', '\f')), {minLength: 1, maxLength: 400})
  .map((lines) => `${lines.join('\n')}\n`)

function assertBounded(input: string): Root {
  const tree = parseKamerbrief(input)
  expect(JSON.stringify(tree).length).toBeLessThanOrEqual(PER_CHARACTER * input.length + CONSTANT)
  const perRule = new Map<string, number>()
  for (const diagnostic of tree.diagnostics) perRule.set(diagnostic.ruleId, (perRule.get(diagnostic.ruleId) ?? 0) + 1)
  for (const [rule, count] of perRule) expect(count, rule).toBeLessThanOrEqual(MAX_DIAGNOSTICS_PER_RULE)
  expect(coverage(tree, input).filter((range) => range.kind === 'overlap')).toEqual([])
  return tree
}

describe('amplification', () => {
  it('should keep joint headings to a tree proportional to the input', () => {
    fc.assert(fc.property(jointDocument, (input) => void assertBounded(input)), settings)
  })

  it('should keep cross-references to many numbers proportional, and their diagnostics capped', () => {
    fc.assert(fc.property(crossReferenceDocument, (input) => void assertBounded(input)), settings)
  })

  it('should read runs of bare number lines without overlaps or growth', () => {
    fc.assert(fc.property(bareNumberDocument, (input) => void assertBounded(input)), settings)
  })

  it('should give each further number of a joint heading a pair that points at the first, without text of its own', () => {
    const tree = assertBounded('Vragen 4, 5 en 5\n\nKunt u dit toelichten?\n\nAntwoord 4 en 5\n\nJa, dat doe ik.\n')
    const [first, second, ...rest] = questions(tree)
    expect(rest).toEqual([])
    expect([first!.number, second!.number]).toEqual(['4', '5'])
    for (const child of second!.node.children) {
      expect(child).toMatchObject({sharedWith: first!.id, children: []})
    }
    // The pair reads as the first one's question and answer.
    expect([second!.question, second!.answer]).toEqual([first!.question, first!.answer])
  })

  it('should read at most 100 numbers of one heading, and say so', () => {
    const tree = assertBounded('Vragen 1-50, 51-100, 101-150\n\nKunt u dit toelichten?\n\nAntwoord\n\nJa.\n')
    expect(questions(tree)).toHaveLength(100)
    expect(tree.diagnostics.filter((d) => d.ruleId === 'question-numbers-capped').map((d) => [d.actual, d.position?.start.line])).toEqual([['150', 1]])
  })

  it('should report the diagnostics a rule left out in one summary', () => {
    const tree = assertBounded(`Vraag 1\n\nWaarom?\n\nAntwoord 1\n\n${Array(40).fill('Zie antwoord op vraag 900-950.').join(' ')}\n`)
    const capped = tree.diagnostics.filter((d) => d.ruleId === 'diagnostics-capped')
    expect(capped.map((d) => d.actual)).toEqual(['cross-reference-unresolved'])
    expect(tree.diagnostics.filter((d) => d.ruleId === 'cross-reference-unresolved')).toHaveLength(MAX_DIAGNOSTICS_PER_RULE)
    expect('diagnostics-capped' in RULES).toBe(true)
  })

  it('should give the number before "Vraag:" to the question, not to the text before it', () => {
    const input = 'Den Haag, 1 juli 2022\n\n1\nVraag:\nKlopt het dat de termijn is verlopen?\nAntwoord:\nJa.\n'
    const tree = assertBounded(input)
    expect(questions(tree).map((q) => q.number)).toEqual(['1'])
    expect(coverage(tree, input)).toEqual([])
  })
})
