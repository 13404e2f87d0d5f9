import {describe, expect, it} from 'vitest'
import {coverage, parseKamerbrief, type Root} from 'kamerbrief'
import {all, type AnyNode, blocks, corpusDocument, describeCorpus, first, fixture, FROM_PDF, squash, text} from './util.js'

const input = fixture('full-defensie-ek-begroting-2026')
const tree = parseKamerbrief(input)
const nota = first(tree, 'nota')!

/** The header facts the table compares; fields the input does not give must stay undefined. */
const HEADER = ['purpose', 'to', 'from', 'date', 'reference', 'attachments', 'coordinatedWith', 'copyTo'] as const

/** A short input, the facts of its nota header and its section headings in order; undefined: no nota. */
type NotaCase = [name: string, input: string, expected: {header: Partial<Record<(typeof HEADER)[number], unknown>>; headings: string[]} | undefined]

const NOTA_CASES: NotaCase[] = [
  [
    'should read a beslisnota: purpose, "Aan" / "Van", sections',
    blocks('TER BESLISSING', 'Aan MINDEF\nVan DGB', 'Aanleiding', 'Op 24 april jl. heeft de Eerste Kamer vragen gesteld.', 'Geadviseerd besluit', 'Akkoord gaan met de beantwoording.'),
    {header: {purpose: 'TER BESLISSING', to: 'MINDEF', from: 'DGB', coordinatedWith: [], copyTo: []}, headings: ['Aanleiding', 'Geadviseerd besluit']}
  ],
  [
    'should read "TER ONDERTEKENING"',
    blocks('TER ONDERTEKENING', 'Aan MBZK', 'Toelichting', 'De brief is klaar voor ondertekening.'),
    {header: {purpose: 'TER ONDERTEKENING', to: 'MBZK', coordinatedWith: [], copyTo: []}, headings: ['Toelichting']}
  ],
  [
    'should read a nota that opens with "Aan" / "Van", without a purpose',
    blocks('Aan Minister\nVan DGB\nDatum 13 mei 2026', 'Aanleiding', 'De Kamer heeft vragen gesteld.'),
    {header: {to: 'Minister', from: 'DGB', date: '2026-05-13', coordinatedWith: [], copyTo: []}, headings: ['Aanleiding']}
  ],
  [
    'should read the labels of the Defensie header, values on the next line',
    blocks(
      'Aan MINDEF en STASDEF\nVan DGB\nAfgestemd met HDFC, CDS en CIO\nIn afschrift aan DJZ en DCO',
      'TER BESLISSING',
      'Datum\n13 mei 2026',
      'Onze referentie\nMINDEF20260034272',
      'Aantal bijlagen\n1',
      'Aanleiding',
      'De Eerste Kamer heeft vragen gesteld.'
    ),
    {
      header: {purpose: 'TER BESLISSING', to: 'MINDEF en STASDEF', from: 'DGB', date: '2026-05-13', reference: 'MINDEF20260034272', attachments: 1, coordinatedWith: ['HDFC', 'CDS', 'CIO'], copyTo: ['DJZ', 'DCO']},
      headings: ['Aanleiding']
    }
  ],
  [
    'should read the subsections of "Toelichting"',
    blocks('TER BESLISSING', 'Aan MINDEF\nVan DGB', 'Toelichting', 'Financiële overwegingen', 'Er zijn geen financiële gevolgen.', 'Communicatie', 'Er is geen communicatie voorzien.'),
    {header: {purpose: 'TER BESLISSING', to: 'MINDEF', from: 'DGB', coordinatedWith: [], copyTo: []}, headings: ['Toelichting', 'Financiële overwegingen', 'Communicatie']}
  ],
  [
    'should not read a sentence that opens with a heading word ("Aanleiding van deze nota is …") as a heading',
    blocks('TER BESLISSING', 'Aan MINDEF\nVan DGB', 'Aanleiding', 'Aanleiding van deze nota is de brief van de Kamer.', 'Toelichting:', 'De brief is klaar.'),
    {header: {purpose: 'TER BESLISSING', to: 'MINDEF', from: 'DGB', coordinatedWith: [], copyTo: []}, headings: ['Aanleiding', 'Toelichting:']}
  ],
  [
    'should read a nota without a purpose whose labels stand above their values, with numbered headings right above their text',
    blocks(
      'Aan\nde minister van Onderwijs, Cultuur en Wetenschap',
      'Van\nDirectie Internationaal Beleid',
      'Datum\n3 juni 2024',
      'Kenmerk\n48123456',
      'Onderwerp\nUitstel beantwoording Kamervragen over China',
      '1. Aanleiding\nOp 12 mei zijn Kamervragen gesteld over de samenwerking met Chinese universiteiten.',
      '2. Advies\nWij adviseren u de Kamer uitstel te melden.',
      '3. Gevolgen voor de uitvoering\nDe beantwoording vraagt afstemming met andere departementen.'
    ),
    {
      header: {to: 'de minister van Onderwijs, Cultuur en Wetenschap', from: 'Directie Internationaal Beleid', date: '2024-06-03', reference: '48123456', coordinatedWith: [], copyTo: []},
      headings: ['1. Aanleiding', '2. Advies', '3. Gevolgen voor de uitvoering']
    }
  ],
  [
    'should read a nota without a purpose that opens with a label only a nota has ("Nota actief openbaar" / "Ja" / "Aan" / "Van")',
    blocks('Nota actief openbaar\nJa', 'Aan\nVan', 'MBZK\nCZW/CZ', 'Onze referentie\n2023-0000700225', 'Aanleiding', 'Het College stelt iedere vijf jaar een rapport op.'),
    {header: {to: 'MBZK', from: 'CZW/CZ', reference: '2023-0000700225', coordinatedWith: [], copyTo: []}, headings: ['Aanleiding']}
  ],
  [
    'should not read the sidebar of a letter ("Datum" / "Onze referentie" / "Bijlagen") as a nota',
    blocks('Datum\n21 mei 2026', 'Onze referentie\nMINDEF20260034303', 'Bijlagen\n1', 'Geachte voorzitter,', '1. Aanleiding', 'Hierbij ontvangt u de antwoorden.'),
    undefined
  ],
  [
    'should not read a numbered list under a heading as headings where the nota does not number its own ("Kernpunten" / "1. Terugdringen vogelaanvaringen (COM)")',
    blocks('TER BESLISSING', 'Aan Minister\nVan DGLM', 'Kernpunten', '1. Terugdringen vogelaanvaringen (COM)', 'Het aantal aanvaringen daalt.', '2. Versterken kwaliteit toezicht (COM)', 'De ILT krijgt meer inspecteurs.', 'Krachtenveld', 'De sector steunt het plan.'),
    {header: {purpose: 'TER BESLISSING', to: 'Minister', from: 'DGLM', coordinatedWith: [], copyTo: []}, headings: ['Kernpunten', 'Krachtenveld']}
  ],
  [
    'should not read a numbered list in a nota\'s section whose numbers do not follow its headings as headings',
    blocks('TER BESLISSING', 'Aan MINDEF\nVan DGB', 'Aanleiding', 'De Kamer vraagt twee dingen:', '3. Meer geld', 'Dat is het eerste.'),
    {header: {purpose: 'TER BESLISSING', to: 'MINDEF', from: 'DGB', coordinatedWith: [], copyTo: []}, headings: ['Aanleiding']}
  ],
  [
    'should read a header printed on one line, as a web page of one span per word gives it ("TER BESLUITVORMING … Aan: MOCW Van Datum …")',
    blocks(
      'TER BESLUITVORMING Media en Creatieve Industrie Aan: MOCW Van Datum 25 november 2024 Referentie 49312071 Bijlagen',
      'Uitstel beantwoording Kamervragen over het bericht',
      'Aanleiding',
      'De leden hebben schriftelijke vragen gesteld.'
    ),
    {header: {purpose: 'TER BESLUITVORMING', to: 'MOCW', date: '2024-11-25', reference: '49312071', coordinatedWith: [], copyTo: []}, headings: ['Aanleiding']}
  ],
  [
    'should not read a line that opens with a purpose and goes on in lower case as a nota ("TER BESLISSING voorgelegd …")',
    blocks('Datum 21 mei 2026', 'Geachte voorzitter,', 'TER BESLISSING voorgelegd aan de minister is het plan van aanpak.', 'Hoogachtend,'),
    undefined
  ],
  [
    'should not read "ter beslissing" in a sentence of a letter as a nota',
    blocks('Datum 21 mei 2026', 'Geachte voorzitter,', 'Deze nota is ter beslissing aan u voorgelegd.', 'Hoogachtend,'),
    undefined
  ],
  [
    'should not read the addressee of a letter ("Aan de Voorzitter …" / "Van …") as a nota',
    blocks('Aan de Voorzitter van de Tweede Kamer\nVan de minister', 'Geachte voorzitter,', 'Hierbij ontvangt u de antwoorden.'),
    undefined
  ]
]

