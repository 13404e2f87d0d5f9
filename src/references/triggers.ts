/**
 * What every citation of a kind needs somewhere in the text: a word ("Kamerstuk", "kamers tuk") or
 * a run of digits of a certain shape (a five-digit dossier, a number after a hyphen). Most
 * paragraphs cite nothing; finding every trigger takes one pass over a paragraph for its runs of
 * digits and a search for each word, where testing each recogniser's own hint takes a pass per
 * recogniser.
 *
 * A trigger only says that a recogniser may match, never that it does: each must hold wherever its
 * recogniser's pattern matches (test/references.test.ts checks it on every accepted example).
 */

import {QUESTION_AND_ANSWER_WORDS} from '../dutch/questions.js'
import {triggerWords} from './vocabulary.js'

const WORD_TRIGGERS = ['kamerstuk', 'motion', 'handelingen', 'aanhangsel', 'address'] as const
type WordTrigger = (typeof WORD_TRIGGERS)[number]
/**
 * A web address: "://" or "www." with each "w" in either case, as the address recogniser reads them.
 * The other words are searched for as written (see `triggerWords`): a fixed string is found
 * several times faster than a pattern of alternatives in any case.
 */
const ADDRESS = /:\/\/|[Ww][Ww][Ww]\./

/**
 * Whether `text` holds one of `words`. Whole words ("Kamerstuk", not "amers"): V8 searches for a
 * string of seven characters or more by skipping, and for a shorter one stops at each occurrence of
 * its first letter, fewer for "motie" than for "otie".
 */
function holdsAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true
  return false
}

/** The shapes of runs of digits; see `digitTriggers` for each. */
const DIGIT_TRIGGERS = [
  'after-hyphen',
  'before-D',
  'before-Z',
  'glued-20',
  'year-slash',
  'ten-digits',
  'after-bracket',
  'dossier',
  'question'
] as const

/**
 * A trigger:
 * - "kamerstuk": "Kamerstuk", "kamerstukken", "Kamers tuk"; "motion": "motie", "Moties"; "handelingen":
 *   "Handelingen"; "aanhangsel": "Aanhangsel"; "address": "://" or "www.";
 * - runs of digits: "after-hyphen" ("kst-36800"), "before-D" ("2026D20156"), "before-Z" ("2025Z19577"),
 *   "glued-20" (nine digits from "20" on: "MINDEF20260028717"), "year-slash" ("BSK-2023/297705"),
 *   "ten-digits" ("2023-0000700225"), "after-bracket" ("(27406)"), "dossier" (five digits, or two and
 *   three apart by a space or point: "36800", "36 800", "33.279"), "question" (a number after "vraag", "vragen",
 *   "antwoord" or "antwoorden" and white space, as every cross-reference names one: "zie antwoord op vraag 2",
 *   "In antwoord 3").
 */
export type Trigger = WordTrigger | (typeof DIGIT_TRIGGERS)[number]

/** The triggers found in a text, as a bit set. */
export type Triggers = number

/** Each trigger's bit: the words first, in the order of their groups in WORDS. */
const BITS = Object.fromEntries([...WORD_TRIGGERS, ...DIGIT_TRIGGERS].map((trigger, i) => [trigger, 1 << i])) as Record<Trigger, number>
const bit = (trigger: Trigger): number => BITS[trigger]

/** The bit of `trigger` in a {@link Triggers} set. */
export const bitOf = bit

/** Whether `trigger` is in `found`. */
export const has = (found: Triggers, trigger: Trigger): boolean => (found & bit(trigger)) !== 0

const DIGITS = /\d+/g
const isDigit = (code: number) => code >= 48 && code <= 57
/** The separators a dossier number is written with: "36 800", "36.800" (and the PDF's other spaces). */
const isDossierSeparator = (code: number) => code === 32 || code === 46 || code === 0xa0 || code === 0x2009 || code === 0x202f

/**
 * The triggers in `text`. `runs`: its runs of digits as pairs of offsets [start, end), when the
 * caller has found them already; other pairs in the list (a "^" or "[") are passed over.
 */
export function triggers(text: string, runs: readonly number[] = digitRuns(text)): Triggers {
  // The runs of digits first: what they set, and whether there are any.
  let found = 0
  let digits = false
  for (let r = 0; r < runs.length; r += 2) {
    if (!isDigit(text.charCodeAt(runs[r]!))) continue
    digits = true
    found |= digitTriggers(text, runs[r]!, runs[r + 1]!)
  }
  // Without a digit, only a motion or a web address can be cited ("de motie-Piri c.s.",
  // "www.defensie.nl"): every other citation holds a number.
  if (digits) {
    if (holdsAny(text, triggerWords.kamerstuk)) found |= bit('kamerstuk')
    if (holdsAny(text, triggerWords.handelingen)) found |= bit('handelingen')
    if (holdsAny(text, triggerWords.aanhangsel)) found |= bit('aanhangsel')
  }
  if (holdsAny(text, triggerWords.motion)) found |= bit('motion')
  if (ADDRESS.test(text)) found |= bit('address')
  return found
}

