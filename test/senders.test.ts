/**
 * Documents from senders outside the Rijkshuisstijl letterhead and documents of questions only:
 * committee documents (lijsten van vragen en antwoorden, verslagen), the High Councils of State,
 * Kamerstuk letters that name their senders in the title, and Kamervragen as submitted. Each class
 * is tested on short inputs written from the class, the near misses beside them, and the corpus
 * document that showed it.
 */
import {describe, expect, it} from 'vitest'
import {coverage, parseKamerbrief, questions} from 'kamerbrief'
import {all, blocks, corpusDocument, describeCorpus, first} from './util.js'

const facts = (input: string) => {
  const tree = parseKamerbrief(input)
  const head = first(tree, 'letterhead') as Record<string, any> | undefined
  return {
    tree,
    organisation: head?.sender?.organisation as string | undefined,
    date: head?.date as string | undefined,
    signatories: all(tree, 'signatory').map((s) => [s.role, s.name])
  }
}

/** The opening of a committee's lijst van vragen en antwoorden, before its signatures. */
const LIJST = [
  '23 645 Openbaar vervoer',
  'Nr. 646 LIJST VAN VRAGEN EN ANTWOORDEN',
  'Vastgesteld 12 mei 2017',
  'De vaste commissie voor Infrastructuur en Milieu heeft een aantal vragen voorgelegd aan de Staatssecretaris van Infrastructuur en Milieu over de brief van 16 februari 2017 inzake het positief bedrijfsresultaat Translink (Kamerstuk 23 645, nr. 642).',
  'De Staatssecretaris van Infrastructuur en Milieu heeft deze vragen beantwoord bij brief van 11 mei 2017. Vragen en antwoorden zijn hierna afgedrukt.'
]
const QUESTION = ['Vraag 1', 'Kunt u de huidige bestuursstructuur van Translink toelichten?', 'Antwoord 1', 'De organisatie van Translink bestaat uit een directie.']

type SignatureCase = [name: string, input: string, signatories: Array<[string, string | undefined]>]

const COMMITTEE_CASES: SignatureCase[] = [
  [
    'should read a chair standing in, role and name on one line ("De fungerend voorzitter van de commissie, Van Veldhoven")',
    blocks(...LIJST, 'De fungerend voorzitter van de commissie, Van Veldhoven', 'Adjunct-griffier van de commissie, Israel', ...QUESTION),
    [
      ['De fungerend voorzitter van de commissie', 'Van Veldhoven'],
      ['Adjunct-griffier van de commissie', 'Israel']
    ]
  ],
  [
    'should read role and name in blocks of their own ("De voorzitter van de commissie," / "Aptroot")',
    blocks(...LIJST, 'De voorzitter van de commissie,', 'Aptroot', 'De griffier van de commissie,', 'Groen', ...QUESTION),
    [
      ['De voorzitter van de commissie', 'Aptroot'],
      ['De griffier van de commissie', 'Groen']
    ]
  ],
  [
    'should read role and name on lines of one block',
    blocks(...LIJST, 'De voorzitter van de commissie,\nSneller', 'De plaatsvervangend griffier van de commissie,\nSchukkink', ...QUESTION),
    [
      ['De voorzitter van de commissie', 'Sneller'],
      ['De plaatsvervangend griffier van de commissie', 'Schukkink']
    ]
  ],
  [
    'should read the committee named in the role ("De griffier van de vaste Commissie voor Binnenlandse Zaken, Bergman")',
    blocks(...LIJST, 'De griffier van de vaste Commissie voor Binnenlandse Zaken, Bergman', ...QUESTION),
    [['De griffier van de vaste Commissie voor Binnenlandse Zaken', 'Bergman']]
  ],
  [
    'should not read a sentence naming the chair ("De voorzitter van de commissie, mevrouw Kamminga, heeft …") as a signature',
    blocks(...LIJST, 'De voorzitter van de commissie, mevrouw Kamminga, heeft toegezegd dat de antwoorden voor het debat volgen.', ...QUESTION),
    []
  ],
  [
    'should not take a sentence after a signature without a name as the name',
    blocks(...LIJST, 'De griffier van de commissie,', 'De antwoorden zijn hierna afgedrukt.', ...QUESTION),
    [['De griffier van de commissie', undefined]]
  ]
]

