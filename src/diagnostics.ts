/**
 * Every diagnostic the parser can report, one line each. docs/diagnostics.md explains them for
 * users; a test keeps the two in step.
 */
import type {Diagnostic, Position} from './ast.js'

/**
 * Every `ruleId` a diagnostic can have, with its severity and what it means. A `ruleId` never
 * changes meaning; messages may change wording.
 *
 * @example
 * import {RULES, parseKamerbrief} from 'kamerbrief'
 *
 * RULES['question-number-skipped'] // ['warning', 'The numbering of questions skips one or more numbers.']
 * // Only warnings and errors, as a CI check on converted letters might want:
 * const tree = parseKamerbrief(source)
 * const serious = tree.diagnostics.filter((d) => RULES[d.ruleId as RuleId][0] !== 'info')
 */
export const RULES = {
  'empty-document': ['warning', 'The input is empty or only white space.'],
  'not-a-kamerbrief': ['warning', 'Nothing in the input looks like a letter, questions or a nota.'],
  'unknown-block': ['info', 'A block of text that no reader recognised; kept as an `unknown` node.'],
  'duplicate-question': ['warning', 'Two questions in one section have the same text.'],
  'question-number-duplicate': ['warning', 'A question number occurs twice in one section.'],
  'question-number-skipped': ['warning', 'The numbering of questions skips one or more numbers.'],
  'question-without-answer': ['info', 'A question has no answer (yet).'],
  'document-truncated': ['info', 'The document ends inside a question, as page excerpts do; the incomplete question is kept as unknown text.'],
  'cross-reference-unresolved': ['warning', 'A "zie antwoord op vraag N" names a question that is not in the document.'],
  'footnote-undefined': ['info', 'A footnote marker has no footnote text in the document.'],
  'footnote-unused': ['info', 'A footnote text is never referred to.'],
  'footnote-without-text': ['info', 'A footnote number was found at a page bottom without its text.'],
  'nota-question-count-mismatch': ['warning', 'The nota states a number of questions that differs from the parsed sections.'],
  'schema-violation': ['error', 'The tree did not pass its schema; this is a bug in kamerbrief.']
} as const satisfies Record<string, readonly ['error' | 'warning' | 'info', string]>

/**
 * The `ruleId` of a diagnostic, one of the keys of {@link RULES}.
 *
 * @example
 * const rule: RuleId = 'footnote-undefined' // "…in de strafrechtspleging?1" without a footnote text
 */
export type RuleId = keyof typeof RULES

export function report(
  diagnostics: Diagnostic[],
  ruleId: RuleId,
  position: Position | undefined,
  message: string,
  extra?: {actual?: string; expected?: string}
): void {
  const diagnostic: Diagnostic = {ruleId, severity: RULES[ruleId][0], message, source: 'kamerbrief'}
  if (position) diagnostic.position = position
  if (extra?.actual !== undefined) diagnostic.actual = extra.actual
  if (extra?.expected !== undefined) diagnostic.expected = extra.expected
  diagnostics.push(diagnostic)
}
