/**
 * Flattened text: a whole letter on one line, as the text columns of public datasets hold it. Two
 * renderings exist: runs of spaces where lines broke ("…gelaten?    De Algemene Rekenkamer …",
 * full-19) and single spaces (full-04). The rules are for the class: every document of the corpus,
 * flattened both ways, must give what it gives as given.
 */
import {coverage, type Options, parseKamerbrief, type Root} from 'kamerbrief'
import {describe, expect, it} from 'vitest'
import {leafProblems} from './arbitraries.js'
import {all, type AnyNode, corpusDocument, corpusDocuments, corpusGold, describeCorpus, first, squash, text} from './util.js'

/** What every tree must be: valid, every character in one node, every text read from its own characters. */
function expectSound(tree: Root, input: string): void {
  expect(tree.diagnostics.filter((d) => d.ruleId === 'schema-violation')).toEqual([])
  expect(coverage(tree, input, {overlaps: true})).toEqual([])
  expect(leafProblems(tree, input)).toEqual([])
}

// ------------------------------------------------------------------------------------------------ detection

/** A paragraph of a letter, 300 characters, without a line break. */
const PARAGRAPH =
  'Hierbij bieden wij u de antwoorden aan op de vragen van de vaste commissie voor Financiën over ons rapport over de voorbereiding op de brexit. ' +
  'De Algemene Rekenkamer heeft tijdens de zomerperiode van 2018 bewust een kortlopend onderzoek uitgevoerd, teneinde een rapport te publiceren. '

type DetectionCase = [name: string, input: string, format: Root['format']]

const DETECTION_CASES: DetectionCase[] = [
  ['should read a long input without line breaks as flattened', `Vraag 1 Kent u het bericht? Antwoord 1 Ja. ${PARAGRAPH.repeat(3)}`, 'flattened'],
  ['should read a long input with a line break every 2,000 characters as flattened', `${PARAGRAPH.repeat(7)}\n${PARAGRAPH.repeat(7)}`, 'flattened'],
  ['should read a long input without line breaks as flattened, whatever Markdown it shows', `**Vraag 1** Kent u het bericht? ${PARAGRAPH.repeat(3)}`, 'flattened'],
  ['should read a short input on one line as text', 'Vraag 1 Kent u het bericht? Antwoord 1 Ja.', 'text'],
  ['should read a paragraph of 300 characters on one line as text', PARAGRAPH, 'text'],
  ['should read a long input with a line break every 80 characters as text', PARAGRAPH.repeat(4).replace(/(.{80})/g, '$1\n'), 'text'],
  ['should read a long input whose paragraphs are lines as text', `${PARAGRAPH}\n\n`.repeat(6), 'text'],
  ['should read a long Markdown input with line breaks as Markdown', `# Vraag 1\n\n${PARAGRAPH}\n\n`.repeat(3), 'markdown']
]

describe('flattened text: detection', () => {
  it.each(DETECTION_CASES)('%s', (_, input, format) => {
    const tree = parseKamerbrief(input)
    expect(tree.format).toBe(format)
    expectSound(tree, input)
  })

  it('should read a short one-line input that is not flattened as text, whole', () => {
    const input = 'Vraag 1 Kent u het bericht? Antwoord 1 Ja.'
    const tree = parseKamerbrief(input)
    expect(tree.format).toBe('text')
    expect(tree.children).toHaveLength(1)
    expect(all(tree, 'questionAnswer')).toEqual([])
  })

  it('should read the format it is told, flattened too', () => {
    expect(parseKamerbrief('Vraag 1 Kent u het bericht? Antwoord 1 Ja.', {format: 'flattened'}).format).toBe('flattened')
    expect(parseKamerbrief(`Vraag 1 Kent u het bericht? ${PARAGRAPH.repeat(3)}`, {format: 'text'}).format).toBe('text')
  })
})

describeCorpus('flattened text: detection on the corpus', () => {
  it('should read the flattened documents as flattened, and no other', () => {
    const flattened = corpusDocuments()
      .filter((document) => parseKamerbrief(document.input).format === 'flattened')
      .map((document) => document.name)
    expect(flattened).toEqual(['full-04-ah-tk-20142015-698-bouwmeester-ziekenhuisrekeningen-flattened.txt', 'full-19-ar-2019-brexit-flattened.txt'])
  })
})

