/**
 * Document identifiers written out: Tweede Kamer document and zaak numbers ("2026D20156", "2025Z19577"),
 * officielebekendmakingen ids ("kst-36800-X-78", "ah-tk-20242025-1028", "kst-1268678") and a ministry's own
 * reference ("MINDEF20260028717", "IENW/BSK-2023/297705").
 */

import {kamerstukNode, type KamerstukFields} from './kamerstuk.js'
import {NOT_AFTER_LETTER, alternatives, escape} from './grammar.js'
import type {NamedPattern} from './scan.js'
import type {DocumentKind, DocumentReference} from './types.js'
import {gluedMinistryPrefixes, officieleBekendmakingenBase, officieleBekendmakingenPrefixes} from './vocabulary.js'

/** Not glued to a word, a number or an id before it. */
const START = '(?<![\\p{L}\\d\\-/])'
/** Not followed by more of an id. */
const END = '(?![\\p{L}\\d]|-[\\p{L}\\d])'

const kstId = `kst ?-(?:\\d{5}(?:-[A-Za-z\\d]{1,6}){1,2}|\\d{6,8})`
const aanhangselId = `ah-(?:(?:tk|ek)-\\d{8}-\\d{1,5}|\\d{6,8})`
const kamervragenId = `kv-(?:(?:(?:tk|ek)-)?\\d{4}Z\\d{5}|\\d{6,8})`
const handelingenId = `h-(?:(?:tk|ek)-\\d{8}-\\d{1,4}(?:-\\d{1,4})?|\\d{6,8})`
const otherPrefixes = officieleBekendmakingenPrefixes.filter((p) => !['kst', 'ah', 'kv', 'h'].includes(p))
const otherId = `${alternatives(otherPrefixes, {anyCase: false})}-(?:\\d{4}-\\d{1,6}|\\d{4,8})`

/**
 * An officielebekendmakingen id as written.
 *
 * Accepts: "kst-36800-X-78", "kst-33763-176", "kst-21501-08-928", "kst-1268678", "ah-tk-20242025-1028", "ah-1271549",
 * "kv-tk-2024Z12345", "h-tk-20192020-45-7", "blg-1234567", "stb-2020-118", and "kst -30552-3" (a PDF's stray space).
 * Rejects: "kst-" alone, "bah-tk-20242025-1028" (glued to a word), "ah-tk-2024-1028" (session of four digits).
 */
const officieleBekendmakingen: NamedPattern = {
  name: 'officielebekendmakingen-id',
  trigger: 'after-hyphen',
  pattern: new RegExp(`${START}(?:${kstId}|${aanhangselId}|${kamervragenId}|${handelingenId}|${otherId})${END}`, 'gu'),
  read: (match) => {
    const id = match[0].replace(/\s/g, '')
    const node = documentNode('officielebekendmakingen', match[0], id, officieleBekendmakingenBase + id)
    // "kst-30552-3" names a Kamerstuk (dossier 30552, nr. 3): it is carried as a child, so both readings hold.
    const kst = /^kst-(\d{5})(?:-([A-Z]{1,5}|\d{2}))?-(\d{1,5}[a-z]?)$/i.exec(id)
    if (!kst) return node
    const start = match.index
    const end = start + match[0].length
    const fields: KamerstukFields = {dossier: kst[1]!, number: kst[3]!}
    if (kst[2] !== undefined) fields.suffix = kst[2].toUpperCase()
    return [{start, end, node, children: [{start, end, node: kamerstukNode(fields)}]}]
  }
}

/**
 * A Tweede Kamer document number: year, "D", five digits.
 * Accepts: "2026D20156", "(2026D20156)", "18106-t96/2009D46472". Rejects: "2026D2015" (four digits), "X2026D20156".
 */
const tkDocument: NamedPattern = {
  name: 'tk-document',
  trigger: 'before-D',
  pattern: new RegExp(`(?<![\\p{L}\\d])(?:19|20)\\d{2}D\\d{5}(?!\\d)`, 'gu'),
  read: (match) => documentNode('tk-document', match[0])
}

/**
 * A Tweede Kamer zaak number: year, "Z", five digits.
 * Accepts: "2025Z19577", "Kamervraag 2023Z00461". Rejects: "TZ202309-010" (a toezegging), "2025Z1957".
 */
const tkZaak: NamedPattern = {
  name: 'tk-zaak',
  trigger: 'before-Z',
  pattern: new RegExp(`(?<![\\p{L}\\d])(?:19|20)\\d{2}Z\\d{5}(?!\\d)`, 'gu'),
  read: (match) => documentNode('tk-zaak', match[0])
}

/**
 * A ministry's prefix glued to a year and a serial number.
 * Accepts: "MINDEF20260028717", "(MINDEF20260034303)". Rejects: "MINDEF" alone, "MINDEF2026" (too short).
 */
const gluedMinistryReference: NamedPattern = {
  name: 'ministry-reference-glued',
  trigger: 'glued-20',
  pattern: new RegExp(`${NOT_AFTER_LETTER}(?:${gluedMinistryPrefixes.map(escape).join('|')})20\\d{2}\\d{5,9}(?!\\d)`, 'gu'),
  read: (match) => documentNode('ministry-reference', match[0])
}

/**
 * Ministry, department, year and serial: the IenW style, also letter-spaced by a PDF text layer.
 * Accepts: "IENW/BSK-2023/297705", "IenW/BSK-2023/32584", "I E NW/BSK-2023/297705".
 * Rejects: "EU-verordening 1008/2008", "1008/2008", "BSK-2023/297705" (no ministry).
 */
const slashedMinistryReference: NamedPattern = {
  name: 'ministry-reference-slashed',
  trigger: 'year-slash',
  pattern: new RegExp(
    `${NOT_AFTER_LETTER}\\p{Lu}(?: ?[\\p{L}]){1,7}/\\p{Lu}[\\p{L}]{1,9}-(?:19|20)\\d{2}/\\d{3,9}(?!\\d)`,
    'gu'
  ),
  // A letter-spaced reference is closed up: the spaces are the PDF's, not the ministry's.
  read: (match) => documentNode('ministry-reference', match[0].replace(/ /g, ''))
}

/**
 * BZK's year and ten-digit serial.
 * Accepts: "2023-0000700225". Rejects: "2023-2024", "2023-12345" (a date range or short serial).
 */
const numberedMinistryReference: NamedPattern = {
  name: 'ministry-reference-numbered',
  trigger: 'ten-digits',
  hint: /20\d\d-\d{10}/,
  pattern: new RegExp(`(?<![\\p{L}\\d\\-/])20\\d{2}-\\d{10}(?!\\d)`, 'gu'),
  read: (match) => documentNode('ministry-reference', match[0])
}

/** In order of precedence. */
export const patterns: readonly NamedPattern[] = [
  officieleBekendmakingen,
  tkDocument,
  tkZaak,
  gluedMinistryReference,
  slashedMinistryReference,
  numberedMinistryReference
]

/** A `documentReference` node, with `id` and `url` only where officielebekendmakingen has the document. */
export function documentNode(kind: DocumentKind, value: string, id?: string, url?: string): DocumentReference {
  const node: DocumentReference = {type: 'documentReference', kind, value}
  if (id !== undefined) node.id = id
  if (url !== undefined) node.url = url
  return node
}
