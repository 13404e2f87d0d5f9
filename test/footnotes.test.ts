import {describe, expect, it} from 'vitest'
import {coverage, type Options, parseKamerbrief} from 'kamerbrief'
import {all, blocks, corpusDocument, dedent, describeCorpus, first, fixture, FROM_PDF, squash, text} from './util.js'

const defensie = fixture('full-defensie-ek-begroting-2026')
const tree = parseKamerbrief(defensie)
const sections = all(tree, 'questionSection')
const item = (section: number, number: string) => all(sections[section], 'questionAnswer').find((q) => q.number === number)!

/** A short input, its options, its footnote references as [identifier, label] and definitions as [identifier, label, text]. */
type FootnoteCase = [name: string, input: string, options: Options | undefined, expected: {references: Array<[string, string]>; definitions: Array<[string, string, string]>}]

/** One question and its answer, and what follows them (footnote texts). */
const qa = (question: string, answer: string, ...after: string[]) => blocks(`Vraag 1\n${question}`, `Antwoord 1\n${answer}`, ...after)
const none = {references: [], definitions: []}

const FOOTNOTE_CASES: FootnoteCase[] = [
  [
    'should read a superscript and its definition ("¹ https://…")',
    qa('Kent u het bericht?¹', 'Ja.', '¹ https://nos.nl/artikel/1'),
    undefined,
    {references: [['1', '¹']], definitions: [['1', '¹', 'https://nos.nl/artikel/1']]}
  ],
  [
    'should read "^[1]" in Markdown',
    blocks('# Vraag 1', 'Kent u het bericht^[1]?', '# Antwoord 1', 'Ja.', '^[1] https://nos.nl/artikel/1'),
    {format: 'markdown'},
    {references: [['1', '^[1]']], definitions: [['1', '^[1]', 'https://nos.nl/artikel/1']]}
  ],
  [
    'should read "[1]" in text',
    qa('Kent u het bericht?[1]', 'Ja.', '[1] https://nos.nl/artikel/1'),
    undefined,
    {references: [['1', '[1]']], definitions: [['1', '[1]', 'https://nos.nl/artikel/1']]}
  ],
  [
    'should read a digit glued to a question mark ("strafrechtspleging?1") and "1" on its own line before the text',
    qa('Kent u het bericht over de strafrechtspleging?1', 'Ja.', '1\nhttps://nos.nl/artikel/1'),
    undefined,
    {references: [['1', '1']], definitions: [['1', '1', 'https://nos.nl/artikel/1']]}
  ],
  [
    'should read a definition glued to its number ("2Kamerstuk 29 383, nr. 406.")',
    qa('Kent u het bericht?2', 'Ja.', '2Kamerstuk 29 383, nr. 406.'),
    undefined,
    {references: [['2', '2']], definitions: [['2', '2', 'Kamerstuk 29 383, nr. 406.']]}
  ],
  [
    'should read two definitions a blank line apart',
    qa('Kent u het bericht¹ en de brief²?', 'Ja.', '¹ https://nos.nl/artikel/1', '² https://nos.nl/artikel/2'),
    undefined,
    {
      references: [
        ['1', '¹'],
        ['2', '²']
      ],
      definitions: [
        ['1', '¹', 'https://nos.nl/artikel/1'],
        ['2', '²', 'https://nos.nl/artikel/2']
      ]
    }
  ],
  [
    'should read numbers on their own lines, each before its text',
    qa('Kent u het bericht over de opvang?1 En de brief?2', 'Ja.', '1\nhttps://nos.nl/artikel/1\n2\nhttps://nos.nl/artikel/2'),
    undefined,
    {
      references: [
        ['1', '1'],
        ['2', '2']
      ],
      definitions: [
        ['1', '1', 'https://nos.nl/artikel/1'],
        ['2', '2', 'https://nos.nl/artikel/2']
      ]
    }
  ],
  [
    'should read a number alone inside a sentence above a page\'s footer as a marker, not a footnote ("… van 30 juni 2023" / "2" / "is aangegeven …")',
    blocks('Vraag 1\nKent u de brief?', 'Antwoord 1\nIn de Kamerbrief van 30 juni 2023\n2\nis aangegeven dat de vloeren niet werken.\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1234 1', 'Vraag 2\nEn nu?', 'Antwoord 2\nNiets.', '2Kamerstuk 29 383, nr. 406.'),
    undefined,
    {references: [], definitions: [['2', '2', 'Kamerstuk 29 383, nr. 406.']]}
  ],
  [
    'should read a footnote whose text begins in lower case below another footnote ("1" / "Signaalrapportage …" / "2" / "pyrotechnische stoffen …")',
    qa('Kent u de rapportage?1 En de stoffen?2', 'Ja.', '1\nSignaalrapportage Ondeugdelijke gaasverpakking | Rijksoverheid.nl\n2\npyrotechnische stoffen die het vuurwerk open rijten'),
    undefined,
    {
      references: [
        ['1', '1'],
        ['2', '2']
      ],
      definitions: [
        ['1', '1', 'Signaalrapportage Ondeugdelijke gaasverpakking | Rijksoverheid.nl'],
        ['2', '2', 'pyrotechnische stoffen die het vuurwerk open rijten']
      ]
    }
  ],
  [
    'should read the text below the colophon of an Aanhangsel\'s first page as the footnote whose number stands above it ("1" / "ah-tk-20232024-2168" … / "Financieel Dagblad, …")',
    blocks(
      'Vraag 1\nBent u bekend met het artikel «Ingrijpen in energiemarkt noodzakelijk om\nstroomtekort te voorkomen»?1',
      'Antwoord 1\nConform de toezegging van mijn ambtsvoorganger zal ik de Kamer hierover\neind 2024 nader informeren.',
      '1',
      'ah-tk-20232024-2168\nISSN 0921 - 7398\n’s-Gravenhage 2024',
      'Financieel Dagblad, 14 juni 2024, «Ingrijpen in energiemarkt noodzakelijk om stroomtekort te\nvoorkomen». (https://fd.nl/bedrijfsleven/1519574)',
      'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel',
      '1',
      '\fVraag 2\nDeelt u de mening?',
      'Antwoord 2\nJa.'
    ),
    undefined,
    {
      references: [['1', '1']],
      definitions: [['1', '1', 'Financieel Dagblad, 14 juni 2024, «Ingrijpen in energiemarkt noodzakelijk om stroomtekort te voorkomen». (https://fd.nl/bedrijfsleven/1519574)']]
    }
  ],
  [
    'should give two numbers above an Aanhangsel\'s colophon a line each of the two lines below it ("1" / "2" / colophon / "Kamerstuk 36 410 VIII, nr. 106" / "… nr. 82")',
    blocks(
      'Vraag 1\nKent u de motie?1 Kent u ook de brief?2',
      'Antwoord 1\nJa, daar ben ik mee bekend.',
      '1\n2',
      'ah-tk-20232024-1432\nISSN 0921 - 7398\n’s-Gravenhage 2024',
      'Kamerstuk 36 410 VIII, nr. 106\nKamerstuk 36 410 VIII, nr. 82',
      'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel',
      '1',
      '\fVraag 2\nDeelt u de mening?',
      'Antwoord 2\nJa.'
    ),
    undefined,
    {
      references: [['1', '1'], ['2', '2']],
      definitions: [['1', '1', 'Kamerstuk 36 410 VIII, nr. 106'], ['2', '2', 'Kamerstuk 36 410 VIII, nr. 82']]
    }
  ],
  [
    'should give the numbers of a page\'s bottom printed out of order their texts in order, where one is left without ("2" / text / text / "4" / text / "3")',
    blocks(
      'Vraag 1\nKent u de website?2 En de zorgkaart?3 Kent u de brief van uw voorganger?4',
      'Antwoord 1\nJa.',
      '2',
      'Zie de website www.firsteetkit.nl\nZie www.zorgkaart.eetstoornissennetwerk.nl\n4\nKamerstukken II, 2023/2024, 31 839, nr. 1024\n3',
      'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel',
      '2',
      '\fVraag 2\nDeelt u de mening?',
      'Antwoord 2\nJa.'
    ),
    undefined,
    {
      references: [['2', '2'], ['3', '3'], ['4', '4']],
      definitions: [['2', '2', 'Zie de website www.firsteetkit.nl'], ['3', '3', 'Zie www.zorgkaart.eetstoornissennetwerk.nl'], ['4', '4', 'Kamerstukken II, 2023/2024, 31 839, nr. 1024']]
    }
  ],
  [
    'should give a number printed below a higher one the last text that opens among the lines of the number before it ("1" / text of two lines / text / "3" / … / "2")',
    blocks(
      'Vraag 1\nKent u het bericht?1 En het andere bericht?2 Wat vindt u van de motie?3 En van de brief?4',
      'Antwoord 1\nJa.',
      '1',
      'Financieel Dagblad, «Schadepost van tientallen miljoenen voor ziekenhuizen», 24 september\n2014\nDe Telegraaf, «Waanzinrekeningen blijven komen», 27 september 2014\n3\nKamerstuk, 28 828, nr. 70\n4\nKamerstuk, 28 828, nr. 70\n2',
      'Tweede Kamer, vergaderjaar 2014–2015, Aanhangsel',
      '1',
      '\fVraag 2\nDeelt u de mening?',
      'Antwoord 2\nJa.'
    ),
    undefined,
    {
      references: [['1', '1'], ['2', '2'], ['3', '3'], ['4', '4']],
      definitions: [
        ['1', '1', 'Financieel Dagblad, «Schadepost van tientallen miljoenen voor ziekenhuizen», 24 september 2014'],
        ['2', '2', 'De Telegraaf, «Waanzinrekeningen blijven komen», 27 september 2014'],
        ['3', '3', 'Kamerstuk, 28 828, nr. 70'],
        ['4', '4', 'Kamerstuk, 28 828, nr. 70']
      ]
    }
  ],
  [
    'should leave a last number printed in order to the text below the colophon, its text of two lines to the number before it ("1" / two lines / "2" / colophon / text)',
    blocks(
      'Vraag 1\nKent u het bericht?1 En de brief?2',
      'Antwoord 1\nJa.',
      '1\nFinancieel Dagblad, «Schadepost van tientallen miljoenen voor ziekenhuizen»,\nNieuwsbericht van 24 september 2014\n2',
      'ah-tk-20142015-698\nISSN 0921 - 7398\n’s-Gravenhage 2014',
      'Kamerstuk 28 828, nr. 70',
      'Tweede Kamer, vergaderjaar 2014–2015, Aanhangsel',
      '1',
      '\fVraag 2\nDeelt u de mening?',
      'Antwoord 2\nJa.'
    ),
    undefined,
    {
      references: [['1', '1'], ['2', '2']],
      definitions: [
        ['1', '1', 'Financieel Dagblad, «Schadepost van tientallen miljoenen voor ziekenhuizen», Nieuwsbericht van 24 september 2014'],
        ['2', '2', 'Kamerstuk 28 828, nr. 70']
      ]
    }
  ],
  [
    'should keep the text below an Aanhangsel\'s colophon in the answer where the footnote above it has its text ("1" / "https://…")',
    blocks(
      'Vraag 1\nBent u bekend met het artikel?1',
      'Antwoord 1\nJa.',
      '1\nhttps://fd.nl/bedrijfsleven/1519574',
      'ah-tk-20232024-2168\nISSN 0921 - 7398\n’s-Gravenhage 2024',
      'Conform de toezegging van mijn ambtsvoorganger zal ik de Kamer hierover\neind 2024 nader informeren.',
      'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel',
      '1'
    ),
    undefined,
    {references: [['1', '1']], definitions: [['1', '1', 'https://fd.nl/bedrijfsleven/1519574']]}
  ],
  [
    'should read a number and its text above footnotes already read as a number and an address ("13" / "Nederlandse Cybersecuritystrategie …" / "14" / "https://…")',
    blocks(
      'Vraag 1\nWelke maatregelen neemt u?',
      'Antwoord 1\n• dcypher werkt samen met bedrijfs- en overheidspartijen om verdere\nontwikkeling en adoptie van het handboek vorm te geven.',
      '13',
      'Nederlandse Cybersecuritystrategie 2022–2028 | Nationaal Coördinator Terrorismebestrijding\nen Veiligheid (nctv.nl)\n14\nhttps://www.aivd.nl/documenten/publicaties/2023/04/04/pqc-migratie-handboek',
      'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel',
      '5'
    ),
    undefined,
    {
      references: [],
      definitions: [
        ['13', '13', 'Nederlandse Cybersecuritystrategie 2022–2028 | Nationaal Coördinator Terrorismebestrijding en Veiligheid (nctv.nl)'],
        ['14', '14', 'https://www.aivd.nl/documenten/publicaties/2023/04/04/pqc-migratie-handboek']
      ]
    }
  ],
  [
    'should keep the body text above footnotes already read as a number and an address where no number opens it',
    blocks(
      'Vraag 1\nWelke maatregelen neemt u?',
      'Antwoord 1\n• dcypher werkt samen met bedrijfs- en overheidspartijen om verdere\nontwikkeling en adoptie van het handboek vorm te geven.',
      '14\nhttps://www.aivd.nl/documenten/publicaties/2023/04/04/pqc-migratie-handboek',
      'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel',
      '5'
    ),
    undefined,
    {references: [], definitions: [['14', '14', 'https://www.aivd.nl/documenten/publicaties/2023/04/04/pqc-migratie-handboek']]}
  ],
  [
    'should read a number between a sentence cut by the page and a text a blank line below it as a footnote ("… van instellingen" / "3" / "" / "bis: culturele basisinfrastructuur")',
    blocks(
      'Vraag 1\nIs bij u bekend dat lokale overheden maatregelen namen?3',
      'Antwoord 1\nTen tijde van het aannemen van de motie\ndoor uw Kamer, op 23 januari jl., waren er al aanvragen van instellingen\n3',
      'bis: culturele basisinfrastructuur',
      'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel',
      '2',
      '\fontvangen en was het sluiten van het loket zeer nabij.'
    ),
    undefined,
    {references: [['3', '3']], definitions: [['3', '3', 'bis: culturele basisinfrastructuur']]}
  ],
  [
    'should read a number between a sentence cut by the page and a text indented under it as a footnote, as pdftotext -layout hangs its number ("3" / "    bis: …")',
    blocks(
      'Vraag 1\nIs bij u bekend dat lokale overheden maatregelen namen?3',
      'Antwoord 1\nTen tijde van het aannemen van de motie\ndoor uw Kamer, op 23 januari jl., waren er al aanvragen van instellingen\n3\n    bis: culturele basisinfrastructuur',
      'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel                                 2',
      '\fontvangen en was het sluiten van het loket zeer nabij.'
    ),
    undefined,
    {references: [['3', '3']], definitions: [['3', '3', 'bis: culturele basisinfrastructuur']]}
  ],
  [
    'should read a number between a sentence cut by the page and the lower-case text right below it as a marker ("… van instellingen" / "3" / "bis: …")',
    blocks(
      'Vraag 1\nIs bij u bekend dat lokale overheden maatregelen namen?',
      'Antwoord 1\nTen tijde van het aannemen van de motie\ndoor uw Kamer, op 23 januari jl., waren er al aanvragen van instellingen\n3\nbis: culturele basisinfrastructuur',
      'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel',
      '2',
      '\fontvangen en was het sluiten van het loket zeer nabij.'
    ),
    undefined,
    none
  ],
  ['should keep a superscript without a definition as a reference', qa('Kent u het bericht?¹', 'Ja.'), undefined, {references: [['1', '¹']], definitions: []}],
  // Near misses: digits after words that are not footnote markers.
  ['should not read a year ("van 2023") as a footnote', qa('Kent u het bericht van 2023?', 'Ja, uit 2023.'), undefined, none],
  ['should not read "NRC3" as a footnote where it continues no numbering', qa('Kent u het bericht in de NRC3, precies?', 'Ja.'), undefined, none],
  ['should not read "artikel 2" as a footnote', qa('Kent u artikel 2 van de wet?', 'Ja, artikel 2.'), undefined, none],
  ['should not read an ordinal ("het 11e sanctiepakket") as a footnote', qa('Kent u het 11e sanctiepakket?', 'Ja.'), undefined, none],
  ['should not read "11[e ]" in Markdown as a footnote', blocks('# Vraag 1', 'Kent u het 11[e ] sanctiepakket?', '# Antwoord 1', 'Ja.'), {format: 'markdown'}, none],
  ['should not read a line opening with a date ("1 januari 2024 …") as a definition', qa('Kent u het bericht?', 'Ja.\n\n1 januari 2024 is de wet ingegaan.'), undefined, none],
  ['should not read an amount ("€ 12 miljoen") as a footnote', qa('Hoeveel kost het?', 'Het kost € 12 miljoen.'), undefined, none]
]