// ------------------------------------------------------------------------------------------------ short inputs

/** The words of a question or answer: footnote texts at a page bottom inside it are not among them. */
const words = (node: AnyNode | undefined) => squash(text({...node, children: node?.children?.filter((c) => c.type !== 'footnoteDefinition')}))

/** What a user takes from a letter: its letterhead facts, questions, signature, footnotes and furniture. */
function summary(tree: Root) {
  const head = first(tree, 'letterhead') as (AnyNode & Record<string, unknown>) | undefined
  const facts = ['date', 'subject', 'reference', 'askedBy', 'questionsSubmitted', 'answeredBy'] as const
  return {
    letterhead: head && Object.fromEntries(facts.filter((key) => head[key] !== undefined).map((key) => [key, head[key]])),
    questions: all(tree, 'questionAnswer').map((q) => [q.number, words(first(q, 'question')), words(first(q, 'answer'))]),
    salutation: squash(text(first(tree, 'salutation'))) || undefined,
    signatories: all(tree, 'signatory').map((s) => [s.role, s.name]),
    footnotes: all(tree, 'footnoteDefinition').map((d) => [d.identifier, squash(text(d))]),
    furniture: all(tree, 'pageFurniture').map((f) => [f.kind, f.raw])
  }
}

type Summary = ReturnType<typeof summary>
type FlattenedCase = [name: string, input: string, expected: Partial<Summary>]

const FLATTENED: Options = {format: 'flattened'}

