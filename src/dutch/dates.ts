/** Dutch dates: the month names, and "21 mei 2026" read as an ISO date. */

export const MONTHS: Readonly<Record<string, number>> = Object.assign(Object.create(null), {
  januari: 1,
  februari: 2,
  maart: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12
})

/** The month names as the alternatives of a pattern, January first. */
const MONTH_NAMES = Object.keys(MONTHS).join('|')

/** "21 mei 2026", "4 februari 2025", "1 juli 2022" (day, month name, year; no backtracking). */
export const DUTCH_DATE = new RegExp(`\\b([0-3]?\\d)[\\s\\u00a0]+(${MONTH_NAMES})[\\s\\u00a0]+((?:19|20)\\d\\d)\\b`, 'i')
/** "2023-12-08" as used on parliamentary sites. */
export const ISO_DATE = /\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b/

/** A month and a year, as a pattern source: "november 2023" (lower case, one space). */
export const MONTH_YEAR = String.raw`(?:${MONTH_NAMES})\s(?:19|20)\d\d`

const pad = (n: number) => String(n).padStart(2, '0')

/** Reads the first Dutch date in `text` as ISO `yyyy-mm-dd`, or `undefined`. */
export function parseDutchDate(text: string): string | undefined {
  const match = DUTCH_DATE.exec(text)
  if (!match) return undefined
  const day = Number(match[1])
  const month = MONTHS[match[2]!.toLowerCase()]
  if (!month || day < 1 || day > 31) return undefined
  return `${match[3]}-${pad(month)}-${pad(day)}`
}
