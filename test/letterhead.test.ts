import {describe, expect, it} from 'vitest'
import {coverage, parseKamerbrief} from 'kamerbrief'
import {all, blocks, corpusDocument, dedent, describeCorpus, first, fixture, FROM_PDF} from './util.js'

const head = (input: string) => first(parseKamerbrief(input), 'letterhead') as Record<string, any>

/** The letterhead facts the table compares; fields the input does not give must stay undefined. */
const FACTS = ['date', 'subject', 'reference', 'yourReference', 'returnAddress', 'attachments', 'askedBy', 'questionsSubmitted', 'answeredBy'] as const

/** A short input and the facts of its letterhead (undefined: no letterhead at all). */
type LetterheadCase = [name: string, input: string, expected: Partial<Record<(typeof FACTS)[number], unknown>> | undefined]

const body = (...lines: string[]) => blocks(...lines, 'Geachte voorzitter,', 'Hierbij ontvangt u de antwoorden.')

const LETTERHEAD_CASES: LetterheadCase[] = [
  ['should read "Datum 21 mei 2026"', body('Datum 21 mei 2026'), {date: '2026-05-21'}],
  ['should not read "datum van 21 mei 2026" as the date', body('datum van 21 mei 2026'), {}],
  ['should not read "op de datum van 21 mei" in a sentence as a letterhead', blocks('Geachte voorzitter,', 'Wij spraken op de datum van 21 mei over de begroting.'), undefined],
  ['should not read a body line "Datum van verzending is …" as the date', blocks('Datum 21 mei 2026', 'Geachte voorzitter,', 'Datum van verzending is 3 juni 2026.'), {date: '2026-05-21'}],
  ['should read "Den Haag, 29 januari 2025"', body('Den Haag, 29 januari 2025'), {date: '2025-01-29'}],
  ['should not read "In Den Haag, 29 januari 2025, …" in a sentence as a letterhead', blocks('Geachte voorzitter,', 'In Den Haag, 29 januari 2025, is overleg gevoerd.'), undefined],
  ['should read "Betreft …"', body('Datum 21 mei 2026\nBetreft Beantwoording schriftelijke vragen'), {date: '2026-05-21', subject: 'Beantwoording schriftelijke vragen'}],
  [
    'should read a subject wrapped before a lowercase label word ("… over de Begroting" / "van" / "Defensie (X) …")',
    body('Datum 21 mei 2026\nBetreft Beantwoording schriftelijke vragen over de Begroting\nvan\nDefensie (X) en DMF (K) van het jaar 2026\n\nOnze referentie\nMINDEF20260034303'),
    {date: '2026-05-21', subject: 'Beantwoording schriftelijke vragen over de Begroting van Defensie (X) en DMF (K) van het jaar 2026', reference: 'MINDEF20260034303'}
  ],
  [
    'should read a subject wrapped before "aan" ("Kamerbrief over de stand van zaken van de steun" / "aan Oekraïne")',
    body('Datum 18 oktober 2023\nBetreft Kamerbrief over de stand van zaken van de steun\naan\nOekraïne\nKenmerk BZ-2023/12345'),
    {date: '2023-10-18', subject: 'Kamerbrief over de stand van zaken van de steun aan Oekraïne', reference: 'BZ-2023/12345'}
  ],
  ['should read "Onderwerp …"', body('Datum 21 mei 2026\nOnderwerp Beantwoording schriftelijke vragen'), {date: '2026-05-21', subject: 'Beantwoording schriftelijke vragen'}],
  ['should not read "Dit betreft …" in the body as the subject', blocks('Datum 21 mei 2026', 'Geachte voorzitter,', 'Dit betreft de beantwoording van de schriftelijke vragen.'), {date: '2026-05-21'}],
  ['should not read a body line "Betreft de motie …" as the subject', blocks('Datum 21 mei 2026', 'Geachte voorzitter,', 'Betreft de motie van het lid Omtzigt: die is uitgevoerd.'), {date: '2026-05-21'}],
  ['should read "Onze referentie …"', body('Datum 21 mei 2026\nOnze referentie MINDEF20260034303'), {date: '2026-05-21', reference: 'MINDEF20260034303'}],
  ['should read "Kenmerk …"', body('Datum 18 oktober 2023\nKenmerk IENW/BSK-2023/297705'), {date: '2023-10-18', reference: 'IENW/BSK-2023/297705'}],
  ['should not read "Onze referentie is …" in the body as the reference', blocks('Datum 21 mei 2026', 'Geachte voorzitter,', 'Onze referentie is het rapport van de Rekenkamer.'), {date: '2026-05-21'}],
  ['should read "Uw referentie …"', body('Datum 18 oktober 2023\nUw referentie 2023Z00461'), {date: '2023-10-18', yourReference: '2023Z00461'}],
  ['should read "Retouradres …"', body('Retouradres Postbus 20701 2500 ES Den Haag', 'Datum 21 mei 2026'), {returnAddress: 'Postbus 20701 2500 ES Den Haag', date: '2026-05-21'}],
  ['should read "Bijlage(n) 2"', body('Datum 21 mei 2026\nBijlage(n) 2'), {date: '2026-05-21', attachments: 2}],
  // The one-line header of ../shared/corpus/16-onb-2009-venw-maaswerken-kamervragen.txt, broken at 60, 45 and 35 columns.
  ...([
    ['60', 'Datum 28 oktober 2009 Uw kenmerk 18106-t96/2009D46472\nOnderwerp kamervragen'],
    ['45', 'Datum 28 oktober 2009 Uw kenmerk\n18106-t96/2009D46472 Onderwerp kamervragen'],
    ['35', 'Datum 28 oktober 2009 Uw kenmerk\n18106-t96/2009D46472 Onderwerp\nkamervragen']
  ] as const).map(([width, header]): LetterheadCase => [
    `should read a header of labels on one line wrapped at ${width} columns`,
    body(header),
    {date: '2009-10-28', yourReference: '18106-t96/2009D46472', subject: 'kamervragen'}
  ]),
  [
    'should not cut a wrapped one-line header at a label word in lower case ("kamervragen over de datum")',
    body('Datum 28 oktober 2009 Uw kenmerk\n18106-t96/2009D46472 Onderwerp\nkamervragen over de datum'),
    {date: '2009-10-28', yourReference: '18106-t96/2009D46472', subject: 'kamervragen over de datum'}
  ],
  [
    'should not cut a subject at a label word in lower case ("… een nieuwe datum voor het onderwerp")',
    body('Datum 21 mei 2026\nBetreft Verzoek om een nieuwe datum voor het onderwerp\nKenmerk BZ-2023/12345'),
    {date: '2026-05-21', subject: 'Verzoek om een nieuwe datum voor het onderwerp', reference: 'BZ-2023/12345'}
  ],
  ['should pair labels printed before their values ("Datum" / "Betreft" / "18 oktober 2023" / …)', body('Datum\nBetreft\n18 oktober 2023\nVerzamelbrief luchtvaart'), {date: '2023-10-18', subject: 'Verzamelbrief luchtvaart'}],
  ['should read a letter-spaced label ("D A T U M 23 januari 2019")', body('D A T U M 23 januari 2019'), {date: '2019-01-23'}],
  [
    'should read letter-spaced labels with two spaces between their words ("O N S  K E N M E R K")',
    body('D A T U M   23 januari 2019\nO N S  K E N M E R K   19000271 R\nB I J L A G E N   1'),
    {date: '2019-01-23', reference: '19000271 R', attachments: 1}
  ],
  ['should pair letter-spaced labels printed before their values', body('D A T U M\nB E T R E F T\n23 januari 2019\nBrexit'), {date: '2019-01-23', subject: 'Brexit'}],
  ['should read letter-spaced labels inside a line', body('D A T U M 23 januari 2019 B E T R E F T Brexit'), {date: '2019-01-23', subject: 'Brexit'}],
  ['should not read letter-spaced words that are no label ("D A T A") as one', body('D A T A 23 januari 2019'), undefined],
  ['should keep the space of a reference that has one ("19000271 R")', body('Datum 23 januari 2019\nOns kenmerk 19000271 R'), {date: '2019-01-23', reference: '19000271 R'}],
  ['should join a letter-spaced reference ("I E NW/BSK-2023/297705")', body('Datum 18 oktober 2023\nKenmerk I E NW/BSK-2023/297705'), {date: '2023-10-18', reference: 'IENW/BSK-2023/297705'}],
  [
    'should read the Aanhangsel layout ("Vragen van het lid …" / "Antwoord van …")',
    blocks(
      'Vragen van het lid Bromet (GroenLinks) aan de Minister voor Natuur en Stikstof over stalvloeren (ingezonden 4 juli 2023).',
      'Antwoord van Minister Van der Wal-Zeggelink (Natuur en Stikstof) (ontvangen 14 september 2023).',
      'Vraag 1\nKent u het bericht?',
      'Antwoord 1\nJa.'
    ),
    {
      askedBy: [{name: 'Bromet', party: 'GroenLinks'}],
      subject: 'stalvloeren',
      questionsSubmitted: '2023-07-04',
      answeredBy: 'Minister Van der Wal-Zeggelink (Natuur en Stikstof)',
      date: '2023-09-14'
    }
  ]
]

