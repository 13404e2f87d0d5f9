import {describe, expect, it} from 'vitest'
import {coverage, type Options, parseKamerbrief, questions} from 'kamerbrief'
import {all, blocks, corpusDocument, describeCorpus, first, fixture, FROM_PDF, squash, text} from './util.js'

/** A short input, its options, its page furniture as [kind, raw], and the answer to question 1 as read. */
type FurnitureCase = [name: string, input: string, options: Options | undefined, expected: {furniture: Array<[string, string]>; answer: string}]

/** Two questions with `between` after the first answer, where a page of pdftotext ends. */
const page = (...between: string[]) => blocks('Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.', ...between, 'Vraag 2\nWat vindt u ervan?', 'Antwoord 2\nNiets.')

const FURNITURE_CASES: FurnitureCase[] = [
  ['should read "Pagina 1 van 7"', page('Pagina 1 van 7'), undefined, {furniture: [['page-number', 'Pagina 1 van 7']], answer: 'Ja.'}],
  ['should read a letter-spaced "P agina 1 van 7"', page('P agina 1 van 7'), undefined, {furniture: [['page-number', 'P agina 1 van 7']], answer: 'Ja.'}],
  ['should not read "Op pagina 7 van het rapport …" in a sentence as a page number', page('Op pagina 7 van het rapport staat de tabel.'), undefined, {furniture: [], answer: 'Ja. Op pagina 7 van het rapport staat de tabel.'}],
  [
    'should read an Aanhangsel footer',
    page('Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1'),
    undefined,
    {furniture: [['footer', 'Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1']], answer: 'Ja.'}
  ],
  [
    'should read a bare page number after a footer',
    page('Tweede Kamer, vergaderjaar 2014–2015, Aanhangsel', '2'),
    undefined,
    {
      furniture: [
        ['footer', 'Tweede Kamer, vergaderjaar 2014–2015, Aanhangsel'],
        ['page-number', '2']
      ],
      answer: 'Ja.'
    }
  ],
  [
    'should not read "In de Tweede Kamer, vergaderjaar …" in a sentence as a footer',
    page('In de Tweede Kamer, vergaderjaar 2022–2023, is hierover gesproken.'),
    undefined,
    {furniture: [], answer: 'Ja. In de Tweede Kamer, vergaderjaar 2022–2023, is hierover gesproken.'}
  ],
  [
    'should read the colophon of an Aanhangsel',
    page('ah-tk-20222023-3649\nISSN 0921 - 7398\n’s-Gravenhage 2023'),
    undefined,
    {
      furniture: [
        ['colophon', 'ah-tk-20222023-3649'],
        ['colophon', 'ISSN 0921 - 7398'],
        ['colophon', '’s-Gravenhage 2023']
      ],
      answer: 'Ja.'
    }
  ],
  [
    'should read a footer with the colophon glued before it, broken over three lines, and the heading after it ("… 2023Tweede" / "Kamer, vergaderjaar 2022–2023, Aanhangsel" / "1Antwoord 3")',
    blocks('Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.', 'Vraag 2\nWat vindt u ervan?\nISSN 0921 - 7398’s-Gravenhage 2023Tweede\nKamer, vergaderjaar 2022–2023, Aanhangsel\n1Antwoord 2\nNiets.'),
    undefined,
    {
      furniture: [
        ['footer', 'ISSN 0921 - 7398’s-Gravenhage 2023Tweede'],
        ['footer', 'Kamer, vergaderjaar 2022–2023, Aanhangsel'],
        ['footer', '1']
      ],
      answer: 'Ja.'
    }
  ],
  [
    'should read a footer broken before its page number, glued to the next heading ("… Aanhangsel" / "2Antwoord 7")',
    blocks('Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.', 'Vraag 2\nWat vindt u ervan?\nTweede Kamer, vergaderjaar 2022–2023, Aanhangsel\n2Antwoord 2\nNiets.'),
    undefined,
    {
      furniture: [
        ['footer', 'Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel'],
        ['footer', '2']
      ],
      answer: 'Ja.'
    }
  ],
  [
    'should read a footer broken after its comma, its page number on a line after a blank ("… 2014–2015," / "Aanhangsel" / "" / "2")',
    page('Tweede Kamer, vergaderjaar 2014–2015,\nAanhangsel', '2'),
    undefined,
    {
      furniture: [
        ['footer', 'Tweede Kamer, vergaderjaar 2014–2015,'],
        ['footer', 'Aanhangsel'],
        ['page-number', '2']
      ],
      answer: 'Ja.'
    }
  ],
  [
    'should not read a sentence that opens like a footer and goes on on the next line as one',
    page('Tweede Kamer, vergaderjaar 2022–2023, is de periode\nwaarin dit is besproken.'),
    undefined,
    {furniture: [], answer: 'Ja. Tweede Kamer, vergaderjaar 2022–2023, is de periode waarin dit is besproken.'}
  ],
  ['should read a page and the number of pages ("3/10")', page('3/10'), undefined, {furniture: [['page-number', '3/10']], answer: 'Ja.'}],
  ['should not read "12/10", more than the pages, as a page number', page('12/10'), undefined, {furniture: [], answer: 'Ja. 12/10'}],
  [
    'should read web addresses alone above the page furniture that repeat a link of the text (across its line break) as the page\'s link targets',
    page('Zie https://www.rekenkamer.nl/publicaties/brieven/2018/12/10/\nvoorbereiding-op-financiele-gevolgen.', 'https://www.rekenkamer.nl/publicaties/brieven/2018/12/10/voorbereiding-op-financiele-gevolgen', '3/10'),
    undefined,
    {
      furniture: [
        ['footer', 'https://www.rekenkamer.nl/publicaties/brieven/2018/12/10/voorbereiding-op-financiele-gevolgen'],
        ['page-number', '3/10']
      ],
      answer: 'Ja. Zie https://www.rekenkamer.nl/publicaties/brieven/2018/12/10/ voorbereiding-op-financiele-gevolgen.'
    }
  ],
  [
    'should not read a web address above the page furniture that the text does not cite as a link target',
    page('https://www.rekenkamer.nl/publicaties', '3/10'),
    undefined,
    {furniture: [['page-number', '3/10']], answer: 'Ja. https://www.rekenkamer.nl/publicaties'}
  ],
  ['should read "Naar boven" after the last answer', blocks('Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.', 'Naar boven'), undefined, {furniture: [['site-navigation', 'Naar boven']], answer: 'Ja.'}],
  [
    'should not read "Naar boven afgerond …" in a sentence as site navigation',
    blocks('Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.', 'Naar boven afgerond is dat 12 procent.'),
    undefined,
    {furniture: [], answer: 'Ja. Naar boven afgerond is dat 12 procent.'}
  ],
  ['should read a converter page break ("-----") in Markdown', blocks('# Vraag 1', 'Kent u het bericht?', '-----', '# Antwoord 1', 'Ja.'), {format: 'markdown'}, {furniture: [['page-break', '-----']], answer: 'Ja.'}]
]

