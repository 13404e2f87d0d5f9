/**
 * Kamerstuk citations: "Kamerstuk 36800-X, nr. 78", "Kamerstukken II 2019/20, 35 300-XV, nr. 28", and the bare
 * dossier-number pairs letters use without the keyword ("33.763-176", "36 800-X34", "21 501-02-3047").
 */

import {
  NOT_AFTER_LETTER,
  NOT_BEFORE_LETTER,
  SESSION,
  SP,
  YEAR_SEPARATOR,
  alternatives,
  digitsOnly,
  eitherCase,
  readSession
} from './grammar.js'
import {NUMBER_WORD, bodyGrammars, citationGrammar, parseBody, type Item, type Spelling} from './kamerstuk-grammar.js'
import type {NamedPattern} from './scan.js'
import type {FoundReference, KamerstukReference} from './types.js'
import {
  chambers,
  eersteKamerWords,
  kamerstukHints,
  kamerstukWords,
  letterSpacedKamerstukWords,
  numberedSuffixDossiers,
  officieleBekendmakingenBase,
  sessionWords
} from './vocabulary.js'

/** Named groups of the patterns below (the body is read again with the named citation grammar). */
interface PrefixGroups {
  chamber?: string
  session?: string
  body?: string
  number?: string
  dossier?: string
}

const written = citationGrammar('written', false)
const bare = citationGrammar('written', false, false)
const letterSpaced = citationGrammar('letterSpaced', false)

/**
 * The keyword, chamber and session, then the citation.
 *
 * Accepts: "Kamerstuk 36800-X, nr 78", "Kamerstuk 36800-X, nr.78", "Kamerstuk 33.763-176", "Kamerstuk 36800-X",
 * "Kamerstuk 21 501-32, nr. 1703", "Kamerstukken II 2019/20, 35 300-XV, nr. 28",
 * "Kamerstukken II, 2003-2004, 29 255 nr. 3", "Kamerstukken I 2021/22, 35 925, nr. E", "Kamerstuk, 28 828, nr. 70",
 * "Kamerstuk 21 501-02 nr. 2732", "Kamerstuk\n21 501-02, nr. 2737", "Kamerstukken 33 009, 32 637 en 31 288, nr. 117",
 * "kamerstukdossier 21501 08-928".
 * Rejects: "Kamerstuk" without a dossier ("het Kamerstuk van gisteren"), "Kamerstukken 2019" (four digits).
 */
const kamerstukKeyword: NamedPattern = {
  name: 'kamerstuk-keyword',
  trigger: 'kamerstuk',
  hint: new RegExp(kamerstukHints.written.join('|'), 'i'),
  pattern: new RegExp(
    `${NOT_AFTER_LETTER}${alternatives(kamerstukWords)}${NOT_BEFORE_LETTER}` +
      `(?:,?\\s{1,3}(?<chamber>II|I)(?![\\p{L}\\d]))?` +
      `(?:,?\\s{1,3}(?:${alternatives(sessionWords)}\\s{1,3})?(?<session>${SESSION}))?` +
      `,?\\s{1,4}(?<body>${written.body})`,
    'gu'
  ),
  read: (match) => readCitation(match, 'written', true)
}

/**
 * A PDF text layer with font-spacing artefacts: the keyword split ("Kamers tuk") or the chamber spaced ("I I"),
 * and digits split by single spaces.
 *
 * Accepts: "Kamers tuk 3 6200-XII- 60", "Kamers tuknummer 3 6200- XII-60",
 * "Kamerstukken I I, 2 0 22 -2023, 2 9665, nr.\n482", "Kamers tukken I I, 2 0 22-2023, 3 1936, nr. 1 0 5 3",
 * "Kamers tukken 2 9665, nummers 4 27, 4 3 3, 4 35, 4 3 8 en 4 73".
 * Rejects: "Kamerstuk 3 6200" (spaced digits after a well-written keyword), "Kamers tuk" without digits.
 */
const LETTER_SPACED_KEYWORD =
  `(?:${alternatives(letterSpacedKamerstukWords, {spaces: ' '})}` +
  // "Kamerstukken I I": a well-written keyword, but the spaced chamber shows the digits will be spaced too.
  `|${eitherCase(kamerstukWords[0])}(?= I I(?![\\p{L}])))`

