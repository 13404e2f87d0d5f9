/**
 * The PDF reader's extraction: bytes to a reading text and lines with their place and hints. Small
 * PDFs made here with pdf-lib check each rule on a fresh clone; the real files of ../shared/pdf
 * check them on what ministries and the Tweede Kamer publish, where that folder is present.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {degrees, PDFHexString} from 'pdf-lib'
import {BODY, codeOf, paragraph, pdf, width} from './pdfs.js'
import * as pdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import {describe, expect, it, vi} from 'vitest'
import {extractPdfLines} from '../src/pdf/extract.js'
import type {Pdfjs} from '../src/pdf/pdfjs.js'
import type {PdfLine, PdfText} from '../src/pdf/types.js'
import {corpusGold, describePdfs, hasCorpus, pdfDir, pdfFile, pdfFiles} from './util.js'

const lineText = (result: PdfText, line: PdfLine) => result.text.slice(line.start, line.end)
const lineOf = (result: PdfText, text: string) => result.lines.find((line) => lineText(result, line) === text)
const texts = (result: PdfText, keep: (line: PdfLine) => boolean = () => true) => result.lines.filter(keep).map((line) => lineText(result, line))

/** The characters pdfjs itself reads from `data`, white space left out, counted. */
async function textLayer(data: Uint8Array): Promise<Map<string, number>> {
  const document = await pdfjsModule.getDocument({data: new Uint8Array(data), verbosity: 0, isEvalSupported: false}).promise
  let all = ''
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent({disableNormalization: true})
    for (const item of content.items) if ('str' in item) all += item.str
  }
  await document.destroy()
  return counted(all)
}

function counted(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const c of text.replace(/\s/g, '')) counts.set(c, (counts.get(c) ?? 0) + 1)
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** What every extraction promises, whatever the file: offsets, pages, boxes. */
function expectWellFormed(result: PdfText): void {
  expect(result.text.split('\f')).toHaveLength(result.pages.length)
  result.pages.forEach((page, index) => {
    expect(page.number).toBe(index + 1)
    expect(result.text.slice(page.start, page.end)).not.toContain('\f')
    if (index > 0) expect(result.text.slice(page.start - 2, page.start)).toBe('\n\f')
  })
  let previous = -1
  for (const line of result.lines) {
    const page = result.pages[line.page - 1]!
    expect(line.start).toBeGreaterThan(previous)
    expect(line.start).toBeGreaterThanOrEqual(page.start)
    expect(line.end).toBeLessThanOrEqual(page.end)
    expect(lineText(result, line)).toMatch(/^[^\n\f]*\S[^\n\f]*$/)
    expect(line.hints.page).toBe(line.page)
    expect(line.box.page).toBe(line.page)
    const {x, y, width, height} = line.box
    expect([x, y, width, height].every((v) => v >= 0)).toBe(true)
    expect(x + width).toBeLessThanOrEqual(page.width + 1e-9)
    expect(y + height).toBeLessThanOrEqual(page.height + 1e-9)
    for (const run of line.hints.superscripts ?? []) {
      expect(run.start).toBeGreaterThanOrEqual(line.start)
      expect(run.end).toBeLessThanOrEqual(line.end)
      expect(result.text.slice(run.start, run.end)).toMatch(/^\S(.*\S)?$/)
    }
    previous = line.end
  }
  expect(result.superscripts).toEqual(result.lines.flatMap((line, index) => (line.hints.superscripts ?? []).map((run) => ({...run, line: index}))))
}

