import {describe, expect, it} from 'vitest'
import {parseKamerbrief} from 'kamerbrief'
import {corpusDocument, dedent, describeCorpus, first, fixture, FROM_PDF} from './util.js'

const head = (input: string) => first(parseKamerbrief(input), 'letterhead') as Record<string, any>

describe('letterhead', () => {
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

  it('should read the Aanhangsel layout: members, parties, dates, answering minister', () => {
    const h = head(fixture('full-questions-aanhangsel-bromet-pdftotext'))
    expect(h.askedBy).toEqual([{name: 'Bromet', party: 'GroenLinks'}])
    expect(h.questionsSubmitted).toBe('2023-07-04')
    expect(h.date).toBe('2023-09-14')
    expect(h.answeredBy).toBe('Minister Van der Wal-Zeggelink (Natuur en Stikstof)')
    expect(h.aanhangsel).toEqual({number: '3649', session: '2022-2023'})
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
