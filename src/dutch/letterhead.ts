/**
 * The words of a letterhead, in every layout: the Rijkshuisstijl sidebar's labels ("Datum",
 * "Onze referentie"), the addressee, the place and date, a committee's, and the Aanhangsel's
 * "Vragen van het lid …" and "Antwoord van …".
 */

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

/** The labels no sentence opens with, which only a letterhead prints: "Datum", "Onze referentie", "Betreft". */
export const HEADER_LABELS = ['datum', 'onze referentie', 'ons kenmerk', 'betreft', 'onderwerp'] as const

/** The chambers as the tree names them. */
export const CHAMBER_NAMES = ['Eerste Kamer', 'Tweede Kamer'] as const
/** Each chamber, lower case as an addressee names it, with its name. */
export const CHAMBERS = CHAMBER_NAMES.map((name) => [name.toLowerCase(), name] as const)

/** A website in a sender block: "www.defensie.nl". */
export const WEBSITE = /^(https?:\/\/)?www\.[\w.-]+\.[a-z]{2,}\/?$/i
/** The label of a return address, as the tree gives it. */
export const RETURN_ADDRESS_LABEL = 'Retouradres'
/** A sender's address: "Postbus 20701". */
export const PO_BOX = /postbus/i
/** Dutch postcode with city: "2500 ES Den Haag", "2 5 15 XP D en Haag" (letter-spaced). */
export const POSTCODE = /\b\d{4} ?[A-Z]{2}\b/

/** Short words that stand on their own in names of ministries: "Ministerie van Defensie". */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(['van', 'en', 'de', 'het', 'der', 'voor', 'op', 'in', 'met', 'aan', 'te'])

/**
 * Senders outside the Rijkshuisstijl: the High Councils of State that write to the Kamer under their
 * own name, which stands alone above the signatures ("Algemene Rekenkamer" / "drs. Saskia J.
 * Stuiveling, president") or in a role ("De vice-president van de Raad van State, Th.C. de Graaf").
 */
export const INSTITUTIONS = ['Algemene Rekenkamer', 'Raad van State', 'Nationale ombudsman'] as const

/** "de Voorzitter van de Tweede Kamer" */
/** "Voorzitter van de Tweede Kamer", as the Algemene Rekenkamer writes it, without the article. */
const CHAIR_NAME = String.raw`voorzitter\s+van\s+de\s+(?:eerste|tweede)\s+kamer`
const CHAIR = String.raw`de\s+${CHAIR_NAME}`
/** "vaste commissie", "algemene commissie", "commissie" */
const COMMITTEE = String.raw`(?:(?:vaste|algemene)\s+)?commissie`
/** Who signs for a committee: "De voorzitter van de commissie", "Adjunct-griffier van de vaste commissie". */
const COMMITTEE_ROLES = ['voorzitter', 'griffier']
/** One standing in for the chair or the clerk: "De fungerend voorzitter van de commissie", "De wnd. griffier". */
const ACTING = String.raw`(?:(?:fungerend|plaatsvervangend|waarnemend)e?\s+|wnd\.\s*)?`
/** A committee signature's role: "De voorzitter van de commissie", "De fungerend voorzitter van de commissie", "Adjunct-griffier van de commissie". */
const COMMITTEE_ROLE = String.raw`(?:de\s+)?${ACTING}(?:adjunct-)?(?:${COMMITTEE_ROLES.join('|')})\s+van\s+de\s+${COMMITTEE}`
/** "Vragen van het lid Eerdmans (JA21)", "Vragen van de leden Groothuizen (D66) en …": who asks, before the names. */
const ASKERS = String.raw`vragen\s+van\s+(?:het\s+lid|de\s+leden)`
/**
 * "Antwoord van Minister Uitermark (…) (ontvangen 4 februari 2025)": who answers, before the name;
 * also where the minister sends a notice instead ("Mededeling van Minister De Jonge (…) (ontvangen
 * 7 juni 2024)": the answer comes later, or came by letter).
 */
