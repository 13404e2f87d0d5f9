/**
 * Every layout of the tables (src/layouts.ts for question sections; letterheads and notas) with a
 * short document it reads and a near miss beside it that it must not read, and the layout the tree
 * records for each.
 */
import {describe, expect, it} from 'vitest'
import {parseKamerbrief, questions, type Root} from 'kamerbrief'
import {PART_LAYOUTS} from '../src/layouts.js'
import {all, blocks, rules} from './util.js'

const layoutsOf = (tree: Root, type: string) => all(tree, type).map((node) => node.layout)

/** [layout, a document it reads, the question numbers read, a near miss, why the near miss is not that layout]. */
const SECTIONS: Array<[string, string, Array<string | undefined>, string, string]> = [
  [
    'headed',
    blocks('Vraag 1\nKent u het bericht over de opvang van asielzoekers?', 'Antwoord 1\nJa.', 'Vraag 2\nKlopt het dat de termijn is verlopen?', 'Antwoord 2\nNee.'),
    ['1', '2'],
    blocks('Geachte voorzitter,', 'Vraag 1 van het lid Eerdmans is al beantwoord in mijn vorige brief.'),
    'a sentence that mentions a question is not a heading'
  ],
  [
    'numbered',
    blocks('1. Klopt het dat de termijn is verlopen?', 'Ja, de termijn is op 1 juli verlopen.', '2. Wanneer volgt het besluit?', 'Het besluit volgt in september.'),
    ['1', '2'],
    blocks('Geachte voorzitter,', '1. De regering investeert in de krijgsmacht.', '2. De regering versterkt de NAVO.'),
    'a numbered list without a question mark is a list, not questions'
  ],
  [
    'bareNumber',
    'Den Haag, 1 juli 2022\n\n1\nVraag:\nKlopt het dat de termijn is verlopen?\nAntwoord:\nJa.\n\n2\nVraag:\nWanneer volgt het besluit?\nAntwoord:\nIn september.\n',
    ['1', '2'],
    'Den Haag, 1 juli 2022\n\nDe kosten bedragen\n1\nmiljoen euro per jaar.\n',
    'a number on its own line without "Vraag:" under it numbers no question'
  ],
  [
    'fractie',
    blocks(
      'E NADERE MEMORIE VAN ANTWOORD',
      'De leden van de GroenLinks-PvdA-fractie vragen de regering of de eigen bijdrage voor alle cliënten vervalt.',
      'Ja. De eigen bijdrage vervalt per 1 januari 2025.'
    ),
    [undefined],
    blocks('Geachte voorzitter,', 'De leden van de commissie hebben meerdere vragen en opmerkingen ingebracht.', 'Hoogachtend,'),
    'members who do not ask anything open no fractie question'
  ],
  [
    'list',
    blocks(
      'Klopt het dat de kranslegging op 4 mei wordt verplaatst naar een andere plek?',
      'Nee, de kranslegging vindt plaats op de Dam.',
      'Bent u bereid de organisatie om opheldering te vragen over de gang van zaken?',
      'Ja, daartoe ben ik bereid.'
    ),
    ['1', '2'],
    blocks('Datum 21 mei 2026', 'Klopt het dat de kranslegging wordt verplaatst naar een andere plek?', 'Nee.', 'Is dat verstandig?', 'Ja.'),
    'questions under a letterhead are the letter’s own sentences, not an unnumbered list'
  ]
]

describe('question layouts', () => {
  it('should have a case for every layout of the table and every layout a section records', () => {
    const names = SECTIONS.map(([layout]) => layout)
    for (const layout of PART_LAYOUTS) expect(names).toContain(layout.name)
    expect(new Set(names)).toEqual(new Set(['headed', 'numbered', 'bareNumber', 'fractie', 'list']))
  })

  it.each(SECTIONS)('should read the %s layout and record it', (layout, input, numbers) => {
    const tree = parseKamerbrief(input)
    expect(layoutsOf(tree, 'questionSection')).toEqual([layout])
    expect(questions(tree).map((entry) => entry.number)).toEqual(numbers)
    expect(tree.diagnostics.filter((d) => d.ruleId === 'layout-unclaimed')).toEqual([])
  })

  it.each(SECTIONS)('should not read the near miss of the %s layout as questions', (_, _input, _numbers, nearMiss) => {
    const tree = parseKamerbrief(nearMiss)
    expect(questions(tree)).toEqual([])
  })

  it('should state why each layout stands where it does in the order', () => {
    for (const layout of PART_LAYOUTS) expect(layout.why.length, layout.name).toBeGreaterThan(40)
  })
})