describe('nota in short inputs', () => {
  it.each(NOTA_CASES)('%s', (_, input, expected) => {
    const tree = parseKamerbrief(input)
    const header = first(tree, 'notaHeader') as (AnyNode & Record<string, unknown>) | undefined
    expect(
      header && {
        header: Object.fromEntries(HEADER.filter((key) => header[key] !== undefined).map((key) => [key, header[key]])),
        headings: all(tree, 'notaSection').map((section) => section.heading)
      }
    ).toEqual(expected)
    expect(first(tree, 'nota') === undefined).toBe(expected === undefined)
    expect(coverage(tree, input, {overlaps: true})).toEqual([])
  })
})

describe('nota', () => {
  it('should read the header of the Defensie beslisnota', () => {
    expect(first(nota, 'notaHeader')).toMatchObject({
      to: 'MINDEF en STASDEF',
      from: 'DGB',
      coordinatedWith: ['HDFC', 'CDS', 'CIO'],
      copyTo: ['DJZ', 'DCO'],
      purpose: 'TER BESLISSING',
      date: '2026-05-13',
      reference: 'MINDEF20260034272',
      author: 'Stafadv Integrale Plannen',
      attachments: 1
    })
    expect(nota.title).toBe('Beantwoording schriftelijke vragen Eerste Kamer over de Begroting van Defensie (X) en DMF (K) van het jaar 2026')
    expect(nota.position?.start.line).toBe(376)
  })

  it('should nest the subsections of Toelichting', () => {
    const top = nota.children!.filter((c) => c.type === 'notaSection').map((s) => s.heading)
    expect(top).toEqual(['Aanleiding', 'Geadviseerd besluit', 'Kernpunten', 'Toelichting', 'Informatie die niet openbaar wordt gemaakt'])
    const toelichting = nota.children!.find((c) => c.heading === 'Toelichting')!
    expect(toelichting.children!.filter((c) => c.type === 'notaSection').map((s) => s.heading)).toEqual([
      'Financiële overwegingen',
      'Juridische overwegingen',
      'Communicatie',
      'Overwegingen Beleid/Overwegingen Uitvoering',
      'Krachtenveld Kamer'
    ])
  })

  it('should keep the header repeated on page 2 as page furniture, not content', () => {
    const furniture = all(nota, 'pageFurniture')
    expect(furniture.map((f) => [f.kind, f.raw, f.position?.start.line])).toEqual([
      ['running-header', 'Datum', 438],
      ['running-header', '13 mei 2026', 440],
      ['running-header', 'Onze referentie', 442],
      ['running-header', 'MINDEF20260034272', 444]
    ])
    for (const section of all(nota, 'notaSection')) expect(text(section)).not.toContain('Onze referentie')
  })

  it('should read the signature at its end', () => {
    expect(all(nota, 'signatory').map((s) => s.role)).toEqual(['DE DIRECTEUR-GENERAAL BELEID'])
  })

  it('should check the count of questions the nota claims against the sections', () => {
    expect(tree.diagnostics.filter((d) => d.ruleId === 'nota-question-count-mismatch')).toEqual([])
    const altered = parseKamerbrief(input.replace('waarvan 45 over', 'waarvan 44 over'))
    const mismatch = altered.diagnostics.filter((d) => d.ruleId === 'nota-question-count-mismatch')
    expect(mismatch.map((d) => [d.position?.start.line, d.actual, d.expected])).toEqual([[411, '67 (45 + 22)', '67 (44 + 22)']])
  })

  it('should not find a nota in a letter without one', () => {
    expect(first(parseKamerbrief(fixture('letter-kamerstuk-informateur')), 'nota')).toBeUndefined()
    expect(first(parseKamerbrief(fixture('full-questions-aanhangsel-tozo-html')), 'nota')).toBeUndefined()
  })
})

