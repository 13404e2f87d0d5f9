/**
 * Cross-references between answers: "Zie antwoord op vraag 2.", "Zie het antwoord op vraag 1 en 2.",
 * "zie de antwoorden op de vragen 4 t/m 6", "Zoals toegelicht onder vraag 1", "Zoals aangegeven in
 * het antwoord op vraag 8 en 9". Targets are resolved to questionAnswer ids in checks.ts.
 */
import {CROSS_REFERENCE_PHRASE, NUMBERS_AND, NUMBERS_THROUGH} from './dutch/questions.js'
import {LIST_SPLIT} from './dutch/sentences.js'
import type {Span} from './reading-text.js'
import {has, triggers, type Triggers} from './references/triggers.js'

const NUMBER_LIST = String.raw`\d{1,3}[a-z]?(?:(?:\s*,\s*|\s+(?:${NUMBERS_AND}|${NUMBERS_THROUGH})\s+|\s*[-–]\s*)\d{1,3}[a-z]?){0,20}`

/**
 * Accepts: "Zie antwoord op vraag 2", "zie ook het antwoord op vraag 3", "Zie antwoord vraag 1",
 * "Zie de antwoorden op de vragen 2 en 3", "Zoals toegelicht onder vraag 1", "in het antwoord op vraag 8 en 9".
 * Rejects: "Antwoord op vraag 1:" headings (markers, never paragraph text), "vraag 15" alone.
 */
export const CROSS_REFERENCE = new RegExp(String.raw`${CROSS_REFERENCE_PHRASE}\s+(${NUMBER_LIST})`, 'giu')

/**
 * How many numbers one heading or cross-reference may name: more is no real document's, and each
 * costs a node or a target ("Vragen 1-51, 1-51, …" named 510).
 */
export const MAX_NUMBERS = 100

/** "4 t/m 6", "1-3": the first and last number. */
const RANGE = new RegExp(String.raw`^(\d{1,3})\s*(?:${NUMBERS_THROUGH}|[-–])\s*(\d{1,3})$`)

/** Two or more numbers apart by spaces only: "9 10". */
function isNumberRun(part: string): boolean {
  const numbers = part.trim().split(/\s+/)
  return numbers.length > 1 && numbers.every((number) => /^\d{1,3}[a-z]?$/.test(number))
}

/** Expands "4 t/m 6" to 4, 5, 6 and "2, 3 en 4" to 2, 3, 4; a number named twice counts once. */
export function expandNumbers(list: string): string[] {
  const out = new Set<string>()
  const parts = list.split(LIST_SPLIT)
  for (const part of parts) {
    const range = RANGE.exec(part.trim())
    if (range) {
      const from = Number(range[1])
      const to = Number(range[2])
      if (to >= from && to - from <= 50) for (let n = from; n <= to; n++) out.add(String(n))
      else out.add(part.trim())
    } else if (isNumberRun(part)) {
      // "9 10": a comma dropped between two numbers.
      for (const number of part.trim().split(/\s+/)) out.add(number)
    } else if (part.trim()) out.add(part.trim())
  }
  return [...out]
}

/** The cross-references in `text`; `found`: the triggers in `text`, when the caller has them already. */
export function findCrossReferences(text: string, found: Triggers = triggers(text)): Span[] {
  const spans: Span[] = []
  // Every match holds "vraag", "vragen" or "antwoord(en)" and a number after it: the trigger.
  if (!has(found, 'question')) return spans
  CROSS_REFERENCE.lastIndex = 0
  for (let match = CROSS_REFERENCE.exec(text); match; match = CROSS_REFERENCE.exec(text)) {
    spans.push({
      start: match.index,
      end: match.index + match[0].length,
      node: {type: 'crossReference', targets: expandNumbers(match[1]!).slice(0, MAX_NUMBERS), resolved: []}
    })
  }
  return spans
}