describe('the Eerste Kamer nadere memorie van antwoord', () => {
  // The first fractie question follows the letterhead directly: it used to be read as letter text.
  const input = blocks(
    '36 333 Wijziging van de Wet langdurige zorg in verband met het vervallen van de eigen bijdrage',
    'E NADERE MEMORIE VAN ANTWOORD\nOntvangen 12 maart 2024',
    'De leden van de GroenLinks-PvdA-fractie vragen de regering of de eigen bijdrage voor alle cliënten vervalt.',
    'Ja. De eigen bijdrage vervalt per 1 januari 2025 voor alle cliënten.',
    'De leden van de VVD-fractie willen weten wat dit kost.',
    'De kosten bedragen 50 miljoen euro per jaar.'
  )

  it('should read every fractie question with its answer', () => {
    const tree = parseKamerbrief(input)
    expect(questions(tree).map((entry) => [entry.fractie, entry.answer.slice(0, 24)])).toEqual([
      ['GroenLinks-PvdA', 'Ja. De eigen bijdrage ve'],
      ['VVD', 'De kosten bedragen 50 mi']
    ])
    expect(layoutsOf(tree, 'letterhead')).toEqual(['kamerstuk'])
  })
})

describe('unclaimed layouts', () => {
  it('should say so where a fractie question stands before the numbered questions', () => {
    const tree = parseKamerbrief(blocks('De leden van de VVD-fractie vragen de regering of de termijn is verlopen.', 'Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.'))
    expect(tree.diagnostics.filter((d) => d.ruleId === 'layout-unclaimed').map((d) => [d.actual, d.position?.start.line])).toEqual([['fractie', 1]])
  })

  it('should say so where "Vraag 1" stands inside a nota', () => {
    const tree = parseKamerbrief(blocks('TER BESLISSING', 'Aan Minister\nVan DGB', 'Aanleiding', 'De Kamer heeft vragen gesteld.', 'Vraag 1\nKent u het bericht?'))
    expect(rules(tree)).toEqual([['layout-unclaimed', 10]])
  })

  it('should stay silent where the questions are read', () => {
    const tree = parseKamerbrief(blocks('Vraag 1\nKent u het bericht?', 'Antwoord 1\nDe leden van de VVD-fractie vragen hier ook naar.'))
    expect(tree.diagnostics).toEqual([])
  })
})

/** [layout, a letterhead that shows it, a near miss that does not]. */
const LETTERHEADS: Array<[string, string, string]> = [
  [
    'kamerstuk',
    blocks('35 510 Parlementaire ondervraging kinderopvangtoeslag', 'Nr. 130 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG', 'Vastgesteld 9 maart 2021', 'Geachte voorzitter,', 'Hierbij.'),
    blocks('Den Haag, 9 maart 2021', 'Geachte voorzitter,', 'In 2021 gaf het kabinet 35 510 euro uit.')
  ],
  [
    'aanhangsel',
    blocks(
      'Vragen van het lid Eerdmans (JA21) aan de Staatssecretaris van Justitie en Veiligheid over de dwangwet (ingezonden 3 november 2022).',
      'Antwoord van Staatssecretaris Van der Burg (Justitie en Veiligheid) (ontvangen 4 november 2022)',
      'Vraag 1\nKent u het bericht?',
      'Antwoord 1\nJa.'
    ),
    blocks('Den Haag, 4 november 2022', 'Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.')
  ],
  [
    'labelled',
    blocks('Datum 21 mei 2026', 'Onze referentie MINDEF20260034303', 'Betreft Beantwoording schriftelijke vragen', 'Geachte voorzitter,', 'Hierbij.'),
    blocks('Datum 21 mei 2026', 'Geachte voorzitter,', 'Hierbij.')
  ],
  ['plain', blocks('Den Haag, 1 juli 2022', 'Geachte voorzitter,', 'Hierbij.'), blocks('Datum 1 juli 2022', 'Uw kenmerk 2022Z12345', 'Geachte voorzitter,', 'Hierbij.')]
]

describe('letterhead layouts', () => {
  it.each(LETTERHEADS)('should record the %s layout, and not for its near miss', (layout, input, nearMiss) => {
    expect(layoutsOf(parseKamerbrief(input), 'letterhead')).toEqual([layout])
    expect(layoutsOf(parseKamerbrief(nearMiss), 'letterhead')).not.toEqual([layout])
  })
})

describe('nota layouts', () => {
  const purpose = blocks('TER BESLISSING', 'Aan Minister\nVan DGB', 'Aanleiding', 'De Kamer heeft vragen gesteld.')
  const addressed = blocks('Aan Minister\nVan DGB', 'TER BESLISSING', 'Aanleiding', 'De Kamer heeft vragen gesteld.')

  it('should record a nota that opens with its purpose, and one that opens with its addressees', () => {
    expect(layoutsOf(parseKamerbrief(purpose), 'nota')).toEqual(['purpose'])
    expect(layoutsOf(parseKamerbrief(addressed), 'nota')).toEqual(['addressed'])
  })

  it('should read no nota where "Aan de voorzitter" opens a letter', () => {
    expect(layoutsOf(parseKamerbrief(blocks('Aan de voorzitter van de Tweede Kamer\nVan het ministerie', 'Geachte voorzitter,', 'Hierbij.')), 'nota')).toEqual([])
  })
})