describe('committee documents', () => {
  it.each(COMMITTEE_CASES)('%s', (_, input, expected) => {
    const {tree, signatories} = facts(input)
    expect(signatories).toEqual(expected)
    expect(coverage(tree, input, {overlaps: true})).toEqual([])
  })

  it.each([
    ['De vaste commissie voor Infrastructuur en Milieu heeft een aantal vragen voorgelegd aan de minister.', 'vaste commissie voor Infrastructuur en Milieu'],
    // A footnote marker glued to the name, and what the committee does after a comma, are not its name.
    ['De commissie voor de Rijksuitgaven1 heeft een aantal vragen voorgelegd aan de minister van Binnenlandse Zaken.', 'commissie voor de Rijksuitgaven'],
    [
      'De vaste commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking, belast met het voorbereidend onderzoek van dit wetsvoorstel, heeft de eer als volgt verslag uit te brengen.',
      'vaste commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking'
    ]
  ])('should read the committee of "%s" as the sender', (sentence, organisation) => {
    const input = blocks('31 235 Leren van parlementair onderzoek', 'Nr. 3 LIJST VAN VRAGEN EN ANTWOORDEN', 'Vastgesteld 31 januari 2008', sentence, ...QUESTION)
    expect(facts(input).organisation).toBe(organisation)
  })

  it('should keep the ministry of a Rijkshuisstijl letter as its sender, whatever committee the body names', () => {
    const input = blocks(
      'Ministerie van Financiën\nKorte Voorhout 7\n2511 CW Den Haag',
      'Datum 3 juni 2024\nBetreft Antwoorden op vragen',
      'Geachte voorzitter,',
      'De vaste commissie voor Financiën heeft een aantal vragen gesteld over de Voorjaarsnota.'
    )
    expect(facts(input).organisation).toBe('Ministerie van Financiën')
  })
})

type SenderCase = [name: string, input: string, expected: {organisation?: string; signatories: Array<[string, string]>}]

const KAMERSTUK_LETTER = ['29 240 Veiligheid op school']
const ADDRESSED = ['Aan de Voorzitter van de Tweede Kamer der Staten-Generaal', '’s-Gravenhage, 16 mei 2012']
const COVERING = 'Hierbij bieden wij u het op 7 mei 2012 door ons vastgestelde «Rapport bij het Jaarverslag 2011 van het Infrastructuurfonds (A)» aan.'

