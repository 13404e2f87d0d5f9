/**
 * Dutch vocabulary as data: months, letterhead and nota labels, chambers, closings. Readers import
 * from here instead of spelling Dutch words in their own patterns.
 */

import {anchored} from './starts.js'

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

const MONTH_NAMES = Object.keys(MONTHS).join('|')

/** "21 mei 2026", "4 februari 2025", "1 juli 2022" (day, month name, year; no backtracking). */
export const DUTCH_DATE = new RegExp(`\\b([0-3]?\\d)[\\s\\u00a0]+(${MONTH_NAMES})[\\s\\u00a0]+((?:19|20)\\d\\d)\\b`, 'i')
/** "2023-12-08" as used on parliamentary sites. */
export const ISO_DATE = /\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b/

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

export type LetterheadKey = 'date' | 'subject' | 'reference' | 'yourReference' | 'attachments' | 'contact' | 'other'

/**
 * Letterhead labels as printed, lower case, longest first so "Onze referentie" wins over "Onze".
 * Rijkshuisstijl letters print them in a sidebar ("Datum 21 mei 2026"); older letters put them all on
 * one line ("Datum 28 oktober 2009 Uw kenmerk 18106-t96/2009D46472 Onderwerp kamervragen").
 */
export const LETTERHEAD_LABELS: ReadonlyArray<readonly [string, LetterheadKey]> = [
  ['onze referentie', 'reference'],
  ['ons kenmerk', 'reference'],
  ['ons nummer', 'reference'],
  ['kenmerk', 'reference'],
  ['uw referentie', 'yourReference'],
  ['uw kenmerk', 'yourReference'],
  ['uw brief', 'yourReference'],
  ['datum', 'date'],
  ['betreft', 'subject'],
  ['onderwerp', 'subject'],
  ['bijlage(n)', 'attachments'],
  ['bijlagen', 'attachments'],
  ['bijlage', 'attachments'],
  ['contactpersoon', 'contact'],
  ['inlichtingen', 'contact'],
  ['doorkiesnummer', 'contact'],
  ['telefoon', 'contact'],
  ['e-mail', 'contact']
]

/** The longest letterhead label, in characters as listed. */
const LONGEST_LABEL = Math.max(...LETTERHEAD_LABELS.map(([label]) => label.length))

/**
 * Letterhead labels letter-spaced, as PDF text layers print headings in capitals: "D A T U M",
 * "O N S  K E N M E R K", "B I J L A G E N". One space between letters, one to three between words.
 */
const SPACED_LABELS: ReadonlyArray<readonly [RegExp, LetterheadKey]> = LETTERHEAD_LABELS.map(([label, key]) => {
  let source = ''
  for (let i = 0; i < label.length; i++) {
    const c = label[i]!
    if (c === ' ') continue
    if (i > 0) source += label[i - 1] === ' ' ? ' {1,3}' : c === '(' || c === ')' || label[i - 1] === '(' ? ' ?' : ' '
    source += c.replace(/[()]/, '\\$&')
  }
  return [new RegExp(`^${source}(?=$|[\\s:])`, 'i'), key] as const
})

/**
 * The letterhead label that opens `text` ("Datum 21 mei 2026", "O N S  K E N M E R K   19000271 R"),
 * with its length as printed: a letter-spaced label is longer than its name.
 */
export function letterheadLabelAt(text: string): {key: LetterheadKey; length: number} | undefined {
  // "D A T U M": a letter, then a space.
  if (text.charCodeAt(1) === 32) {
    for (const [pattern, key] of SPACED_LABELS) {
      const match = pattern.exec(text)
      if (match) return {key, length: match[0].length}
    }
    return undefined
  }
  // Lower-casing maps character by character: the start of the line is all a label needs.
  const lower = text.slice(0, LONGEST_LABEL + 2).toLowerCase()
  for (const [label, key] of LETTERHEAD_LABELS) {
    if (lower.startsWith(label) && (lower.length === label.length || /[\s:]/.test(lower[label.length]!))) return {key, length: label.length}
  }
  return undefined
}