const FLATTENED_CASES: FlattenedCase[] = [
  [
    'should read question and answer headings between single spaces ("Vraag 2 en 3", "Antwoord 1")',
    'Vraag 1 Kent u het bericht? Antwoord 1 Ja. Vraag 2 en 3 Wat vindt u ervan? Wat gaat u doen? Antwoord 2 en 3 Niets.',
    {
      questions: [
        ['1', 'Kent u het bericht?', 'Ja.'],
        ['2', 'Wat vindt u ervan? Wat gaat u doen?', 'Niets.'],
        ['3', '', '']
      ]
    }
  ],
  [
    'should read a lijst whose questions are numbered alone, one space apart ("… Groen 1 Welke lessen …? Het is aan … 2 Heeft …?")',
    'De voorzitter van de commissie, Aptroot De griffier van de commissie, Groen 1 Welke lessen kan het parlement trekken uit de onderzochte parlementaire onderzoeken? ' +
      'Zijn er specifieke punten? Het is aan het parlement zelf om dat te bepalen. 2 Heeft de Tweede Kamer, achteraf bezien, «fouten» gemaakt? Zie het antwoord op vraag 1.',
    {
      questions: [
        ['1', 'Welke lessen kan het parlement trekken uit de onderzochte parlementaire onderzoeken? Zijn er specifieke punten?', 'Het is aan het parlement zelf om dat te bepalen.'],
        ['2', 'Heeft de Tweede Kamer, achteraf bezien, «fouten» gemaakt?', 'Zie het antwoord op vraag 1.']
      ]
    }
  ],
  [
    'should read the numbers of a lijst after a title in lower case, and its "Antwoord:" headings ("Vragen en antwoorden 1 Kunt u …?")',
    'Vragen en antwoorden 1 Kunt u aangeven welke projecten moeten stoppen? Antwoord: De bezuinigingen gelden vanaf 2025. 2 Wat betekent dat voor de partners? Antwoord: Zij worden tijdig ingelicht.',
    {
      questions: [
        ['1', 'Kunt u aangeven welke projecten moeten stoppen?', 'De bezuinigingen gelden vanaf 2025.'],
        ['2', 'Wat betekent dat voor de partners?', 'Zij worden tijdig ingelicht.']
      ]
    }
  ],
  [
    'should not read a number in a sentence that is not the next of a lijst as a question number ("… bedraagt 7 Welke …?")',
    'Het aantal scholen bedraagt 7 Welke daarvan open blijven is onzeker? Dat wordt later bekend.',
    {questions: []}
  ],
  [
    'should keep a sentence broken off by the end of the excerpt in its question where it opens as one, a question cut short ("… evaluatie? Hoe gaat zij dit d")',
    '1. Kent u het bericht? Ja. 2. Is het kabinet bereid een evaluatie te laten volgen? Hoe gaat zij dit d',
    {questions: [['1', 'Kent u het bericht?', 'Ja.']]}
  ],
  [
    'should read a sentence broken off by the end of the excerpt after a question as its answer where it opens otherwise ("… weggenomen? Het recht op huurtoeslag … h")',
    '1. Kent u het bericht? Ja. 2. Kan het gehele effect worden weggenomen? Het recht op huurtoeslag op het adres h',
    {
      questions: [
        ['1', 'Kent u het bericht?', 'Ja.'],
        ['2', 'Kan het gehele effect worden weggenomen?', 'Het recht op huurtoeslag op het adres h']
      ]
    }
  ],
  ['should not read "Vraag 2" in a sentence as a heading', 'Zoals gezegd in vraag 2 is dat bekend. Vraag 1 is al beantwoord in de brief.', {questions: []}],
  [
    'should read the Aanhangsel letterhead ("Vragen van het lid …", "Antwoord van …", "Zie ook Aanhangsel …")',
    'Vragen van het lid Bouwmeester (PvdA) aan de Minister van Volksgezondheid, Welzijn en Sport over onterechte ziekenhuisrekeningen (ingezonden 3 oktober 2014). ' +
      'Antwoord van Minister Schippers (Volksgezondheid, Welzijn en Sport) (ontvangen 26 november 2014). Zie ook Aanhangsel Handelingen, vergaderjaar 2014–2015, nr. 403 ' +
      'Vraag 1 Kent u de berichten? Antwoord 1 Ja.',
    {
      letterhead: {
        subject: 'onterechte ziekenhuisrekeningen',
        askedBy: [{name: 'Bouwmeester', party: 'PvdA'}],
        questionsSubmitted: '2014-10-03',
        answeredBy: 'Minister Schippers (Volksgezondheid, Welzijn en Sport)',
        date: '2014-11-26'
      },
      questions: [['1', 'Kent u de berichten?', 'Ja.']]
    }
  ],
  [
    'should read a letter: labels, salutation, closing and signature roles in capitals',
    'Datum 21 mei 2026 Betreft Beantwoording schriftelijke vragen Geachte voorzitter, Hierbij ontvangt u de antwoorden. Hoogachtend, DE MINISTER VAN DEFENSIE, Ruben Brekelmans',
    {
      letterhead: {date: '2026-05-21', subject: 'Beantwoording schriftelijke vragen'},
      salutation: 'Geachte voorzitter,',
      signatories: [['DE MINISTER VAN DEFENSIE', 'Ruben Brekelmans']]
    }
  ],
  [
    'should read signature roles in lower case, each up to its last comma',
    'Datum 21 mei 2026 Geachte voorzitter, Hierbij ontvangt u de antwoorden. Hoogachtend, De minister van Volksgezondheid, Welzijn en Sport, E.I. Schippers De staatssecretaris van Volksgezondheid, Welzijn en Sport, M.J. van Rijn',
    {
      salutation: 'Geachte voorzitter,',
      signatories: [
        ['De minister van Volksgezondheid, Welzijn en Sport', 'E.I. Schippers'],
        ['De staatssecretaris van Volksgezondheid, Welzijn en Sport', 'M.J. van Rijn']
      ]
    }
  ],
  [
    'should pair labels printed in a row before their values ("Datum Betreft 18 oktober 2023 …")',
    'Kenmerk IENW/BSK-2023/297705 Datum Betreft 18 oktober 2023 Verzamelbrief luchtvaart Geachte voorzitter, Met deze brief wordt u geïnformeerd.',
    {letterhead: {date: '2023-10-18', subject: 'Verzamelbrief luchtvaart', reference: 'IENW/BSK-2023/297705'}}
  ],
  [
    'should leave a label before another without a value ("U W K E N M E R K O N S K E N M E R K 19000271 R")',
    'D A T U M 23 januari 2019 U W K E N M E R K O N S K E N M E R K 19000271 R B I J L A G E N 1 Geachte mevrouw Arib, Hierbij bieden wij u de antwoorden aan.',
    {letterhead: {date: '2019-01-23', reference: '19000271 R'}}
  ],
  [
    'should read lines from runs of spaces, letter-spaced labels beside their values',
    'D A T U M   23 januari 2019  B E T R E F T   beantwoording vragen over rapport ‘Brexit Voorbereiding op  financiële gevolgen ’.    U W  K E N M E R K     O N S  K E N M E R K   19000271 R    ' +
      'Geachte mevrouw Arib,    Hierbij bieden wij u de antwoorden aan.    Vraag 1  Waarom heeft de Algemene Rekenkamer de NVWA buiten het onderzoek gelaten?    De reikwijdte was beperkt.',
    {
      letterhead: {date: '2019-01-23', subject: 'beantwoording vragen over rapport ‘Brexit Voorbereiding op financiële gevolgen ’.', reference: '19000271 R'},
      salutation: 'Geachte mevrouw Arib,',
      questions: [['1', 'Waarom heeft de Algemene Rekenkamer de NVWA buiten het onderzoek gelaten?', 'De reikwijdte was beperkt.']]
    }
  ],
  [
    'should read footnote texts at a page bottom and the furniture after them',
    'Vraag 1 Kent u de berichten over het eigen risico?1 Herinnert u zich uw uitspraken dat u dat met ziekenhuizen afspreekt?2 Bent u van mening dat hierover voldoende voorlichting wordt ' +
      '1 Financieel Dagblad, «Schadepost van tientallen miljoenen», 24 september 2014 2 Kamerstuk, 28 828, nr. 70 ah-tk-20142015-698 ISSN 0921 - 7398 ’s-Gravenhage 2014 ' +
      'Tweede Kamer, vergaderjaar 2014–2015, Aanhangsel 1 gegeven aan verzekerden? Antwoord 1 Ja.',
    {
      questions: [
        [
          '1',
          'Kent u de berichten over het eigen risico? Herinnert u zich uw uitspraken dat u dat met ziekenhuizen afspreekt? Bent u van mening dat hierover voldoende voorlichting wordt gegeven aan verzekerden?',
          'Ja.'
        ]
      ],
      footnotes: [
        ['1', 'Financieel Dagblad, «Schadepost van tientallen miljoenen», 24 september 2014'],
        ['2', 'Kamerstuk, 28 828, nr. 70']
      ],
      furniture: [
        ['colophon', 'ah-tk-20142015-698'],
        ['footer', 'ISSN 0921 - 7398 ’s-Gravenhage 2014 Tweede Kamer, vergaderjaar 2014–2015, Aanhangsel 1']
      ]
    }
  ],
  [
    'should not read numbers before a footer that the text does not cite as a footnote',
    'Vraag 1 Hoeveel ziekenhuizen zijn het? Antwoord 1 Het gaat om 5 Ziekenhuizen Tweede Kamer, vergaderjaar 2014–2015, Aanhangsel 2',
    {questions: [['1', 'Hoeveel ziekenhuizen zijn het?', 'Het gaat om 5 Ziekenhuizen']], footnotes: [], furniture: [['footer', 'Tweede Kamer, vergaderjaar 2014–2015, Aanhangsel 2']]}
  ],
  [
    'should read a running header before each page number ("… Douane’. 3/10")',
    'Vraag 1 Waarom is dat niet onderzocht? Beantwoording vragen Tweede Kamer over rapport ‘Brexit’. 2/10 Dit heeft de Algemene Rekenkamer niet onderzocht. ' +
      'Vraag 2 Waarom niet? Beantwoording vragen Tweede Kamer over rapport ‘Brexit’. 3/10 Dat viel buiten het onderzoek.',
    {
      questions: [
        ['1', 'Waarom is dat niet onderzocht?', 'Dit heeft de Algemene Rekenkamer niet onderzocht.'],
        ['2', 'Waarom niet?', 'Dat viel buiten het onderzoek.']
      ],
      furniture: [
        ['running-header', 'Beantwoording vragen Tweede Kamer over rapport ‘Brexit’.'],
        ['page-number', '2/10'],
        ['running-header', 'Beantwoording vragen Tweede Kamer over rapport ‘Brexit’.'],
        ['page-number', '3/10']
      ]
    }
  ],
  [
    'should not read "2/4" after a word in lower case as a page number',
    'Vraag 1 Hoeveel is het? Antwoord 1 Het aandeel is 2/4 Resultaten volgen later.',
    {questions: [['1', 'Hoeveel is het?', 'Het aandeel is 2/4 Resultaten volgen later.']], furniture: []}
  ],
  [
    'should end a question at its last question mark before its answer, without an "Antwoord" heading',
    'Vraag 1 Gaat de Algemene Rekenkamer alsnog een onderzoek doen? Zo ja, wanneer? Zo nee, waarom niet? De Algemene Rekenkamer heeft geen plannen. ' +
      'Vraag 2 Tien procent van de bedrijven bereidt zich voor. Is dat te specificeren? Wij kunnen dat niet specificeren.',
    {
      questions: [
        ['1', 'Gaat de Algemene Rekenkamer alsnog een onderzoek doen? Zo ja, wanneer? Zo nee, waarom niet?', 'De Algemene Rekenkamer heeft geen plannen.'],
        ['2', 'Tien procent van de bedrijven bereidt zich voor. Is dat te specificeren?', 'Wij kunnen dat niet specificeren.']
      ]
    }
  ],
  [
    'should read numbered questions and the answers after them ("Freriks 1. Waar …? In de …")',
    'De griffier van de commissie, Freriks 1. Waar zijn de cijfers over de parallelimport? In de 20e Halfjaarrapportage staan ze. 2. Wat is de stand van zaken? Die is ongewijzigd.',
    {
      questions: [
        ['1', 'Waar zijn de cijfers over de parallelimport?', 'In de 20e Halfjaarrapportage staan ze.'],
        ['2', 'Wat is de stand van zaken?', 'Die is ongewijzigd.']
      ]
    }
  ],
  ['should not read "artikel 1." in a sentence as a numbered question', 'Geachte voorzitter, Dit volgt uit artikel 1. Kan de regering dat bevestigen? Dat kan zij.', {questions: []}],
  [
    'should read questions without headings, each after the answer before it',
    'Wat is de afkomst van de jongens? Het onderzoek loopt nog. Hoeveel mensen zijn opgepakt? Er zijn vijf verdachten aangehouden.',
    {
      questions: [
        ['1', 'Wat is de afkomst van de jongens?', 'Het onderzoek loopt nog.'],
        ['2', 'Hoeveel mensen zijn opgepakt?', 'Er zijn vijf verdachten aangehouden.']
      ]
    }
  ],
  [
    'should read a word broken at a flattened line end whole ("zorgverzeke- raars"), and keep an elided compound ("Voedsel- en Warenautoriteit")',
    'Vraag 1 Hebt u de Voedsel- en Warenautoriteit betrokken? Antwoord 1 Ja, en ook de zorgverzeke- raars.',
    {questions: [['1', 'Hebt u de Voedsel- en Warenautoriteit betrokken?', 'Ja, en ook de zorgverzekeraars.']]}
  ]
]

