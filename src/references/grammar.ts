/**
 * Regex building blocks shared by the recognisers, as source strings, plus the small readers that turn
 * what they match into normalised values. Every quantifier over a character class is bounded or stands
 * between literals that cannot overlap with it, so that no pattern can backtrack catastrophically.
 */

/** One space inside a written number: "36 800", "36\u00a0800" (non-breaking), thin spaces. */
export const SPACE_CHARS = ' \\u00a0\\u2009\\u202f'
export const SP = `[${SPACE_CHARS}]`

/** Hyphen, non-breaking hyphen, figure dash, en dash ("36 045–191"), em dash. */
export const DASH = '[\\-\\u2010-\\u2015]'

/** Hyphen, dashes or slash between the years of a session: "2019/20", "2019–2020", "2003-2004". */
export const YEAR_SEPARATOR = '[\\-\\u2010-\\u2015/]'

/** A session: "2019/20", "2019–2020", "2022/23". Checked and normalised by {@link readSession}. */
export const SESSION = `\\d{4}${YEAR_SEPARATOR}\\d{2}(?:\\d{2})?(?!\\d)`

/** Not inside a word: the position before a keyword. */
export const NOT_AFTER_LETTER = '(?<![\\p{L}])'
export const NOT_BEFORE_LETTER = '(?![\\p{L}])'

/** Escapes a literal for use outside a character class (a hyphen needs no escape there, and may not have one). */
export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** The word with its first letter in either case: "Kamerstuk" → "[Kk]amerstuk". */
export function eitherCase(word: string): string {
  const first = word.charAt(0)
  const lower = first.toLowerCase()
  const upper = first.toUpperCase()
  const rest = escape(word.slice(1))
  return lower === upper ? escape(first) + rest : `[${upper}${lower}]${rest}`
}

/**
 * An alternation of words, longest first so that "Kamerstukken" wins over "Kamerstuk". Spaces inside a phrase
 * become `spaces` ("het lid" may be broken over a line).
 */
export function alternatives(
  words: readonly string[],
  options: {anyCase?: boolean; spaces?: string} = {}
): string {
  const {anyCase = true, spaces = '\\s{1,2}'} = options
  const sorted = [...words].sort((a, b) => b.length - a.length)
  const parts = sorted.map((phrase) =>
    phrase
      .split(' ')
      .map((word, i) => (anyCase && i === 0 ? eitherCase(word) : escape(word)))
      .join(spaces)
  )
  return `(?:${parts.join('|')})`
}

/** A named capture group, or a plain group when the same sub-pattern is reused. */
export function group(name: string | undefined, source: string): string {
  return name === undefined ? `(?:${source})` : `(?<${name}>${source})`
}

/** Digits only: "36 800" and "36.800" give "36800"; "3 6200" gives "36200". */
export function digitsOnly(text: string): string {
  return text.replace(/\D/g, '')
}

/** Whitespace runs collapsed to one space, ends trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * "2019/20", "2019–2020", "2 0 22 -2023" → "2019-2020"; undefined when the second year does not follow the first
 * (the typo "2022–203" in a real letter).
 */
export function readSession(text: string): string | undefined {
  const match = /^(\d{4})\D+(\d{2}|\d{4})$/.exec(text.replace(/\s/g, ''))
  if (!match) return undefined
  const first = Number(match[1])
  let second = Number(match[2])
  if (match[2]!.length === 2) second += Math.floor(first / 100) * 100 + (second < first % 100 ? 100 : 0)
  return second === first + 1 ? `${first}-${second}` : undefined
}