/** Nota header labels ("Aan MINDEF en STASDEF", "Afgestemd met HDFC, CDS en CIO"). */
export type NotaKey = 'to' | 'from' | 'coordinatedWith' | 'copyTo' | 'date' | 'reference' | 'author' | 'attachments' | 'deadline' | 'other'
export const NOTA_LABELS: ReadonlyArray<readonly [string, NotaKey]> = [
  ['in afschrift aan', 'copyTo'],
  ['afschrift aan', 'copyTo'],
  ['afgestemd met', 'coordinatedWith'],
  ['samengewerkt met', 'coordinatedWith'],
  ['onze referentie', 'reference'],
  ['opgesteld door', 'author'],
  ['aantal bijlagen', 'attachments'],
  ['bijlage(n)', 'attachments'],
  ['bijlagen', 'attachments'],
  ['beslistermijn', 'deadline'],
  ['nota actief openbaar', 'other'],
  ['datum', 'date'],
  ['aan', 'to'],
  ['van', 'from']
]

/** What a nota asks of its reader, printed in capitals above it. */
export const NOTA_PURPOSES = ['TER BESLISSING', 'TER ONDERTEKENING', 'TER INFORMATIE', 'TER KENNISNAME', 'TER BESPREKING', 'TER ADVISERING', 'TER PARAAF'] as const

/** Headings that open a top-level section of a beslisnota (Rijksoverheid model), lower case. */
export const NOTA_TOP_HEADINGS: ReadonlySet<string> = new Set([
  'aanleiding',
  'geadviseerd besluit',
  'kernpunten',
  'kern',
  'toelichting',
  'krachtenveld',
  'informatie die niet openbaar wordt gemaakt',
  'informatie die niet openbaar gemaakt kan worden',
  'informatie die niet openbaargemaakt kan worden',
  'bijlagen',
  'leeswijzer bij onderliggende beslisnota’s',
  "leeswijzer bij onderliggende beslisnota's"
])

/** Every section heading of beslisnota's: the top-level ones and the subsections under "Toelichting". */
export const NOTA_HEADINGS: ReadonlySet<string> = new Set([
  ...NOTA_TOP_HEADINGS,
  'krachtenveld kamer',
  'politieke context',
  'financiële overwegingen',
  'juridische overwegingen',
  'financiële/juridische overwegingen',
  'uitvoering en gevolgen voor de maatschappij',
  'overwegingen beleid/overwegingen uitvoering',
  'communicatie',
  'vervolg',
  'advies',
  'besluit'
])

export const CHAMBERS = [
  ['eerste kamer', 'Eerste Kamer'],
  ['tweede kamer', 'Tweede Kamer']
] as const

/**
 * The ", " and " en " between the items of a list: "HDFC, CDS en CIO", "2, 3 en 4". A match starts
 * only where white space starts: from inside a run of spaces every start would scan the rest again.
 */
export const LIST_SPLIT = /(?<!\s)\s*,\s*|(?<!\s)\s+en\s+/

/** Salutations open the body: "Geachte voorzitter,". */
export const SALUTATION = anchored(/^(geachte|zeer geachte|hooggeachte)\b/i, 'gGzZhH')
/** Closings end it: "Hoogachtend,", "Met vriendelijke groet,". */
export const CLOSING = anchored(/^(hoogachtend|met vriendelijke groet(en)?|met de meeste hoogachting)\b[ ,.]*$/i, 'hHmM')
/** A signature role line: "DE MINISTER VAN DEFENSIE", "De staatssecretaris van Financiën,". */
export const SIGNATORY_ROLE =
  anchored(/^(de |het )?(minister|staatssecretaris|minister-president|directeur|directeur-generaal|secretaris-generaal|voorzitter|griffier|adjunct-griffier|informateur|formateur|plaatsvervangend)\b/i, 'dDhHmMsSvVgGaAiIfFpP')

