import {describe, expect, it} from 'vitest'
import {parseKamerbrief} from 'kamerbrief'
import {all, corpusDocument, describeCorpus, first, fixture, FROM_PDF, squash, text} from './util.js'

const input = fixture('full-defensie-ek-begroting-2026')
const tree = parseKamerbrief(input)
const nota = first(tree, 'nota')!

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
