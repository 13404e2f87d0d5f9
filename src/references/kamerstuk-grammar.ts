/**
 * The grammar of a Kamerstuk citation after its keyword: dossier, suffix, Rijkswet number and document
 * number(s), in two spellings: as written ("36 800-X, nr. 34") and as a letter-spaced PDF text layer writes it
 * ("3 6200-XII- 60"). Each sub-pattern exists with named groups (to read a citation) and without (to compose
 * the patterns in kamerstuk.ts).
 */

import {DASH, SP, SPACE_CHARS, alternatives, digitsOnly, group} from './grammar.js'
import {listWords, numberWords, pluralNumberWords} from './vocabulary.js'

export type Spelling = 'written' | 'letterSpaced'

/** "nr.", "nr", "nummer"; the dot, or no letter after it, so that "nrs" is not "nr" + "s". */
export const NUMBER_WORD = `${alternatives(numberWords)}(?:\\.|(?![\\p{L}]))`
/** "nrs.", "nummers". */
export const PLURAL_NUMBER_WORD = `${alternatives(pluralNumberWords)}(?:\\.|(?![\\p{L}]))`
const ANY_NUMBER_WORD = `(?:${PLURAL_NUMBER_WORD}|${NUMBER_WORD})`

/** ", " or " en " between list items: "33 009, 32 637 en 31 288", "nrs. 520 en 548", "nrs. 1, 2, en 3". */
export const LIST_SEPARATOR = `(?:,?\\s{1,2}${alternatives(listWords)}\\s{1,2}|,\\s{1,2})`

/**
 * A dossier written with five digits: "36800", "36 800", "36.800" (and with a non-breaking space). Not a piece of a
 * longer number ("122.000", "1271549", "2500 ES"), of a word or an id ("R2064", "ah-1271549"), nor an amount
 * ("36.800.000", "36.800,50").
 */
const WRITTEN_DOSSIER = `(?<![\\p{L}\\d.,\\-/])(?<!\\d${SP})(?:\\d{2}[${SPACE_CHARS}.]\\d{3}|\\d{5})(?!\\d|[.,]\\d)`

/** A letter-spaced dossier: "3 6200", "2 9665", and the written "36 200". */
const SPACED_DOSSIER = `(?<![\\p{L}\\d])\\d(?: ?\\d){4}(?! ?\\d)`

/** After a document number: no letter or digit, no decimal ("40.5"), no thousands group ("15 000-20 000"). */
const NUMBER_END = `(?![\\p{L}\\d]|[.,]\\d|${SP}\\d{3}(?!\\d))`
/** A document number after a dash: "176", "3047", "42e". */
const DASH_NUMBER = `\\d{1,5}[a-z]?${NUMBER_END}`
/** A document number after "nr.": also the Eerste Kamer's letters: "nr. E", "nr. AB". */
const WORD_NUMBER = `(?:\\d{1,5}[a-z]?|[A-Z]{1,3})${NUMBER_END}`
/** A letter-spaced number: "4 27", "1 0 5 3", "60". */
const SPACED_NUMBER = `\\d(?: ?\\d){0,4}(?! ?\\d)`

/** What shows that two digits after a dash are a suffix: a document number follows ("21 501-32, nr. 1703"). */
const NUMBER_FOLLOWS = `(?=${DASH}\\d|,?\\s{1,3}${ANY_NUMBER_WORD})`

export interface CitationGrammar {
  /** A dossier with its suffix and Rijkswet number: "36 800-X", "35 925 IV", "34 356 (R2064)". */
  item: string
  /** What follows the item: "-176", "34" (after "X"), ", nr. 78", ", nrs. 520 en 548". */
  numberPart: string
  /** Everything after the keyword. */
  body: string
}

/** The sub-patterns of one spelling; with `named`, the groups dossier, suffixDash, suffixSpace, rijkswet, numberDash, numberGlued, numbers, number. */
export function citationGrammar(spelling: Spelling, named: boolean, keyword = true): CitationGrammar {
  const build = (name: Namer): CitationGrammar =>
    spelling === 'written' ? writtenGrammar(name, keyword) : letterSpacedGrammar(name)
  const plain = build(() => undefined)
  // The body composes the sub-patterns, which may appear more than once: it never has named groups.
  return named ? {...build((n) => n), body: plain.body} : plain
}

type Namer = (n: string) => string | undefined

function writtenGrammar(name: Namer, keyword: boolean): CitationGrammar {
  const suffix =
    `(?:${DASH}${group(name('suffixDash'), `[A-Za-z]{1,5}(?![\\p{L}])|0\\d(?!\\d)|\\d{2}(?!\\d)${NUMBER_FOLLOWS}`)}` +
    `|${SP}${group(name('suffixSpace'), `[A-Z]{1,5}(?![\\p{L}\\d])|\\d{2}(?=${DASH}\\d)`)})`
  const rijkswet = `\\s?\\(${group(name('rijkswet'), 'R\\d{3,4}')}\\)`
  const item = `${group(name('dossier'), WRITTEN_DOSSIER)}${suffix}?(?:${rijkswet})?`
  const numberList = `${WORD_NUMBER}(?:${LIST_SEPARATOR}${WORD_NUMBER}){0,30}`
  const byWord =
    `,?\\s{1,3}(?:${PLURAL_NUMBER_WORD}\\s{0,3}${group(name('numbers'), numberList)}` +
    `|${NUMBER_WORD}\\s{0,3}${group(name('number'), WORD_NUMBER)})`
  // After the keyword a stray space before the dash is tolerated: "kamerstukdossier 36100 -24".
  const dash = keyword ? `${SP}?${DASH}` : DASH
  const numberPart =
    `(?:${dash}${group(name('numberDash'), DASH_NUMBER)}` +
    `|(?<=[A-Za-z])${group(name('numberGlued'), DASH_NUMBER)}` +
    `|${byWord})`
  const body = `${item}(?:(?:${LIST_SEPARATOR}${item}){1,9}${byWord}|${numberPart})?`
  return {item, numberPart, body}
}

