import {describe, expect, it} from 'vitest'
import {coverage, type Options, parseKamerbrief, questions} from 'kamerbrief'
import {FRACTIE, MEMBERS} from '../src/dutch/questions.js'
import {all, blocks, corpusDocument, dedent, describeCorpus, first, fixture, FROM_PDF, squash, text} from './util.js'

const defensie = parseKamerbrief(fixture('full-defensie-ek-begroting-2026'))
const sections = all(defensie, 'questionSection')
const item = (section: number, number: string) => all(sections[section], 'questionAnswer').find((q) => q.number === number)!
const questionText = (qa: unknown) => squash(text(first(qa, 'question')))
const answerText = (qa: unknown) => squash(text(first(qa, 'answer')))

/** A short input, the options to parse it with, and its questions as [number, fractie, question, answer]; none for a near miss. */
type QuestionCase = [name: string, input: string, options: Options | undefined, expected: Array<[string | undefined, string | undefined, string, string]>]

const letter = (...body: string[]) =>
  blocks('Datum 21 mei 2026\nBetreft Beantwoording schriftelijke vragen', 'Geachte voorzitter,', ...body, 'Hoogachtend,', 'DE MINISTER VAN DEFENSIE', 'Ruben Brekelmans')

const QUESTION_CASES: QuestionCase[] = [
  ['should read "Vraag 1" / "Antwoord 1" headings', blocks('Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.'), undefined, [['1', undefined, 'Kent u het bericht?', 'Ja.']]],
  ['should read headings with a colon ("Vraag 1:")', blocks('Vraag 1:\nKent u het bericht?', 'Antwoord 1:\nJa.'), undefined, [['1', undefined, 'Kent u het bericht?', 'Ja.']]],
  ['should read headings with a full stop ("Vraag 1.")', blocks('Vraag 1.\nKent u het bericht?', 'Antwoord 1.\nJa.'), undefined, [['1', undefined, 'Kent u het bericht?', 'Ja.']]],
  ['should read bold Markdown headings ("**Vraag 1**")', blocks('**Vraag 1**', 'Kent u het bericht?', '**Antwoord 1**', 'Ja.'), {format: 'markdown'}, [['1', undefined, 'Kent u het bericht?', 'Ja.']]],
  ['should read "Antwoord op vraag 1:"', blocks('Vraag 1\nKent u het bericht?', 'Antwoord op vraag 1:\nJa.'), undefined, [['1', undefined, 'Kent u het bericht?', 'Ja.']]],
  [
    'should read headings wrapped before their numbers ("Vraag" / "2", "Antwoord" / "2")',
    blocks('Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.', 'Vraag\n2\nWat vindt u ervan?', 'Antwoord\n2\nNiets.', 'Vraag 3\nEn nu?', 'Antwoord 3\nAfwachten.'),
    undefined,
    [
      ['1', undefined, 'Kent u het bericht?', 'Ja.'],
      ['2', undefined, 'Wat vindt u ervan?', 'Niets.'],
      ['3', undefined, 'En nu?', 'Afwachten.']
    ]
  ],
  [
    'should not take a number after "Antwoord" that is not its question\'s ("Antwoord" / "7")',
    blocks('Vraag 1\nKent u het bericht?', 'Antwoord\n7\nJa.', 'Vraag 2\nEn nu?', 'Antwoord 2\nAfwachten.'),
    undefined,
    [
      ['1', undefined, 'Kent u het bericht?', '7 Ja.'],
      ['2', undefined, 'En nu?', 'Afwachten.']
    ]
  ],
  [
    'should end a question without an answer heading at its last question mark ("… asielakkoord?" / "Wat gaat u …?")',
    blocks('Vraag 1\nOp welke manier beïnvloedt dit de uitvoering van het asielakkoord?\nWat gaat u eraan doen om de afspraken gestand te doen?\nIk verwijs naar mijn brief.', 'Vraag 2\nKunt u dit uitsplitsen?\nJa.'),
    undefined,
    [
      ['1', undefined, 'Op welke manier beïnvloedt dit de uitvoering van het asielakkoord? Wat gaat u eraan doen om de afspraken gestand te doen?', 'Ik verwijs naar mijn brief.'],
      ['2', undefined, 'Kunt u dit uitsplitsen?', 'Ja.']
    ]
  ],
  [
    'should read numbered questions with unlabelled answers ("1. Kent u …?")',
    blocks('1. Kent u het bericht?', 'Ja.', '2. Wat vindt u ervan?', 'Dat is zorgelijk.'),
    undefined,
    [
      ['1', undefined, 'Kent u het bericht?', 'Ja.'],
      ['2', undefined, 'Wat vindt u ervan?', 'Dat is zorgelijk.']
    ]
  ],
  [
    'should read a joint heading ("Vraag 4 en 5") as two questions sharing the answer',
    blocks('Vraag 4 en 5\nKent u het bericht? Wat vindt u ervan?', 'Antwoord 4 en 5\nJa, en dat is zorgelijk.'),
    undefined,
    [
      ['4', undefined, 'Kent u het bericht? Wat vindt u ervan?', 'Ja, en dat is zorgelijk.'],
      ['5', undefined, 'Kent u het bericht? Wat vindt u ervan?', 'Ja, en dat is zorgelijk.']
    ]
  ],
  [
    'should read a range ("Vragen 4 t/m 6")',
    blocks('Vragen 4 t/m 6\nKent u het bericht? Wat vindt u ervan? Wat gaat u doen?', 'Antwoord 4 t/m 6\nJa.'),
    undefined,
    [
      ['4', undefined, 'Kent u het bericht? Wat vindt u ervan? Wat gaat u doen?', 'Ja.'],
      ['5', undefined, 'Kent u het bericht? Wat vindt u ervan? Wat gaat u doen?', 'Ja.'],
      ['6', undefined, 'Kent u het bericht? Wat vindt u ervan? Wat gaat u doen?', 'Ja.']
    ]
  ],
  [
    'should read an unnumbered question of a fractie and the answer after it',
    blocks('De leden van de VVD-fractie vragen de regering waarom de norm is verlaagd. Kan de regering dit toelichten?', 'De norm is verlaagd omdat de kosten zijn gedaald.'),
    undefined,
    [[undefined, 'VVD', 'De leden van de VVD-fractie vragen de regering waarom de norm is verlaagd. Kan de regering dit toelichten?', 'De norm is verlaagd omdat de kosten zijn gedaald.']]
  ],
  [
    'should read a heading in lower case at a line start as the rest of the sentence before it ("Zie de" / "antwoorden op de vragen 1 en 9.")',
    blocks('Vraag 10\nHebt u alle uitvoeringsorganisaties betrokken?', 'Zie de\nantwoorden op de vragen 1 en 9.', 'Vraag 11\nKunt u dat nader duiden?', 'Dat kunnen wij niet.'),
    undefined,
    [
      ['10', undefined, 'Hebt u alle uitvoeringsorganisaties betrokken?', 'Zie de antwoorden op de vragen 1 en 9.'],
      ['11', undefined, 'Kunt u dat nader duiden?', 'Dat kunnen wij niet.']
    ]
  ],
  // Near misses: the same words, not a question.
  ['should not read a sentence ("Vraag 1 is beantwoord in …") as a question', blocks('Vraag 1 is beantwoord in de brief van 3 mei 2023.', 'Antwoord 1 volgt later.'), undefined, []],
  ['should not read "Vraag 1 van het lid …" in the body of a letter as a question', letter('Vraag 1 van het lid Omtzigt is al eerder beantwoord.'), undefined, []],
  ['should not read a numbered list of topics without question marks ("1. Inleiding") as questions', blocks('1. Inleiding', 'In deze brief ga ik in op de stand van zaken.', '2. Vervolg', 'Ik informeer u voor de zomer.'), undefined, []],
  ['should not read "Zie antwoord op vraag 7." on its own as a question', 'Zie antwoord op vraag 7.\n', undefined, []],
  ['should not read a count of questions in a letter ("In 2022 zijn 12 vragen gesteld") as questions', letter('In 2022 zijn 12 vragen gesteld over dit onderwerp. Zie antwoord op vraag 7 van de vorige set.'), undefined, []]
]

