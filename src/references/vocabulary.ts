/**
 * The Dutch words the citation recognisers look for, in one place. The patterns are built from these lists,
 * so adding a spelling here is enough. A word's first letter matches in either case ("Kamerstuk", "kamerstuk")
 * unless said otherwise.
 */

/** "Kamerstuk 36800-X, nr. 78", "Kamerstukken II 2019/20, …", "kamerstukdossier 21501 08-928". */
export const kamerstukWords = ['Kamerstukken', 'Kamerstuknummers', 'Kamerstuknummer', 'Kamerstukdossier', 'Kamerstuk'] as const

/**
 * The same words as a PDF text layer with font-spacing artefacts writes them: "Kamers tuk 3 6200-XII- 60",
 * "Kamers tuknummer 3 6200- XII-60", "Kamers tukken 2 9665, nummers 4 27, …". Exact spelling, one space.
 */
export const letterSpacedKamerstukWords = ['Kamers tukken', 'Kamers tuknummers', 'Kamers tuknummer', 'Kamers tuk'] as const

/**
 * Finer hints of the Kamerstuk keywords, asked where the trigger is found: "amerstuk" as written, and
 * "amers tuk" or "amerstukken I I" letter-spaced. A word's first letter is left out for either case.
 */
export const kamerstukHints = {written: ['amerstuk'], letterSpaced: ['amers tuk', 'amerstukken I I']} as const

/**
 * The Eerste Kamer's short keyword: "EK 36 600 B, A", "EK 34 568, H". Exact spelling, capitals: "ek" is no
 * keyword.
 */
export const eersteKamerWords = ['EK'] as const

/** "nr. 78", "nr 78", "nr.78", "nummer 5". */
export const numberWords = ['nr', 'nummer'] as const

/** "nrs. 520 en 548", "nummers 4 27, 4 3 3 en 4 73". */
export const pluralNumberWords = ['nrs', 'nummers'] as const

/** Joins the last items of a list: "33 009, 32 637 en 31 288", "nrs. 520 en 548". */
export const listWords = ['en', '&'] as const

/** "Kamerstukken II, vergaderjaar 2019–2020, …", "Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028". */
export const sessionWords = ['vergaderjaar'] as const

/** Roman chamber numbers after "Kamerstukken" and "Handelingen": II is the Tweede Kamer, I the Eerste Kamer. */
export const chambers = {II: 'tk', I: 'ek'} as const

/** "Aanhangsel Handelingen", "Aanhangsel van de Handelingen". Exact spelling. */
export const aanhangselWords = ['Aanhangsel van de Handelingen', 'Aanhangsel Handelingen'] as const

/** "Handelingen II 2019/20, nr. 45, item 7". Exact spelling. */
export const handelingenWords = ['Handelingen'] as const

/** "…, nr. 45, item 7". */
export const itemWords = ['item'] as const

/** "de motie-Piri c.s.", "moties Timmermans en Yesilgöz-Zegerius". */
export const motionWords = ['moties', 'motie'] as const

/** Between "motie" and the names: "motie van het lid Boswijk", "motie van de leden Bikker en Omtzigt". */
export const motionIntroducers = [
  'van het kamerlid',
  'van de kamerleden',
  'van het lid',
  'van de leden',
  'van de heer',
  'van mevrouw',
  'van kamerleden',
  'van kamerlid',
  'van leden',
  'van lid'
] as const

/** "… c.s." after the first submitter: the motion has more submitters than are named. Exact spelling. */
export const coSubmitterWords = ['c.s.'] as const

/** Lower-case name particles that may open a name: "motie van der Staaij". */
export const nameParticles = ['van', 'de', 'der', 'den', 'ter', 'ten', 'te', "'t", 'von', 'la', 'le', 'du', 'da'] as const

/** Capitalised particles that open a surname: "De Hoop", "Van Campen", "Van der Plas". Exact spelling. */
export const capitalNameParticles = ['Van', 'De', 'Den', 'Der', 'Ter', 'Ten', 'Te', 'Von', 'La', 'Le', 'Du', 'Da', 'El'] as const

/**
 * Capitalised words that follow "motie" but are not a member's name: "de motie van de Kamer",
 * "motie Ceder, Kamerstuk 21 501-02, nr. 2732". Exact spelling.
 */
export const notNames = [
  'Kamerstukken',
  'Kamerstuk',
  'Kamers',
  'Kamer',
  'Tweede',
  'Eerste',
  'Regering',
  'Kabinet',
  'Minister',
  'Ministers',
  'Staatssecretaris',
  'Raad',
  'Commissie',
  'Motie',
  'Moties',
  'Handelingen',
  'Aanhangsel',
  'Nederland',
  'Europese',
  'EU',
  'Zie',
  'Het',
  'Een',
  'Dit',
  'Deze',
  'Die',
  'De',
  'In',
  'Op',
  'Over',
  'Voor',
  'Bij',
  'Met',
  'Dat',
  'Wat'
] as const

/**
 * Dossiers whose sub-series are numbered with two digits: "21 501-02" (Raad Algemene Zaken), "21 501-08"
 * (Milieuraad). Two digits after their dash are a suffix even when no document number follows.
 */
export const numberedSuffixDossiers = ['21501', '32317'] as const

/**
 * Prefixes of officielebekendmakingen ids: "kst-36800-X-78", "ah-tk-20242025-1028", "kv-tk-2024Z12345",
 * "h-tk-20192020-45-7", "blg-1234567", "stb-2020-118". Exact spelling.
 */
export const officieleBekendmakingenPrefixes = ['kst', 'ah', 'kv', 'h', 'blg', 'stb', 'stcrt', 'trb', 'gmb', 'prb', 'wsb'] as const

/** A ministry's own reference glued to its digits: "MINDEF20260028717". Exact spelling. */
export const gluedMinistryPrefixes = ['MINDEF'] as const

/** Where the officielebekendmakingen ids resolve. */
export const officieleBekendmakingenBase = 'https://zoek.officielebekendmakingen.nl/'

/** The beginning all of `words` share: "motie" of "moties" and "motie". */
function sharedStart(words: readonly string[]): string {
  return words.reduce((start, word) => {
    let i = 0
    while (i < start.length && start[i] === word[i]) i++
    return start.slice(0, i)
  })
}
const firstWord = (text: string) => text.split(' ')[0]!
/** `word` with its first letter in either case: "Motie", "motie". */
const eitherFirst = (word: string) => [word[0]!.toUpperCase() + word.slice(1), word[0]!.toLowerCase() + word.slice(1)]

/**
 * What every citation of a kind holds somewhere, as the recognisers write it (see triggers.ts): the
 * beginning its words share, the first letter in either case where the recogniser reads it so.
 * "Kamerstuk", "kamerstuk", "Kamers tuk", "kamers tuk"; "Motie", "motie"; "Handelingen"; "Aanhangsel".
 */
export const triggerWords = {
  kamerstuk: [...eitherFirst(sharedStart(kamerstukWords)), ...eitherFirst(sharedStart(letterSpacedKamerstukWords))],
  motion: eitherFirst(sharedStart(motionWords)),
  // The first word only: the recognisers read any white space between words ("Aanhangsel\nHandelingen").
  handelingen: [firstWord(sharedStart(handelingenWords))],
  aanhangsel: [firstWord(sharedStart(aanhangselWords))]
} as const