describe('lijsten van vragen with a number on a line of its own', () => {
  const opening = blocks('31 235 Leren van parlementair onderzoek', 'Nr. 3 LIJST VAN VRAGEN EN ANTWOORDEN', 'Vastgesteld 31 januari 2008', 'De griffier van de commissie,\nGroen')
  const cases: Array<[string, string, string[], string[]]> = [
    [
      'answers without a label',
      blocks('1', 'Welke lessen kan het parlement trekken uit de onderzochte parlementaire onderzoeken?', 'Het is aan het parlement zelf om dat te bepalen.', '2', 'Heeft de Tweede Kamer achteraf bezien fouten gemaakt?', 'Zie het antwoord op vraag 1.'),
      ['1', '2'],
      ['Het is aan het parlement zelf om dat te bepalen.', 'Zie het antwoord op vraag 1.']
    ],
    [
      'answers under "Antwoord:"',
      blocks('Vragen en antwoorden', '1', 'Kunt u aangeven welke projecten moeten stoppen als gevolg van de bezuinigingen?', 'Antwoord:', 'De bezuinigingen hebben betrekking op de jaren 2025 en daarna.'),
      ['1'],
      ['De bezuinigingen hebben betrekking op de jaren 2025 en daarna.']
    ],
    [
      'a question broken into blocks before its question mark, as flattened text breaks it where an indented line was',
      blocks(
        'Vragen en antwoorden',
        '1',
        'Kunt u voor de aankomende jaren aangeven op projectniveau welke projecten/financiering',
        'moet(en) stoppen als gevolg van de bezuinigingen?',
        'Antwoord:',
        'De bezuinigingen hebben betrekking op de jaren 2025 en daarna.'
      ),
      ['1'],
      ['De bezuinigingen hebben betrekking op de jaren 2025 en daarna.']
    ]
  ]

  it.each(cases)('should read a lijst with %s', (_, questionsText, numbers, answers) => {
    const tree = parseKamerbrief(opening + questionsText)
    expect(layoutsOf(tree, 'questionSection')).toEqual(['bareNumber'])
    expect(questions(tree).map((entry) => entry.number)).toEqual(numbers)
    expect(questions(tree).map((entry) => entry.answer)).toEqual(answers)
    expect(all(tree, 'footnoteDefinition')).toEqual([])
  })

  it('should give a cross-reference between its answers its target', () => {
    const tree = parseKamerbrief(opening + cases[0]![1])
    const [first, second] = questions(tree)
    expect(second!.crossReferences).toEqual([first!.id])
  })

  it('should read the same lijst re-wrapped and without blank lines', () => {
    const compact = (opening + cases[0]![1]).replace(/\n\n/g, '\n')
    expect(questions(parseKamerbrief(compact)).map((entry) => entry.number)).toEqual(['1', '2'])
  })

  it('should not read numbers above sentences that ask nothing as questions', () => {
    const tree = parseKamerbrief(opening + blocks('1', 'Het parlement trekt lessen uit de onderzoeken.', '2', 'De Kamer heeft geen fouten gemaakt.'))
    expect(questions(tree)).toEqual([])
  })

  it('should keep a page-bottom footnote whose number the text refers to', () => {
    const tree = parseKamerbrief(blocks('Datum 21 mei 2026', 'Geachte voorzitter,', 'Dit staat in het rapport.1 Is dat zo?') + '1\nKamerstuk 31 235, nr. 2.\n\f\nPagina 2 van 2\n')
    expect(all(tree, 'footnoteDefinition').map((node) => node.identifier)).toEqual(['1'])
  })
})

describe('numbered lists inside headed answers, and right-aligned page numbers', () => {
  const answers = blocks(
    'Vraag 1\nKent u het bericht over de opslag van vuurwerk?',
    'Antwoord 1\nJa.',
    'Vraag 2\nWelke maatregelen neemt u?',
    'Antwoord 2\nHet kabinet stelt voor:',
    '1. Alle producten met een «screamer» effect niet meer in de handel.',
    '2. Alle producten met «whirl» effect niet meer in de handel.',
    'Vraag 3\nWanneer volgt het besluit?',
    'Antwoord 3\nVoor de zomer.'
  )

  it('should keep a numbered list in an answer under "Vraag" headings as text of the answer', () => {
    const tree = parseKamerbrief(answers)
    expect(questions(tree).map((entry) => entry.number)).toEqual(['1', '2', '3'])
    expect(questions(tree)[1]!.answer).toContain('1. Alle producten')
  })

  it('should still read "1." questions where the section numbers its questions so', () => {
    const tree = parseKamerbrief(blocks('1. Klopt het dat de termijn is verlopen?', 'Ja.', '2. Wanneer volgt het besluit?', 'In september.'))
    expect(questions(tree).map((entry) => entry.number)).toEqual(['1', '2'])
  })

  it('should read a page number printed at the right end of the Aanhangsel footer as furniture', () => {
    const input = `${answers}’s-Gravenhage 2024       Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel                                               1\n\fVraag 4\nEn dit?\n\nAntwoord 4\nNee.\n`
    const tree = parseKamerbrief(input)
    expect(all(tree, 'footnoteDefinition')).toEqual([])
    expect(all(tree, 'pageFurniture').map((node) => node.raw)).toContain('’s-Gravenhage 2024       Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel                                               1')
    expect(questions(tree).map((entry) => entry.number)).toEqual(['1', '2', '3', '4'])
  })
})
