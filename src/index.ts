/**
 * The main entry: {@link parseKamerbrief} reads a Kamerbrief into a validated, positioned syntax
 * tree; {@link findReferences} finds the citations in any text; the helpers read the tree; every
 * node has a schema and a type under one name. The PDF and Word readers, the unified plugin and the
 * schemas typed as zod types (`kamerbrief/schema`) are entries of their own.
 *
 * @example
 * import {parseKamerbrief, questions} from 'kamerbrief'
 *
 * const tree = parseKamerbrief('Vraag 1\n\nKlopt het bericht?\n\nAntwoord 1\n\nJa, zie Kamerstuk 36 800-X, nr. 78.\n')
 * questions(tree).map((entry) => entry.answer) // ['Ja, zie Kamerstuk 36 800-X, nr. 78.']
 *
 * @module kamerbrief
 */
export {parseKamerbrief} from './parse-kamerbrief.js'
export {KamerbriefError, type KamerbriefErrorCode} from './errors.js'
export type {Options} from './options.js'
export * from './ast.js'
export {RULE_DOCS, RULES, type RuleId} from './diagnostics.js'
export {coverage, type CoverageOptions, type CoverageRange} from './coverage.js'
export type {Quality} from './quality.js'
export {questions, references, toText, type QuestionEntry, type Reference} from './helpers.js'
export {findReferences, type Citation} from './find-references.js'
export {TREE_VERSION} from './version.js'