/** The runs of digits in `text`, as pairs of offsets [start, end). */
function digitRuns(text: string): number[] {
  const runs: number[] = []
  DIGITS.lastIndex = 0
  for (let match = DIGITS.exec(text); match !== null; match = DIGITS.exec(text)) runs.push(match.index, match.index + match[0].length)
  return runs
}

/** The triggers a run of digits text[start, end) sets, read from the run and the characters around it. */
function digitTriggers(text: string, start: number, end: number): Triggers {
  let found = 0
  const length = end - start
  const before = text.charCodeAt(start - 1)
  const after = text.charCodeAt(end)
  // "kst-36800", "kst -30552", "ah-tk-20242025-1028": every officielebekendmakingen id has a number
  // after a hyphen, and a lower-case letter before that hyphen ("2025-2026" is no id).
  if (before === 45) {
    const letter = text.charCodeAt(start - 2) === 32 ? text.charCodeAt(start - 3) : text.charCodeAt(start - 2)
    if (letter >= 97 && letter <= 122) found |= bit('after-hyphen')
  }
  if (after === 68 && isDigit(text.charCodeAt(end + 1))) found |= bit('before-D')
  if (after === 90 && isDigit(text.charCodeAt(end + 1))) found |= bit('before-Z')
  if (length >= 9) {
    for (let i = start; i + 9 <= end; i++) {
      if (text.charCodeAt(i) === 50 && text.charCodeAt(i + 1) === 48) {
        found |= bit('glued-20')
        break
      }
    }
  }
  // "-2023/": a year of this or the last century between a hyphen and a slash.
  if (before === 45 && length === 4 && after === 47) {
    const century = text.slice(start, start + 2)
    if (century === '19' || century === '20') found |= bit('year-slash')
  }
  if (length >= 10) found |= bit('ten-digits')
  if (before === 40 && length >= 2) found |= bit('after-bracket')
  if (isDossier(text, start, end)) found |= bit('dossier')
  if (afterQuestionWord(text, start)) found |= bit('question')
  return found
}

/**
 * Whether white space and, before it, a word of QUESTION_AND_ANSWER_WORDS (in any case) stand
 * before text[start]. Each run looks back over its own white space only, so all runs together
 * read the text at most once.
 */
function afterQuestionWord(text: string, start: number): boolean {
  let end = start
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
  // Most numbers follow another word: its last letter says so ("2025", "€ 12", "nr. 3").
  if (end === start || !QUESTION_WORD_ENDS.has(text.charCodeAt(end - 1) | 0x20)) return false
  for (const word of QUESTION_AND_ANSWER_WORDS) if (endsWithIgnoringCase(text, end, word)) return true
  return false
}

/** The last letters of QUESTION_AND_ANSWER_WORDS, lower case: "g" of "vraag", "n" of "vragen", "d" of "antwoord". */
const QUESTION_WORD_ENDS: ReadonlySet<number> = new Set(QUESTION_AND_ANSWER_WORDS.map((word) => word.charCodeAt(word.length - 1)))

/** Whether `code` is a character `\s` matches, as the cross-reference pattern reads white space. */
function isSpace(code: number): boolean {
  if (code < 0xa0) return code === 32 || (code >= 9 && code <= 13)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** Whether text[0, end) ends with `word`, a lower-case ASCII word, in upper or lower case. */
function endsWithIgnoringCase(text: string, end: number, word: string): boolean {
  const from = end - word.length
  if (from < 0) return false
  // An ASCII letter's two cases differ only in bit 0x20; no other character gets a lower-case letter by setting it.
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(from + k) | 0x20) !== word.charCodeAt(k)) return false
  return true
}

/**
 * Whether a dossier number can start with the run text[start, end): "36800", or "36 800" and
 * "33.279" (two digits, a separator, three digits), not glued to a word or to a longer number
 * ("€ 12.500.000", "2025-36800").
 */
function isDossier(text: string, start: number, end: number): boolean {
  // What may not stand before a dossier: a digit (the run starts here), ".", ",", "-", "/", an
  // ASCII letter (other letters are left to the pattern), or a digit and a separator ("1 36 800").
  const before = text.charCodeAt(start - 1)
  if (before === 46 || before === 44 || before === 45 || before === 47) return false
  if ((before >= 65 && before <= 90) || (before >= 97 && before <= 122)) return false
  if (isDossierSeparator(before) && isDigit(text.charCodeAt(start - 2))) return false
  let last = end
  if (end - start === 2 && isDossierSeparator(text.charCodeAt(end))) {
    let next = end + 1
    while (next < text.length && isDigit(text.charCodeAt(next))) next++
    if (next - (end + 1) !== 3) return false
    last = next
  } else if (end - start !== 5) return false
  // Not followed by more of a number: "12.500.000".
  const after = text.charCodeAt(last)
  return !((after === 46 || after === 44) && isDigit(text.charCodeAt(last + 1)))
}
