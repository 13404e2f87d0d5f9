import type {Root} from './ast.js'
import {groupBlocks} from './blocks.js'
import {createContext} from './build.js'
import {check} from './checks.js'
import {report, summariseCapped} from './diagnostics.js'
import {findFootnoteDefinitions} from './footnotes.js'
import {decodeInput} from './input.js'
import {type Options, resolveOptions} from './options.js'
import {findPageFurniture} from './page-furniture.js'
import {readDocument} from './parts.js'
import {assessQuality} from './quality.js'
import {selectSource, type Source} from './sources/index.js'
import {validateTree} from './validate.js'
import {PACKAGE_VERSION, TREE_VERSION} from './version.js'

/**
 * Parses a Kamerbrief, given as the Markdown or plain text its PDF converts to, into a validated
 * syntax tree with a position on every node. Odd documents get diagnostics in `root.diagnostics`;
 * only unusable input throws a {@link KamerbriefError}.
 *
 * @param input The document: a string, or UTF-8 bytes.
 * @param options See {@link Options}.
 * @returns The `root` node.
 * @example
 * import {parseKamerbrief} from 'kamerbrief'
 *
 * const tree = parseKamerbrief(`Vraag 4
 *
 * Kunt u deze vragen nog deze week beantwoorden?
 *
 * Antwoord 4
 *
 * Ja.
 * `)
 * tree.children[0].type // 'questionSection'
 * tree.diagnostics // []
 */
export function parseKamerbrief(input: string | Uint8Array, options?: Options): Root {
  const settings = resolveOptions(options)
  const text = decodeInput(input, settings.maxInputLength)
  return parseWith(text, selectSource(text, settings.format), settings.validate)
}

/**
 * Parses `text` as `source` reads it: the pipeline every entry shares, from a text to its tree
 * (`parseKamerbrief` for text, `parseKamerbriefPdf` for the reading text of a PDF, `parseKamerbriefDocx`
 * for the text laid out from a Word file).
 * `before`, when given, runs on the tree before it is validated.
 */
export function parseWith(text: string, source: Source, validate: boolean, before?: (root: Root) => void): Root {
  const context = createContext(text, source, {known: new Set(), labels: new Set(), next: 1})
  const root: Root = {type: 'root', treeVersion: TREE_VERSION, packageVersion: PACKAGE_VERSION, format: source.format, children: [], diagnostics: context.diagnostics, position: context.index.position(0, text.length)}
  // White space as the lines read it: the zero-width space of PDF text too.
  if (!/[^\s\u200b]/.test(text)) {
    report(root.diagnostics, 'empty-document', root.position, 'The input is empty or only white space')
    before?.(root)
    return root
  }

  // source → lines → page furniture → blocks → footnote definitions → parts read by their readers
  const {lines, furniture} = findPageFurniture(source.lines(text), text)
  const grouped = groupBlocks(lines, furniture, source.blankLineBetweenParagraphs)
  const {blocks, known, labels} = findFootnoteDefinitions(grouped, text, source.layout === true)
  context.footnotes.known = known
  context.footnotes.labels = labels
  root.children = readDocument(context, blocks)
  check(root)
  summariseCapped(root.diagnostics)
  root.data = {quality: assessQuality(root, text)}
  before?.(root)

  if (validate) {
    for (const issue of validateTree(root).slice(0, 10)) {
      report(root.diagnostics, 'schema-violation', undefined, `${issue.path.join('.')}: ${issue.message}`)
    }
  }
  return root
}
