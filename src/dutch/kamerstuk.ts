/**
 * How a Kamerstuk names itself: its kind in capitals ("BRIEF VAN DE MINISTER …", "MEMORIE VAN
 * ANTWOORD") and its dossier number ("36 800-X").
 */

/** What a Kamerstuk is, in capitals before "VAN": "BRIEF VAN DE MINISTER …", "LIJST VAN VRAGEN EN ANTWOORDEN", "MEMORIE VAN ANTWOORD". */
export const DOCUMENT_KINDS = ['BRIEF', 'LIJST', 'VERSLAG', 'MEMORIE', 'NOTA'] as const

/** A Kamerstuk's title line as a pattern source: "BRIEF VAN", "VERSLAG VAN" (in capitals). */
export const DOCUMENT_TITLE = String.raw`(?:${DOCUMENT_KINDS.join('|')})\s+VAN`

/** A title line of a Kamerstuk, in capitals, or a motion's: "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", "MOTIE VAN HET LID …". */
export const DOCUMENT_KIND = new RegExp(String.raw`^(${[...DOCUMENT_KINDS, 'VERSLAG VAN', 'MOTIE'].join('|')})\b`)

/** Who sends a letter or nota: "BRIEF VAN DE MINISTER VAN DEFENSIE" gives "DE MINISTER VAN DEFENSIE". */
export const SENT_BY = /^(?:BRIEF|NOTA)\s+VAN\s+(.+)$/i
/** The article before a sender's name: "DE MINISTERS VAN …" names the "MINISTERS VAN …". */
export const SENDER_ARTICLE = /^(?:de|het)\s+/i
/** A reprint says so before its kind, with the footnote that says why: "HERDRUK1 BRIEF VAN DE MINISTERS …". */
export const REPRINT = /^HERDRUK\d{0,2}\s+/

/** "Kamerstuk", "Kamerstukken" */
export const KAMERSTUK = String.raw`kamerstuk(?:ken)?`

/** A dossier number as a Kamerstuk prints it at its head: "36 800", "21 501". */
export const PRINTED_DOSSIER = String.raw`\d{2}\s\d{3}`
/** A dossier number as written: "36800", "36 800", "33.279". */
export const DOSSIER = String.raw`\d{2}[\s.]?\d{3}`
/** The suffix after a dossier number: a begroting's chapter ("X", "VII") or a sub-series ("02"). */
export const DOSSIER_SUFFIX = String.raw`[A-Z]{1,5}|\d{2}`

/** A document kind that promises questions: "LIJST VAN VRAGEN EN ANTWOORDEN", "Antwoorden op Kamervragen". */
export const KIND_WITH_QUESTIONS = /\bvragen\b/i