/** A website in a sender block: "www.defensie.nl". */
export const WEBSITE = /^(https?:\/\/)?www\.[\w.-]+\.[a-z]{2,}\/?$/i
/** A return address line: "> Retouradres Postbus 20701 2500 ES Den Haag". */
export const RETURN_ADDRESS = /^retouradres\b/i
/** Dutch postcode with city: "2500 ES Den Haag", "2 5 15 XP D en Haag" (letter-spaced). */
export const POSTCODE = /\b\d{4} ?[A-Z]{2}\b/

/**
 * A fractie's contribution opens a paragraph: "De leden van de VVD-fractie constateren …", "Ook de
 * leden van de fracties van VVD en SP vragen …".
 */
export const FRACTIE_OPENING = anchored(/^(?:(?:ook|tevens)\s+)?de\s+leden\s+van\s+de\s+(?:[\p{L}\d-]+-fractie|fracties?\s+van)\b/iu, 'oOtTdD')

/** "de leden van de GroenLinks-PvdA-fractie", "de leden van de fractie van GroenLinks-PvdA". */
export const FRACTIE = /\bleden\s+van\s+de\s+(?:fractie\s+van\s+(?:de\s+)?([\p{Lu}][\p{L}\d-]*(?:[ -][\p{Lu}][\p{L}\d]*)?)|([\p{Lu}][\p{L}\d-]*?)-fractie\b)/u

/** Short words that stand on their own in names of ministries: "Ministerie van Defensie". */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(['van', 'en', 'de', 'het', 'der', 'voor', 'op', 'in', 'met', 'aan', 'te'])

/**
 * Letterhead phrases as pattern sources, shared by the block grouper (where a letterhead line starts
 * a block), the letter reader (how far the letterhead reaches) and the letterhead reader (what each
 * line says). Case-insensitive; each matches at the start of a line.
 */
export const LETTERHEAD_PHRASES = {
  /** "Aan de Voorzitter van de Tweede Kamer", "de Voorzitter van de Eerste Kamer", "Voorzitter van de Tweede Kamer" (the Algemene Rekenkamer) */
  addressee: String.raw`(?:aan\s+)?(?:de\s+)?voorzitter\s+van\s+de\s+(?:eerste|tweede)\s+kamer`,
  /** "Den Haag, 9 maart 2016", "’s-Gravenhage, 4 juli 2022" (the place; the date follows) */
  place: String.raw`(?:den haag|[’']s-gravenhage),?`,
  /** "Vastgesteld 15 september 2022", "Ontvangen 26 april 2019", "Beantwoord 31 januari 2023" (the date follows) */
  dated: String.raw`(?:vastgesteld|ontvangen|beantwoord|ingediend|verzonden)`,
  /** "Vragen van het lid Eerdmans (JA21) aan …", "Vragen van de leden Groothuizen (D66) en …" */
  asked: String.raw`vragen\s+van\s+(?:het\s+lid|de\s+leden)\b`,
  /** "Antwoord van Minister Uitermark (…) (ontvangen 4 februari 2025)" */
  answered: String.raw`antwoord\s+van\s+`,
  /** "Ministerie van Defensie" */
  ministry: String.raw`ministerie\s+van\b`,
  /** "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden" */
  aanhangselTitle: String.raw`vragen gesteld door de leden der kamer`,
  /** The rest of the Aanhangsel title, to its last word: ", met de daarop door de regering gegeven antwoorden" */
  aanhangselTitleEnd: String.raw`,?\s+met\s+de\s+daarop\s+door\s+de\s+regering\s+gegeven\s+antwoorden`,
  /** "Zie ook Aanhangsel Handelingen, vergaderjaar 2014–2015, nr. 403" after the answering minister */
  seeAlso: String.raw`zie\s+ook\s+aanhangsel\b`
} as const

/**
 * Words that follow a hyphen which leaves the rest of a compound out ("Voedsel- en
 * Warenautoriteit", "land- of tuinbouw"): there a hyphen and a space are no word broken at a line end.
 */
export const ELISION_WORDS: ReadonlySet<string> = new Set(['en', 'of', 'tot', 'noch', 'als', 'dan', 'c.q.', 'en/of', 'resp.', 'respectievelijk', 't/m', 'versus', 'vs.'])