describeCorpus('beslisnota’s made from PDF (../shared/corpus)', () => {
  it('should read a beslisnota on its own, with labels before their values ("Aan" / "Van" / "MBZK" / "CZW/CZ")', () => {
    const beslisnota = parseKamerbrief(corpusDocument(FROM_PDF.collegeRechtenMens))
    expect(first(beslisnota, 'letter')).toBeUndefined()
    expect(first(beslisnota, 'notaHeader')).toMatchObject({
      purpose: 'TER ONDERTEKENING',
      to: 'MBZK',
      from: 'CZW/CZ',
      date: '2023-12-13',
      reference: '2023-0000700225',
      attachments: 4,
      subject: 'Kamerbrief bij aanbieding evaluaties College voor de Rechten van de Mens'
    })
    // "Opgesteld door" is empty: its names were removed before publication.
    expect(first(beslisnota, 'notaHeader')?.author).toBeUndefined()
  })

  it('should read an IenW beslisnota with its sidebar repeated on every page', () => {
    const beslisnota = parseKamerbrief(corpusDocument(FROM_PDF.luchtvaartveiligheid))
    const header = first(beslisnota, 'notaHeader')!
    expect(header).toMatchObject({purpose: 'TER BESLISSING', date: '2023-03-23', reference: 'IenW/BSK-2023/32584', to: 'Minister', deadline: '2023-04-01'})
    expect(squash(String(header.subject))).toBe('Beslisnota Kamerbrief Nederlands Actieplan Luchtvaartveiligheid')
    const headings = all(beslisnota, 'notaSection').map((s) => s.heading)
    expect(headings.slice(0, 5)).toEqual(['Aanleiding', 'Geadviseerd besluit', 'Kernpunten', 'Krachtenveld', 'Toelichting'])
    expect(headings).not.toContain('Onze referentie')
    expect(all(beslisnota, 'pageFurniture').filter((f) => f.kind === 'running-header').length).toBeGreaterThanOrEqual(30)
  })
})

