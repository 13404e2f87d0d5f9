/**
 * `kamerbrief/pdf` on PDFs made here with pdf-lib: the geometry the extraction reads becomes the
 * hints the readers use (a side column, superscript markers, the footnote zone, repeated lines),
 * positions point into `root.data.text`, and every node that owns text says where it is printed.
 */
import {coverage, parseKamerbrief, Root, type Root as RootNode} from 'kamerbrief'
import {parseKamerbriefPdf} from 'kamerbrief/pdf'
import {describe, expect, it} from 'vitest'
import {A4, BODY, codeOf, letter, paragraph, pdf, sidebar, width} from './pdfs.js'
import {all, type AnyNode, first, text} from './util.js'

/** Types of the nodes that own text, and must say where they are printed. */
const OWNERS = new Set(['paragraph', 'heading', 'salutation', 'closing', 'marker', 'field', 'signatory', 'footnoteDefinition', 'pageFurniture', 'unknown'])

/** Answers to questions on two pages, with the same footer at the foot of each. */
async function answers(): Promise<Uint8Array> {
  const footer = 'Aanhangsel van de Handelingen, vergaderjaar 2023-2024'
  return pdf([
    [
      {text: 'Vraag 1', x: 80, baseline: 150, size: 9},
      {text: 'Bent u bekend met het bericht over de voortgang van het programma?', x: 80, baseline: 174, size: 9},
      {text: 'Antwoord 1', x: 80, baseline: 198, size: 9},
      ...paragraph(222, BODY),
      {text: footer, x: 80, baseline: 800, size: 7}
    ],
    [
      {text: 'Vraag 2', x: 80, baseline: 150, size: 9},
      {text: 'Wanneer wordt de Kamer over de volgende stappen geinformeerd?', x: 80, baseline: 174, size: 9},
      {text: 'Antwoord 2', x: 80, baseline: 198, size: 9},
      {text: 'In het najaar.', x: 80, baseline: 222, size: 9},
      {text: footer, x: 80, baseline: 800, size: 7}
    ]
  ])
}

const slice = (tree: RootNode, node: AnyNode | undefined) => (node?.position ? tree.data!.text!.slice(node.position.start.offset, node.position.end.offset) : undefined)

/** Every node of `tree`, letterhead and nota header fields and footnote markers included. */
function nodes(tree: RootNode): AnyNode[] {
  const out: AnyNode[] = []
  const walk = (node: AnyNode) => {
    out.push(node)
    for (const field of (node.fields as AnyNode[] | undefined) ?? []) out.push(field)
    for (const marker of ((node.data as {markers?: AnyNode[]} | undefined)?.markers ?? [])) out.push(marker)
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree as unknown as AnyNode)
  return out
}

/** What every tree read from a PDF promises: its text, its positions in it, a box on every node that owns text, none on the rest. */
function expectPlaced(tree: RootNode, pages: number): void {
  const input = tree.data!.text!
  expect(tree.format).toBe('pdf')
  expect(typeof input).toBe('string')
  expect(coverage(tree, input)).toEqual([])
  expect(Root.safeParse(tree).success).toBe(true)
  expect(tree.diagnostics.filter((d) => d.ruleId === 'schema-violation')).toEqual([])
  for (const node of nodes(tree)) {
    const {start, end} = node.position!
    expect(start.offset).toBeLessThanOrEqual(end.offset)
    expect(end.offset).toBeLessThanOrEqual(input.length)
    const data = node.data as {page?: number; boxes?: Array<{page: number; x: number; y: number; width: number; height: number}>} | undefined
    if (!OWNERS.has(node.type) || node.type === 'root') {
      expect(data?.page, node.type).toBeUndefined()
      expect(data?.boxes, node.type).toBeUndefined()
      continue
    }
    expect(data?.page, `${node.type} ${slice(tree, node)}`).toBeGreaterThanOrEqual(1)
    expect(data!.boxes![0]!.page).toBe(data!.page)
    // One box per page, in page order; the page of the first character is the page of the first box.
    const boxPages = data!.boxes!.map((box) => box.page)
    expect(boxPages).toEqual([...new Set(boxPages)].sort((a, b) => a - b))
    expect(input.slice(0, start.offset).split('\f').length).toBe(data!.page)
    for (const box of data!.boxes!) {
      expect(box.page).toBeLessThanOrEqual(pages)
      expect(box.x >= 0 && box.y >= 0 && box.width >= 0 && box.height >= 0).toBe(true)
      expect(box.x + box.width).toBeLessThanOrEqual(A4[0])
      expect(box.y + box.height).toBeLessThanOrEqual(A4[1])
    }
  }
}

