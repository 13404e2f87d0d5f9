/**
 * Every rule in RULES is produced by some input of the suite: a short inline input in the table
 * below (one or more per rule, each asserted by its ruleId and line, never by the wording of the
 * message) or a fixture. The last tests fail, listing it, for a rule that neither produces: such a
 * rule is either dead or untested.
 */
import {type Options, parseKamerbrief, RULES, type RuleId} from 'kamerbrief'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {blocks, dedent, fixtures, rules} from './util.js'

/** A rule, an input that must produce it, the options to parse with, and the line it must be reported at (undefined: no position). */
type Case = [rule: RuleId, input: string, options: Options | undefined, line: number | undefined]

const CASES: Case[] = [
  ['empty-document', '', undefined, 1],
  // pdftotext on a scanned PDF without a text layer: only form feeds.
  ['empty-document', '\f\f\f', undefined, 1],
  ['empty-document', '\n\u00a0\n', {format: 'markdown'}, 1],
  ['not-a-kamerbrief', 'Boodschappenlijst\n\nmelk, brood, kaas\n', undefined, undefined],
  ['not-a-kamerbrief', 'Een boodschappenlijst.', undefined, undefined],
  ['not-a-kamerbrief', 'Het kabinet trekt volgend jaar meer geld uit voor defensie, meldt de NOS.\n', undefined, undefined],
  // A nota followed by answers: its questions are read as nota text.
  ['layout-unclaimed', blocks('TER BESLISSING', 'Aan Minister\nVan DGB', 'Aanleiding', 'De Kamer heeft vragen gesteld.', 'Vraag 1\nKent u het bericht?'), undefined, 10],
  // A fractie's question before the numbered questions.
  ['layout-unclaimed', blocks('De leden van de VVD-fractie vragen de regering of de termijn is verlopen.', 'Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.'), undefined, 1],
  ['date-invalid', blocks('Datum 31 februari 2026', 'Geachte voorzitter,', 'Hierbij.'), undefined, 1],
  ['number-out-of-range', 'Datum 21 mei 2026\nOnze referentie MINDEF20260034303\nBijlage(n) 99999999999999999999999\n\nGeachte voorzitter,\n\nHierbij.\n', undefined, 3],
  ['question-numbers-capped', blocks('Vragen 1-50, 51-100, 101-150', 'Kunt u dit toelichten?', 'Antwoord', 'Ja.'), undefined, 1],
  // "zie antwoord op vraag 900-950" forty times: 2,040 unresolved references, 100 kept.
  ['diagnostics-capped', blocks('Vraag 1\nWaarom?', `Antwoord 1\n${'Zie antwoord op vraag 900-950. '.repeat(40)}`), undefined, undefined],
  // Between the signature of a letter and its first question: no reader claims it.
  [
    'unknown-block',
    dedent`
      Datum 21 mei 2026
      Betreft Beantwoording schriftelijke vragen

      Geachte voorzitter,

      Hierbij ontvangt u de antwoorden.

      Hoogachtend,

      DE MINISTER VAN DEFENSIE

      Ruben Brekelmans

      Bijlage: overzicht

      Vraag 1
      Kent u het bericht?

      Antwoord 1
      Ja.
    `,
    undefined,
    14
  ],
  [
    'duplicate-question',
    blocks(
      'Vraag 1\nKent u het bericht over de opvang van asielzoekers?',
      'Antwoord 1\nJa.',
      'Vraag 2\nKent u het bericht over de opvang van asielzoekers?',
      'Antwoord 2\nZie antwoord op vraag 1.'
    ),
    undefined,
    7
  ],
  ['question-number-duplicate', blocks('Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.', 'Vraag 1\nWat vindt u ervan?', 'Antwoord 1\nNiets.'), undefined, 7],
  ['question-number-skipped', blocks('Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.', 'Vraag 3\nWat vindt u ervan?', 'Antwoord 3\nNiets.'), undefined, 7],
  ['question-number-skipped', 'Vraag 1\nA?\n\nAntwoord 1\nJa.\n\nVraag 4\nB?\n\nAntwoord 4\nNee.\n', undefined, 7],
  ['question-number-skipped', '1. Waarom?\n\nDaarom.\n\n2. Hoe?\n\nZo.\n\n5. Wanneer?\n\nNu.\n', undefined, 9],
  ['question-without-answer', blocks('Vraag 1\nKent u het bericht?', 'Vraag 2\nWat vindt u ervan?', 'Antwoord 2\nNiets.'), undefined, 1],
  ['question-without-answer', 'Vraag 1\nA?\n\nVraag 2\nB?\n\nAntwoord 2\nJa.\n', undefined, 1],
  // A page excerpt that stops mid-question: the question is kept as unknown text.
  ['document-truncated', 'Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n\nVraag 2\nKunt u aangeven hoeveel gemeenten', undefined, 8],
  ['cross-reference-unresolved', blocks('Vraag 1\nKent u het bericht?', 'Antwoord 1\nZie antwoord op vraag 7.'), undefined, 5],
  ['cross-reference-unresolved', 'Vraag 1\nA?\n\nAntwoord 1\nZie antwoord op vraag 9.\n', undefined, 5],
  ['footnote-undefined', blocks('Vraag 1\nKent u het bericht?¹', 'Antwoord 1\nJa.'), undefined, 2],
  ['footnote-undefined', 'Vraag 1\nKent u het bericht¹?\n\nAntwoord 1\nJa.\n', undefined, 2],
  ['footnote-undefined', blocks('# Vraag 1', 'Kent u het bericht^[1]?', '# Antwoord 1', 'Ja.'), {format: 'markdown'}, 3],
  ['footnote-unused', blocks('Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.', '¹ https://www.rijksoverheid.nl/'), undefined, 7],
  // A footnote number at a page bottom whose text is on another page, or lost.
  ['footnote-without-text', blocks('Vraag 1\nKent u het bericht?1', 'Antwoord 1\nJa.', '1', 'Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1'), undefined, 7],
  [
    'nota-question-count-mismatch',
    dedent`
      Antwoorden op schriftelijke vragen over de Ontwerpbegroting Defensie (X) over het jaar 2026

      1. Hoeveel militairen zijn er in 2025 ingestroomd?

      In 2025 zijn 8.000 militairen ingestroomd.

      2. Hoeveel reservisten zijn er in 2025 ingestroomd?

      In 2025 zijn 1.200 reservisten ingestroomd.

      Antwoorden op schriftelijke vragen over het Defensiematerieelbegrotingsfonds (K) over het jaar 2026

      1. Wanneer wordt het nieuwe fregat geleverd?

      Het fregat wordt in 2028 geleverd.

      TER BESLISSING

      Aan MINDEF
      Van DGB

      Aanleiding

      De Kamer heeft in totaal 3 schriftelijke vragen gesteld, waarvan 1 over de begroting van Defensie en 2 over het Defensiematerieelbegrotingsfonds.
    `,
    undefined,
    24
  ]
]