const kamerstukLetterSpaced: NamedPattern = {
  name: 'kamerstuk-letter-spaced',
  trigger: 'kamerstuk',
  hint: new RegExp(kamerstukHints.letterSpaced.join('|'), 'i'),
  pattern: new RegExp(
    `${NOT_AFTER_LETTER}${LETTER_SPACED_KEYWORD}${NOT_BEFORE_LETTER}(?:,? (?<chamber>I ?I|I)(?![\\p{L}\\d]))?` +
      `(?:,?\\s{1,3}(?<session>\\d(?: ?\\d){3} ?${YEAR_SEPARATOR} ?\\d(?: ?\\d){1,3}(?!\\d)))?` +
      `,?\\s{1,3}(?<body>${letterSpaced.body})`,
    'gu'
  ),
  read: (match) => readCitation(match, 'letterSpaced', true)
}

/**
 * The Eerste Kamer's citation: its documents are lettered, and the letter follows the dossier after a
 * comma, without "nr.".
 *
 * Accepts: "EK 36 600 B, A", "EK 34 568, H", "Kamerstukken I 2024/25, 36 600 B, A", "Kamerstukken I, 35 925, AB".
 * Rejects: "EK 36 600 B" (no letter), "Kamerstukken II 2024/25, 36 600 B, A" (the Tweede Kamer numbers its
 * documents), "EK 36 600, a" (a lower-case letter), "EK 36 600 B, Aan" (a word).
 */
const eersteKamer: NamedPattern = {
  name: 'kamerstuk-senate',
  trigger: 'dossier',
  // Most paragraphs with a dossier number are the Tweede Kamer's: "EK" or "amerstukken" and a space first.
  hint: new RegExp(`${eersteKamerWords.join('|')}|${kamerstukWords[0].slice(1)}\\s`),
  pattern: new RegExp(
    `${NOT_AFTER_LETTER}(?:${eersteKamerWords.join('|')}|${eitherCase(kamerstukWords[0])}\\s{1,3}I)(?![\\p{L}\\d])` +
      `(?:,?\\s{1,3}(?:${alternatives(sessionWords)}\\s{1,3})?(?<session>${SESSION}))?` +
      `,?\\s{1,4}(?<body>${written.item}),\\s{1,3}(?<number>[A-Z]{1,3})(?![\\p{L}\\d])`,
    'gu'
  ),
  read: (match) => {
    const groups = match.groups as PrefixGroups
    const value = match.input
    const bodyEnd = value.indexOf(groups.body!, match.index) + groups.body!.length
    const parsed = parseBody(value, bodyEnd - groups.body!.length, bodyEnd, bodyGrammars.keyword)
    if (parsed === undefined || parsed.items.length !== 1 || parsed.numbers.length > 0) return undefined
    const item = parsed.items[0]!
    if (item.suffix !== undefined && !isSuffix(item.suffix)) return undefined
    const session = groups.session === undefined ? undefined : readSession(groups.session)
    const node = kamerstukNode({dossier: item.dossier, suffix: item.suffix, number: groups.number!, chamber: 'ek', session, rijkswet: item.rijkswet})
    return [{start: match.index, end: match.index + match[0].length, node}]
  }
}

/**
 * The number before the dossier, in brackets: "nr. 127(27406)", "nr. 127 (27 406)".
 * Rejects: "nr. 127 (2017)", "nr. 3 (zie bijlage)".
 */
const numberBeforeDossier: NamedPattern = {
  name: 'kamerstuk-number-before-dossier',
  trigger: 'after-bracket',
  pattern: new RegExp(
    `${NOT_AFTER_LETTER}${NUMBER_WORD}\\s{0,2}(?<number>\\d{1,5}[a-z]?)` +
      `${SP}?\\((?<dossier>\\d{2}${SP}?\\d{3}|\\d{2}\\.\\d{3})\\)`,
    'gu'
  ),
  read: (match) => {
    const groups = match.groups as PrefixGroups
    return kamerstukNode({dossier: digitsOnly(groups.dossier!), number: groups.number!})
  }
}

/**
 * A dossier-number pair without the keyword, only in an unambiguous shape: a five-digit dossier ("dd ddd",
 * "dd.ddd", "ddddd") followed by a dash and number, a suffix, or "nr.".
 *
 * Accepts: "33.279-40", "36 045–191", "36 800-X34", "21 501-02-3047", "36 725 X nr. 6", "35 925 IV, nr. 26",
 * "29 754, nrs. 520 en 548", "34 356 (R2064), nr. 3", "(36 100-VII)", "21 501-08 Milieuraad".
 * Rejects: "Postbus 20018, 2500 EA", "82000 personeelsleden", "122.000 mensen", "12.500 uur", "2026-2030",
 * "(12-10-2023)", "€ 12.500-15.000", "15 000-20 000", "36 100 VII Jaarverslag" (a suffix after a space needs a number),
 * "code 12345-A" (a suffix without a number needs the spelling "dd ddd" or "dd.ddd").
 */