describe('parseKamerbriefPdf', () => {
  it('should read a Rijkshuisstijl letter: its side column as letterhead fields, beside the address', async () => {
    const tree = await parseKamerbriefPdf(await letter())
    expectPlaced(tree, 2)
    const head = first(tree, 'letterhead')!
    expect(head.date).toBe('2023-10-18')
    expect(head.reference).toBe('VZ/2023/12345')
    expect(head.subject).toBe('Voortgang van het programma')
    expect(head.sender).toEqual({organisation: 'Ministerie van Voorbeeldzaken', addressLines: ['Voorbeeldstraat 1', '2500 AA Den Haag']})
    // The address beside the side column is the addressee's, not the ministry's.
    expect(head.addressee).toEqual({lines: ['De voorzitter van de Tweede Kamer', 'der Staten-Generaal', 'Postbus 20018', '2500 EA DEN HAAG'], chamber: 'Tweede Kamer'})
    expect(text(first(tree, 'salutation'))).toBe('Geachte voorzitter,')
    expect(all(tree, 'signatory').map((s) => [s.role, s.name])).toEqual([['DE MINISTER VAN VOORBEELDZAKEN', 'J. Jansen']])
  })

  it('should read a raised marker glued to a capital as a footnote reference, and the footnote zone as its definition', async () => {
    const tree = await parseKamerbriefPdf(await letter())
    const references = all(tree, 'footnoteReference')
    expect(references.map((r) => [r.identifier, slice(tree, r)])).toEqual([['1', '1']])
    expect(tree.data!.text!.slice(references[0]!.position!.start.offset - 4, references[0]!.position!.end.offset)).toBe('BRZO1')
    const definitions = all(tree, 'footnoteDefinition')
    expect(definitions.map((d) => [d.identifier, text(d).trim()])).toEqual([['1', 'Kamerstuk 36 200-XII, nr. 60']])
    expect((definitions[0]!.data as {page: number}).page).toBe(1)
    expect(tree.diagnostics.filter((d) => d.ruleId.startsWith('footnote'))).toEqual([])
  })

  it('should keep the side column repeated on the next page and the page numbers as furniture', async () => {
    const tree = await parseKamerbriefPdf(await letter())
    const furniture = all(tree, 'pageFurniture').map((node) => [node.kind, slice(tree, node), (node.data as {page: number}).page])
    expect(furniture).toEqual(
      expect.arrayContaining([
        ['page-number', 'Pagina 1 van 2', 1],
        ['page-number', 'Pagina 2 van 2', 2]
      ])
    )
    // The repeat of "Kenmerk" / "VZ/2023/12345" on page 2 is no text of the letter.
    const page2 = all(tree, 'pageFurniture').filter((node) => (node.data as {page: number}).page === 2).map((node) => slice(tree, node))
    expect(page2.join('\n')).toContain('VZ/2023/12345')
    expect(all(tree, 'paragraph').some((p) => text(p).includes('VZ/2023/12345'))).toBe(false)
  })

  it('should read a raised run of two markers as two references, and neither digits on the line nor numbered rows as footnotes', async () => {
    const answered = 'Ja, zoals het bericht over de ziekenhuisnota meldt.'
    const supX = 80 + (await width(answered, 9)) + 0.3
    const tree = await parseKamerbriefPdf(
      await pdf([
        [
          {text: 'Vraag 1', x: 80, baseline: 150, size: 9},
          // Digits glued to a word, on the line: "4.1," cites an article, it marks no footnote.
          {text: 'Geldt artikel 4.1, eerste lid, ook voor de ziekenhuisnota?', x: 80, baseline: 174, size: 9},
          {text: 'Antwoord 1', x: 80, baseline: 198, size: 9},
          {text: answered, x: 80, baseline: 222, size: 9},
          {text: '1, 2', x: supX, baseline: 219, size: 6},
          {text: '1', x: 80, baseline: 767, size: 4.5},
          {text: 'Financieel Dagblad, 24 september 2014', x: 84, baseline: 770, size: 7},
          {text: '2', x: 80, baseline: 779, size: 4.5},
          {text: 'De Telegraaf, 27 september 2014', x: 84, baseline: 782, size: 7},
          ...sidebar(800, ['Pagina 1 van 2'])
        ],
        [
          // Numbered rows in body type above the page number: a table, not footnotes.
          ...paragraph(150, ['Bijlagen', '1 Aanbiedingsbrief aan de Tweede Kamer', '2 Programmaplan Chemische Stoffen']),
          ...sidebar(800, ['Pagina 2 van 2'])
        ]
      ])
    )
    expectPlaced(tree, 2)
    const references = all(tree, 'footnoteReference').map((node) => [node.identifier, slice(tree, node)])
    expect(references).toEqual([
      ['1', '1'],
      ['2', '2']
    ])
    expect(all(tree, 'footnoteDefinition').map((node) => [node.identifier, text(node).trim()])).toEqual([
      ['1', 'Financieel Dagblad, 24 september 2014'],
      ['2', 'De Telegraaf, 27 september 2014']
    ])
  })

  it('should give each node that owns text its page and one box per page, in points from the top left', async () => {
    const tree = await parseKamerbriefPdf(await letter())
    const salutation = first(tree, 'salutation')!
    const [box] = (salutation.data as {boxes: Array<{page: number; x: number; y: number; width: number; height: number}>}).boxes
    expect(box!.page).toBe(1)
    expect(box!.x).toBeCloseTo(80, 0)
    // The baseline stands 300 pt below the top: the box holds it.
    expect(box!.y).toBeLessThan(300)
    expect(box!.y + box!.height).toBeGreaterThan(300)
    expect(Math.abs(box!.width - (await width('Geachte voorzitter,', 9)))).toBeLessThan(2)
  })

  it('should read answers to questions, with a footer repeated on every page as furniture', async () => {
    const tree = await parseKamerbriefPdf(await answers())
    expectPlaced(tree, 2)
    const qas = all(tree, 'questionAnswer')
    expect(qas.map((qa) => qa.number)).toEqual(['1', '2'])
    expect(text(first(qas[1], 'answer'))).toBe('In het najaar.')
    expect(all(tree, 'pageFurniture').map((node) => (node.data as {page: number}).page)).toEqual([1, 2])
  })

  it('should keep text node values as the reading text, a hyphen across lines joined as in text mode', async () => {
    const tree = await parseKamerbriefPdf(await pdf([paragraph(200, ['Vraag 1', '', 'Is de uitvoering van het program-', 'ma volgens plan verlopen?'].filter(Boolean))]))
    expect(all(tree, 'paragraph').map(text)).toEqual(['Is de uitvoering van het programma volgens plan verlopen?'])
    const fromText = parseKamerbrief(tree.data!.text!, {format: 'text'})
    expect(all(fromText, 'paragraph').map(text)).toEqual(all(tree, 'paragraph').map(text))
  })

  it('should accept an ArrayBuffer and leave the caller\'s bytes as they were', async () => {
    const bytes = await letter()
    const copy = bytes.slice()
    await parseKamerbriefPdf(bytes)
    expect(bytes).toEqual(copy)
    const buffer = copy.buffer.slice(0)
    const tree = await parseKamerbriefPdf(buffer)
    expect(buffer.byteLength).toBe(copy.length)
    expect(new Uint8Array(buffer)).toEqual(copy)
    expect(tree.format).toBe('pdf')
  })

  it('should throw a coded KamerbriefError for input that cannot be read', async () => {
    expect(await codeOf(parseKamerbriefPdf('%PDF-1.7' as unknown as Uint8Array))).toBe('INVALID_INPUT')
    expect(await codeOf(parseKamerbriefPdf(new TextEncoder().encode('Vraag 1\n\nIs dit een PDF?')))).toBe('INVALID_PDF')
    expect(await codeOf(parseKamerbriefPdf(await pdf([[]])))).toBe('NO_TEXT_LAYER')
    expect(await codeOf(parseKamerbriefPdf(await letter(), {pdfjs: {} as never}))).toBe('MISSING_DEPENDENCY')
    expect(await codeOf(parseKamerbriefPdf(await letter(), {maxInputLength: 100}))).toBe('INPUT_TOO_LARGE')
    expect(await codeOf(parseKamerbriefPdf(await letter(), {format: 'text'} as never))).toBe('INVALID_OPTIONS')
    expect(await codeOf(parseKamerbriefPdf(await letter(), 'strict' as never))).toBe('INVALID_OPTIONS')
  })

  it('should take the pdfjs module the caller passes', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    let loaded = 0
    const tree = await parseKamerbriefPdf(await answers(), {
      pdfjs: async () => {
        loaded++
        return pdfjs
      }
    })
    expect(loaded).toBe(1)
    expect(all(tree, 'questionAnswer')).toHaveLength(2)
  })

  it('should skip validation when asked to', async () => {
    const tree = await parseKamerbriefPdf(await answers(), {validate: false})
    expect(Root.safeParse(tree).success).toBe(true)
  })
})

describe('parseKamerbrief with format pdf', () => {
  it('should refuse it: a PDF is read from its bytes', () => {
    expect(() => parseKamerbrief('Vraag 1', {format: 'pdf'})).toThrow(expect.objectContaining({code: 'INVALID_OPTIONS', message: expect.stringContaining('kamerbrief/pdf')}))
  })
})