/**
 * Rules no input can produce, and why. A rule here is still reported by src/ (diagnostics.test.ts
 * checks that) and documented; no input of the suite may produce it.
 */
const UNREACHABLE: Partial<Record<RuleId, string>> = {
  'schema-violation': 'reported only when the parser builds a tree that its own schema rejects, a bug in kamerbrief'
}

describe('rules, one short input each', () => {
  it.each(CASES)('should report %s (case %#)', (rule, input, options, line) => {
    const tree = parseKamerbrief(input, options)
    expect(rules(tree).filter(([ruleId]) => ruleId === rule)).toEqual([[rule, line]])
  })
})

describe('every rule', () => {
  const produced = new Set<string>()
  for (const [, input, options] of CASES) for (const d of parseKamerbrief(input, options).diagnostics) produced.add(d.ruleId)
  for (const fixture of fixtures()) for (const d of parseKamerbrief(fixture.input, fixture.options).diagnostics) produced.add(d.ruleId)

  it('should be produced by a table case or a fixture', () => {
    expect(Object.keys(RULES).filter((rule) => !produced.has(rule) && !(rule in UNREACHABLE))).toEqual([])
  })

  it('should not be produced where it is unreachable', () => {
    expect(Object.keys(UNREACHABLE).filter((rule) => produced.has(rule))).toEqual([])
    expect(Object.keys(UNREACHABLE).filter((rule) => !(rule in RULES))).toEqual([])
  })

  it('should come from the table, not only from fixtures, wherever an input can produce it', () => {
    const tabled = new Set(CASES.map(([rule]) => rule))
    expect(Object.keys(RULES).filter((rule) => !tabled.has(rule as RuleId) && !(rule in UNREACHABLE))).toEqual([])
  })
})

describe('schema-violation', () => {
  afterEach(() => {
    vi.doUnmock('../src/validate.js')
    vi.resetModules()
  })

  // No input makes the parser build an invalid tree, so the check is made to fail here.
  it.skipIf(process.env.TEST_DIST)('should be reported, without a position, for each issue the schema check finds (check mocked)', async () => {
    vi.resetModules()
    vi.doMock('../src/validate.js', async (original) => ({
      ...(await original<typeof import('../src/validate.js')>()),
      validateTree: () => [
        {code: 'invalid_type', expected: 'string', path: ['children', 0, 'type'], message: 'Invalid input'},
        {code: 'invalid_type', expected: 'string', path: ['children', 1, 'type'], message: 'Invalid input'}
      ]
    }))
    const {parseKamerbrief: parse} = await import('../src/parse-kamerbrief.js')
    const tree = parse(blocks('Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.'))
    expect(rules(tree)).toEqual([
      ['schema-violation', undefined],
      ['schema-violation', undefined]
    ])
    expect(parse(blocks('Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.'), {validate: false}).diagnostics).toEqual([])
  })
})
