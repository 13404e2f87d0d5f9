import {describe, expect, it} from 'vitest'
import {parseKamerbrief} from 'kamerbrief'
import {all, corpusDocument, describeCorpus, first, fixture, FROM_PDF, squash, text} from './util.js'

describe('page furniture', () => {
  it('should cut a footer glued to the next heading ("… Aanhangsel 2Antwoord 7")', () => {
    const input = fixture('full-questions-aanhangsel-bromet-pdftotext')
    const tree = parseKamerbrief(input)
    const footers = all(tree, 'pageFurniture').filter((f) => f.kind === 'footer')
    expect(footers.map((f) => f.raw)).toEqual([
      'ISSN 0921 - 7398’s-Gravenhage 2023Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1',
      'Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 2',
      'Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 3',
      'Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 4'
    ])
    const seven = all(tree, 'questionAnswer').find((q) => q.number === '7')!
    const marker = all(seven, 'marker').find((m) => m.label === 'Antwoord 7')!
    expect(input.slice(marker.position!.start.offset, marker.position!.end.offset)).toBe('Antwoord 7')
    expect(squash(text(first(seven, 'answer')))).toMatch(/^In de Kamerbrief van 30 juni jl\. is de Kamer geïnformeerd/)
  })

  it('should read converter page breaks and mangled colophons in Markdown', () => {
    const tree = parseKamerbrief(fixture('full-questions-aanhangsel-boswijk-markdown'))
    const kinds = all(tree, 'pageFurniture').map((f) => `${f.kind}:${f.raw}`)
    expect(kinds.filter((k) => k === 'page-break:-----')).toHaveLength(4)
    expect(kinds).toContain('colophon:h tk 20232024 387')
  })

  it('should read site navigation of copied web pages', () => {
    const tree = parseKamerbrief(fixture('questions-lijst-financieel-jaarverslag-berthub'))
    expect(first(tree, 'pageFurniture')).toMatchObject({kind: 'site-navigation'})
  })
})

describeCorpus('page furniture of documents made from PDF (../shared/corpus)', () => {
  it('should read "Pagina N van M", letter-spaced too, and form feeds', () => {
    const tree = parseKamerbrief(corpusDocument(FROM_PDF.luchtvaart))
    const pages = all(tree, 'pageFurniture').filter((f) => f.kind === 'page-number').map((f) => f.raw)
    expect(pages).toContain('P agina 1 van 7')
    expect(pages).toContain('P agina 7 van 7')
  })

  it('should read bare page numbers after a footer', () => {
    const tree = parseKamerbrief(corpusDocument(FROM_PDF.bouwmeester))
    const kinds = all(tree, 'pageFurniture').map((f) => `${f.kind}:${f.raw}`)
    expect(kinds).toEqual(
      expect.arrayContaining(['footer:Tweede Kamer, vergaderjaar 2014–2015, Aanhangsel', 'page-number:1', 'page-number:2', 'page-number:3', 'colophon:ah-tk-20142015-698'])
    )
  })

  it('should keep the running sidebar of a letter out of its paragraphs ("Kenmerk" / "I E NW/BSK-2023/297705")', () => {
    const tree = parseKamerbrief(corpusDocument(FROM_PDF.luchtvaart))
    const letter = first(tree, 'letter')!
    const paragraphs = letter.children!.filter((c) => c.type === 'paragraph').map((p) => squash(text(p)))
    expect(paragraphs.filter((p) => p === 'Kenmerk' || p === 'I E NW/BSK-2023/297705')).toEqual([])
  })
})
