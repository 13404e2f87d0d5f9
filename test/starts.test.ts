/**
 * Each anchored pattern lists the characters its matches begin with, and a text that begins with
 * any other is never tried (src/starts.ts). A missing character would make its pattern miss real
 * lines: so every character of the Basic Multilingual Plane is put in front of real lines the
 * pattern matches, in place of their first character and before it, and wherever the pattern then
 * matches, the character must be on the list.
 */
import {describe, expect, it} from 'vitest'
import {parseKamerbrief} from 'kamerbrief'
import {groupBlocks, isBareNumber} from '../src/blocks.js'
import {flattenedSource} from '../src/sources/flattened.js'
import {markdownSource} from '../src/sources/markdown.js'
import {textSource} from '../src/sources/text.js'
import {ANCHORED, beginsLikeOneOf, opens} from '../src/starts.js'
import {corpusDocuments, fixtures, skipWithoutCorpus} from './util.js'

// Every module with an anchored pattern is loaded by the parser.
parseKamerbrief('Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n')

const documents = [...corpusDocuments().map((d) => d.input), ...fixtures().map((f) => f.input)]

/** The texts the readers ask these patterns about: lines and blocks, read every way. */
const texts = new Set<string>()
for (const input of documents) {
  for (const source of [textSource, markdownSource, flattenedSource]) {
    const lines = source.lines(input)
    for (const line of lines) if (line.text) texts.add(line.text)
    for (const block of groupBlocks(lines, new Map(), source.blankLineBetweenParagraphs)) texts.add(block.text)
  }
}

/** Lines as the documents write them, for patterns the corpus holds too few of. */
const EXAMPLES = [
  'Mededeling',
  'Mededeling:',
  'Mededeling van Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen 7 juni 2024).',
  '**Vraag 1**',
  '• Vraag 3',
  '**Antwoord 2**',
  'pagina 2 van 5',
  '----',
  '***',
  'naar boven',
  '| |',
  'ISSN 0921 - 7371',
  '’s-Gravenhage 2023',
  'ah-tk-20222023-1523',
  'Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1523',
  '² https://www.rijksoverheid.nl',
  '^[1] Kamerstuk 36 410, nr. 5',
  '[3] Kamerstuk 36 410, nr. 5',
  '12 Kamerstuk 29 383, nr. 406.',
  'Hooggeachte voorzitter,',
  'Zeer geachte voorzitter,',
  'Met de meeste hoogachting,',
  'Tevens de leden van de SP-fractie vragen',
  'Ook de leden van de fracties van VVD en SP vragen',
  'Feitelijke vragen over het jaarverslag',
  'Beantwoording van de vragen',
  'Lijst van vragen en antwoorden',
  'BRIEF VAN DE MINISTER VAN DEFENSIE',
  'LIJST VAN VRAGEN EN ANTWOORDEN',
  'MEMORIE VAN ANTWOORD',
  'Nr. 443',
  '36 800 X Vaststelling van de begroting',
  'o Het eerste punt',
  '– het tweede punt',
  '- 1. De regering benoemt',
  'Ingediend 12 mei 2023',
  'Beantwoord 31 januari 2023',
  'Ontvangen 26 april 2019',
  'Verzonden 3 maart 2020',
  '’s-Gravenhage, 4 juli 2022',
  "'s-Gravenhage, 4 juli 2022",
  'Den Haag, 9 maart 2016',
  'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
  'Antwoord van Minister Uitermark (Binnenlandse Zaken)',
  'Zie ook Aanhangsel Handelingen, vergaderjaar 2014–2015, nr. 403',
  'De staatssecretaris van Financiën,',
  'Het Lid van de commissie',
  'GRIFFIER VAN DE COMMISSIE',
  'De informateur,',
  'Plaatsvervangend secretaris-generaal',
  'Adjunct-griffier',
  'De formateur'
]
for (const example of EXAMPLES) texts.add(example)

/** Characters put in front: the Basic Multilingual Plane without surrogates. */
const CHARACTERS: string[] = []
for (let code = 0; code <= 0xffff; code++) if (code < 0xd800 || code > 0xdfff) CHARACTERS.push(String.fromCharCode(code))

describe('anchored patterns', () => {
  skipWithoutCorpus('should take real lines from the corpus documents too')

  it('should have patterns to check', () => {
    expect(ANCHORED.length).toBeGreaterThanOrEqual(20)
  })

  it.each(ANCHORED.map((pattern) => [pattern.source.slice(0, 60), pattern] as const))('should list every first character of %s', (_, pattern) => {
    const plain = new RegExp(pattern.source, pattern.flags)
    // Real texts it matches, one per first character (and a few more), so that the check stays quick.
    const positives: string[] = []
    const firsts = new Map<string, number>()
    for (const text of texts) {
      if (!plain.test(text)) continue
      const seen = firsts.get(text[0]!) ?? 0
      if (seen >= 3) continue
      firsts.set(text[0]!, seen + 1)
      positives.push(text)
    }
    expect(positives.length, 'no real text matches this pattern: add an example').toBeGreaterThan(0)
    const missing = new Set<string>()
    for (const positive of positives) {
      expect(opens(pattern, positive), positive).toBe(true)
      for (const character of CHARACTERS) {
        if (pattern.starts.includes(character)) continue
        if (plain.test(character + positive.slice(1)) || plain.test(character + positive)) missing.add(`U+${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
      }
    }
    expect([...missing]).toEqual([])
  })

  // A gate before a look-up of words must pass every line the look-up could accept: in either
  // case, every character whose lower case begins like one of the words ("K", "k", the Kelvin sign).
  it('should let every character through that a word of beginsLikeOneOf begins with', () => {
    const words = ['datum', 'kenmerk', 'TER BESLISSING']
    const exact = beginsLikeOneOf(words)
    const anyCase = beginsLikeOneOf(words, true)
    for (const character of CHARACTERS) {
      const text = `${character}enmerk 12`
      expect(exact(text), `U+${character.charCodeAt(0).toString(16)}`).toBe(words.some((word) => word[0] === character))
      const lower = text.toLowerCase()
      if (words.some((word) => lower.startsWith(word[0]!.toLowerCase()))) expect(anyCase(text), `U+${character.charCodeAt(0).toString(16)}`).toBe(true)
    }
    expect(anyCase('\u212aenmerk')).toBe(true)
    expect(anyCase('Onderwerp')).toBe(false)
    expect(anyCase('')).toBe(false)
  })

  it('should read a bare number as /^\\d{1,3}$/ does, on every real line', () => {
    const samples = [...texts, '', '1', '12', '123', '1234', '12a', ' 1', '1 ', '١٢', '¹']
    expect(samples.filter((text) => isBareNumber(text) !== /^\d{1,3}$/.test(text))).toEqual([])
    expect(samples.some(isBareNumber)).toBe(true)
  })
})
