/**
 * Classes of input that broke positions and values, for test/values.test.ts and the long run of
 * `npm run fuzz`: each builds documents around a real Dutch letter's opening.
 */
import fc from 'fast-check'

const OPENING = 'Datum 21 mei 2026\n\nGeachte voorzitter,\n\n'
const WORDS = ['het', 'ministerie', 'van', 'Defensie', 'investeert', 'in', 'de', 'krijgsmacht', 'en', 'NAVO', 'zie', 'ook']

/** Words with Markdown character references, escapes and strong emphasis among them, and a citation after them. */
export const markdownParagraph = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom('J&amp;V', 'BZ&amp;K', '&eacute;&eacute;n', 'caf&#233;', '&#x1F600;', '&lt;b&gt;', 'a&nbsp;b'),
      fc.constantFrom('\\*BZK\\*', '\\_x\\_', '\\[1\\]', '\\#', '\\\\'),
      fc.constantFrom('**Investeren**', '**J&amp;V**', '__nadruk__')
    ),
    {minLength: 1, maxLength: 30}
  )
  .map((words) => ({input: `${OPENING}${words.join(' ')} zie Kamerstuk 36 800-X, nr. 78 voor meer.\n`}))

/** Numbered lines "1. **Investeren** in …" whose numbers Markdown would read as list markup. */
export const numberedMarkdownLines = fc
  .array(fc.tuple(fc.constantFrom('**Investeren**', '*Versterken*', '`code`', '[de NAVO](https://www.navo.nl)', 'J&amp;V'), fc.constantFrom(...WORDS)), {minLength: 1, maxLength: 8})
  .map((items) => {
    const numbers = items.map((_, k) => k + 1)
    return {input: `${OPENING}${items.map(([lead, word], k) => `${k + 1}. ${lead} ${word} de krijgsmacht.`).join('\n')}\n`, numbers}
  })

/** Reference definitions ("[kb]: https://…", "[^1]: https://…") after a paragraph. */
export const definitionDocument = fc
  .array(fc.tuple(fc.constantFrom('kb', '^1', '2', 'brief'), fc.constantFrom('https://www.rijksoverheid.nl/brief', 'https://nos.nl/artikel/1', 'https://zoek.officielebekendmakingen.nl/kst-36800-X-78')), {
    minLength: 1,
    maxLength: 5
  })
  .map((definitions) => ({
    input: `${OPENING}Zie [de brief][kb] en de noot.\n\n${definitions.map(([label, url]) => `[${label}]: ${url}`).join('\n')}\n`,
    urls: definitions.map(([, url]) => url)
  }))

/** A page bottom where numbers, numbered lines and texts of footnotes stand in any order, then a page break. */
export const interleavedFootnotes = fc
  .array(
    fc.oneof(
      fc.constantFrom('1', '2', '3'),
      fc.constantFrom('1Kamerstuk 29 383, nr. 406.', '2 Nederlands Dagblad, 3 mei 2023.', '3(Aanhangsel Handelingen II 2022/23, nr. 12)'),
      fc.constantFrom('Een bron.', 'https://nos.nl/artikel/1', 'tweede regel van de bron', ''),
      fc.constantFrom('¹ https://nos.nl/1', '² Bron twee.')
    ),
    {minLength: 1, maxLength: 12}
  )
  .map((lines) => `${OPENING}Dit staat in de bron.1 En in de andere.2 En de derde.3\n${lines.join('\n')}\n\f\nPagina 2 van 2\n`)

/** "Bijlage(n) N" with N from 0 to far beyond what a number can hold. */
export const numberDocument = fc
  .oneof(fc.integer({min: 0, max: 20_000}).map(String), fc.stringMatching(/^[1-9]\d{4,40}$/))
  .map((digits) => ({input: `Datum 21 mei 2026\nOnze referentie MINDEF20260034303\nBijlage(n) ${digits}\n\nGeachte voorzitter,\n\nHierbij.\n`, digits}))

/** Documents as they come, to be read with and without a byte order mark in front. */
export const byteOrderMarkDocument = fc.constantFrom(
  '# Vraag 1\n\nKent u het bericht?\n\nAntwoord 1\n\nJa.\n',
  '#### Vergaderjaar 2023–2024 Aanhangsel van de Handelingen\n\nVraag 1\n\nKent u het bericht?\n\nAntwoord 1\n\nJa.\n',
  'Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n',
  '**Vraag 1**\n\nKent u het bericht?\n\n**Antwoord 1**\n\nJa.\n',
  'Datum 21 mei 2026\n\nGeachte voorzitter,\n\nHierbij.\n'
)

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

/** A date in a letterhead, in an "ingezonden" and in a "Den Haag," line: real or not ("31 februari 2026"). */
export const dateDocument = fc
  .tuple(fc.integer({min: 1, max: 31}), fc.integer({min: 1, max: 12}), fc.integer({min: 1900, max: 2099}), fc.constantFrom('datum', 'ingezonden', 'plaats'))
  .map(([day, month, year, where]) => {
    const text = `${day} ${MONTHS[month - 1]} ${year}`
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    const input =
      where === 'datum'
        ? `Datum ${text}\n\nGeachte voorzitter,\n\nHierbij.\n`
        : where === 'ingezonden'
          ? `Vragen van het lid Eerdmans (JA21) aan de Staatssecretaris van Justitie en Veiligheid over de dwangwet (ingezonden ${text}).\n\nVraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n`
          : `Den Haag, ${text}\n\nGeachte voorzitter,\n\nHierbij.\n`
    return {input, iso}
  })