describe('page furniture in short inputs', () => {
  it.each(FURNITURE_CASES)('%s', (_, input, options, expected) => {
    const tree = parseKamerbrief(input, options)
    expect({
      furniture: all(tree, 'pageFurniture').map((f) => [f.kind, f.raw]),
      answer: squash(questions(tree)[0]?.answer ?? '')
    }).toEqual(expected)
    expect(coverage(tree, input, {overlaps: true})).toEqual([])
  })
})

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

  it('should keep the running sidebar of a letter out of the answers that follow it ("Kenmerk" / "IENW/BSK-2023/297705"), and a sentence that names the reference in them', () => {
    const input = blocks(
      'Ministerie van Infrastructuur en Waterstaat',
      'Kenmerk\nIENW/BSK-2023/297705',
      'Datum 18 oktober 2023\nBetreft Antwoorden op schriftelijke vragen',
      'Geachte voorzitter,',
      'Hierbij ontvangt u de antwoorden.',
      'Vraag 1\nKent u het bericht over de registratie?',
      'Antwoord 1\nJa. Het register is geldig voor de duur van 1 jaar.',
      'Kenmerk\nIENW/BSK-2023/297705',
      'De registratie in België is gratis.',
      'Vraag 2\nOnder welk kenmerk staat de brief?',
      'Antwoord 2\nDe brief heeft kenmerk IENW/BSK-2023/297705.',
      'Hoogachtend,',
      'DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\nMark Harbers'
    )
    const tree = parseKamerbrief(input)
    expect(questions(tree).map((q) => squash(q.answer))).toEqual(['Ja. Het register is geldig voor de duur van 1 jaar. De registratie in België is gratis.', 'De brief heeft kenmerk IENW/BSK-2023/297705.'])
    expect(all(tree, 'pageFurniture').map((f) => f.kind)).toContain('running-header')
    expect(coverage(tree, input, {overlaps: true})).toEqual([])
  })

  it('should keep the running sidebar of a letter out of its paragraphs ("Kenmerk" / "I E NW/BSK-2023/297705")', () => {
    const tree = parseKamerbrief(corpusDocument(FROM_PDF.luchtvaart))
    const letter = first(tree, 'letter')!
    const paragraphs = letter.children!.filter((c) => c.type === 'paragraph').map((p) => squash(text(p)))
    expect(paragraphs.filter((p) => p === 'Kenmerk' || p === 'I E NW/BSK-2023/297705')).toEqual([])
  })
})