describe('questions in short inputs', () => {
  it.each(QUESTION_CASES)('%s', (_, input, options, expected) => {
    const tree = parseKamerbrief(input, options)
    expect(questions(tree).map((q) => [q.number, q.fractie, squash(q.question), squash(q.answer)])).toEqual(expected)
    expect(coverage(tree, input, {overlaps: true})).toEqual([])
  })
})

describe('question sections', () => {
  it('should read two sections with 45 and 22 questions, numbered from 1 each', () => {
    expect(sections.map((s) => all(s, 'questionAnswer').length)).toEqual([45, 22])
    expect(sections.map((s) => s.kamerstuk)).toEqual([
      {dossier: '36800', suffix: 'X'},
      {dossier: '36800', suffix: 'K'}
    ])
    const numbers = all(sections[1], 'questionAnswer').map((q) => q.number)
    expect(numbers).toEqual(Array.from({length: 22}, (_, k) => String(k + 1)))
  })

  it('should give every questionAnswer an id unique in the document', () => {
    const ids = all(defensie, 'questionAnswer').map((q) => q.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('numbered questions', () => {
  it('should strip the list marker "- 1." and the stray "**" of bold questions', () => {
    const q = questionText(item(0, '1'))
    expect(q).toMatch(/^De regering benoemt dat Europa/)
    expect(q).toMatch(/op afrekenen\?$/)
    expect(text(first(item(0, '1'), 'question'))).not.toContain('**')
  })

  it('should read a marker without a space ("41.Hoeveel") and a question opening with a quote', () => {
    expect(questionText(item(0, '41'))).toBe('Hoeveel vluchtelingen zijn hiermee aangetroffen?')
    expect(questionText(item(0, '12'))).toMatch(/^"Acht de regering/)
  })

  it('should keep a question split by a page break as one question (33)', () => {
    const qa = item(0, '33')
    expect(questionText(qa)).toMatch(/sinds 2025 uitvoert\. Welk additionele bedrag is hier in de begroting 2026 voor voorzien\?$/)
    const paragraphs = all(first(qa, 'question'), 'paragraph')
    expect(paragraphs.map((p) => p.continuation ?? false)).toEqual([false, true])
    expect(answerText(qa)).toMatch(/^Sinds december 2024/)
  })

  it('should keep a bullet list that ends a question in the question (DMF 9)', () => {
    const qa = item(1, '9')
    expect(first(first(qa, 'question'), 'list')?.children).toHaveLength(2)
    expect(answerText(qa)).toMatch(/^Uw Kamer wordt in de Stand van Defensie/)
  })

  it('should mark answer paragraphs split mid-sentence by a page break as continuations', () => {
    const paragraphs = all(first(item(0, '20'), 'answer'), 'paragraph')
    expect(paragraphs.some((p) => p.continuation === true && squash(text(p)).startsWith('en meetbaar'))).toBe(true)
  })

  it('should read the fractie that asks, in both word orders', () => {
    expect(item(0, '2').fractie).toBe('GroenLinks-PvdA') // "de leden van de fractie van GroenLinks-PvdA"
    expect(item(0, '11').fractie).toBe('BBB') // "De leden van de BBB-fractie"
    expect(item(1, '8').fractie).toBe('GroenLinks-PvdA') // "zo constateren de leden van de GroenLinks-PvdA-fractie"
    expect(item(0, '1').fractie).toBeUndefined()
  })

  it('should report identical questions by their numbers (DMF 12 and 13), at the second', () => {
    const duplicates = defensie.diagnostics.filter((d) => d.ruleId === 'duplicate-question')
    expect(duplicates).toHaveLength(1)
    expect(duplicates[0]!.position?.start.line).toBe(328)
    expect([duplicates[0]!.actual, duplicates[0]!.expected]).toEqual(['13', '12'])
  })

  it('should call a question a repeat whatever its line breaks and case, and not one that only begins alike', () => {
    const asked = questionText(item(0, '12')) // DMF question 12, as the letter asks it
    const rewrapped = asked.replace(/(.{1,50})(?: |$)/g, '$1\n').trim()
    const shouting = asked.toUpperCase()
    const onlyBeginsAlike = `${asked.slice(0, 120)} En hoe verhoudt dit zich tot de begroting van volgend jaar?`
    const tree = parseKamerbrief(
      [`1. ${asked}`, 'Ja.', `2. ${rewrapped}`, 'Ja.', `3. ${shouting}`, 'Ja.', `4. ${onlyBeginsAlike}`, 'Nee.'].join('\n\n') + '\n',
      {format: 'text'}
    )
    expect(tree.diagnostics.filter((d) => d.ruleId === 'duplicate-question').map((d) => [d.actual, d.expected])).toEqual([
      ['2', '1'],
      ['3', '1']
    ])
  })

  it('should read an answer under the same number as its question ("1. Is het waar …?" / "1. Op basis van …")', () => {
    const old = parseKamerbrief(fixture('questions-2009-maaswerken-one-line-letterhead'))
    const qa = first(old, 'questionAnswer')!
    expect(questionText(qa)).toMatch(/^Is het waar dat het aan Limburg/)
    expect(answerText(qa)).toMatch(/^Op basis van de destijds geldende uitgangspunten/)
    expect(all(qa, 'marker').map((m) => m.label)).toEqual(['1.', '1.'])
  })

  it('should report skipped numbers', () => {
    const tree = parseKamerbrief('1. Waarom?\n\nDaarom.\n\n2. Hoe?\n\nZo.\n\n5. Wanneer?\n\nNu.\n')
    expect(tree.diagnostics.filter((d) => d.ruleId === 'question-number-skipped').map((d) => d.position?.start.line)).toEqual([9])
  })
})

describeCorpus('numbered questions in a letter made from PDF (../shared/corpus)', () => {
  it('should not read a numbered topic list without questions as questions', () => {
    const tree = parseKamerbrief(corpusDocument(FROM_PDF.luchtvaart))
    expect(all(tree, 'questionAnswer')).toHaveLength(0)
  })
})

describe('headed questions', () => {
  it('should read "Vraag N" / "Antwoord N" (Aanhangsel)', () => {
    const tree = parseKamerbrief(fixture('questions-aanhangsel-eerdmans-dwangwet'))
    const items = all(tree, 'questionAnswer')
    expect(items.map((q) => q.number)).toEqual(['1', '2', '3', '4'])
    expect(answerText(items[1])).toBe('Zie antwoord op vraag 1')
    expect(all(items[0], 'marker').map((m) => m.label)).toEqual(['Vraag 1', 'Antwoord 1'])
  })

  it('should keep "Naar boven" out of the last answer', () => {
    const tree = parseKamerbrief(fixture('questions-aanhangsel-eerdmans-dwangwet'))
    expect(answerText(all(tree, 'questionAnswer')[3])).toBe('Ja.')
    expect(first(tree, 'pageFurniture')?.raw).toBe('Naar boven')
  })

  it('should read a joint heading ("Vraag 4 en 5" / "Antwoord 4 en 5") as two questions sharing the answer', () => {
    const tree = parseKamerbrief(fixture('full-questions-aanhangsel-boswijk-markdown'))
    const items = all(tree, 'questionAnswer')
    expect(items.map((q) => q.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    const [four, five] = [items[3]!, items[4]!]
    expect(first(five, 'answer')).toMatchObject({sharedWith: four.id, children: []})
    expect(first(four, 'answer')?.sharedWith).toBeUndefined()
    const entries = questions(tree)
    expect(entries[4]!.answer).toBe(answerText(four))
    expect(entries[4]!.sharedWith).toBe(four.id)
    expect(tree.diagnostics.filter((d) => d.ruleId.startsWith('question-number'))).toEqual([])
  })

  it('should read "Antwoord op vraag 1:" and keep one-word sub-headings in the answer', () => {
    const tree = parseKamerbrief(fixture('questions-lijst-begrotingsbehandeling'))
    const qa = first(tree, 'questionAnswer')!
    expect(questionText(qa)).toMatch(/Kunt u daarvan inzicht geven per zorgsector\?$/)
    expect(answerText(qa)).toMatch(/^Zvw Voor de uitgaven die vallen onder de Zorgverzekeringswet/)
  })

  it('should end a question at its question mark when no "Antwoord" heading follows', () => {
    const tree = parseKamerbrief(fixture('questions-lijst-rekenkamer'))
    const items = all(tree, 'questionAnswer')
    expect(items.map((q) => q.number)).toEqual(['1', '2'])
    expect(questionText(items[0])).toBe('Waarom neemt de Algemene Rekenkamer niet het hele Financieel Jaarverslag van het Rijk mee in haar beoordeling?')
    // "(bladzijde\n10) maakt duidelijk …" is not question 10.
    expect(answerText(items[0])).toContain('(bladzijde 10) maakt duidelijk')
  })

  it('should read bulleted headings with indented questions (" • Vraag 1")', () => {
    const tree = parseKamerbrief(fixture('questions-openkamer-wolf'))
    const items = all(tree, 'questionAnswer')
    expect(items.map((q) => q.number)).toEqual(['1', '2', '3'])
    expect(answerText(items[0])).toBe('Ja, deze berichtgeving is mij bekend.')
  })

  it('should read a bare number line before "Vraag:" and "Antwoord:"', () => {
    const tree = parseKamerbrief(dedent`
      1
      Vraag:
      Hoeveel fte is er in 2022 ingezet?
      Antwoord:
      In 2022 is 12 fte ingezet.

      2
      Vraag:
      Wat kost dat?
      Antwoord:
      Circa € 1,2 miljoen.
    `)
    expect(all(tree, 'questionAnswer').map((q) => [q.number, answerText(q)])).toEqual([
      ['1', 'In 2022 is 12 fte ingezet.'],
      ['2', 'Circa € 1,2 miljoen.']
    ])
  })

  it('should keep a question cut off by the end of an excerpt out of the numbered questions', () => {
    const tree = parseKamerbrief(fixture('questions-aanhangsel-erkens-overheidsapparaat'))
    expect(all(tree, 'questionAnswer').map((q) => q.number)).toEqual(['1'])
    expect(tree.diagnostics.filter((d) => d.ruleId === 'document-truncated').map((d) => d.position?.start.line)).toEqual([23])
  })
})

describe('unnumbered questions', () => {
  it('should number an openkamer list of questions in order', () => {
    const tree = parseKamerbrief(fixture('questions-openkamer-fritsma-unnumbered'))
    const items = all(tree, 'questionAnswer')
    expect(items.map((q) => q.number)).toEqual(['1', '2', '3', '4', '5', '6'])
    expect(questionText(items[1])).toMatch(/^Hoeveel mensen worden van deze wandaad verdacht/)
    expect(answerText(items[2])).toMatch(/^Wij achten deze respectloze actie/)
  })
})

describe('questions grouped by fractie', () => {
  it('should read an unnumbered question of a fractie and the answer after it (memorie van antwoord)', () => {
    const tree = parseKamerbrief(fixture('verslag-mva-kindgebonden-budget'))
    const items = all(tree, 'questionAnswer')
    expect(items.map((q) => [q.number, q.fractie])).toEqual([[undefined, 'VVD']])
    expect(questionText(items[0])).toMatch(/^De leden van de VVD-fractie constateren.*vragen de regering dan ook om een nadere onderbouwing voor het rechtvaardigen van een dergelijk verschil\.$/)
    expect(answerText(items[0])).toMatch(/^Voor 2015 kenden de bijstand en andere minimumregelingen een aparte norm/)
    // The introduction stays in the letter.
    expect(squash(text(first(tree, 'letter')))).toContain('De regering heeft met belangstelling kennisgenomen')
  })

  // The fractie is looked for only where "leden" stands (src/questions/shared.ts): the pattern must open with that word, in that case.
  it('should find the fractie after an earlier "leden" that names none', () => {
    expect(FRACTIE.source.startsWith(String.raw`\b${MEMBERS}`)).toBe(true)
    expect(FRACTIE.flags).not.toContain('i')
    const tree = parseKamerbrief('Vraag 1\n\nHoeveel leden van de commissie zijn gehoord? De leden van de PVV-fractie vragen of dat volstaat.\n\nAntwoord 1\n\nJa.\n')
    expect(all(tree, 'questionAnswer').map((q) => q.fractie)).toEqual(['PVV'])
  })

  it('should not read a fractie’s introduction ("… meerdere vragen en opmerkingen.") as a question', () => {
    const tree = parseKamerbrief(fixture('verslag-so-jaarverslagen-bzk'))
    expect(all(tree, 'questionAnswer')).toHaveLength(0)
  })
})

describe('questions grouped in other ways', () => {
  it.each([
    ['a comma dropped between two numbers', 'Vraag 7, 8, 9 10 en 11', ['7', '8', '9', '10', '11']],
    ['a range and a list', 'Vragen 4 t/m 6 en 9', ['4', '5', '6', '9']],
    ['numbers named twice', 'Vraag 2, 3 en 3', ['2', '3']]
  ])('should read %s in one heading', (_, heading, numbers) => {
    const tree = parseKamerbrief(`${heading}\n\nKunt u dit toelichten?\n\nAntwoord\n\nJa, dat doe ik.\n`)
    const entries = questions(tree)
    expect(entries.map((entry) => entry.number)).toEqual(numbers)
    expect(new Set(entries.map((entry) => entry.answer))).toEqual(new Set(['Ja, dat doe ik.']))
    expect(tree.diagnostics.map((d) => d.ruleId)).not.toContain('question-without-answer')
  })

  it('should give questions asked apart and answered together ("Antwoord 5 en 6") the one answer', () => {
    const tree = parseKamerbrief(blocks('Vraag 5\nKent u het bericht?', 'Vraag 6\nKlopt het?', 'Antwoord 5 en 6\nJa, beide.', 'Vraag 7\nWaarom?', 'Antwoord 7\nDaarom.'))
    const [five, six, seven] = questions(tree)
    expect([five!.question, five!.answer, five!.sharedWith]).toEqual(['Kent u het bericht?', 'Ja, beide.', six!.id])
    expect([six!.answer, six!.sharedWith]).toEqual(['Ja, beide.', undefined])
    expect(seven!.answer).toBe('Daarom.')
    expect(tree.diagnostics).toEqual([])
    expect(coverage(tree, blocks('Vraag 5\nKent u het bericht?', 'Vraag 6\nKlopt het?', 'Antwoord 5 en 6\nJa, beide.', 'Vraag 7\nWaarom?', 'Antwoord 7\nDaarom.'))).toEqual([])
  })

  it('should still say so where an earlier question is named by no answer', () => {
    const tree = parseKamerbrief(blocks('Vraag 5\nKent u het bericht?', 'Vraag 6\nKlopt het?', 'Antwoord 6\nJa.'))
    expect(tree.diagnostics.map((d) => [d.ruleId, d.position?.start.line])).toEqual([['question-without-answer', 1]])
  })

  it('should not read a number of weeks after a question heading as a question number', () => {
    const tree = parseKamerbrief('Vraag 1 2 weken\n\nKunt u dit toelichten?\n\nAntwoord 1\n\nJa.\n')
    expect(questions(tree).map((entry) => entry.number)).not.toContain('2')
  })
})