const SENDER_CASES: SenderCase[] = [
  [
    'should read the Algemene Rekenkamer from its name above "name, role" signatures',
    blocks('33 240 A Jaarverslag en slotwet Infrastructuurfonds 2011', 'Nr. 2 RAPPORT BIJ HET JAARVERSLAG 2011 VAN HET INFRASTRUCTUURFONDS (A)', ...ADDRESSED, COVERING, 'Algemene Rekenkamer', 'drs. Saskia J. Stuiveling, president', 'dr. Ellen M.A. van Schoten RA, secretaris', 'ONS ONDERZOEK'),
    {
      organisation: 'Algemene Rekenkamer',
      signatories: [
        ['president', 'drs. Saskia J. Stuiveling'],
        ['secretaris', 'dr. Ellen M.A. van Schoten RA']
      ]
    }
  ],
  [
    'should read names above their roles under the Algemene Rekenkamer ("drs. A.P. (Arno) Visser," / "president")',
    blocks(...ADDRESSED, 'Geachte mevrouw Arib,', COVERING, 'Algemene Rekenkamer', 'drs. A.P. (Arno) Visser,\npresident', 'drs. C. (Cornelis) van der Werf,\nsecretaris'),
    {
      organisation: 'Algemene Rekenkamer',
      signatories: [
        ['president', 'drs. A.P. (Arno) Visser'],
        ['secretaris', 'drs. C. (Cornelis) van der Werf']
      ]
    }
  ],
  [
    'should read names and roles under the Algemene Rekenkamer when each stands apart ("drs. A.P. (Arno) Visser," / "" / "president")',
    blocks(...ADDRESSED, 'Geachte mevrouw Arib,', COVERING, 'Algemene Rekenkamer', 'drs. A.P. (Arno) Visser,', 'president', 'drs. C. (Cornelis) van der Werf,', 'secretaris', 'Beantwoording vragen Tweede Kamer over rapport ‘Brexit’.'),
    {
      organisation: 'Algemene Rekenkamer',
      signatories: [
        ['president', 'drs. A.P. (Arno) Visser'],
        ['secretaris', 'drs. C. (Cornelis) van der Werf']
      ]
    }
  ],
  [
    'should keep the signatures read before a name that gets no role ("drs. C. (Cornelis) van der Werf," above prose)',
    blocks(...ADDRESSED, COVERING, 'Algemene Rekenkamer', 'drs. A.P. (Arno) Visser,', 'president', 'drs. C. (Cornelis) van der Werf,', 'Dit rapport bevat de belangrijkste uitkomsten en onze oordelen.'),
    {organisation: 'Algemene Rekenkamer', signatories: [['president', 'drs. A.P. (Arno) Visser']]}
  ],
  [
    'should not read a name without its role under "Algemene Rekenkamer" as a signature',
    blocks(...ADDRESSED, COVERING, 'Algemene Rekenkamer', 'drs. A.P. (Arno) Visser,', 'Dit rapport bevat de belangrijkste uitkomsten en onze oordelen.'),
    {signatories: []}
  ],
  [
    'should read the Raad van State from the role of who signs ("De vice-president van de Raad van State,")',
    blocks(...ADDRESSED, 'Het advies van de Afdeling advisering van de Raad van State luidt als volgt.', 'De vice-president van de Raad van State,\nTh.C. de Graaf'),
    {organisation: 'Raad van State', signatories: [['De vice-president van de Raad van State', 'Th.C. de Graaf']]}
  ],
  [
    'should not read the Algemene Rekenkamer named in a sentence as the sender',
    blocks(...ADDRESSED, COVERING, 'De Algemene Rekenkamer heeft de beleidsinformatie in de jaarverslagen onderzocht.'),
    {signatories: []}
  ],
  [
    'should not read "Algemene Rekenkamer" as a signature without names under it',
    blocks(...ADDRESSED, COVERING, 'Algemene Rekenkamer', 'Dit rapport bevat de belangrijkste uitkomsten en onze oordelen.'),
    {signatories: []}
  ],
  [
    'should read two ministers from the title of a reprint ("Nr. 108 HERDRUK1 BRIEF VAN DE MINISTERS …")',
    blocks(...KAMERSTUK_LETTER, 'Nr. 108 HERDRUK1 BRIEF VAN DE MINISTERS VAN ONDERWIJS, CULTUUR EN WETENSCHAP EN VOOR BASIS- EN VOORTGEZET ONDERWIJS EN MEDIA', ...ADDRESSED, 'Afgelopen voorjaar hebben wij met uw Kamer gesproken over veiligheid op scholen.'),
    {organisation: 'MINISTERS VAN ONDERWIJS, CULTUUR EN WETENSCHAP EN VOOR BASIS- EN VOORTGEZET ONDERWIJS EN MEDIA', signatories: []}
  ],
  [
    'should read one minister from the title ("Nr. 19 BRIEF VAN DE MINISTER VOOR MEDISCHE ZORG")',
    blocks(...KAMERSTUK_LETTER, 'Nr. 19 BRIEF VAN DE MINISTER VOOR MEDISCHE ZORG', ...ADDRESSED, 'Hierbij informeer ik u over de voortgang.'),
    {organisation: 'MINISTER VOOR MEDISCHE ZORG', signatories: []}
  ],
  [
    'should not read a sender from a title that names none ("Nr. 2 RAPPORT BIJ HET JAARVERSLAG 2011 …")',
    blocks(...KAMERSTUK_LETTER, 'Nr. 2 RAPPORT BIJ HET JAARVERSLAG 2011 VAN HET INFRASTRUCTUURFONDS (A)', ...ADDRESSED, 'Hierbij informeer ik u over de voortgang.'),
    {signatories: []}
  ]
]