describe('flattened text: short inputs', () => {
  it.each(FLATTENED_CASES)('%s', (_, input, expected) => {
    const tree = parseKamerbrief(input, FLATTENED)
    const got = summary(tree)
    expect(Object.fromEntries(Object.keys(expected).map((key) => [key, got[key as keyof Summary]]))).toEqual(expected)
    expectSound(tree, input)
  })

  it('should keep every position exact: a virtual line is a range of the one physical line', () => {
    const input = 'Vraag 1 Kent u het bericht? Antwoord 1 Ja.'
    const tree = parseKamerbrief(input, FLATTENED)
    const marker = all(tree, 'marker').find((m) => m.label === 'Antwoord 1')!
    expect(input.slice(marker.position!.start.offset, marker.position!.end.offset)).toBe('Antwoord 1')
    expect(marker.position!.start).toEqual({line: 1, column: 29, offset: 28})
  })

  it('should read the lines of an input with a few line breaks, each flattened', () => {
    const input = `Vraag 1 Kent u het bericht? Antwoord 1 Ja.\nVraag 2 Wat vindt u ervan? Antwoord 2 Niets.`
    const tree = parseKamerbrief(input, FLATTENED)
    expect(summary(tree).questions).toEqual([
      ['1', 'Kent u het bericht?', 'Ja.'],
      ['2', 'Wat vindt u ervan?', 'Niets.']
    ])
    expectSound(tree, input)
  })
})

