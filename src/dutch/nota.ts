/** The words of a beslisnota: its header labels, what it asks of its reader, its section headings. */

/** Nota header labels ("Aan MINDEF en STASDEF", "Afgestemd met HDFC, CDS en CIO"). */
export type NotaKey = 'to' | 'from' | 'coordinatedWith' | 'copyTo' | 'date' | 'reference' | 'subject' | 'author' | 'attachments' | 'deadline' | 'other'
export const NOTA_LABELS: ReadonlyArray<readonly [string, NotaKey]> = [
  ['in afschrift aan', 'copyTo'],
  ['afschrift aan', 'copyTo'],
  ['afgestemd met', 'coordinatedWith'],
  ['samengewerkt met', 'coordinatedWith'],
  ['onze referentie', 'reference'],
  ['referentie', 'reference'],
  ['ons kenmerk', 'reference'],
  ['kenmerk', 'reference'],
  ['opgesteld door', 'author'],
  ['aantal bijlagen', 'attachments'],
  ['bijlage(n)', 'attachments'],
  ['bijlagen', 'attachments'],
  ['beslistermijn', 'deadline'],
  ['nota actief openbaar', 'other'],
  ['datum', 'date'],
  ['onderwerp', 'subject'],
  ['betreft', 'subject'],
  ['aan', 'to'],
  ['van', 'from']
]

/** Labels only a nota's header has, never a letter's: with two more labels near them, a nota starts. */
export const NOTA_ONLY_LABELS: ReadonlySet<string> = new Set(['in afschrift aan', 'afschrift aan', 'afgestemd met', 'samengewerkt met', 'opgesteld door', 'beslistermijn', 'nota actief openbaar'])

/** What a nota asks of its reader, printed in capitals above it. */
export const NOTA_PURPOSES = ['TER BESLISSING', 'TER BESLUITVORMING', 'TER ONDERTEKENING', 'TER INFORMATIE', 'TER KENNISNAME', 'TER BESPREKING', 'TER ADVISERING', 'TER PARAAF'] as const

/** The word printed above a nota's title: "Nota". */
export const NOTA = 'nota'

/** "Aan de voorzitter …" opens a letter, not a nota. */
export const LETTER_ADDRESSEE = /^aan de voorzitter/i

/** The section whose short lines are subsections: "Toelichting". */
export const EXPLANATION = 'toelichting'

/** Headings that open a top-level section of a beslisnota (Rijksoverheid model), lower case. */
export const NOTA_TOP_HEADINGS: ReadonlySet<string> = new Set([
  'aanleiding',
  'geadviseerd besluit',
  'kernpunten',
  'kern',
  EXPLANATION,
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

/** "De Kamer heeft in totaal 67 schriftelijke vragen gesteld, waarvan 45 over … en 22 over …". */
export const QUESTION_COUNT = /\b(\d{1,4})\s+(?:schriftelijke\s+|feitelijke\s+)?vragen\b[^.]{0,80}?\bwaarvan\s+(\d{1,4})\b[^.]{0,200}?\ben\s+(\d{1,4})\b/i
