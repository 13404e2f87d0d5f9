/**
 * Citations of the Handelingen (the record of the plenary debates) and of its Aanhangsel (answers to written
 * questions): "Aanhangsel Handelingen II 2019/20, nr. 89", "Handelingen II 2019/20, nr. 45, item 7".
 */

import {NOT_AFTER_LETTER, YEAR_SEPARATOR, alternatives, collapse, readSession} from './grammar.js'
import {NUMBER_WORD} from './kamerstuk-grammar.js'
import type {NamedPattern} from './scan.js'
import {documentNode} from './document-id.js'
import {aanhangselWords, chambers, handelingenWords, itemWords, officieleBekendmakingenBase, sessionWords} from './vocabulary.js'

/** Chamber, session and "nr.", shared by both forms. The session may be mistyped ("2022–203"): then there is no id. */
const CHAMBER = `(?:\\s{1,2}(?<chamber>II|I)(?![\\p{L}\\d]))?`
const SESSION_AND_NUMBER =
  `,?\\s{1,3}(?:${alternatives(sessionWords)}\\s{1,3})?(?<session>\\d{4}${YEAR_SEPARATOR}\\d{2,4})(?!\\d)` +
  `,?\\s{1,3}${NUMBER_WORD}\\s{0,3}(?<number>\\d{1,5})(?![\\p{L}\\d])`

interface Groups {
  chamber?: string
  session?: string
  number?: string
  item?: string
}

/**
 * Accepts: "Aanhangsel Handelingen II 2019/20, nr. 89", "Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025,
 * nr. 1028", "Aanhangsel Handelingen,\nvergaderjaar 2014–2015, nr. 403", "Aanhangsel van de Handelingen I 2021/22,
 * nr. 12", "(Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 844)" (found, but without an id).
 * Rejects: the header "Vergaderjaar 2022–2023 Aanhangsel van de Handelingen", the footer "Tweede Kamer,
 * vergaderjaar 2022–2023, Aanhangsel 1".
 */
const aanhangsel: NamedPattern = {
  name: 'aanhangsel',
  trigger: 'aanhangsel',
  pattern: new RegExp(
    `${NOT_AFTER_LETTER}${alternatives(aanhangselWords, {anyCase: false})}${CHAMBER}${SESSION_AND_NUMBER}`,
    'gu'
  ),
  read: (match) => {
    const groups = match.groups as Groups
    const session = readSession(groups.session!)
    // An Aanhangsel without a chamber is the Tweede Kamer's: the Eerste Kamer's is always cited as such.
    const chamber = groups.chamber === undefined ? 'tk' : chambers[groups.chamber as keyof typeof chambers]
    if (session === undefined) return documentNode('aanhangsel', collapse(match[0]))
    const id = `ah-${chamber}-${session.replace('-', '')}-${groups.number!}`
    return documentNode('aanhangsel', collapse(match[0]), id, officieleBekendmakingenBase + id)
  }
}

/**
 * Accepts: "Handelingen II 2019/20, nr. 45, item 7", "Handelingen I 2021/22, nr. 12, item 3",
 * "Handelingen II, vergaderjaar 2022–2023, nr. 85" (found, without an id: the id names an item).
 * Rejects: "de Handelingen van vandaag", "Handelingen II 2019/20, 12 maart" (no "nr.").
 */
const handelingen: NamedPattern = {
  name: 'handelingen',
  trigger: 'handelingen',
  pattern: new RegExp(
    `${NOT_AFTER_LETTER}${alternatives(handelingenWords, {anyCase: false})}${CHAMBER}${SESSION_AND_NUMBER}` +
      `(?:,?\\s{1,3}${alternatives(itemWords)}\\s{1,2}(?<item>\\d{1,3})(?![\\p{L}\\d]))?`,
    'gu'
  ),
  read: (match) => {
    const groups = match.groups as Groups
    const session = readSession(groups.session!)
    const chamber = groups.chamber === undefined ? 'tk' : chambers[groups.chamber as keyof typeof chambers]
    if (session === undefined || groups.item === undefined) return documentNode('handelingen', collapse(match[0]))
    const id = `h-${chamber}-${session.replace('-', '')}-${groups.number!}-${groups.item}`
    return documentNode('handelingen', collapse(match[0]), id, officieleBekendmakingenBase + id)
  }
}

/** In order of precedence. */
export const patterns: readonly NamedPattern[] = [aanhangsel, handelingen]