// ------------------------------------------------------------------------------------------------ the flattened documents

/** The gold fields of the flattened documents (the corpus README says what each means). */
interface Gold {
  letter: {
    date: string
    reference?: string
    subject: string
    senderContains: string
    addressee?: {startsWith: string}
    salutation?: string
    signatories?: Array<{role: string; name: string}>
    askedByContains?: string
    questionsSubmitted?: string
    mentions?: string[]
  }
  questionNumbers: string[]
  crossReferences?: Array<{from: string; to: string}>
  kamerstukCitations: string[]
  hasNota?: boolean
  footnoteCount?: number
  sections?: Array<{items: Array<{number: string; question?: {startsWith: string; endsWith: string}; answer?: {startsWith: string; endsWith: string}}>}>
}

/** Text as the scorer reads it (../shared/tools/score.mjs): every value, furniture too. */
function scored(node: AnyNode | undefined): string {
  if (!node) return ''
  if (typeof node.value === 'string') return node.value
  const children = node.children ?? []
  const inline = children.some((c) => c.type === 'text' || typeof c.value === 'string')
  return children.map(scored).join(inline ? '' : ' ')
}

/** Normalised as the scorer compares: no footnote marks or "*", one space, none before punctuation. */
const norm = (s: unknown) =>
  String(s ?? '')
    .replace(/\^\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:?!])/g, '$1')
    .trim()

