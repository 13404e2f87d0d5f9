/**
 * Values read from a document's text, each checked before it enters the tree: a date must name a
 * day that exists, a count must fit its range. What fails is reported where it stands and left
 * out; the field that holds the text keeps it.
 */
import type {Position} from './ast.js'
import type {Context} from './build.js'
import {report} from './diagnostics.js'
import {parseDutchDate} from './dutch/dates.js'

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/** Whether the ISO date "2026-02-31" names a day of the calendar. */
export function isRealDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  if (!(month >= 1 && month <= 12 && day >= 1)) return false
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!)
}

/** The ISO date `text` names ("21 mei 2026" → "2026-05-21"); a day that does not exist ("31 februari 2026") is reported at `position`. */
export function readDate(context: Context, text: string, position: Position | undefined): string | undefined {
  const iso = parseDutchDate(text)
  if (iso === undefined || isRealDate(iso)) return iso
  report(context.diagnostics, 'date-invalid', position, `"${text}" names a day that does not exist`, {actual: text})
  return undefined
}

/** The most attachments a letter or nota is read to have: more is a misread number ("Bijlage(n) 99999999999999999999999"). */
export const MAX_ATTACHMENTS = 9999

/** The whole number `text` starts with ("2", "2 (twee)"), when it is at most `max`; a larger one is reported at `position`. */
export function readCount(context: Context, text: string, position: Position | undefined, max: number): number | undefined {
  const digits = /^\d+/.exec(text.trim())?.[0]
  if (digits === undefined) return undefined
  const n = Number(digits)
  if (n <= max) return n
  report(context.diagnostics, 'number-out-of-range', position, `${digits} is more than ${max}`, {actual: digits, expected: String(max)})
  return undefined
}

/** Accents as characters of their own ("´", "¨", "ˇ", "¸") and the combining marks they stand for. */
const SPACING_ACCENTS: Readonly<Record<string, string>> = {
  '\u00b4': '\u0301',
  '\u00a8': '\u0308',
  '\u02c6': '\u0302',
  '\u02dc': '\u0303',
  '\u02c7': '\u030c',
  '\u02d8': '\u0306',
  '\u02da': '\u030a',
  '\u02dd': '\u030b',
  '\u02d9': '\u0307',
  '\u00b8': '\u0327',
  '\u02db': '\u0328'
}
/** A letter, and an accent of its own after it that ends the word. */
const LETTER_THEN_ACCENT = new RegExp(`(\\p{L})([${Object.keys(SPACING_ACCENTS).join('')}])(?!\\p{L})`, 'gu')

/**
 * A name as it is written, its letters and accents composed (Unicode NFC): from a combining mark
 * after its letter, as pdftotext prints "Kostić", and from an accent a PDF's text layer gives as a
 * character of its own after the letter it stands over ("Kostic´ (PvdD)"). An accent inside a word
 * is left as written: "O´Brien" is an apostrophe typed as an acute.
 */
export function composedName(text: string): string {
  const joined = text.replace(LETTER_THEN_ACCENT, (all, letter: string, accent: string) => {
    const composed = (letter + SPACING_ACCENTS[accent]!).normalize('NFC')
    return composed.length === 1 ? composed : all
  })
  return joined.normalize('NFC')
}

