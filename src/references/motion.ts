/**
 * Motions: "de motie-Piri c.s. (36 800-X34)", "motie-Bruins Slot/Pia Dijkstra (Kamerstuk 28 828, nr. 66)",
 * "Motie Bikker en Omtzigt, Kamerstuk 36 410, nr. 31", "motie van het lid Boswijk c.s.", "motie 36 045–191".
 * The Kamerstuk a motion cites becomes its child.
 */

import {NOT_AFTER_LETTER, SP, alternatives, collapse, eitherCase, escape} from './grammar.js'
import {patterns as kamerstukPatterns} from './kamerstuk.js'
import {readAt, type NamedPattern} from './scan.js'
import type {FoundReference, KamerstukReference, MotionReference} from './types.js'
import {
  capitalNameParticles,
  coSubmitterWords,
  listWords,
  motionIntroducers,
  motionWords,
  nameParticles,
  notNames
} from './vocabulary.js'

/** "van het lid", "van het Lid", "van de leden": every word in either case. */
const INTRODUCER = `(?:${[...motionIntroducers]
  .sort((a, b) => b.length - a.length)
  .map((phrase) => phrase.split(' ').map(eitherCase).join('\\s{1,2}'))
  .join('|')})`

/** A capitalised word that is not a known non-name: "Piri", "Yesilgöz-Zegerius", "Omtzigt". */
const SURNAME =
  `(?!${alternatives(notNames, {anyCase: false})}(?![\\p{L}]))` +
  `\\p{Lu}[\\p{L}'’]{0,30}(?:-\\p{L}[\\p{L}'’]{0,30}){0,3}(?![\\p{L}])`

/**
 * One member: "Piri", "Bruins Slot", "Pia Dijkstra", "De Hoop", "Van der Plas", "van der Staaij". Lower-case
 * particles only open a name, so "Bikker van de ChristenUnie" stops at "Bikker".
 */
const PARTICLE = alternatives(nameParticles, {anyCase: false})
const CAPITAL_PARTICLE = alternatives(capitalNameParticles, {anyCase: false})
const NAME =
  `(?:${PARTICLE}${SP}){0,3}` +
  `(?:${CAPITAL_PARTICLE}${SP}(?:${PARTICLE}${SP}){0,2})?` +
  `${SURNAME}(?:${SP}${SURNAME}){0,3}`

/** Between members: "Bruins Slot/Pia Dijkstra", "Timmermans en Yesilgöz-Zegerius", "Bikker, Omtzigt en Ceder". */
const NAME_SEPARATOR = `(?:\\s?\\/\\s?|,\\s{1,2}|\\s{1,2}${alternatives(listWords)}\\s{1,2})`
const NAME_SEPARATOR_RE = new RegExp(NAME_SEPARATOR, 'u')

const CO_SUBMITTERS = `\\s{1,2}(?:${coSubmitterWords.map(escape).join('|')})`

interface Groups {
  word?: string
  names?: string
}

/**
 * "motie" or "moties", how the members are introduced, their names, "c.s.". A citation after it is read in
 * {@link readMotion}.
 *
 * Accepts: "motie-Piri c.s.", "motie-Bruins Slot/Pia Dijkstra", "moties Timmermans en Yesilgöz-Zegerius",
 * "motie van het lid Boswijk c.s.", "motie van kamerlid De Hoop", "motie van de leden Bikker en Omtzigt",
 * "Motie Ceder", and with no names "motie 36 045–191", "motie (Kamerstuk 28 828, nr. 66)".
 * Rejects: "de motie van de Kamer", "de motie. Hiermee", "moties1 verzocht", "motie Nederland".
 */
const motion: NamedPattern = {
  name: 'motion',
  trigger: 'motion',
  pattern: new RegExp(
    `${NOT_AFTER_LETTER}(?<word>${alternatives(motionWords)})` +
      // Names follow on the same line ("de motie\nVerder" is no motion of Verder), an introducer may break it.
      `(?:-|\\s{1,2}${INTRODUCER}\\s{1,2}|${SP}{1,2})` +
      `(?:(?<names>${NAME}(?:${NAME_SEPARATOR}${NAME}){0,5})(?:${CO_SUBMITTERS})?)?`,
    'gu'
  ),
  read: readMotion
}

/** In order of precedence. */
export const patterns: readonly NamedPattern[] = [motion]

/** " (" or " (motie " before a cited Kamerstuk. */
const OPEN_BRACKET = new RegExp(`\\s{0,3}\\(\\s{0,2}(?:${alternatives(motionWords)}\\s{1,3})?`, 'uy')
/** ", 18 februari 2025)" after it. */
const CLOSE_BRACKET = /\s{0,2}(?:[,;][^()\n]{0,80})?\)/uy
/** "Motie Ceder, Kamerstuk 21 501-02, nr. 2732". */
const COMMA = /,\s{1,3}/uy
/** "motie 36 045–191". */
const SPACE = /\s{1,3}/uy

function readMotion(match: RegExpExecArray): FoundReference[] | undefined {
  const groups = match.groups as Groups
  const value = match.input
  const by = groups.names === undefined ? undefined : groups.names.split(NAME_SEPARATOR_RE).map(collapse)
  // Without names the match may end in the spaces after "motie"; the motion itself ends with the word.
  const headEnd = by === undefined ? match.index + groups.word!.length : match.index + match[0].length

  let children: FoundReference[] | undefined
  let end = headEnd
  const at = (re: RegExp, from: number): number | undefined => {
    re.lastIndex = from
    return re.exec(value) === null ? undefined : re.lastIndex
  }
  const open = at(OPEN_BRACKET, headEnd)
  if (open !== undefined) {
    const cited = readAt(value, open, kamerstukPatterns)
    const close = cited === undefined ? undefined : at(CLOSE_BRACKET, cited[cited.length - 1]!.end)
    if (cited !== undefined && close !== undefined) {
      children = cited
      end = close
    }
  }
  if (children === undefined) {
    const next = at(by === undefined ? SPACE : COMMA, headEnd)
    const cited = next === undefined ? undefined : readAt(value, next, kamerstukPatterns)
    if (cited !== undefined) {
      children = cited
      end = cited[cited.length - 1]!.end
    }
  }
  if (by === undefined && children === undefined) return undefined

  const node: MotionReference = {type: 'motionReference'}
  if (by !== undefined) node.by = by
  const only = children?.length === 1 ? (children[0]!.node as KamerstukReference) : undefined
  if (only !== undefined) {
    if (only.number !== undefined) node.number = only.number
    node.dossier = only.dossier
    if (only.id !== undefined) node.id = only.id
  }
  const found: FoundReference = {start: match.index, end, node}
  if (children !== undefined) found.children = children
  return [found]
}