/** Every string in `node` but its positions. */
function values(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node)
  else if (Array.isArray(node)) for (const item of node) values(item, out)
  else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) if (key !== 'position') values(value, out)
  return out
}

/** Words of a sender that the letterhead must mention: four letters or more, not a title. */
const SENDER_STOP = new Set(['van', 'voor', 'der', 'den', 'het', 'een', 'ministers', 'minister', 'staatssecretaris', 'mede', 'namens', 'allen'])

const FLATTENED_DOCUMENTS = ['full-04-ah-tk-20142015-698-bouwmeester-ziekenhuisrekeningen-flattened.txt', 'full-19-ar-2019-brexit-flattened.txt']

describeCorpus('flattened text: the flattened documents of the corpus', () => {
  for (const name of FLATTENED_DOCUMENTS) {
    describe(name, () => {
      const input = corpusDocument(name)
      const tree = parseKamerbrief(input)
      const gold = corpusGold<Gold>(name)!
      const head = first(tree, 'letterhead') as (AnyNode & Record<string, any>) | undefined
      const letter = gold.letter
      const qas = all(tree, 'questionAnswer')
      const byId = new Map(qas.map((q) => [q.id, q]))
      /** A question's or answer's node; a joint one ("Vraag 2 en 3") stands under the first number. */
      const part = (q: AnyNode | undefined, type: string) => {
        const node = q?.children?.find((c) => c.type === type)
        const shared = node?.sharedWith !== undefined && scored(node).trim() === '' ? byId.get(node.sharedWith) : undefined
        return shared ? shared.children!.find((c) => c.type === type) : node
      }
      const numbered = (n: string) => qas.find((q) => q.number === n)

      it('should read it as flattened text, a valid tree in which every character is in one node', () => {
        expect(tree.format).toBe('flattened')
        expectSound(tree, input)
      })

      it('should read the letterhead facts of the gold file', () => {
        expect(head?.date).toBe(letter.date)
        expect(norm(head?.subject)).toBe(norm(letter.subject))
        if (letter.reference) expect(norm(head?.reference)).toBe(letter.reference)
        if (letter.questionsSubmitted) expect(head?.questionsSubmitted).toBe(letter.questionsSubmitted)
        if (letter.askedByContains) expect(norm(JSON.stringify(head?.askedBy ?? null))).toContain(letter.askedByContains)
        for (const mention of letter.mentions ?? []) expect(norm(JSON.stringify(head ?? {}))).toContain(mention)
        if (letter.addressee) {
          const got = norm((head?.addressee?.lines ?? []).join(' ')).replace(/^aan\s+/i, '').toLowerCase().replace(/^de\s+/, '')
          expect(got.startsWith(letter.addressee.startsWith.toLowerCase().replace(/^de\s+/, ''))).toBe(true)
        }
        if (letter.salutation) expect(norm(scored(first(first(tree, 'letter'), 'salutation')))).toBe(letter.salutation)
      })

      const sender = () => {
        const got = values(head).join(' ').toLowerCase()
        const words = letter.senderContains.split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length >= 4 && !SENDER_STOP.has(w.toLowerCase()))
        expect(words.filter((w) => !got.includes(w.toLowerCase()))).toEqual([])
      }
      it(`should read the sender "${letter.senderContains}"`, sender)

      if (letter.signatories) {
        const signatories = () => {
          const role = (r: unknown) => norm(r).toLowerCase().replace(/^(de|het)\s+/, '').replace(/,$/, '')
          const got = all(tree, 'signatory').map((s) => ({role: role(s.role), name: norm(s.name).replace(/,$/, '')}))
          expect(got).toEqual(letter.signatories!.map((s) => ({role: role(s.role), name: norm(s.name)})))
        }
        it('should read the signatories', signatories)
      }

      it('should number the answered questions as the gold file does', () => {
        const answered = qas.filter((q) => q.number !== undefined && scored(part(q, 'answer')).trim() !== '')
        expect(answered.map((q) => q.number)).toEqual(gold.questionNumbers)
      })

      it('should begin and end the questions and answers as the gold file says', () => {
        for (const item of gold.sections?.flatMap((section) => section.items) ?? []) {
          const q = numbered(item.number)
          const question = norm(scored(part(q, 'question')))
          const answer = norm(scored(part(q, 'answer')))
          if (item.question) {
            expect(question.startsWith(norm(item.question.startsWith)), `question ${item.number}: ${question}`).toBe(true)
            expect(question.endsWith(norm(item.question.endsWith)), `question ${item.number}: ${question}`).toBe(true)
          }
          if (item.answer) {
            expect(answer.startsWith(norm(item.answer.startsWith)), `answer ${item.number}: ${answer}`).toBe(true)
            expect(answer.endsWith(norm(item.answer.endsWith)), `answer ${item.number}: ${answer}`).toBe(true)
          }
        }
      })

      it('should resolve the cross-references of the gold file', () => {
        for (const {from, to} of gold.crossReferences ?? []) {
          const targets = all(part(numbered(from), 'answer'), 'crossReference').flatMap((c) => (c.targets as string[] | undefined) ?? [])
          expect(targets, `${from} → ${to}`).toContain(to)
        }
      })

      it('should find the footnotes, the Kamerstuk citations and the nota of the gold file', () => {
        if (gold.footnoteCount !== undefined) expect(all(tree, 'footnoteDefinition')).toHaveLength(gold.footnoteCount)
        const cited = all(tree, 'kamerstukReference')
        const digits = (s: unknown) => String(s ?? '').replace(/[\s.\u00a0]/g, '')
        for (const citation of gold.kamerstukCitations) {
          const flat = digits(citation)
          expect(
            cited.some((r) => r.dossier && flat.includes(digits(r.dossier)) && (r.number === undefined || flat.includes(String(r.number)))),
            citation
          ).toBe(true)
        }
        if (gold.hasNota !== undefined) expect(first(tree, 'nota') !== undefined).toBe(gold.hasNota)
      })
    })
  }

  it('should give the same facts for full-04 (flattened) and full-05 (pdftotext), the same document', () => {
    const facts = (name: string) => {
      const tree = parseKamerbrief(corpusDocument(name))
      const head = first(tree, 'letterhead') as Record<string, unknown>
      return {
        letterhead: Object.fromEntries(['date', 'subject', 'askedBy', 'questionsSubmitted', 'answeredBy'].map((key) => [key, head[key]])),
        questions: all(tree, 'questionAnswer').map((q) => q.number),
        // In identifier order: pdftotext printed footnote 2 of full-05 after 4.
        footnotes: all(tree, 'footnoteDefinition').map((d) => String(d.identifier)).sort(),
        citations: all(tree, 'kamerstukReference').map((r) => `${r.dossier} ${r.number}`)
      }
    }
    expect(facts('full-04-ah-tk-20142015-698-bouwmeester-ziekenhuisrekeningen-flattened.txt')).toEqual(
      facts('full-05-ah-tk-20142015-698-bouwmeester-ziekenhuisrekeningen-pdftotext.txt')
    )
  })
})