describe('letterhead in short inputs', () => {
  it.each(LETTERHEAD_CASES)('%s', (_, input, expected) => {
    const tree = parseKamerbrief(input)
    const found = first(tree, 'letterhead') as Record<string, unknown> | undefined
    expect(found && Object.fromEntries(FACTS.filter((key) => found[key] !== undefined).map((key) => [key, found[key]]))).toEqual(expected)
    expect(coverage(tree, input, {overlaps: true})).toEqual([])
  })
})

describe('letterhead', () => {
  it('should read the addressee without article, as the Algemene Rekenkamer writes it ("Voorzitter van de Tweede Kamer")', () => {
    const h = head(blocks('BEZORGEN\nVoorzitter van de Tweede Kamer\nder Staten-Generaal\nBinnenhof 4\n2513 AA Den Haag', 'D A T U M   23 januari 2019', 'Geachte mevrouw Arib,', 'Hierbij bieden wij u de antwoorden aan.'))
    expect(h.addressee).toEqual({lines: ['Voorzitter van de Tweede Kamer', 'der Staten-Generaal', 'Binnenhof 4', '2513 AA Den Haag'], chamber: 'Tweede Kamer'})
    // Near miss: the same words in a sentence of the body are no addressee.
    const body = head(blocks('Datum 23 januari 2019', 'Geachte mevrouw Arib,', 'De Voorzitter van de Tweede Kamer heeft ons gevraagd om een reactie.'))
    expect(body.addressee).toBeUndefined()
  })

  it('should read the Rijkshuisstijl letterhead of the Defensie letter', () => {
    const input = fixture('full-defensie-ek-begroting-2026')
    const h = head(input)
    expect(h.returnAddress).toBe('Postbus 20701 2500 ES Den Haag')
    expect(h.addressee).toEqual({
      lines: ['de Voorzitter van de Eerste Kamer', 'der Staten-Generaal', 'Kazernestraat 52', '2500 EA Den Haag'],
      chamber: 'Eerste Kamer'
    })
    expect(h.sender).toEqual({
      organisation: 'Ministerie van Defensie',
      addressLines: ['Plein 4', 'MPC 58 B', 'Postbus 20701', '2500 ES Den Haag'],
      website: 'www.defensie.nl'
    })
    expect(h.date).toBe('2026-05-21')
    expect(h.subject).toBe('Beantwoording schriftelijke vragen over de Begroting van Defensie (X) en DMF (K) van het jaar 2026')
    expect(h.reference).toBe('MINDEF20260034303')
    // Every label/value pair is kept as a positioned field, unknown ones included.
    const date = h.fields.find((f: any) => f.key === 'date')
    expect(input.slice(date.position.start.offset, date.position.end.offset)).toBe('Datum 21 mei 2026')
    expect(h.fields.some((f: any) => f.key === 'other' && /Bij beantwoording/.test(f.value))).toBe(true)
  })

  it('should read an old header with all labels on one line', () => {
    const h = head(fixture('questions-2009-maaswerken-one-line-letterhead'))
    expect(h.date).toBe('2009-10-28')
    expect(h.yourReference).toBe('18106-t96/2009D46472')
    expect(h.subject).toBe('kamervragen')
    expect(h.sender.organisation).toBe('Ministerie van Verkeer en Waterstaat')
    expect(h.reference).toBeUndefined()
  })

  it('should cut a wrapped one-line header at its labels, each field from its label to the next', () => {
    const input = body('Datum 28 oktober 2009 Uw kenmerk\n18106-t96/2009D46472 Onderwerp\nkamervragen')
    const fields = head(input).fields.map((f: any) => [f.key, f.label, f.value, input.slice(f.position.start.offset, f.position.end.offset)])
    expect(fields.slice(0, 3)).toEqual([
      ['date', 'Datum', '28 oktober 2009', 'Datum 28 oktober 2009 '],
      ['yourReference', 'Uw kenmerk', '18106-t96/2009D46472', 'Uw kenmerk\n18106-t96/2009D46472 '],
      ['subject', 'Onderwerp', 'kamervragen', 'Onderwerp\nkamervragen']
    ])
  })

  it('should read the Aanhangsel layout: members, parties, dates, answering minister', () => {
    const h = head(fixture('full-questions-aanhangsel-bromet-pdftotext'))
    expect(h.askedBy).toEqual([{name: 'Bromet', party: 'GroenLinks'}])
    expect(h.questionsSubmitted).toBe('2023-07-04')
    expect(h.date).toBe('2023-09-14')
    expect(h.answeredBy).toBe('Minister Van der Wal-Zeggelink (Natuur en Stikstof)')
    expect(h.aanhangsel).toEqual({number: '3649', session: '2022-2023'})
  })

  describe('a minister\'s portfolio wrapped before its dash ("(Volksgezondheid, Welzijn en Sport" / "– Jeugd, Preventie en Sport)")', () => {
    // Aanhangsel 2023–2024, nr. 2271, as pdftotext prints it, then re-wrapped and as Markdown.
    const asked = 'Vragen van het lid Westerveld (GroenLinks-PvdA) aan de Staatssecretaris en\nde Minister van Volksgezondheid, Welzijn en Sport over hulp aan jongeren en\nvolwassenen met eetstoornissen (ingezonden 21 juni 2024).'
    const question = 'Vraag 1\nBent u bekend met de opmerkingen van uw ambtsvoorgangers?\n\nAntwoord 1\nJa.'
    const answeredBy = 'Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en Sport)'
    const cases: Array<[string, string]> = [
      [
        'as pdftotext prints it',
        `${asked}\nAntwoord van Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport\n– Jeugd, Preventie en Sport) (ontvangen 12 augustus 2024). Zie ook\nAanhangsel Handelingen, vergaderjaar 2023–2024, nr. 2147.\n\n${question}\n`
      ],
      [
        'with the parenthesis opened two lines before the dash',
        `${asked}\nAntwoord van Staatssecretaris Karremans (Volksgezondheid,\nWelzijn en Sport\n– Jeugd, Preventie en Sport) (ontvangen 12 augustus 2024).\n\n${question}\n`
      ],
      ['as Markdown', `${asked}\n\nAntwoord van Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport\n– Jeugd, Preventie en Sport) (ontvangen 12 augustus 2024).\n\n**${question.replace('\n', '**\n')}\n`]
    ]
    for (const [name, input] of cases) {
      it(`should read the answer's date and who answers, ${name}`, () => {
        const h = head(input)
        expect([h.date, h.answeredBy, h.questionsSubmitted]).toEqual(['2024-08-12', answeredBy, '2024-06-21'])
      })
    }

    it('should still read a dash after a closed parenthesis as a list item ("… (artikel 3) worden opgenomen:" / "– woningzoekenden …")', () => {
      const tree = parseKamerbrief('Geachte voorzitter,\n\nIn de regeling (artikel 3) kunnen de volgende groepen worden opgenomen:\n– woningzoekenden die verblijven in een voorziening;\n– woningzoekenden die mantelzorg verlenen.\n')
      expect(all(tree, 'listItem')).toHaveLength(2)
    })
  })

  describe('a Kamerstuk whose dossier number and title stand on lines of their own, as pdftotext and the PDF reader give them', () => {
    // Kamerstuk 32 545, nr. 143, a motie, as pdftotext prints its first page.
    const motion = (dossier: string) =>
      `Tweede Kamer der Staten-Generaal\n\n2\n\nVergaderjaar 2020–2021\n\n${dossier}\n\nNr. 143\n\nMOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS\nVoorgesteld 6 juli 2021\nDe Kamer,\ngehoord de beraadslaging,\nverzoekt de regering, om een grensspaarsaldo te definiëren,\nen gaat over tot de orde van de dag.\n`
    it('should read the dossier, its title and number, and the day the motion was proposed', () => {
      const h = head(motion('32 545\n\nWet- en regelgeving financiële markten'))
      expect([h.layout, h.kamerstuk, h.date]).toEqual(['kamerstuk', {dossier: '32545', title: 'Wet- en regelgeving financiële markten', number: '143'}, '2021-07-06'])
    })
    it('should read the same with dossier and title on one line, as pdftotext -layout prints them', () => {
      const h = head(motion('32 545                   Wet- en regelgeving financiële markten'))
      expect([h.layout, h.kamerstuk, h.date]).toEqual(['kamerstuk', {dossier: '32545', title: 'Wet- en regelgeving financiële markten', number: '143'}, '2021-07-06'])
    })
  })

  describe('a notice in the Aanhangsel ("Mededeling van Minister …") instead of an answer', () => {
    // Aanhangsel 2023–2024, nr. 1999, as pdftotext prints it: its date line says "(ontvangen" twice.
    const notice = (received: string) =>
      `Vragen van de leden Sneller (D66), Chakor (GroenLinks-PvdA) en Van Nispen (SP) aan de Minister van Binnenlandse Zaken en\nKoninkrijksrelaties over juridische analyse(s) van het hoofdlijnenakkoord (ingezonden 30 mei\n2024).\nMededeling van Minister De Jonge (Binnenlandse Zaken en\nKoninkrijksrelaties) ${received}.\n\nVraag 1\nKlopt het bericht?\n\nMededeling\n\nDe schriftelijke vragen zijn beantwoord middels een brief op 7 juni 2024.\n`
    for (const received of ['(ontvangen 7 juni 2024)', '(ontvangen (ontvangen 7 juni 2024)']) {
      it(`should read who sends it and when, from "${received}"`, () => {
        const h = head(notice(received))
        expect([h.date, h.answeredBy, h.questionsSubmitted]).toEqual(['2024-06-07', 'Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties)', '2024-05-30'])
      })
    }
  })

  describe('a member\'s name with an accent the text prints apart from its letter', () => {
    // Aanhangsel 2023–2024, nr. 1338: "Kostić" as the PDF's text layer gives it (an acute of its own
    // after the c) and as pdftotext gives it (a c and a combining acute), and as typed.
    const asked = (name: string) =>
      `Vragen van de leden Mutluer (GroenLinks-PvdA) en ${name} (PvdD) aan de Minister van Onderwijs, Cultuur en Wetenschap over het bericht «Kritiek op besluit provincie Friesland tegen actief regenboogbeleid» (ingezonden 6 maart 2024).\n\nVraag 1\nBent u bekend met het bericht?\n\nAntwoord 1\nJa.\n`
    for (const [rendering, name] of [
      ['an acute of its own', 'Kostic\u00b4'],
      ['a combining acute', 'Kostic\u0301'],
      ['the letter with its accent', 'Kosti\u0107']
    ]) {
      it(`should give the name as one writes it, from ${rendering}`, () => {
        expect(head(asked(name!)).askedBy).toEqual([
          {name: 'Mutluer', party: 'GroenLinks-PvdA'},
          {name: 'Kosti\u0107', party: 'PvdD'}
        ])
      })
    }

    it('should leave an acute typed for an apostrophe inside a name as written ("O´Brien")', () => {
      expect(head(asked('O\u00b4Brien')).askedBy?.[1]).toEqual({name: 'O\u00b4Brien', party: 'PvdD'})
    })
  })

  it('should read several members with one party ("(allen D66)") and a date split over lines', () => {
    const h = head(fixture('full-questions-aanhangsel-tozo-html'))
    expect(h.askedBy).toEqual([
      {name: 'Van Weyenberg', party: 'D66'},
      {name: 'Romke de Jong', party: 'D66'},
      {name: 'Kat', party: 'D66'}
    ])
    expect(h.questionsSubmitted).toBe('2021-06-03')
    expect(h.date).toBe('2021-06-21')
  })

  it('should read the Kamerstuk layout: dossier, number, kind, date', () => {
    const h = head(fixture('verslag-so-ongekend-onrecht'))
    expect(h.kamerstuk).toEqual({dossier: '35510', title: 'Parlementaire ondervraging kinderopvangtoeslag', number: '130'})
    expect(h.date).toBe('2023-05-25')
    expect(h.committee).toBe('vaste commissie voor Financiën')
  })

  it('should read "Den Haag, <date>" and the addressee of a Kamerstuk letter', () => {
    const h = head(fixture('letter-kamerstuk-informateur'))
    expect(h.date).toBe('2017-05-29')
    expect(h.addressee).toEqual({lines: ['Aan de Voorzitter van de Tweede Kamer der Staten-Generaal'], chamber: 'Tweede Kamer'})
    expect(h.kamerstuk).toMatchObject({dossier: '34700', number: '19'})
    expect(h.answeredBy).toBe('DE INFORMATEUR')
  })

  it('should not read "onze referentie en" inside a sentence as a label', () => {
    const h = head(dedent`
      Datum 21 mei 2026
      Betreft Beantwoording schriftelijke vragen

      Bij beantwoording, datum,
      onze referentie en
      onderwerp vermelden.

      Geachte voorzitter,
    `)
    expect(h.reference).toBeUndefined()
    expect(h.subject).toBe('Beantwoording schriftelijke vragen')
  })

  it('should keep label words from the input as ordinary data', () => {
    const h = head('Datum 21 mei 2026\n__proto__ 4\nconstructor x\n\nGeachte voorzitter,\n')
    expect(h.date).toBe('2026-05-21')
    expect(({} as Record<string, unknown>).x).toBeUndefined()
    expect(h.fields.map((f: any) => f.value)).toContain('__proto__ 4')
  })
})

describeCorpus('letterhead of a letter made from PDF (../shared/corpus)', () => {
  it('should pair labels printed before their values ("Datum" / "Betreft" / "18 oktober 2023" / …)', () => {
    const h = head(corpusDocument(FROM_PDF.luchtvaart))
    expect(h.date).toBe('2023-10-18')
    expect(h.subject).toBe('Verzamelbrief luchtvaart')
    // Letter-spaced PDF text: "I E NW/BSK-2023/297705" is one identifier.
    expect(h.reference).toBe('IENW/BSK-2023/297705')
    expect(h.attachments).toBe(1)
    expect(h.addressee.chamber).toBe('Tweede Kamer')
    // "Inf rastructuur" is joined because the document spells "INFRASTRUCTUUR" elsewhere.
    expect(h.sender.organisation).toBe('Ministerie van Infrastructuur en Waterstaat')
  })
})
