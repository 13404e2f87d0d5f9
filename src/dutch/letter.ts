/** How a Dutch letter opens and closes, and who signs it. */

import {anchored} from '../starts.js'

/** Salutations open the body: "Geachte voorzitter,". */
export const SALUTATION = anchored(/^(geachte|zeer geachte|hooggeachte)\b/i, 'gGzZhH')
/** Closings end it: "Hoogachtend,", "Met vriendelijke groet,". */
export const CLOSING = anchored(/^(hoogachtend|met vriendelijke groet(en)?|met de meeste hoogachting)\b[ ,.]*$/i, 'hHmM')
/** A signature role line: "DE MINISTER VAN DEFENSIE", "De staatssecretaris van Financiën,". */
export const SIGNATORY_ROLE =
  anchored(/^(de |het )?(minister|staatssecretaris|minister-president|directeur|directeur-generaal|secretaris-generaal|voorzitter|griffier|adjunct-griffier|informateur|formateur|plaatsvervangend)\b/i, 'dDhHmMsSvVgGaAiIfFpP')