// ------------------------------------------------------------------------------------------------ rendering invariance

/** The two renderings of flattened text the corpus shows, made without reading any tree. */
const RENDERINGS = {
  /** Every line break two spaces, as full-19 keeps them. */
  runs: (input: string) => input.replace(/\r\n|\r|\n/g, '  '),
  /** Every run of white space one space, as full-04 has it. */
  spaces: (input: string) => input.replace(/\s+/g, ' ')
} as const

type Rendering = keyof typeof RENDERINGS

/**
 * Documents whose facts a rendering loses, each with why. Their invariance test runs as `it.fails`,
 * so that it turns red when the rendering stops losing them.
 */
const LEFT_OUT: Record<Rendering, Record<string, string>> = {
  runs: {
    'defensie-ek-begroting-2026.md': 'Markdown: its markup ("**Vraag 1**", "-----", "- 1.") means something only where its lines are kept',
    'full-02-ah-tk-20232024-387-boswijk-kaukasus-markdown.txt': 'Markdown: its page breaks ("-----") read as text once its lines are gone',
    'full-21-ah-tk-20232024-1771-vannispen-vuurwerk-pdftotext-layout.txt':
      'pdftotext -layout indents its lines by 25 spaces: two spaces and the indentation look like a blank line'
  },
  spaces: {
    '08-kst-35010-C-mva-kindgebonden-budget.txt': 'a memorie van antwoord: nothing but its lost paragraph break shows where the members\' question ends and the answer begins',
    '15-kv-tk-2022Z18908-ceder-opvangplekken-vragen.txt': 'its one footnote ("1 NOS, 2 oktober 2022, …") is cited nowhere in the excerpt, so nothing shows that "1" opens it',
    'defensie-ek-begroting-2026.md': 'Markdown: its markup ("**Vraag 1**", "-----", "- 1.") means something only where its lines are kept',
    'full-02-ah-tk-20232024-387-boswijk-kaukasus-markdown.txt': 'Markdown: its page breaks ("-----") read as text once its lines are gone',
    'full-19-ar-2019-brexit-flattened.txt':
      'question 4 ends with a note without a full stop ("… in kaart gebracht? Zie vraag 12 De Algemene Rekenkamer …"): one space apart, the note reads as the answer\'s start',
  }
}