describe('senders outside the Rijkshuisstijl letterhead', () => {
  it.each(SENDER_CASES)('%s', (_, input, expected) => {
    const {tree, organisation, signatories} = facts(input)
    expect({organisation, signatories}).toEqual({organisation: expected.organisation, signatories: expected.signatories})
    expect(coverage(tree, input, {overlaps: true})).toEqual([])
  })

  it('should keep the text after an institution\'s signatures in the letter ("ONS ONDERZOEK")', () => {
    const input = SENDER_CASES[0]![1]
    const letter = first(parseKamerbrief(input), 'letter')!
    expect(letter.position!.end.offset).toBe(input.trimEnd().length)
  })
})

const ASKED = 'Vragen van het lid Ceder (ChristenUnie) aan de Staatssecretaris van Justitie en Veiligheid over het dalend aantal opvangplekken in asielzoekerscentra (ingezonden 7 oktober 2022).'

type QuestionsOnlyCase = [name: string, input: string, expected: {date?: string; answered: string[]}]

const QUESTIONS_ONLY_CASES: QuestionsOnlyCase[] = [
  [
    'should date Kamervragen as submitted by the day they were submitted, and leave the note after the last question unanswered',
    blocks(ASKED, 'Vraag 1', 'Klopt het dat het aantal opvangplekken op korte termijn met 1.250 gaat dalen?1', 'Vraag 2', 'Kunt u aangeven wat de precieze oorzaak is van de daling?', 'X Noot\n1', 'NOS, 2 oktober 2022, Aantal asielplekken neemt niet toe maar af (https://nos.nl/artikel/2446822).'),
    {date: '2022-10-07', answered: []}
  ],
  [
    'should leave numbered questions as submitted unanswered ("1. Kent u …?" / "2. …")',
    blocks(ASKED, '1. Kent u het bericht over de daling van het aantal opvangplekken?', '2. Hoeveel opvangplekken zijn er sinds het asielakkoord bijgekomen?', 'Toelichting: deze vragen zijn een aanvulling op eerdere vragen van het lid Ceder.'),
    {date: '2022-10-07', answered: []}
  ],
  [
    'should date answered questions by the day the answers were received',
    blocks(ASKED, 'Antwoord van Staatssecretaris Van der Burg (Justitie en Veiligheid) (ontvangen 4 november 2022).', 'Vraag 1', 'Klopt het dat het aantal opvangplekken gaat dalen?', 'Antwoord 1', 'Ja.'),
    {date: '2022-11-04', answered: ['1']}
  ],
  [
    'should keep unlabelled answers under "Vraag" headings',
    blocks('Vraag 1', 'Kent u het bericht?', 'Ja.', 'Vraag 2', 'Wat vindt u ervan?', 'Dat is zorgelijk.'),
    {answered: ['1', '2']}
  ],
  [
    'should date a verslag by its "Vastgesteld" date, not by the letter it holds ("Den Haag, 29 januari 2025")',
    blocks(
      '36 600 B Vaststelling van de begrotingsstaat van het gemeentefonds voor het jaar 2025',
      'K VERSLAG VAN EEN SCHRIFTELIJK OVERLEG',
      'Vastgesteld 13 mei 2025',
      'De vaste commissie voor Binnenlandse Zaken heeft schriftelijk overleg gevoerd met de Minister van Binnenlandse Zaken en Koninkrijksrelaties over een overzicht.',
      'De griffier van de vaste Commissie voor Binnenlandse Zaken, Bergman',
      'BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN',
      'Aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties',
      'Den Haag, 29 januari 2025',
      'In het afgelopen jaar heeft de vaste commissie zich intensief beziggehouden met dit onderwerp.'
    ),
    {date: '2025-05-13', answered: []}
  ],
  ['should date a Kamerstuk letter by its place and date', blocks(...KAMERSTUK_LETTER, 'Nr. 19 BRIEF VAN DE MINISTER VOOR MEDISCHE ZORG', 'Den Haag, 11 juli 2019', 'Hierbij informeer ik u.'), {date: '2019-07-11', answered: []}]
]