const ANSWERED = String.raw`(?:antwoord|mededeling)\s+van\s+`
/** The date word of questions submitted: "Ingediend 12 mei 2023". */
export const DATED_SUBMITTED = 'ingediend'
/** The date word of a committee's document: "Vastgesteld 13 mei 2025". */
export const DATED_FIXED = 'vastgesteld'

/**
 * Letterhead phrases as pattern sources, shared by the block grouper (where a letterhead line starts
 * a block), the letter reader (how far the letterhead reaches) and the letterhead reader (what each
 * line says). Case-insensitive; each matches at the start of a line.
 */
export const LETTERHEAD_PHRASES = {
  /** "Retouradres Postbus 20701 2500 ES Den Haag" */
  returnAddress: RETURN_ADDRESS_LABEL.toLowerCase(),
  /** "Aan de Voorzitter van de Tweede Kamer", "de Voorzitter van de Eerste Kamer", "Voorzitter van de Tweede Kamer" (the Algemene Rekenkamer) */
  addressee: String.raw`(?:aan\s+)?(?:de\s+)?${CHAIR_NAME}`,
  /** "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", a line of its own */
  addresseeLine: String.raw`aan\s+${CHAIR}\s+der\s+staten-generaal`,
  /** "Aan de Voorzitter", however the line goes on */
  toTheChair: String.raw`aan\s+de\s+voorzitter`,
  /** "Den Haag, 9 maart 2016", "’s-Gravenhage, 4 juli 2022" (the place; the date follows) */
  place: String.raw`(?:den haag|[’']s-gravenhage),?`,
  /** "Vastgesteld 15 september 2022", "Ontvangen 26 april 2019", "Beantwoord 31 januari 2023", a motion's "Voorgesteld 6 juli 2021" (the date follows) */
  dated: String.raw`(?:${DATED_FIXED}|ontvangen|beantwoord|${DATED_SUBMITTED}|verzonden|voorgesteld)`,
  /** "Vragen van het lid Eerdmans (JA21) aan …", "Vragen van de leden Groothuizen (D66) en …" */
  asked: String.raw`${ASKERS}\b`,
  /** "Antwoord van Minister Uitermark (…) (ontvangen 4 februari 2025)" */
  answered: ANSWERED,
  /** "Ministerie van Defensie" */
  ministry: String.raw`ministerie\s+van\b`,
  /** "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden" */
  aanhangselTitle: String.raw`vragen gesteld door de leden der kamer`,
  /** The rest of the Aanhangsel title, to its last word: ", met de daarop door de regering gegeven antwoorden" */
  aanhangselTitleEnd: String.raw`,?\s+met\s+de\s+daarop\s+door\s+de\s+regering\s+gegeven\s+antwoorden`,
  /** "Zie ook Aanhangsel Handelingen, vergaderjaar 2014–2015, nr. 403" after the answering minister */
  seeAlso: String.raw`zie\s+ook\s+aanhangsel\b`,
  /** "De voorzitter van de commissie", "Adjunct-griffier van de vaste commissie" */
  committeeMember: COMMITTEE_ROLE,
  /** "De vaste commissie voor Financiën heeft …" */
  committeeReport: String.raw`de\s+${COMMITTEE}\s+voor\s+.+\s+heeft\b`,
  /** "De minister heeft deze vragen beantwoord" */
  questionsAnswered: String.raw`de\s+\S+\s+heeft\s+deze\s+vragen\s+beantwoord`,
  /** "De vragen en opmerkingen zijn … voorgelegd" */
  remarks: 'de vragen en opmerkingen zijn'
} as const

/** A return address line: "> Retouradres Postbus 20701 2500 ES Den Haag". */
export const RETURN_ADDRESS = new RegExp(`^${LETTERHEAD_PHRASES.returnAddress}\\b`, 'i')