function letterSpacedGrammar(name: Namer): CitationGrammar {
  const item = `${group(name('dossier'), SPACED_DOSSIER)}(?: ?${DASH} ?${group(name('suffixDash'), '[A-Z]{1,5}')}(?![\\p{L}]))?`
  const numberList = `${SPACED_NUMBER}(?:(?:,? ${alternatives(listWords)} |, )${SPACED_NUMBER}){0,30}`
  const byWord =
    `,?\\s{1,3}(?:${PLURAL_NUMBER_WORD}\\s{0,3}${group(name('numbers'), numberList)}` +
    `|${NUMBER_WORD}\\s{0,3}${group(name('number'), SPACED_NUMBER)})`
  const numberPart = `(?: ?${DASH} ?${group(name('numberDash'), SPACED_NUMBER)}|${byWord})`
  return {item, numberPart, body: `${item}(?:${numberPart})?`}
}

/** One number of a list, to split "520 en 548" or "4 27, 4 3 3 en 4 73". */
function listNumber(spelling: Spelling): RegExp {
  return spelling === 'written' ? new RegExp(WORD_NUMBER, 'gu') : new RegExp(SPACED_NUMBER, 'gu')
}

/** The groups the named grammar can capture, by name. */
interface CitationGroups {
  dossier?: string
  suffixDash?: string
  suffixSpace?: string
  rijkswet?: string
  numberDash?: string
  numberGlued?: string
  numbers?: string
  number?: string
}

// ------------------------------------------------------------------------------------------------ reading

/** A dossier read from a citation, with its offsets in the searched string. */
export interface Item {
  start: number
  end: number
  dossier: string
  suffix?: string
  dashSuffix: boolean
  rijkswet?: string
}

/** A document number read from a citation; `form` says how it was attached: "-176", "X34" or "nr. 78". */
export interface Numbered {
  start: number
  end: number
  number: string
  form: 'dash' | 'glued' | 'word'
}

/** The named sub-patterns of one spelling, sticky, to read a body part by part. */
export interface StickyGrammar {
  item: RegExp
  separator: RegExp
  numberPart: RegExp
  listNumber: RegExp
}

function stickyGrammar(spelling: Spelling, keyword: boolean): StickyGrammar {
  const named = citationGrammar(spelling, true, keyword)
  return {
    item: new RegExp(named.item, 'uy'),
    separator: new RegExp(LIST_SEPARATOR, 'uy'),
    numberPart: new RegExp(named.numberPart, 'uy'),
    listNumber: listNumber(spelling)
  }
}

/** The named grammars, sticky, one per way a citation can be written. */
export const bodyGrammars = {
  keyword: stickyGrammar('written', true),
  bare: stickyGrammar('written', false),
  letterSpaced: stickyGrammar('letterSpaced', true)
}

/** `re` matched at `at`, ending no later than `to`. */
function execAt(re: RegExp, value: string, at: number, to: number): RegExpExecArray | null {
  re.lastIndex = at
  const match = re.exec(value)
  return match !== null && re.lastIndex <= to ? match : null
}

/** Reads the body of a match again with named groups: its items (dossiers) and numbers, with their offsets. */
export function parseBody(value: string, from: number, to: number, grammar: StickyGrammar) {
  const items: Item[] = []
  const numbers: Numbered[] = []
  let at = from
  for (;;) {
    if (items.length > 0) {
      if (execAt(grammar.separator, value, at, to) === null) break
      at = grammar.separator.lastIndex
    }
    const item = execAt(grammar.item, value, at, to)
    if (item === null) {
      if (items.length === 0) return undefined
      at = items[items.length - 1]!.end
      break
    }
    const groups = item.groups as CitationGroups
    const suffix = groups.suffixDash ?? groups.suffixSpace
    const read: Item = {
      start: at,
      end: grammar.item.lastIndex,
      dossier: digitsOnly(groups.dossier!),
      dashSuffix: groups.suffixDash !== undefined
    }
    if (suffix !== undefined) read.suffix = suffix.toUpperCase()
    if (groups.rijkswet !== undefined) read.rijkswet = groups.rijkswet
    items.push(read)
    at = read.end
  }
  const part = execAt(grammar.numberPart, value, at, to)
  if (part !== null) {
    const groups = part.groups as CitationGroups
    const partEnd = grammar.numberPart.lastIndex
    if (groups.numbers !== undefined) {
      const listStart = partEnd - groups.numbers.length
      for (const number of groups.numbers.matchAll(grammar.listNumber)) {
        const start = listStart + number.index
        numbers.push({start, end: start + number[0].length, number: number[0].replace(/\s/g, ''), form: 'word'})
      }
    } else {
      const number = groups.numberDash ?? groups.numberGlued ?? groups.number!
      const form = groups.numberDash !== undefined ? 'dash' : groups.numberGlued !== undefined ? 'glued' : 'word'
      numbers.push({start: partEnd - number.length, end: partEnd, number: number.replace(/\s/g, ''), form})
    }
    at = partEnd
  }
  return at === to ? {items, numbers} : undefined
}
