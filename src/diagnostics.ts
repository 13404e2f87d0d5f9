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
 * const serious = tree.diagnostics.filter((d) => RULES[d.ruleId][0] !== 'info')
 */
export const RULES = {
  'empty-document': ['warning', 'The input is empty or only white space.'],
  'not-a-kamerbrief': ['warning', 'Nothing in the input looks like a letter, questions or a nota.'],
  'layout-unclaimed': ['warning', 'A block shows the signs of a question layout ("Vraag 1", "De leden van de VVD-fractie vragen …") where no question section reads it; `actual` names the layout.'],
  'unknown-block': ['info', 'A block of text that no reader recognised; kept as an `unknown` node.'],
  'duplicate-question': ['warning', 'Two questions in one section have the same text.'],
  'question-number-duplicate': ['warning', 'A question number occurs twice in one section.'],
  'question-number-skipped': ['warning', 'The numbering of questions skips one or more numbers.'],
  'question-numbers-capped': ['warning', 'A question heading names more than 100 numbers; only the first 100 get a `questionAnswer`.'],
  'question-without-answer': ['info', 'A question has no answer (yet).'],
  'document-truncated': ['info', 'The document ends inside a question, as page excerpts do; the incomplete question is kept as unknown text.'],
  'cross-reference-unresolved': ['warning', 'A "zie antwoord op vraag N" names a question that is not in its section.'],
  'footnote-undefined': ['info', 'A footnote marker has no footnote text in the document.'],
  'footnote-unused': ['info', 'A footnote text is never referred to.'],
  'footnote-without-text': ['info', 'A footnote number was found at a page bottom without its text.'],
  'nota-question-count-mismatch': ['warning', 'The nota states a number of questions that differs from the parsed sections.'],
  'date-invalid': ['warning', 'A date names a day that does not exist ("31 februari 2026"); it is left out, and the field keeps its text.'],
  'number-out-of-range': ['warning', 'A number read from the text is larger than the field allows ("Bijlage(n) 99999999999999999999999"); it is left out, and the field keeps its text.'],
  'schema-violation': ['error', 'The tree did not pass its schema; this is a bug in kamerbrief.'],
  'diagnostics-capped': ['info', 'A rule reported more diagnostics than are kept per rule; this one says how many were left out.']
} as const satisfies Record<string, readonly ['error' | 'warning' | 'info', string]>

/**
 * The `ruleId` of a diagnostic, one of the keys of {@link RULES}.
 *
 * @example
 * const rule: RuleId = 'footnote-undefined' // "…in de strafrechtspleging?1" without a footnote text
 */
export type RuleId = keyof typeof RULES

/**
 * Where the rules are explained, the start of every diagnostic's `url`: `docs/diagnostics.md`,
 * relative to the package's root (it ships in the package, so it is at
 * `node_modules/kamerbrief/docs/diagnostics.md` once installed), with an anchor per rule named by
 * its id. A path, not a web address: the package has no homepage or repository address to point
 * at, and a path inside the package works in the source tree, offline and in every installed
 * version alike, each explaining its own rules.
 *
 * @example
 * import {RULE_DOCS} from 'kamerbrief'
 *
 * tree.diagnostics[0].url // 'docs/diagnostics.md#footnote-undefined'
 * tree.diagnostics[0].url.startsWith(`${RULE_DOCS}#`) // true
 */
export const RULE_DOCS = 'docs/diagnostics.md'

/** Every `ruleId`, in the order of {@link RULES}. */
export const RULE_IDS = Object.keys(RULES) as [RuleId, ...RuleId[]]

/**
 * How many diagnostics of one rule a tree keeps. A document that breaks a rule a thousand times
 * ("zie antwoord op vraag 900-950" over and over) says no more with the thousandth than with the
 * hundredth, and each costs memory; the rest are counted in one `diagnostics-capped`.
 */
export const MAX_DIAGNOSTICS_PER_RULE = 100

/** Per list of diagnostics, how many each rule reported, kept or not. */
const counts = new WeakMap<Diagnostic[], Map<RuleId, number>>()

/**
 * Adds a diagnostic of `ruleId` to `diagnostics`, with the rule's severity and url; beyond
 * {@link MAX_DIAGNOSTICS_PER_RULE} of one rule it only counts (see `summariseCapped`).
 */
export function report(
  diagnostics: Diagnostic[],
  ruleId: RuleId,
  position: Position | undefined,
  message: string,
  extra?: {actual?: string; expected?: string}
): void {
  let perRule = counts.get(diagnostics)
  if (!perRule) counts.set(diagnostics, (perRule = new Map()))
  const count = (perRule.get(ruleId) ?? 0) + 1
  perRule.set(ruleId, count)
  if (count > MAX_DIAGNOSTICS_PER_RULE) return
  const diagnostic: Diagnostic = {ruleId, severity: RULES[ruleId][0], message, source: 'kamerbrief', url: `${RULE_DOCS}#${ruleId}`}
  if (position) diagnostic.position = position
  if (extra?.actual !== undefined) diagnostic.actual = extra.actual
  if (extra?.expected !== undefined) diagnostic.expected = extra.expected
  diagnostics.push(diagnostic)
}

/** Adds one `diagnostics-capped` for each rule that reported more than were kept. */
export function summariseCapped(diagnostics: Diagnostic[]): void {
  for (const [ruleId, count] of counts.get(diagnostics) ?? []) {
    if (count <= MAX_DIAGNOSTICS_PER_RULE) continue
    const left = count - MAX_DIAGNOSTICS_PER_RULE
    report(diagnostics, 'diagnostics-capped', undefined, `${left} more diagnostics of ${ruleId} were left out`, {actual: ruleId})
  }
}
