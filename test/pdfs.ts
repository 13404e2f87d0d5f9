/**
 * Small PDFs made with pdf-lib, for the tests of the PDF reader on a fresh clone: runs of Helvetica
 * placed where a test wants them.
 */
import {PDFDocument, StandardFonts} from 'pdf-lib'

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