const bareDossier: NamedPattern = {
  name: 'kamerstuk-bare',
  trigger: 'dossier',
  pattern: new RegExp(`(?<body>${bare.body})`, 'gu'),
  read: (match) => readCitation(match, 'written', false)
}

/** In order of precedence. */
export const patterns: readonly NamedPattern[] = [
  eersteKamer,
  kamerstukKeyword,
  kamerstukLetterSpaced,
  numberBeforeDossier,
  bareDossier
]

// ------------------------------------------------------------------------------------------------ reading

/** A suffix is a Roman numeral, a single letter or two digits: "X", "VII", "K", "02". */
function isSuffix(suffix: string): boolean {
  return /^(?:[IVXLC]{1,6}|[A-Z]|\d{2})$/.test(suffix)
}

function readCitation(match: RegExpExecArray, spelling: Spelling, keyword: boolean): FoundReference[] | undefined {
  const groups = match.groups as PrefixGroups
  const value = match.input
  const end = match.index + match[0].length
  const grammar = spelling === 'letterSpaced' ? bodyGrammars.letterSpaced : keyword ? bodyGrammars.keyword : bodyGrammars.bare
  const parsed = parseBody(value, end - groups.body!.length, end, grammar)
  if (parsed === undefined) return undefined
  const {items, numbers} = parsed
  for (const item of items) {
    if (item.suffix === undefined) continue
    // Without the keyword only upper-case suffixes count: "36 800-X", not "12.500-uur".
    if (!isSuffix(item.suffix)) return undefined
    if (!keyword && !value.slice(item.start, item.end).includes(item.suffix)) return undefined
  }
  const first = items[0]!
  // "21 501-08": two digits after a dossier with numbered sub-series are its suffix, not a document number.
  if (
    items.length === 1 &&
    numbers.length === 1 &&
    first.suffix === undefined &&
    numbers[0]!.form === 'dash' &&
    /^\d{2}$/.test(numbers[0]!.number) &&
    (numberedSuffixDossiers as readonly string[]).includes(first.dossier)
  ) {
    first.suffix = numbers.pop()!.number
    first.dashSuffix = true
  }
  // Without the keyword and a number, only the parliamentary spelling "36 800-X" is a citation, not "12345-A".
  if (!keyword && numbers.length === 0) {
    const spaced = /^\d{2}\D/.test(value.slice(first.start, first.start + 3))
    if (!(first.dashSuffix && first.suffix !== undefined && spaced)) return undefined
  }

  const chamber =
    groups.chamber === undefined ? undefined : chambers[groups.chamber.replace(/\s/g, '') as keyof typeof chambers]
  const session = groups.session === undefined ? undefined : readSession(groups.session)
  const node = (item: Item, number: string | undefined): KamerstukReference =>
    kamerstukNode({dossier: item.dossier, suffix: item.suffix, number, chamber, session, rijkswet: item.rijkswet})

  if (items.length > 1) {
    // A shared number belongs to every dossier; several numbers for several dossiers cannot be paired.
    const number = numbers.length === 1 ? numbers[0]!.number : undefined
    return items.map((item, i) => ({
      start: i === 0 ? match.index : item.start,
      end: i === items.length - 1 ? end : item.end,
      node: node(item, number)
    }))
  }
  if (numbers.length > 1) {
    return numbers.map((number, i) => ({
      start: i === 0 ? match.index : number.start,
      end: number.end,
      node: node(first, number.number)
    }))
  }
  return [{start: match.index, end, node: node(first, numbers[0]?.number)}]
}

/** The fields of a Kamerstuk citation as read, before its id and url; those left undefined are left out of the node. */
export type KamerstukFields = Omit<KamerstukReference, 'type' | 'id' | 'url'>

/** The node, with the officielebekendmakingen id and address when the dossier and number are both known. */
export function kamerstukNode(fields: KamerstukFields): KamerstukReference {
  const node: KamerstukReference = {type: 'kamerstukReference', dossier: fields.dossier}
  if (fields.suffix !== undefined) node.suffix = fields.suffix
  if (fields.number !== undefined) node.number = fields.number
  if (fields.chamber !== undefined) node.chamber = fields.chamber
  if (fields.session !== undefined) node.session = fields.session
  if (fields.rijkswet !== undefined) node.rijkswet = fields.rijkswet
  if (fields.number !== undefined) {
    node.id = `kst-${fields.dossier}${fields.suffix === undefined ? '' : `-${fields.suffix}`}-${fields.number}`
    node.url = officieleBekendmakingenBase + node.id
  }
  return node
}
