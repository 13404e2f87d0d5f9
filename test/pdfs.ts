/**
 * Small PDFs made with pdf-lib, for the tests of the PDF reader on a fresh clone: runs of Helvetica
 * placed where a test wants them.
 */
import {KamerbriefError} from 'kamerbrief'
import {PDFDocument, StandardFonts} from 'pdf-lib'
import {expect} from 'vitest'

/** A run of text drawn at `x` with its baseline `baseline` points below the top of the page. */
export interface Run {
  text: string
  x: number
  baseline: number
  size: number
}

export const A4: [number, number] = [595, 842]

/** A PDF with one page per list of runs, in Helvetica. */
export async function pdf(pages: Run[][], edit?: (document: PDFDocument) => void): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  const font = await document.embedFont(StandardFonts.Helvetica)
  for (const runs of pages) {
    const page = document.addPage(A4)
    for (const run of runs) page.drawText(run.text, {x: run.x, y: A4[1] - run.baseline, size: run.size, font})
  }
  edit?.(document)
  return document.save({useObjectStreams: false})
}

/** The width of `text` in Helvetica at `size`, to put a run right after another. */
let helvetica: {widthOfTextAtSize(text: string, size: number): number} | undefined
export async function width(text: string, size: number): Promise<number> {
  helvetica ??= await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica)
  return helvetica.widthOfTextAtSize(text, size)
}

/** Lines of body type (9 pt, 12 pt apart) from `baseline` down. */
export const paragraph = (baseline: number, texts: string[], x = 80): Run[] => texts.map((text, i) => ({text, x, baseline: baseline + 12 * i, size: 9}))

export const BODY = [
  'Met deze brief informeer ik u over de voortgang van het programma en over',
  'de afspraken die in het voorjaar met de betrokken partijen zijn gemaakt. De',
  'uitvoering loopt volgens plan en de eerste resultaten zijn in de bijlage te',
  'vinden. Over de volgende stappen wordt u in het najaar opnieuw geinformeerd.'
]


/** Runs of a side column at the right, 6.5 pt on 9 pt leading, from `baseline` down. */
export const sidebar = (baseline: number, texts: string[]): Run[] => texts.map((text, i) => ({text, x: 467, baseline: baseline + 9 * i, size: 6.5}))

/**
 * A Rijkshuisstijl letter of two pages (fixtures/pdf-letter-voorbeeldzaken/input.pdf is one): sidebar, a raised footnote marker glued to a capital, a footnote zone, a repeated sidebar, a closing.
 */
export async function letter(): Promise<Uint8Array> {
  const before = 'In 2023 is het toezicht versterkt bij de BRZO'
  const supX = 80 + (await width(before, 9)) + 0.3
  const afterX = supX + (await width('1', 6)) + (await width(' ', 9))
  const page1: Run[] = [
    {text: '> Retouradres Postbus 20901 2500 EX Den Haag', x: 80, baseline: 140, size: 6.5},
    ...paragraph(160, ['De voorzitter van de Tweede Kamer', 'der Staten-Generaal', 'Postbus 20018', '2500 EA DEN HAAG']),
    ...sidebar(140, ['Ministerie van Voorbeeldzaken', 'Voorbeeldstraat 1', '2500 AA Den Haag']),
    ...sidebar(190, ['Kenmerk', 'VZ/2023/12345']),
    ...sidebar(220, ['Bijlage(n)', '1']),
    {text: 'Datum 18 oktober 2023', x: 80, baseline: 250, size: 9},
    {text: 'Betreft Voortgang van het programma', x: 80, baseline: 262, size: 9},
    {text: 'Geachte voorzitter,', x: 80, baseline: 300, size: 9},
    {text: before, x: 80, baseline: 324, size: 9},
    {text: '1', x: supX, baseline: 321, size: 6},
    {text: 'installaties en op de luchthaven.', x: afterX, baseline: 324, size: 9},
    ...paragraph(348, BODY),
    {text: '1', x: 80, baseline: 767, size: 4.5},
    {text: 'Kamerstuk 36 200-XII, nr. 60', x: 84, baseline: 770, size: 7},
    ...sidebar(790, ['Pagina 1 van 2'])
  ]
  const page2: Run[] = [
    ...sidebar(190, ['Kenmerk', 'VZ/2023/12345']),
    ...paragraph(150, BODY),
    {text: 'Hoogachtend,', x: 80, baseline: 250, size: 9},
    {text: 'DE MINISTER VAN VOORBEELDZAKEN,', x: 80, baseline: 290, size: 9},
    {text: 'J. Jansen', x: 80, baseline: 302, size: 9},
    ...sidebar(790, ['Pagina 2 van 2'])
  ]
  return pdf([page1, page2])
}


/** The code of the KamerbriefError `promise` rejects with, or 'no error'. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(KamerbriefError)
    return (error as KamerbriefError).code
  }
  return 'no error'
}