describe('documents of questions only', () => {
  it.each(QUESTIONS_ONLY_CASES)('%s', (_, input, expected) => {
    const {tree, date} = facts(input)
    expect({date, answered: questions(tree).filter((q) => q.answer.trim() !== '').map((q) => q.number)}).toEqual(expected)
    expect(coverage(tree, input, {overlaps: true})).toEqual([])
  })
})

/** A corpus document of each class, and what its letterhead and signatures must say. */
const CORPUS_CASES: Array<[file: string, expected: {organisation?: string; date?: string; signatories?: Array<[string, string]>}]> = [
  [
    '10-kst-23645-646-lvva-translink.txt',
    {
      organisation: 'vaste commissie voor Infrastructuur en Milieu',
      signatories: [
        ['De fungerend voorzitter van de commissie', 'Van Veldhoven'],
        ['Adjunct-griffier van de commissie', 'Israel']
      ]
    }
  ],
  [
    '52-kst-31235-3-lvva-2008-leren-van-parlementair-onderzoek.txt',
    {
      organisation: 'commissie voor de Rijksuitgaven',
      signatories: [
        ['De voorzitter van de commissie', 'Aptroot'],
        ['De griffier van de commissie', 'Groen']
      ]
    }
  ],
  [
    '20-kst-36600-B-K-ek-so-financiele-impact-decentraal.txt',
    {organisation: 'vaste commissie voor Binnenlandse Zaken', date: '2025-05-13', signatories: [['De griffier van de vaste Commissie voor Binnenlandse Zaken', 'Bergman']]}
  ],
  [
    '24-kst-33240-A-2-rekenkamer-infrastructuurfonds.txt',
    {
      organisation: 'Algemene Rekenkamer',
      signatories: [
        ['president', 'drs. Saskia J. Stuiveling'],
        ['secretaris', 'dr. Ellen M.A. van Schoten RA']
      ]
    }
  ],
  ['34-kst-29240-108-herdruk-veiligheid-op-school.txt', {organisation: 'MINISTERS VAN ONDERWIJS, CULTUUR EN WETENSCHAP EN VOOR BASIS- EN VOORTGEZET ONDERWIJS EN MEDIA'}],
  ['15-kv-tk-2022Z18908-ceder-opvangplekken-vragen.txt', {date: '2022-10-07'}]
]

describeCorpus('senders and documents of questions only in the corpus', () => {
  it.each(CORPUS_CASES)('should read the sender, date and signatures of %s', (file, expected) => {
    const found: Record<string, unknown> = facts(corpusDocument(file))
    expect(Object.fromEntries(Object.keys(expected).map((key) => [key, found[key]]))).toEqual(expected)
  })

  it('should answer none of the questions of 15-*, the note after the last one included', () => {
    const tree = parseKamerbrief(corpusDocument('15-kv-tk-2022Z18908-ceder-opvangplekken-vragen.txt'))
    expect(questions(tree).map((q) => [q.number, q.answer])).toEqual(['1', '2', '3', '4', '5', '6'].map((n) => [n, '']))
  })
})