describe('extractPdfLines on PDFs made here', () => {
  it('should read the lines of a page in reading order, with offsets into one text', async () => {
    const result = await extractPdfLines(await pdf([paragraph(200, BODY)]))
    expect(result.text).toBe(BODY.join('\n'))
    expect(result.pages).toEqual([{number: 1, width: 595, height: 842, cropBox: [0, 0, 595, 842], rotation: 0, start: 0, end: result.text.length}])
    expectWellFormed(result)
    const first = result.lines[0]!
    expect(first.fontSize).toBe(9)
    expect(first.box.x).toBeCloseTo(80, 1)
    // pdfjs measures Helvetica with its own metrics, pdf-lib with Adobe's: a point apart on a line.
    expect(Math.abs(first.box.width - (await width(BODY[0]!, 9)))).toBeLessThan(2)
    expect(first.box.y).toBeLessThan(200)
    expect(first.box.y + first.box.height).toBeGreaterThan(200)
    expect(first.hints).toEqual({column: 'body', page: 1, blockStart: true})
    expect(result.lines[1]!.hints.blockStart).toBeUndefined()
  })

  it('should separate pages by a form feed and number them', async () => {
    const result = await extractPdfLines(await pdf([paragraph(200, ['Eerste pagina']), [], paragraph(200, ['Derde pagina'])]))
    expect(result.text).toBe('Eerste pagina\n\f\n\fDerde pagina')
    expect(result.lines.map((line) => line.page)).toEqual([1, 3])
    expect(result.pages.map((page) => [page.start, page.end])).toEqual([
      [0, 13],
      [15, 15],
      [17, 29]
    ])
    expectWellFormed(result)
  })

  it('should put a space where the gap between two runs is one, and none where they touch', async () => {
    const gap = (await width('Tweede', 9)) + 2.5
    const touching = await width('Staten', 9)
    const result = await extractPdfLines(
      await pdf([
        [
          {text: 'Tweede', x: 80, baseline: 200, size: 9},
          {text: 'Kamer', x: 80 + gap, baseline: 200, size: 9},
          {text: 'Staten', x: 80, baseline: 220, size: 9},
          {text: '-Generaal', x: 80 + touching, baseline: 220, size: 9}
        ]
      ])
    )
    expect(texts(result)).toEqual(['Tweede Kamer', 'Staten-Generaal'])
  })

  it('should read a narrow column on the right as lines of its own, beside the body', async () => {
    const sidebar = ['Ministerie van Voorbeeldzaken', 'Kenmerk', 'VZ/2023/12345', 'Datum', '18 oktober 2023', 'Bijlage(n)', '2']
    // The column is set on its own leading (9 pt against 12): some of its baselines meet the body's.
    const column = sidebar.map((text, i) => ({text, x: 467, baseline: 152 + 9 * i, size: 6.5}))
    const body = paragraph(164, [...BODY, ...BODY])
    const result = await extractPdfLines(await pdf([[...column, ...body]]))
    expectWellFormed(result)
    expect(texts(result, (line) => line.hints.column === 'sidebar')).toEqual(sidebar)
    expect(texts(result, (line) => line.hints.column === 'body')).toEqual([...BODY, ...BODY])
    // Each column is read as a whole: the body paragraph is not cut by the column beside it.
    expect(result.text).toContain([...BODY, ...BODY].join('\n'))
  })

  it('should read a narrow column on the left, set well apart from the body, as lines of its own', async () => {
    const margin = [
      {text: 'Vergaderjaar 2023-2024', x: 37, baseline: 100, size: 9},
      {text: 'kst-36200-12', x: 37, baseline: 724, size: 6},
      {text: 'ISSN 0921 - 7371', x: 37, baseline: 730, size: 6},
      {text: "'s-Gravenhage 2024", x: 37, baseline: 737, size: 6}
    ]
    const body = [...paragraph(100, ['Aanhangsel van de Handelingen'], 203), ...paragraph(200, BODY, 203), ...paragraph(737, ['Tweede Kamer, vergaderjaar 2023-2024'], 203)]
    const result = await extractPdfLines(await pdf([[...margin, ...body]]))
    expect(texts(result, (line) => line.hints.column === 'sidebar')).toEqual(margin.map((run) => run.text))
    expect(lineOf(result, 'Tweede Kamer, vergaderjaar 2023-2024')?.hints.column).toBe('body')
  })

  it('should find no column in labels beside their values, nor in the markers of a list', async () => {
    const result = await extractPdfLines(
      await pdf([
        [
          {text: 'Datum', x: 80, baseline: 150, size: 9},
          {text: '18 oktober 2023', x: 136, baseline: 150, size: 9},
          {text: 'Betreft', x: 80, baseline: 162, size: 9},
          {text: 'Verzamelbrief', x: 136, baseline: 162, size: 9},
          {text: 'Kenmerk', x: 80, baseline: 174, size: 9},
          {text: 'VZ/2023/12345', x: 136, baseline: 174, size: 9},
          ...['1.', '2.', '3.'].flatMap((marker, i) => [
            {text: marker, x: 83, baseline: 200 + 12 * i, size: 9},
            {text: BODY[i]!.slice(0, 50), x: 101, baseline: 200 + 12 * i, size: 9}
          ])
        ]
      ])
    )
    expect(result.lines.every((line) => line.hints.column === 'body')).toBe(true)
    expect(texts(result).slice(0, 4)).toEqual(['Datum 18 oktober 2023', 'Betreft Verzamelbrief', 'Kenmerk VZ/2023/12345', `1. ${BODY[0]!.slice(0, 50)}`])
  })

  it('should keep a small raised digit in its line as a superscript run, glued as printed', async () => {
    const word = 'gesteld over Schiphol'
    const end = 80 + (await width(word, 9))
    const result = await extractPdfLines(
      await pdf([
        [
          {text: word, x: 80, baseline: 200, size: 9},
          {text: '1', x: end + 0.3, baseline: 197, size: 6},
          {text: '.', x: end + 0.3 + (await width('1', 6)), baseline: 200, size: 9},
          {text: 'Daarna volgt de tweede zin.', x: 80, baseline: 212, size: 9}
        ]
      ])
    )
    expectWellFormed(result)
    const line = result.lines[0]!
    expect(lineText(result, line)).toBe('gesteld over Schiphol1.')
    expect(line.fontSize).toBe(9)
    const at = result.text.indexOf('1.')
    expect(line.hints.superscripts).toEqual([{start: at, end: at + 1}])
    expect(result.superscripts).toEqual([{start: at, end: at + 1, line: 0}])
    expect(result.lines[1]!.hints.superscripts).toBeUndefined()
  })

  it('should not read small type on its own line as a superscript', async () => {
    const result = await extractPdfLines(await pdf([[{text: '> Retouradres Postbus 20901', x: 80, baseline: 140, size: 6.5}, ...paragraph(165, BODY)]]))
    expect(result.superscripts).toEqual([])
    expect(result.lines[0]!.hints).toEqual({column: 'body', page: 1, blockStart: true})
  })

  it('should mark the lines of small type below the body as its footnote zone', async () => {
    const result = await extractPdfLines(
      await pdf([
        [
          {text: '> Retouradres Postbus 20901 2500 EX Den Haag', x: 80, baseline: 140, size: 6.5},
          ...paragraph(200, [...BODY, ...BODY, ...BODY]),
          {text: '1', x: 80, baseline: 767, size: 4.5},
          {text: 'Kamerstuk 36 200-XII, nr. 60', x: 84, baseline: 770, size: 7},
          {text: '2 Zie de website van de Rijksoverheid', x: 80, baseline: 779, size: 7},
          {text: 'die elk jaar wordt bijgewerkt.', x: 84, baseline: 788, size: 7}
        ]
      ])
    )
    expectWellFormed(result)
    expect(texts(result, (line) => line.hints.footnoteZone === true)).toEqual(['1 Kamerstuk 36 200-XII, nr. 60', '2 Zie de website van de Rijksoverheid', 'die elk jaar wordt bijgewerkt.'])
    expect(result.superscripts.map((run) => result.text.slice(run.start, run.end))).toEqual(['1'])
  })

  it('should find no footnote zone in small type high on the page, or on a page set small throughout', async () => {
    const small = (baseline: number) => BODY.map((text, i) => ({text: `${i + 1} ${text}`, x: 80, baseline: baseline + 9 * i, size: 7}))
    const result = await extractPdfLines(await pdf([[...paragraph(150, BODY), ...small(220), ...paragraph(300, BODY)], small(700).slice(0, 2)]))
    expect(result.lines.some((line) => line.hints.footnoteZone)).toBe(false)
  })

  it('should mark a line printed at the same place with the same text on the pages as repeated', async () => {
    const footer = 'Tweede Kamer, vergaderjaar 2023-2024, Aanhangsel'
    const page = (n: number, first: string) => [
      ...paragraph(100 + 20 * n, [first, BODY[n]!]),
      {text: footer, x: 203, baseline: 800, size: 9},
      {text: String(n + 1), x: 517, baseline: 800, size: 9}
    ]
    const result = await extractPdfLines(await pdf([page(0, 'Vraag 1'), page(1, 'Vraag 1'), page(2, 'Vraag 2')]))
    expectWellFormed(result)
    expect(texts(result, (line) => line.hints.repeated === true)).toEqual([footer, footer, footer])
    // The page number beside the footer is a line of its own, and differs on each page.
    expect(texts(result, (line) => line.box.y > 780 && !line.hints.repeated)).toEqual(['1', '2', '3'])
  })

  it('should read a page from the top left of its crop box', async () => {
    const result = await extractPdfLines(await pdf([paragraph(200, ['Binnen het kader'], 100)], (document) => document.getPage(0).setCropBox(50, 100, 400, 600)))
    const [page] = result.pages
    expect(page).toMatchObject({width: 400, height: 600, cropBox: [50, 100, 450, 700], rotation: 0})
    expect(result.lines[0]!.box.x).toBeCloseTo(50, 1)
    // 200 below the top of the media box is 58 below the top of the crop box (842 - 700 = 142 above it).
    expect(result.lines[0]!.box.y).toBeLessThan(58)
    expect(result.lines[0]!.box.y + result.lines[0]!.box.height).toBeGreaterThan(58)
  })

  it('should read a turned page as shown, each line of it whole and inside the page', async () => {
    const result = await extractPdfLines(await pdf([paragraph(200, BODY)], (document) => document.getPage(0).setRotation(degrees(90))))
    expectWellFormed(result)
    expect(result.pages[0]).toMatchObject({width: 842, height: 595, rotation: 90})
    expect(texts(result).sort()).toEqual([...BODY].sort())
  })

  it('should hold every character of the text layer once', async () => {
    const data = await pdf([
      [...paragraph(150, BODY), {text: 'Kenmerk', x: 467, baseline: 150, size: 6.5}, {text: 'VZ/1', x: 467, baseline: 159, size: 6.5}, {text: 'VZ/2', x: 467, baseline: 168, size: 6.5}],
      [{text: '1', x: 80, baseline: 767, size: 4.5}, ...paragraph(200, BODY)]
    ])
    expect(counted((await extractPdfLines(data)).text)).toEqual(await textLayer(data))
  })

  it("should leave the caller's bytes as they are, a Node.js Buffer too", async () => {
    const data = await pdf([paragraph(200, BODY)])
    const copy = data.slice()
    const buffer = Buffer.from(copy)
    await extractPdfLines(data)
    await extractPdfLines(buffer)
    expect(data.byteLength).toBe(copy.byteLength)
    expect(data).toEqual(copy)
    expect(buffer.equals(copy)).toBe(true)
  })

  it('should read with the pdfjs module the caller gives, or loads', async () => {
    const data = await pdf([paragraph(200, ['Tekst'])])
    // The module fits the option as pdfjs-dist types it, without a cast.
    expect((await extractPdfLines(data, {pdfjs: pdfjsModule})).text).toBe('Tekst')
    expect((await extractPdfLines(data, {pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs')})).text).toBe('Tekst')
  })
})

describe('extractPdfLines on what it cannot read', () => {
  it('should refuse a file that needs a password with ENCRYPTED_PDF', async () => {
    const data = await pdf([paragraph(200, ['Geheim'])], (document) => {
      // A standard security handler whose user password is not empty: pdfjs asks for one.
      const hex = (n: number) => PDFHexString.of('ab'.repeat(n))
      document.context.trailerInfo.Encrypt = document.context.obj({Filter: 'Standard', V: 1, R: 2, Length: 40, P: -4, O: hex(32), U: hex(32)})
      document.context.trailerInfo.ID = document.context.obj([hex(16), hex(16)])
    })
    expect(await codeOf(extractPdfLines(data))).toBe('ENCRYPTED_PDF')
  })

  it.each([
    ['no PDF at all', new TextEncoder().encode('Dit is geen PDF maar gewone tekst.')],
    ['no bytes', new Uint8Array()],
    ['a header only', new TextEncoder().encode('%PDF-1.7\n')]
  ])('should refuse %s with INVALID_PDF', async (_, data) => {
    expect(await codeOf(extractPdfLines(data))).toBe('INVALID_PDF')
  })

  it('should refuse a file cut off halfway with INVALID_PDF', async () => {
    const data = await pdf([paragraph(200, BODY)])
    expect(await codeOf(extractPdfLines(data.slice(0, data.length >> 1)))).toBe('INVALID_PDF')
  })

  it('should refuse what is not a Uint8Array with INVALID_INPUT', async () => {
    expect(await codeOf(extractPdfLines('%PDF-1.7' as never))).toBe('INVALID_INPUT')
    expect(await codeOf(extractPdfLines(new ArrayBuffer(8) as never))).toBe('INVALID_INPUT')
  })

  it('should refuse pages without text with NO_TEXT_LAYER, saying how many', async () => {
    const data = await pdf([[], []], (document) => document.getPage(1).drawRectangle({x: 50, y: 50, width: 200, height: 100}))
    await expect(extractPdfLines(data)).rejects.toThrow(/no text on any of its 2 pages/)
    expect(await codeOf(extractPdfLines(data))).toBe('NO_TEXT_LAYER')
  })

  it('should say how to install pdfjs-dist when it cannot be loaded or is no pdfjs', async () => {
    const missing = 'pdfjs-dist-is-not-installed'
    for (const pdfjs of [() => import(missing) as Promise<Pdfjs>, {} as Pdfjs, (() => Promise.resolve(null)) as never]) {
      const data = await pdf([paragraph(200, ['Tekst'])])
      await expect(extractPdfLines(data, {pdfjs})).rejects.toThrow(/npm i pdfjs-dist@5\.6\.205/)
      expect(await codeOf(extractPdfLines(data, {pdfjs}))).toBe('MISSING_DEPENDENCY')
    }
  })

  it('should say so when pdfjs-dist does not run here', async () => {
    const fails = (error: Error): Pdfjs => ({getDocument: () => ({promise: Promise.reject(error), destroy: async () => {}})})
    const throws: Pdfjs = {
      getDocument: () => {
        throw new TypeError('Promise.try is not a function')
      }
    }
    const data = await pdf([paragraph(200, ['Tekst'])])
    for (const pdfjs of [throws, fails(new TypeError('Uint8Array.fromBase64 is not a function')), fails(new ReferenceError('process is not defined'))]) {
      expect(await codeOf(extractPdfLines(data, {pdfjs}))).toBe('MISSING_DEPENDENCY')
    }
  })

  it('should refuse with MISSING_DEPENDENCY when pdfjs-dist is not installed', async () => {
    vi.resetModules()
    vi.doMock('pdfjs-dist/legacy/build/pdf.mjs', () => {
      throw new Error("Cannot find package 'pdfjs-dist'")
    })
    try {
      const fresh = await import('../src/pdf/extract.js')
      await expect(fresh.extractPdfLines(await pdf([paragraph(200, ['Tekst'])]))).rejects.toThrow(/Install it with `npm i pdfjs-dist@5\.6\.205`/)
    } finally {
      vi.doUnmock('pdfjs-dist/legacy/build/pdf.mjs')
      vi.resetModules()
    }
  })
})

describe('the core entry', () => {
  it('should not import the PDF reader or pdfjs-dist', async () => {
    const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url))
    const {metafile} = await build({entryPoints: [entry], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', logLevel: 'silent', external: ['mdast-util-from-markdown', 'zod']})
    const inputs = Object.keys(metafile.inputs)
    expect(inputs.length).toBeGreaterThan(20)
    expect(inputs.filter((input) => input.includes('src/pdf/') || input.includes('pdfjs-dist'))).toEqual([])
  })
})

/** The files of ../shared/pdf that are scans without a text layer, by its manifest. */
function scans(): Set<string> {
  const manifest = JSON.parse(readFileSync(`${pdfDir}manifest.json`, 'utf8')) as Array<{file: string; textLayer?: string}>
  return new Set(manifest.filter((entry) => entry.textLayer?.startsWith('none')).map((entry) => entry.file))
}

describePdfs('extractPdfLines on the real files of ../shared/pdf', () => {
  const results = new Map<string, Promise<PdfText>>()
  const read = (name: string) => {
    if (!results.has(name)) results.set(name, extractPdfLines(pdfFile(name)))
    return results.get(name)!
  }
  const withText = () => pdfFiles().filter((name) => !scans().has(name))

  it('should have the files to read', () => {
    expect(withText().length).toBeGreaterThanOrEqual(35)
    expect(scans()).toEqual(new Set(['14-beslisnota-lnv-2021-7e-ap-nitraat-scan.pdf']))
  })

  it('should refuse the scan with NO_TEXT_LAYER, naming its 2 pages', async () => {
    await expect(extractPdfLines(pdfFile('14-beslisnota-lnv-2021-7e-ap-nitraat-scan.pdf'))).rejects.toThrow(/its 2 pages/)
  })

  it.each(withText())('%s: should hold every character of its text layer once, in well-formed lines and boxes inside the pages', async (name) => {
    const result = await read(name)
    expect(result.lines.length).toBeGreaterThan(0)
    expectWellFormed(result)
    expect(counted(result.text)).toEqual(await textLayer(pdfFile(name)))
  })

  it('should read the side column of the luchtvaart letter as its own column', async () => {
    const result = await read('10-kamerbrief-ienw-2023-verzamelbrief-luchtvaart.pdf')
    const first = (line: PdfLine) => line.page === 1
    // As the PDF prints it (letter-spaced, which pdfjs reads as spaces).
    expect(texts(result, (line) => first(line) && line.hints.column === 'sidebar')).toEqual([
      'Ministerie van',
      'Inf rastructuur en',
      'Waterstaat',
      'Rijnstraat 8',
      '2 5 15 XP D en Haag',
      'Kenmerk',
      'I E NW/BSK-2023/297705',
      'Bijlage(n)',
      '1',
      'P agina 1 van 7'
    ])
    // Its "Datum" and "Betreft" stand on the left, above the salutation: body lines, label and value together.
    expect(lineOf(result, 'Datum 18 oktober 2023')?.hints.column).toBe('body')
    expect(lineOf(result, 'Betreft Verzamelbrief luchtvaart')?.hints.column).toBe('body')
    for (let page = 2; page <= 7; page++) {
      const column = result.lines.filter((line) => line.page === page && line.hints.column === 'sidebar')
      expect(column.map((line) => [lineText(result, line), line.hints.repeated ?? false])).toEqual([
        ['Kenmerk', true],
        ['I E NW/BSK-2023/297705', true],
        [`P agina ${page} van 7`, false]
      ])
    }
  })

  it.each([
    ['12-beslisnota-ienw-2022-impulsprogramma-chemische-stoffen.pdf', '29 november 2022'],
    ['21-beslisnota-ienw-2023-actieplan-luchtvaartveiligheid.pdf', '23 maart 2023'],
    ['22-beslisnota-bzk-2023-evaluaties-college-rechten-mens.pdf', '13 december 2023']
  ])('%s: should read "Datum" and its date in the side column', async (name, date) => {
    const result = await read(name)
    const column = texts(result, (line) => line.page === 1 && line.hints.column === 'sidebar')
    expect(column).toContain('Datum')
    expect(column[column.indexOf('Datum') + 1]).toBe(date)
    expect(texts(result, (line) => line.hints.column === 'body')).not.toContain('Datum')
  })

  it('should read every footnote marker of Aanhangsel 1771 as a superscript run, in the text and in the footnote zone', async () => {
    const result = await read('learninglion-kamervragen/1b26915f-b542-4707-8495-b5c21f0edfe1.pdf')
    const count = hasCorpus ? corpusGold<{footnoteCount: number}>('full-21-ah-tk-20232024-1771-vannispen-vuurwerk-pdftotext-layout.txt')!.footnoteCount : 8
    const numbers = Array.from({length: count}, (_, i) => String(i + 1))
    const markers = (zone: boolean) => result.superscripts.filter((run) => (result.lines[run.line]!.hints.footnoteZone ?? false) === zone).map((run) => result.text.slice(run.start, run.end))
    expect(markers(false)).toEqual(numbers)
    expect(markers(true)).toEqual(numbers)
    // Glued to the word before, as printed: "gevaarlijk»»?1 Wat is uw reactie".
    expect(result.text).toContain('gevaarlijk»»?1 Wat is uw reactie')
    // The footnote zone holds the footnote texts and nothing else.
    const zone = texts(result, (line) => line.hints.footnoteZone === true)
    expect(zone.filter((text) => /^\d/.test(text))).toHaveLength(count)
    expect(zone[0]).toMatch(/^1 EenVandaag, 28 maart 2024/)
  })

  it('should mark the running footer of every multi-page Aanhangsel as repeated, on every page', async () => {
    const aanhangsels = pdfFiles().filter((name) => name.startsWith('learninglion-kamervragen/') || /^0[1-6]-ah-tk/.test(name))
    expect(aanhangsels.length).toBeGreaterThanOrEqual(25)
    let multiPage = 0
    for (const name of aanhangsels) {
      const result = await read(name)
      const footers = result.lines.filter((line) => lineText(result, line).startsWith('Tweede Kamer, vergaderjaar'))
      expect(footers.map((line) => line.page), name).toEqual(result.pages.map((page) => page.number))
      if (result.pages.length < 2) continue
      multiPage++
      expect(footers.every((line) => line.hints.repeated), name).toBe(true)
      // Nothing else of the body repeats: the page numbers beside the footer differ.
      expect(result.lines.filter((line) => line.hints.repeated && !footers.includes(line)), name).toEqual([])
    }
    expect(multiPage).toBeGreaterThanOrEqual(20)
  })
})
