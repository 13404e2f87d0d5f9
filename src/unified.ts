/**
 * The unified plugin. Only types come from unified and vfile: the plugin works with the processor
 * and the file it is handed, so the core bundle needs neither package at runtime.
 *
 * @module kamerbrief/unified
 */
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Diagnostic, Root} from './ast.js'
import type {Options} from './options.js'
import {parseKamerbrief} from './parse-kamerbrief.js'

/**
 * A [unified](https://github.com/unifiedjs/unified) parser plugin: `unified().use(kamerbriefParse)`
 * parses files with {@link parseKamerbrief}. Every diagnostic also becomes a message on the file
 * (`ruleId`, `source: 'kamerbrief'`, `place`), so `vfile-reporter` and other unified tooling print
 * them like remark-lint messages: `error` diagnostics as fatal messages, `warning` as warnings and
 * `info` as info messages, each with the `url` of its rule. The tree keeps its `diagnostics` too.
 *
 * @param options See {@link Options}; the same for every file the processor parses.
 * @example
 * import {unified} from 'unified'
 * import {VFile} from 'vfile'
 * import {reporter} from 'vfile-reporter'
 * import {kamerbriefParse} from 'kamerbrief/unified'
 *
 * const file = new VFile({
 *   path: 'groothuizen.txt',
 *   value: `Vraag 1
 * Bent u bekend met de brief van het Nederlands Juristen Comité voor de Mensenrechten
 * over zorgen om coronamaatregelen in de strafrechtspleging?1
 * Antwoord 1
 * Ja, daar zijn wij mee bekend.
 * `
 * })
 * const tree = unified().use(kamerbriefParse).parse(file)
 * tree.children[0].type // 'questionSection'
 * console.log(reporter(file))
 * // groothuizen.txt
 * // 3:59-3:60 info Footnote 1 has no text footnote-undefined kamerbrief
 */
export const kamerbriefParse: Plugin<[(Options | null | undefined)?], string, Root> = function (options) {
  // `this` is the processor; it calls the parser with the document and its file.
  this.parser = (document, file) => {
    const tree = parseKamerbrief(document, options ?? undefined)
    for (const diagnostic of tree.diagnostics) toMessage(file, diagnostic)
    return tree
  }
}

/**
 * Adds `diagnostic` to `file` as a vfile message: the one place where a diagnostic's fields get
 * vfile's names (docs/diagnostics.md, "Diagnostics as vfile messages"). `message` is vfile's
 * `reason` and `position` its `place`; `severity` decides `fatal`: `true` for an error, `false` for
 * a warning, unset for info, as vfile's `fail`, `message` and `info` set it. `ruleId`, `source`,
 * `url` and `actual` keep their names; `expected` becomes a list, as vfile's is.
 */
function toMessage(file: VFile, diagnostic: Diagnostic): void {
  const settings = {ruleId: diagnostic.ruleId, source: diagnostic.source, place: diagnostic.position}
  // `file.fail` would throw; a fatal message reports an error and lets processing go on.
  const message = diagnostic.severity === 'info' ? file.info(diagnostic.message, settings) : file.message(diagnostic.message, settings)
  if (diagnostic.severity === 'error') message.fatal = true
  message.url = diagnostic.url
  if (diagnostic.actual !== undefined) message.actual = diagnostic.actual
  if (diagnostic.expected !== undefined) message.expected = [diagnostic.expected]
}
