import {KamerbriefError} from './errors.js'

/**
 * The formats the parser reads, each by its source (`src/sources/`): the `format` of a tree. A PDF
 * and a Word file are read from their bytes by the `kamerbrief/pdf` and `kamerbrief/docx` entries,
 * never from a text.
 */
export const FORMATS = ['markdown', 'text', 'flattened', 'pdf', 'docx'] as const
/** How an input was read: `root.format`. */
export type Format = (typeof FORMATS)[number]
/** The formats read from a text, which `options.format` may name: all but those an entry reads from a file's bytes. */
export const TEXT_FORMATS: ReadonlyArray<Exclude<Format, 'pdf' | 'docx'>> = ['markdown', 'text', 'flattened']

/**
 * Options for {@link parseKamerbrief}.
 *
 * @example
 * // pdftotext output: `*` and `_` are literal characters, indentation is not code.
 * const tree = parseKamerbrief(readFileSync('ah-tk-20222023-3649.txt', 'utf8'), {format: 'text'})
 */
export interface Options {
  /**
   * How to read the input: `'markdown'` (output of a PDF-to-Markdown converter), `'text'` (pdftotext,
   * copied web pages: `*` and `_` are literal, indentation is not code), `'flattened'` (a whole
   * document on one line, as text columns of datasets hold it) or `'auto'` (default), which picks
   * flattened text for a long input with almost no line breaks, else looks for Markdown syntax.
   */
  format?: Format | 'auto'
  /** Inputs longer than this many characters are refused with `INPUT_TOO_LARGE` before any work. Default 20,000,000. */
  maxInputLength?: number
  /**
   * Check the tree against its zod schema before returning it (default `true`). Turning it off saves
   * its share of the parse time; do so only in trusted pipelines that pin this package's version.
   */
  validate?: boolean
}

export interface ResolvedOptions {
  format: Format | 'auto'
  maxInputLength: number
  validate: boolean
}

export const DEFAULT_MAX_INPUT_LENGTH = 20_000_000

/** The options with their defaults, or a {@link KamerbriefError} `INVALID_OPTIONS` that names the option at fault. */
export function resolveOptions(options: Options | undefined): ResolvedOptions {
  if (options != null && typeof options !== 'object') {
    throw new KamerbriefError('INVALID_OPTIONS', `Expected options to be an object, got ${typeof options}`)
  }
  const format = options?.format ?? 'auto'
  if (format === 'pdf') {
    throw new KamerbriefError('INVALID_OPTIONS', `A PDF is read from its bytes: use parseKamerbriefPdf from 'kamerbrief/pdf', not options.format 'pdf'`)
  }
  if (format === 'docx') {
    throw new KamerbriefError('INVALID_OPTIONS', `A Word file is read from its bytes: use parseKamerbriefDocx from 'kamerbrief/docx', not options.format 'docx'`)
  }
  if (format !== 'auto' && !(TEXT_FORMATS as readonly unknown[]).includes(format)) {
    throw new KamerbriefError('INVALID_OPTIONS', `Expected options.format to be ${[...TEXT_FORMATS, 'auto'].map((f) => `'${f}'`).join(', ')}, got ${JSON.stringify(format)}`)
  }
  const maxInputLength = options?.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH
  if (typeof maxInputLength !== 'number' || !(maxInputLength >= 0)) {
    throw new KamerbriefError('INVALID_OPTIONS', `Expected options.maxInputLength to be a non-negative number`)
  }
  const validate = options?.validate ?? true
  if (typeof validate !== 'boolean') {
    throw new KamerbriefError('INVALID_OPTIONS', `Expected options.validate to be true or false, got ${JSON.stringify(validate)}`)
  }
  return {format, maxInputLength, validate}
}