/** "De vaste commissie voor Financiën heeft …": the committee is group 1. */
export const COMMITTEE_REPORT = new RegExp(String.raw`^de\s+(${COMMITTEE}\s+voor\s+.+?)\s+heeft\b`, 'i')
/**
 * "De voorzitter van de commissie, Sneller", "De fungerend voorzitter van de commissie, Van
 * Veldhoven", "De griffier van de vaste Commissie voor Binnenlandse Zaken, Bergman": role and name
 * (empty when the name stands on the next line).
 */
export const COMMITTEE_SIGNATURE = new RegExp(String.raw`^(${COMMITTEE_ROLE}(?:\s+voor\s+[^,]{0,119}[^,\s])?)\s*,\s*(.*)$`, 'i')
/** "Bij beantwoording, datum, onze referentie en onderwerp vermelden." */
export const REPLY_NOTE = /^\*?bij beantwoording\b/i
/** "Vergaderjaar 2022–2023" of an Aanhangsel header: the years are groups 1 and 2. */
export const SESSION = /^vergaderjaar\s+(\d{4})\s?[–-]\s?(\d{4})/i
/**
 * The words of an Aanhangsel's header ("Tweede Kamer der Staten-Generaal", "Vergaderjaar
 * 2022–2023", "Aanhangsel van de Handelingen"): a number under it is the Aanhangsel's.
 */
export const AANHANGSEL_HEADER = /vergaderjaar|staten-generaal|aanhangsel van de handelingen/i

// ---------------------------------------------------------------- questions in the Aanhangsel

/**
 * A subject that says whose questions the letter answers: "Beantwoording van Kamervragen van de leden
 * Mutluer (PvDA) en Ellemeet (GroenLinks) over …", "Beantwoording Kamervragen leden Mutluer, Lahlah
 * (GroenLinks-PvdA), Boswijk (CDA) en Helder (BBB) over …": the members are group 1.
 */
export const ANSWERING_SUBJECT = /^beantwoording\s+(?:van\s+)?(?:de\s+)?(?:schriftelijke\s+)?kamervragen\s+(?:van\s+)?(?:de\s+|het\s+)?(?:leden|lid)\s+(\S.{0,299}?)\s+over\s/i
/** "Vragen van het lid Eerdmans (JA21) aan de Minister …": the members are group 1. */
export const ASKED_BY = new RegExp(String.raw`^${ASKERS}\s+(.+?)\s+aan\s+(?:de|het)\s`, 'i')
/** What opens the subject of the questions: "… over het bericht …", "… inzake …". */
export const SUBJECT_OPENING = /\s(?:over|inzake)\s+/i
/** What closes it: "(ingezonden 12 mei 2023)". Global, to search from the subject on. */
export const SUBMITTED_CLOSING = /\(ingezonden\b/gi
/** "(ingezonden 12 mei 2023)": the date is group 1. */
export const SUBMITTED_ON = /\(ingezonden\s+([^)]*)\)/i
/** "Van Weyenberg, Romke de Jong en Kat (allen D66)": the party of them all is group 1. */
export const ALL_OF = /\(allen\s+([^)]+)\)\s*$/i
/** "Antwoord van Minister Uitermark (Binnenlandse Zaken) (ontvangen 4 februari 2025)": who, and the date. */
// The date is the first in the brackets: "(ontvangen (ontvangen 7 juni 2024)" prints the word twice.
export const ANSWERED_ON = new RegExp(String.raw`^${ANSWERED}(.+?)\s*\((?:ontvangen|verzonden)\s+(?:\((?:ontvangen|verzonden)\s+)?([^)]*)\)`, 'i')
/** "Antwoord van Minister Uitermark (Binnenlandse Zaken)": who. */
export const ANSWERED_BY = new RegExp(String.raw`^${ANSWERED}(.+?)[.]?$`, 'i')
/** "Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028" after the answer line. */
export const AANHANGSEL_CITATION = /aanhangsel handelingen,?\s+vergaderjaar\s+(\d{4})[–-](\d{4}),\s+nr\.\s*(\d+)/i
/** The label of an answer line that cites the Aanhangsel, as the tree gives it. */
export const SEE_ALSO = 'Zie ook'

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
