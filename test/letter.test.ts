import {describe, expect, it} from 'vitest'
import {coverage, parseKamerbrief} from 'kamerbrief'
import {all, blocks, corpusDocument, describeCorpus, first, fixture, FROM_PDF, squash, text} from './util.js'

const defensie = fixture('full-defensie-ek-begroting-2026')
const tree = parseKamerbrief(defensie)
const slice = (node: {position?: {start: {offset: number}; end: {offset: number}} | undefined} | undefined) =>
  node?.position ? defensie.slice(node.position.start.offset, node.position.end.offset) : undefined

/** A short input, and its letter's salutation, closing and signatories as [role, name] (undefined: no letter). */
type LetterCase = [name: string, input: string, expected: {salutation?: string; closing?: string; signatories: Array<[string, string]>} | undefined]

const HEAD = 'Datum 21 mei 2026\nBetreft Beantwoording schriftelijke vragen'

const LETTER_CASES: LetterCase[] = [
  [
    'should read salutation, closing and a role printed before its name',
    blocks(HEAD, 'Geachte voorzitter,', 'Hierbij ontvangt u de antwoorden.', 'Hoogachtend,', 'DE MINISTER VAN DEFENSIE', 'Ruben Brekelmans'),
    {salutation: 'Geachte voorzitter,', closing: 'Hoogachtend,', signatories: [['DE MINISTER VAN DEFENSIE', 'Ruben Brekelmans']]}
  ],
  [
    'should pair two roles printed first with the names printed after, in order',
    blocks(HEAD, 'Geachte voorzitter,', 'Hierbij ontvangt u de antwoorden.', 'Hoogachtend,', 'DE MINISTER VAN DEFENSIE\n\nDE STAATSSECRETARIS VAN DEFENSIE', 'Dilan Yeşilgöz-Zegerius\n\nDerk Boswijk'),
    {
      salutation: 'Geachte voorzitter,',
      closing: 'Hoogachtend,',
      signatories: [
        ['DE MINISTER VAN DEFENSIE', 'Dilan Yeşilgöz-Zegerius'],
        ['DE STAATSSECRETARIS VAN DEFENSIE', 'Derk Boswijk']
      ]
    }
  ],
  [
    'should read a role printed with a comma ("… WATERSTAAT,")',
    blocks(HEAD, 'Geachte voorzitter,', 'Hierbij ontvangt u de verzamelbrief.', 'Hoogachtend,', 'DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,', 'Mark Harbers'),
    {salutation: 'Geachte voorzitter,', closing: 'Hoogachtend,', signatories: [['DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT', 'Mark Harbers']]}
  ],
  [
    'should read "Hooggeachte voorzitter," and "Met de meeste hoogachting,"',
    blocks(HEAD, 'Hooggeachte voorzitter,', 'Hierbij ontvangt u de antwoorden.', 'Met de meeste hoogachting,', 'De Minister van Financiën,', 'E. Heinen'),
    {salutation: 'Hooggeachte voorzitter,', closing: 'Met de meeste hoogachting,', signatories: [['De Minister van Financiën', 'E. Heinen']]}
  ],
  [
    'should read "Geachte mevrouw de voorzitter," and "Met vriendelijke groet,"',
    blocks(HEAD, 'Geachte mevrouw de voorzitter,', 'Hierbij ontvangt u de antwoorden.', 'Met vriendelijke groet,', 'DE MINISTER VAN DEFENSIE', 'Ruben Brekelmans'),
    {salutation: 'Geachte mevrouw de voorzitter,', closing: 'Met vriendelijke groet,', signatories: [['DE MINISTER VAN DEFENSIE', 'Ruben Brekelmans']]}
  ],
  [
    'should not read "De geachte afgevaardigde …" in a sentence as the salutation',
    blocks(HEAD, 'De geachte afgevaardigde vroeg de voorzitter om een reactie.', 'Hoogachtend,'),
    {closing: 'Hoogachtend,', signatories: []}
  ],
  [
    'should not read "Met hoogachting voor …" in a sentence as the closing',
    blocks(HEAD, 'Geachte voorzitter,', 'Met hoogachting voor het werk van de commissie zend ik u deze brief.'),
    {salutation: 'Geachte voorzitter,', signatories: []}
  ],
  ['should not read a letter in a text that is not a Kamerbrief', blocks('Boodschappenlijst', 'melk, brood, kaas'), undefined]
]