/** The first and last five words of a text. */
function ends(value: string): string {
  const words = squash(value).split(' ').filter(Boolean)
  return words.length <= 10 ? words.join(' ') : `${words.slice(0, 5).join(' ')} … ${words.slice(-5).join(' ')}`
}

/** What must not change with the rendering: question numbers, the ends of each question and answer, the letterhead's date, reference and subject. */
function invariant(tree: Root) {
  const head = first(tree, 'letterhead') as Record<string, unknown> | undefined
  return {
    letterhead: {date: head?.date, reference: head?.reference, subject: head?.subject},
    questions: all(tree, 'questionAnswer').map((q) => [q.number, ends(text(first(q, 'question'))), ends(text(first(q, 'answer')))])
  }
}

describeCorpus('flattened text: every document of the corpus, flattened', () => {
  const documents = corpusDocuments()

  it('should list only documents of the corpus as left out', () => {
    const names = documents.map((d) => d.name)
    for (const rendering of Object.keys(LEFT_OUT) as Rendering[]) expect(Object.keys(LEFT_OUT[rendering]).filter((name) => !names.includes(name))).toEqual([])
  })

  for (const rendering of Object.keys(RENDERINGS) as Rendering[]) {
    describe(`rendered with ${rendering === 'runs' ? 'two spaces for each line break' : 'single spaces'}`, () => {
      for (const {name, input} of documents) {
        const flattened = RENDERINGS[rendering](input)
        const reason = LEFT_OUT[rendering][name]

        it(`should read ${name} as flattened text, a valid tree in which every character is in one node`, () => {
          const tree = parseKamerbrief(flattened)
          expect(tree.format).toBe('flattened')
          expectSound(tree, flattened)
        })

        const same = () => expect(invariant(parseKamerbrief(flattened))).toEqual(invariant(parseKamerbrief(input)))
        if (reason) it.fails(`should give the facts of ${name} as given (left out: ${reason})`, same)
        else it(`should give the facts of ${name} as given`, same)
      }
    })
  }
})
