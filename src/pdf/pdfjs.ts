/**
 * pdfjs-dist, the library that reads the PDF: loaded only when a PDF is read, so that the core
 * never pulls it in, or passed by the caller, who may want another build or a worker of their own.
 * The interfaces name only what this reader uses, so that any build whose API matches fits.
 */
import {KamerbriefError} from '../errors.js'

/** The version the reader is tested with; the last that runs on Node.js 20. */
export const PDFJS_VERSION = '5.6.205'

export const INSTALL = `npm i pdfjs-dist@${PDFJS_VERSION}`

export interface PdfjsTextItem {
  str: string
  /** The text matrix in the page's user space, the font size included. */
  transform: number[]
  /** Advance width in user space. */
  width: number
  height: number
  fontName: string
}

export interface PdfjsTextStyle {
  ascent: number
  descent: number
  vertical?: boolean
}

export interface PdfjsTextContent {
  items: Array<PdfjsTextItem | {type: string}>
  styles: Record<string, PdfjsTextStyle>
}

export interface PdfjsViewport {
  width: number
  height: number
  /** From user space to the page as shown: origin top left, y downwards, rotation applied. */
  transform: number[]
}

export interface PdfjsPage {
  /** The crop box (clipped to the media box) in user space. */
  view: number[]
  rotate: number
  getViewport(parameters: {scale: number}): PdfjsViewport
  getTextContent(parameters?: {disableNormalization?: boolean; includeMarkedContent?: boolean}): Promise<PdfjsTextContent>
  cleanup(): unknown
}

export interface PdfjsDocument {
  numPages: number
  getPage(pageNumber: number): Promise<PdfjsPage>
}

export interface PdfjsLoadingTask {
  promise: Promise<PdfjsDocument>
  destroy(): Promise<void>
  /** Called, when set, where the file needs a password (pdfjs types it as a bare `Function`). */
  onPassword?: unknown
}

export interface PdfjsDocumentParameters {
  data: Uint8Array
  verbosity?: number
  isEvalSupported?: boolean
  disableFontFace?: boolean
  useSystemFonts?: boolean
  stopAtErrors?: boolean
}

/** The part of the pdfjs-dist module the reader calls. */
export interface Pdfjs {
  /** Starts loading a document from its bytes: pdfjs-dist's own `getDocument`, of which the reader uses these parameters and results. */
  getDocument(parameters: PdfjsDocumentParameters): PdfjsLoadingTask
}

/** pdfjs-dist itself, or a function that loads it (`() => import('pdfjs-dist/legacy/build/pdf.mjs')`). */
export type PdfjsOption = Pdfjs | (() => Promise<Pdfjs>)

/**
 * The module to read with: the caller's, or the legacy build of pdfjs-dist, the only one that runs on
 * Node.js 20. Throws `MISSING_DEPENDENCY` when it is not installed or is not a pdfjs-dist.
 */
export async function loadPdfjs(option?: PdfjsOption): Promise<Pdfjs> {
  let module: unknown
  try {
    if (option === undefined) module = await import('pdfjs-dist/legacy/build/pdf.mjs')
    else if (option instanceof Function) module = await option()
    else module = option
  } catch (error) {
    throw new KamerbriefError(
      'MISSING_DEPENDENCY',
      `Reading a PDF needs pdfjs-dist, which could not be loaded (${messageOf(error)}). Install it with \`${INSTALL}\`.`
    )
  }
  if (!isPdfjs(module)) {
    throw new KamerbriefError('MISSING_DEPENDENCY', `The pdfjs module given has no getDocument(): not pdfjs-dist. Install it with \`${INSTALL}\`.`)
  }
  return module
}

function isPdfjs(module: unknown): module is Pdfjs {
  // Not `instanceof Object`: a module namespace has no prototype.
  return (module as {getDocument?: unknown} | null | undefined)?.getDocument instanceof Function
}

/** What was thrown, as a message to quote in a {@link KamerbriefError}: pdfjs-dist throws errors and other values alike. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