describe('footnotes in short inputs', () => {
  it.each(FOOTNOTE_CASES)('%s', (_, input, options, expected) => {
    const tree = parseKamerbrief(input, options)
    expect({
      references: all(tree, 'footnoteReference').map((r) => [r.identifier, r.label]),
      definitions: all(tree, 'footnoteDefinition').map((d) => [d.identifier, d.label, squash(text(d))])
    }).toEqual(expected)
    expect(coverage(tree, input, {overlaps: true})).toEqual([])
  })
})

describe('footnote definitions', () => {
  it('should read "1" on its own line followed by an address, between a question and its answer', () => {
    const qa = item(0, '17')
    const definition = qa.children!.find((c) => c.type === 'footnoteDefinition')!
    expect(definition).toMatchObject({identifier: '1', label: '1'})
    expect(definition.url).toMatch(/^https:\/\/www\.google\.com\/url\?.*sipri\.org/)
    // Beside the question and the answer, not inside either.
    expect(squash(text(first(qa, 'question')))).toMatch(/kan zij deze met de Kamer delen\?$/)
    expect(squash(text(first(qa, 'answer')))).toBe('Zie antwoord op vraag 15.')
    expect(definition.position?.start.line).toBe(129)
  })

  it('should read superscript ("² <https://…>") and bracket ("[1] <https://…>") definitions', () => {
    const definitions = all(tree, 'footnoteDefinition').map((d) => [d.identifier, d.label, d.position?.start.line])
    expect(definitions).toEqual([
      ['1', '1', 129],
      ['2', '²', 247],
      ['3', '³', 249],
      ['1', '[1]', 273]
    ])
  })

  it('should keep definitions in the middle of an answer out of its text', () => {
    const answer = squash(text(first(item(0, '40'), 'answer')))
    expect(answer).toMatch(/^Het aantal fte marechaussee-ambtenaren is niet eenduidig te definiëren\. In de/)
    expect(answer).toMatch(/ten minste 12\.500 uur grenscontrole uitgevoerd\.$/)
  })

  it('should read glued page-bottom definitions of pdftotext ("2Kamerstuk 29 383, nr. 406.")', () => {
    const bromet = parseKamerbrief(fixture('full-questions-aanhangsel-bromet-pdftotext'))
    const definitions = all(bromet, 'footnoteDefinition')
    expect(definitions.map((d) => d.identifier)).toEqual(['1', '2', '3', '4', '5', '6'])
    expect(squash(text(definitions[1]))).toBe('Kamerstuk 29 383, nr. 406.')
  })

  it('should read numbered definitions above a Markdown page break', () => {
    const boswijk = parseKamerbrief(fixture('full-questions-aanhangsel-boswijk-markdown'))
    expect(all(boswijk, 'footnoteDefinition').map((d) => d.identifier)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'])
  })
})

describeCorpus('footnote definitions in documents made from PDF (../shared/corpus)', () => {
  it('should pair numbers and texts printed in scrambled order at a page bottom', () => {
    const bouwmeester = parseKamerbrief(corpusDocument(FROM_PDF.bouwmeester))
    // "1" / two texts / "3" / … / "4" / … / "2": 2 takes the second text, and stands in its place.
    expect(all(bouwmeester, 'footnoteDefinition').map((d) => d.identifier)).toEqual(['1', '2', '3', '4'])
    const beslisnota = parseKamerbrief(corpusDocument(FROM_PDF.collegeRechtenMens))
    const definitions = all(beslisnota, 'footnoteDefinition')
    expect(definitions.map((d) => d.identifier).sort()).toEqual(['1', '2', '3', '4'])
    // Footnote 3 is printed after its text: "Bijlage bij Kamerstukken II 2017/18, 34 338, nr. 3, …" then "3".
    expect(squash(text(definitions.find((d) => d.identifier === '3')))).toMatch(/^Bijlage bij Kamerstukken II 2017\/18, 34 338, nr\. 3/)
  })

  it('should read the scrambled, letter-spaced footnotes of a pdftotext letter ("1 2 Kamers tukken …" is 12)', () => {
    const luchtvaart = parseKamerbrief(corpusDocument(FROM_PDF.luchtvaart))
    const identifiers = all(luchtvaart, 'footnoteDefinition').map((d) => Number(d.identifier))
    expect(identifiers.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
  })
})

describe('footnote references', () => {
  const references = (node: unknown) => all(node, 'footnoteReference').map((r) => [r.identifier, r.label])

  it('should read superscripts and ^[1]', () => {
    expect(references(item(0, '15'))).toEqual([['1', '¹']])
    expect(references(item(0, '38'))).toEqual([
      ['2', '²'],
      ['3', '³']
    ])
    expect(references(item(0, '45'))).toEqual([['1', '^[1]']])
  })

  it('should not read "NRC3" as a footnote: no third footnote continues the numbering there', () => {
    expect(references(item(1, '15'))).toEqual([])
    expect(squash(text(first(item(1, '15'), 'question')))).toContain('zoals bericht in de NRC3, precies')
  })

  it('should read digits glued to a word or a year when they continue the numbering', () => {
    const berthub = parseKamerbrief(fixture('letter-berthub-natuurherstel'))
    // "voorlopig akkoord1" and "Met mijn brief van 24 november 20232" (= 2023 + footnote 2).
    expect(references(berthub)).toEqual([
      ['1', '1'],
      ['2', '2']
    ])
    expect(squash(text(first(berthub, 'letter')))).toContain('Met mijn brief van 24 november 2023 heb ik')
  })

  it('should read bracketed markers with a space ("[1 ]") but not "11[e ]"', () => {
    const boswijk = parseKamerbrief(fixture('full-questions-aanhangsel-boswijk-markdown'))
    const labels = all(boswijk, 'footnoteReference').map((r) => r.label)
    expect(labels.slice(0, 3)).toEqual(['[1 ]', '[2]', '[3 ]'])
    expect(labels).not.toContain('[e ]')
  })

  it('should report a reference without definition and a definition without reference', () => {
    const result = parseKamerbrief(dedent`
      Vraag 1
      Kent u het bericht?¹

      Antwoord 1
      Ja.

      ² https://www.rijksoverheid.nl/
    `)
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('footnote')).map((d) => [d.ruleId, d.position?.start.line])).toEqual([
      ['footnote-undefined', 2],
      ['footnote-unused', 7]
    ])
  })
})