describe('letter in short inputs', () => {
  it.each(LETTER_CASES)('%s', (_, input, expected) => {
    const tree = parseKamerbrief(input)
    const letter = first(tree, 'letter')
    const source = (node: ReturnType<typeof first>) => (node?.position ? input.slice(node.position.start.offset, node.position.end.offset) : undefined)
    const found = letter && {
      salutation: source(first(letter, 'salutation')),
      closing: source(first(letter, 'closing')),
      signatories: all(letter, 'signatory').map((s) => [s.role, s.name])
    }
    expect(found && Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined))).toEqual(expected)
    expect(coverage(tree, input, {overlaps: true})).toEqual([])
  })
})

describe('letter', () => {
  const letter = first(tree, 'letter')!

  it('should read the salutation, with its position on the source text', () => {
    const salutation = first(letter, 'salutation')
    expect(slice(salutation)).toBe('Geachte voorzitter,')
    expect(salutation?.position?.start.line).toBe(30)
  })

  it('should read exactly the two body paragraphs between salutation and closing', () => {
    const paragraphs = letter.children!.filter((c) => c.type === 'paragraph')
    expect(paragraphs).toHaveLength(2)
    expect(squash(text(paragraphs[0]))).toMatch(/^Hierbij bieden wij u de antwoorden aan/)
    expect(squash(text(paragraphs[1]))).toMatch(/voor het zomerreces\.$/)
  })

  it('should read the closing', () => {
    const closing = first(letter, 'closing')
    expect(slice(closing)).toBe('Hoogachtend,')
    expect(closing?.position?.start.line).toBe(39)
  })

  it('should pair roles printed first with names printed after, in order', () => {
    const signatories = all(letter, 'signatory').map((s) => [s.role, s.name])
    expect(signatories).toEqual([
      ['DE MINISTER VAN DEFENSIE', 'Dilan Yeşilgöz-Zegerius'],
      ['DE STAATSSECRETARIS VAN DEFENSIE', 'Derk Boswijk']
    ])
  })

  it('should not read the section title after the signatures as a name', () => {
    expect(all(letter, 'signatory')).toHaveLength(2)
    expect(first(tree, 'questionSection')?.title).toMatch(/^Antwoorden op schriftelijke vragen/)
  })

  it('should read an old letter whose questions follow the salutation', () => {
    const old = parseKamerbrief(fixture('questions-2009-maaswerken-one-line-letterhead'))
    const letter = first(old, 'letter')!
    expect(first(letter, 'salutation')).toBeDefined()
    expect(squash(text(letter.children!.find((c) => c.type === 'paragraph')))).toMatch(/^Hiermee beantwoord ik, mede namens/)
    expect(all(old, 'questionAnswer').map((q) => q.number)).toEqual(['1'])
  })

  it('should read committee signatures of a lijst van vragen ("De voorzitter van de commissie, Sneller")', () => {
    const lijst = parseKamerbrief(fixture('questions-lijst-financieel-jaarverslag-berthub'))
    // "De voorzitter van de commissie,Sneller" (no space) and "De griffier van de commissie," + newline + "Schukkink"
    expect(all(lijst, 'signatory').map((s) => [s.role, s.name])).toEqual([
      ['De voorzitter van de commissie', 'Sneller'],
      ['De griffier van de commissie', 'Schukkink']
    ])
  })

  it('should not read a letter in a text that is not a Kamerbrief', () => {
    const other = parseKamerbrief('Boodschappenlijst\n\nmelk, brood, kaas\n')
    expect(first(other, 'letter')).toBeUndefined()
    // Read as text, so that its references are found; the document as a whole is reported, not each block.
    expect(other.children.map((child) => child.type)).toEqual(['paragraph', 'paragraph'])
    expect(all(other, 'unknown')).toHaveLength(0)
    expect(other.diagnostics.map((d) => d.ruleId)).toEqual(['not-a-kamerbrief'])
    expect(other.data?.quality).toMatchObject({unknownShare: 1, layouts: []})
  })
})

