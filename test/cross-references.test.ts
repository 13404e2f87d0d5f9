import {describe, expect, it} from 'vitest'
import {parseKamerbrief, questions} from 'kamerbrief'
import {expandNumbers, findCrossReferences} from '../src/cross-references.js'
import {all, dedent, fixture} from './util.js'

describe('findCrossReferences', () => {
  const cases: Array<[string, string, string[]]> = [
    ['should read "Zie antwoord op vraag 2."', 'Zie antwoord op vraag 2.', ['2']],
    ['should read "Zie het antwoord op vraag 1."', 'Zie het antwoord op vraag 1.', ['1']],
    ['should read "Zie antwoord vraag 1."', 'Zie antwoord vraag 1.', ['1']],
    ['should read "Zie het antwoord op vraag 1 en 2."', 'Zie het antwoord op vraag 1 en 2.', ['1', '2']],
    ['should read "zie ook het antwoord op vraag 3"', 'tijdens de RBZ van 23 oktober jl., zie ook het antwoord op vraag 3.', ['3']],
    ['should read "Zie de antwoorden op de vragen 2 en 3"', 'Zie de antwoorden op de vragen 2 en 3 voor een toelichting', ['2', '3']],
    ['should read "het antwoord op de vragen 4 t/m 6"', 'zie het antwoord op de vragen 4 t/m 6', ['4', '5', '6']],
    ['should read "Zoals toegelicht onder vraag 1"', 'Zoals toegelicht onder vraag 1, herziet Defensie', ['1']],
    ['should read "in het antwoord op vraag 8 en 9"', 'Zoals aangegeven in het antwoord op vraag 8 en 9, is niet inzichtelijk', ['8', '9']],
    ['should read "Antwoord op vraag 2, 3 en 4" in a sentence', 'zie antwoord op vraag 2, 3 en 4.', ['2', '3', '4']],
    // An answer named by its own number.
    ['should read "In antwoord 3 ben ik ingegaan op"', 'In antwoord 3 ben ik ingegaan op de kosten van de opvang.', ['3']],
    ['should read "zie mijn antwoord 4"', 'Voor de planning zie mijn antwoord 4.', ['4']],
    ['should read "bij antwoord 2 en 3"', 'Zoals ik bij antwoord 2 en 3 heb aangegeven.', ['2', '3']],
    ['should read "zie mijn antwoord op de vragen 2 en 3"', 'Voor de kosten zie mijn antwoord op de vragen 2 en 3.', ['2', '3']],
    ['should read "zie het antwoord op vraag 4 hierboven"', 'Voor de termijn zie het antwoord op vraag 4 hierboven.', ['4']]
  ]
  for (const [name, input, targets] of cases) {
    it(name, () => {
      const found = findCrossReferences(input)
      expect(found.map((s) => s.node.targets)).toEqual([targets])
    })
  }

  const negatives: Array<[string, string]> = [
    ['should not read "vraag 15" without "antwoord"', 'Dat is vraag 15 van de lijst.'],
    ['should not read "Vraag 1" alone', 'Vraag 1'],
    ['should not read an amount', 'Het budget is € 50.000.'],
    ['should not read "antwoord" before a number of weeks', 'Het antwoord 3 weken later was kort.'],
    ['should not read an answer heading', 'Antwoord 3']
  ]
  for (const [name, input] of negatives) {
    it(name, () => expect(findCrossReferences(input)).toEqual([]))
  }

  it('should expand ranges and lists', () => {
    expect(expandNumbers('4 t/m 6')).toEqual(['4', '5', '6'])
    expect(expandNumbers('2, 3 en 4')).toEqual(['2', '3', '4'])
    expect(expandNumbers('3a')).toEqual(['3a'])
  })
})

describe('cross-references in the tree', () => {
  it('should resolve targets to questionAnswer ids of the same section (Defensie X-17 → 15, K-3 → 1)', () => {
    const tree = parseKamerbrief(fixture('full-defensie-ek-begroting-2026'))
    const [x, k] = all(tree, 'questionSection')
    const resolved = (section: unknown, number: string) =>
      all(all(section, 'questionAnswer').find((q) => q.number === number), 'crossReference').map((c) => [c.targets, c.resolved])
    const fifteen = all(x, 'questionAnswer').find((q) => q.number === '15')!.id
    const one = all(k, 'questionAnswer').find((q) => q.number === '1')!.id
    expect(resolved(x, '17')).toEqual([[['15'], [fifteen]]])
    expect(resolved(k, '3')).toEqual([[['1'], [one]]])
    expect(tree.diagnostics.filter((d) => d.ruleId === 'cross-reference-unresolved')).toEqual([])
  })

  it('should report a target that is not in its section', () => {
    const tree = parseKamerbrief(dedent`
      Vraag 1
      Kent u het bericht?

      Antwoord 1
      Zie antwoord op vraag 7.
    `)
    const unresolved = tree.diagnostics.filter((d) => d.ruleId === 'cross-reference-unresolved')
    expect(unresolved.map((d) => [d.position?.start.line, d.position?.start.column, d.actual])).toEqual([[5, 1, '7']])
  })

  it('should find cross-references in a joint answer once, and give them to both numbers', () => {
    const tree = parseKamerbrief(fixture('full-questions-aanhangsel-boswijk-markdown'))
    const targets = (n: string) => all(all(tree, 'questionAnswer').find((q) => q.number === n), 'crossReference').flatMap((c) => c.targets)
    expect(targets('4')).toEqual(['3'])
    // The pair of number 5 holds no text of its own: it reads number 4's.
    expect(targets('5')).toEqual([])
    const entries = questions(tree)
    const [four, five] = ['4', '5'].map((n) => entries.find((entry) => entry.number === n)!)
    expect(five!.crossReferences).toEqual(four!.crossReferences)
    expect(four!.crossReferences).toEqual([entries.find((entry) => entry.number === '3')!.id])
  })
})