describeCorpus('beslisnota’s without their purpose line (../shared/corpus)', () => {
  const facts = (tree: ReturnType<typeof parseKamerbrief>) => {
    const header = first(tree, 'notaHeader') as AnyNode & Record<string, unknown>
    return {date: header?.date, reference: header?.reference, subject: header?.subject, to: header?.to, headings: all(tree, 'notaSection').map((s) => (s as AnyNode & {heading: string}).heading)}
  }
  it.each([
    'full-14-beslisnota-ienw-2023-actieplan-luchtvaartveiligheid-pdftotext.txt',
    'full-16-beslisnota-bzk-2023-evaluaties-college-rechten-mens-pdftotext.txt',
    'full-20-beslisnota-ocw-2024-uitstel-kamervragen-china-w3m.txt',
    'defensie-ek-begroting-2026.md'
  ])('should read %s without "TER …" as with it', (name) => {
    const input = corpusDocument(name)
    const without = input.replace(/^TER [A-Z]+\n/m, '')
    expect(without).not.toBe(input)
    expect(facts(parseKamerbrief(without))).toEqual(facts(parseKamerbrief(input)))
    expect(first(parseKamerbrief(without), 'nota')).toBeDefined()
    expect((first(parseKamerbrief(without), 'nota') as AnyNode & {layout: string}).layout).not.toBe('purpose')
  })
})

