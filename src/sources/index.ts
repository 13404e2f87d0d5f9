/** The sources, in the order `format: 'auto'` tries them: the first whose signs the input carries reads it. */
import type {Format} from '../options.js'
import {flattenedSource} from './flattened.js'
import {markdownSource} from './markdown.js'
import type {Source} from './source.js'
import {textSource} from './text.js'

export type {Source} from './source.js'

// Flattened text first: a long input without line breaks has no Markdown block syntax left to read,
// whatever inline markup it shows.
const SOURCES: readonly Source[] = [flattenedSource, markdownSource, textSource]

/** The source of `format`; none for a format this version does not read (a tree from a later one). */
export const sourceOf = (format: string): Source | undefined => SOURCES.find((source) => source.format === format)

/** The source that reads `text`: the one `format` names, or for `'auto'` the first whose signs it carries. */
export function selectSource(text: string, format: Format | 'auto'): Source {
  if (format !== 'auto') return sourceOf(format)!
  // Look at the start only: signs are spread throughout converted documents. A byte order mark
  // before the first line would hide a sign anchored at a line start ("# Vraag 1").
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const sample = text.length - from > 200_000 || from > 0 ? text.slice(from, from + 200_000) : text
  return SOURCES.find((source) => source.detect(sample))!
}