describeCorpus('letter made from PDF (../shared/corpus)', () => {
  it('should read the signature of a letter printed after a comma ("… WATERSTAAT,")', () => {
    const luchtvaart = parseKamerbrief(corpusDocument(FROM_PDF.luchtvaart))
    expect(all(first(luchtvaart, 'letter'), 'signatory').map((s) => [s.role, s.name])).toEqual([
      ['DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT', 'Mark Harbers']
    ])
  })
})

describe('a letter that sends answers without salutation or closing, as a ministry’s Word file has it', () => {
  const input = blocks(
    'Datum',
    '7 november 2023',
    'Onderwerp',
    'Beantwoording van Kamervragen van de leden Mutluer (PvDA) en Ellemeet (GroenLinks) over een uitzending van Argos over de dood van Sammy Baker',
    'Ons kenmerk',
    '4975504',
    'In antwoord op uw brief van 10 oktober 2023, nr. 2023Z16994, deel ik u mede dat de vragen worden beantwoord zoals aangegeven in de bijlage van deze brief.',
    'De minister van Justitie en Veiligheid',
    'D. Yeşilgöz-Zegerius',
    'Vraag 1',
    'Kent u de uitzending van Argos?',
    'Antwoord op vraag 1',
    'Ja.'
  )
  const letter = parseKamerbrief(input, {format: 'text'})

  it('should read a long subject printed under its label as the subject, not as a sentence', () => {
    expect(first(letter, 'letterhead')).toMatchObject({
      date: '2023-11-07',
      reference: '4975504',
      subject: 'Beantwoording van Kamervragen van de leden Mutluer (PvDA) en Ellemeet (GroenLinks) over een uitzending van Argos over de dood van Sammy Baker'
    })
  })

  it('should read the askers the subject names', () => {
    expect(first(letter, 'letterhead')?.askedBy).toEqual([
      {name: 'Mutluer', party: 'PvDA'},
      {name: 'Ellemeet', party: 'GroenLinks'}
    ])
  })

  it('should read the role and name above the questions as the signatory', () => {
    expect(all(first(letter, 'letter'), 'signatory').map((s) => [s.role, s.name])).toEqual([['De minister van Justitie en Veiligheid', 'D. Yeşilgöz-Zegerius']])
    expect(all(letter, 'questionAnswer').map((qa) => qa.number)).toEqual(['1'])
    expect(coverage(letter, input)).toEqual([])
  })

  it('should not take a sentence before the questions for a signatory', () => {
    const tree = parseKamerbrief(blocks('Datum', '7 november 2023', 'Hierbij de antwoorden op de vragen.', 'Vraag 1', 'Kent u het bericht?', 'Antwoord 1', 'Ja.'), {format: 'text'})
    expect(all(tree, 'signatory')).toEqual([])
  })

  it('should leave an "Ons kenmerk" printed empty without a value, not take the next line without a digit for one', () => {
    const tree = parseKamerbrief(blocks('Datum\n25 juli 2024\nOns kenmerk', 'In antwoord op uw brief van 5 juli 2024 deel ik u mede dat de vragen worden beantwoord zoals aangegeven in de bijlage.', 'De Minister van Justitie en Veiligheid,', 'D.M. van Weel', 'Vraag 1', 'Kent u het bericht?', 'Antwoord op vraag 1', 'Ja.'), {format: 'text'})
    expect(first(tree, 'letterhead')?.reference).toBeUndefined()
    expect(all(tree, 'signatory').map((s) => [s.role, s.name])).toEqual([['De Minister van Justitie en Veiligheid', 'D.M. van Weel']])
  })
})