describeCorpus('a beslisnota whose header is one line (../shared/corpus)', () => {
  it('should read full-20 with its header from "TER BESLUITVORMING" to "Bijlagen" on one line as given', () => {
    const name = 'full-20-beslisnota-ocw-2024-uitstel-kamervragen-china-w3m.txt'
    const input = corpusDocument(name)
    const lines = input.split('\n')
    const title = lines.findIndex((line) => line.startsWith('Uitstel beantwoording'))
    const oneLine = [lines.slice(0, title).filter((line) => line.trim()).join(' '), '', ...lines.slice(title)].join('\n')
    const facts = (tree: ReturnType<typeof parseKamerbrief>) => {
      const header = first(tree, 'notaHeader') as AnyNode & Record<string, unknown>
      return {purpose: header?.purpose, date: header?.date, reference: header?.reference, to: header?.to, subject: header?.subject, headings: all(tree, 'notaSection').map((s) => (s as AnyNode & {heading: string}).heading)}
    }
    expect(oneLine.split('\n')[0]).toContain('Aan: MOCW Van Datum 25 november 2024 Referentie 49312071 Bijlagen')
    expect(facts(parseKamerbrief(oneLine))).toEqual(facts(parseKamerbrief(input)))
  })
})

describe('beslisnota variants', () => {
  const header = (nota: Root) => all(nota, 'notaHeader')[0] as {purpose?: string; to?: string; from?: string; date?: string; reference?: string; subject?: string} | undefined

  it.each([
    ['TER BESLUITVORMING', 'TER BESLUITVORMING'],
    ['TER INFORMATIE', 'TER INFORMATIE'],
    ['TER ADVISERING', 'TER ADVISERING']
  ])('should read the purpose "%s"', (purpose) => {
    const tree = parseKamerbrief(blocks(purpose, 'Aan: MOCW', 'Datum\n25 november 2024', 'Uitstel beantwoording Kamervragen', 'Aanleiding', 'De leden hebben vragen gesteld.'))
    expect(header(tree)?.purpose).toBe(purpose)
  })

  it.each([
    ['Referentie', '49312071'],
    ['Kenmerk', 'IENW/BSK-2023/297705'],
    ['Ons kenmerk', '2023-0000700225'],
    ['Onze referentie', 'MINDEF20260034272']
  ])('should read the label "%s" as the reference', (label, value) => {
    const tree = parseKamerbrief(blocks('TER BESLISSING', `Aan: MOCW\nDatum\n25 november 2024\n${label}\n${value}`, 'Uitstel beantwoording Kamervragen', 'Aanleiding', 'De leden hebben vragen gesteld.'))
    expect(header(tree)?.reference).toBe(value)
  })

  it('should read a header whose labels and values alternate, with an empty "Van" and "Bijlagen"', () => {
    const tree = parseKamerbrief(
      blocks('TER BESLUITVORMING', 'Media en Creatieve Industrie', 'Aan: MOCW', 'Van\nDatum\n25 november 2024\nReferentie\n49312071\nBijlagen', 'Uitstel beantwoording Kamervragen over het bericht\nChina intimideert Nederlandse media', 'Aanleiding', 'De leden hebben vragen gesteld.')
    )
    expect(header(tree)).toMatchObject({to: 'MOCW', date: '2024-11-25', reference: '49312071', subject: 'Uitstel beantwoording Kamervragen over het bericht China intimideert Nederlandse media'})
    expect(header(tree)?.from).toBeUndefined()
  })

  it('should not read the unit above the labels as the subject', () => {
    const tree = parseKamerbrief(blocks('TER BESLISSING', 'Directie Media', 'Aan: MOCW', 'Datum\n25 november 2024', 'Uitstel beantwoording Kamervragen', 'Aanleiding', 'Tekst.'))
    expect(header(tree)?.subject).toBe('Uitstel beantwoording Kamervragen')
  })
})
