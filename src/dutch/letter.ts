/** How a Dutch letter opens and closes, and who signs it. */

import {anchored} from '../starts.js'
import {INSTITUTIONS} from './letterhead.js'

/** Salutations open the body: "Geachte voorzitter,". */
export const SALUTATION = anchored(/^(geachte|zeer geachte|hooggeachte)\b/i, 'gGzZhH')
/** Closings end it: "Hoogachtend,", "Met vriendelijke groet,". */
export const CLOSING = anchored(/^(hoogachtend|met vriendelijke groet(en)?|met de meeste hoogachting)\b[ ,.]*$/i, 'hHmM')
/** A signature role line: "DE MINISTER VAN DEFENSIE", "De staatssecretaris van Financiën,". */
export const SIGNATORY_ROLE =
  anchored(/^(de |het )?(minister|staatssecretaris|minister-president|directeur|directeur-generaal|secretaris-generaal|voorzitter|griffier|adjunct-griffier|informateur|formateur|plaatsvervangend)\b/i, 'dDhHmMsSvVgGaAiIfFpP')

/** How the members of a High Council of State sign: "president", "vice-president", "secretaris", "collegelid". */
const INSTITUTION_ROLES = String.raw`(?:vice-?)?president|secretaris|collegelid`
/** An institution's name alone on a line, above its signatures: "Algemene Rekenkamer". */
export const INSTITUTION_LINE = new RegExp(String.raw`^(${INSTITUTIONS.join('|')})$`, 'i')
/** "drs. Saskia J. Stuiveling, president": the name, then the role. Also "drs. A.P. (Arno) Visser," above "president" (the role empty). */
export const NAME_THEN_ROLE = new RegExp(String.raw`^(\S.{0,79}?)\s*,\s*(${INSTITUTION_ROLES})?$`, 'i')
/** "president", a line of its own under the name it goes with. */
export const INSTITUTION_ROLE = new RegExp(String.raw`^(?:${INSTITUTION_ROLES})$`, 'i')
/** "De vice-president van de Raad van State, Th.C. de Graaf": the role with the institution, then the name (empty when on the next line). */
export const INSTITUTION_SIGNATURE = new RegExp(
  String.raw`^((?:de\s+)?(?:${INSTITUTION_ROLES})\s+van\s+(?:de\s+)?(${INSTITUTIONS.join('|')}))\s*,\s*(.*)$`,
  'i'
)
