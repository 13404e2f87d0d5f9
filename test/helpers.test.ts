import {parseKamerbrief, questions, references, toText} from 'kamerbrief'
import {describe, expect, it} from 'vitest'
import {corpusGold, dedent, describeCorpus, fixture, squash} from './util.js'

const eerdmans = parseKamerbrief(fixture('questions-aanhangsel-eerdmans-dwangwet'))
const defensie = parseKamerbrief(fixture('full-defensie-ek-begroting-2026'))

interface GoldItem {
  number: string
  fractie?: string
  crossReferences?: string[]
  question: {startsWith: string; endsWith: string}
  answer: {startsWith: string; endsWith: string}
}

describe('questions', () => {
  it('should list every question with its answer as reading text', () => {
    expect(questions(eerdmans).map(({node, ...entry}) => entry)).toEqual([
      {
        section: undefined,
        sectionIndex: 0,
        number: '1',
        id: 's1-q1',
        fractie: undefined,
        question:
          'Klopt het dat gemeenten (al dan niet via de commissaris van de Koning (CdK) van hun provincie) te horen hebben gekregen hoeveel asielzoekers ze (indicatief) moeten gaan opvangen, mocht de dwangwet van kracht worden?',
        answer:
          'Nee, dit klopt niet. Op het moment van schrijven van deze beantwoording vinden er nog gesprekken plaats over de inhoud van het wetsvoorstel. Vanuit het Rijk zijn er geen mededelingen gedaan die de inhoud van het wetsvoorstel betreffen.',
        crossReferences: []
      },
      {
        section: undefined,
        sectionIndex: 0,
        number: '2',
        id: 's1-q2',
        fractie: undefined,
        question:
          'Zo ja, waarom worden dergelijke aantallen aan gemeenten gecommuniceerd terwijl er nog niet eens een wet ligt, laat staan dat de Kamer zich hierover – inclusief de verdeelsleutel als onderdeel hiervan – heeft kunnen uitspreken?',
        answer: 'Zie antwoord op vraag 1',
        crossReferences: ['s1-q1']
      },
      {
        section: undefined,
        sectionIndex: 0,
        number: '3',
        id: 's1-q3',
        fractie: undefined,
        question: 'Kunt u deze aantallen (per gemeente) direct met de Kamer delen? Zo nee, waarom niet?',
        answer: 'Zie antwoord op vraag 1',
        crossReferences: ['s1-q1']
      },
      {
        section: undefined,
        sectionIndex: 0,
        number: '4',
        id: 's1-q4',
        fractie: undefined,
        question: 'Kunt u deze vragen nog deze week beantwoorden?',
        // "Naar boven" after the last answer is site navigation, not part of it.
        answer: 'Ja.',
        crossReferences: []
      }
    ])
  })

  it('should give the node itself', () => {
    const [first] = questions(eerdmans)
    expect(first?.node.type).toBe('questionAnswer')
    expect(first?.node.position!.start.line).toBe(5)
  })

  it('should read the example in its documentation', () => {
    const tree = parseKamerbrief(dedent`
      Vraag 1

      Klopt het dat gemeenten (al dan niet via de commissaris van de Koning (CdK) van hun provincie) te horen hebben gekregen hoeveel asielzoekers ze (indicatief) moeten gaan opvangen, mocht de dwangwet van kracht worden?

      Antwoord 1

      Nee, dit klopt niet.

      Vraag 2

      Zo ja, waarom worden dergelijke aantallen aan gemeenten gecommuniceerd terwijl er nog niet eens een wet ligt, laat staan dat de Kamer zich hierover – inclusief de verdeelsleutel als onderdeel hiervan – heeft kunnen uitspreken?

      Antwoord 2

      Zie antwoord op vraag 1
    `)
    const [, second] = questions(tree)
    expect(second?.number).toBe('2')
    expect(second?.question).toMatch(/^Zo ja, waarom worden dergelijke aantallen aan gemeenten gecommuniceerd terwijl er nog niet eens een wet /)
    expect(second?.answer).toBe('Zie antwoord op vraag 1')
    expect(second?.crossReferences).toEqual(['s1-q1'])
  })

  it('should read both sections of the Defensie letter, 67 questions with distinct ids', () => {
    const entries = questions(defensie)
    expect(entries.map((e) => e.sectionIndex).filter((i, n, all) => all.indexOf(i) === n)).toEqual([0, 1])
    expect(entries[0]?.section).toBe('Antwoorden op schriftelijke vragen over de Ontwerpbegroting Defensie (X) over het jaar 2026 (Kamerstuk 36800-X)')
    expect(entries.length).toBe(67)
    expect(new Set(entries.map((e) => e.id)).size).toBe(67)
  })
})

describeCorpus('questions, against the hand-read facts of the corpus', () => {
  it('should read every section of the Defensie letter as the hand-read facts say', () => {
    const entries = questions(defensie)
    const gold = corpusGold<{sections: Array<{title: string; items: GoldItem[]}>}>('defensie-ek-begroting-2026.md')!
    expect(gold.sections.length).toBe(2)
    gold.sections.forEach((section, sectionIndex) => {
      const inSection = entries.filter((e) => e.sectionIndex === sectionIndex)
      expect(inSection.map((e) => e.number)).toEqual(section.items.map((item) => item.number))
      for (const [i, item] of section.items.entries()) {
        const entry = inSection[i]!
        const question = squash(entry.question)
        const answer = squash(entry.answer)
        expect(question.startsWith(squash(item.question.startsWith)), `question ${item.number}`).toBe(true)
        expect(question.endsWith(squash(item.question.endsWith)), `question ${item.number}`).toBe(true)
        expect(answer.startsWith(squash(item.answer.startsWith)), `answer ${item.number}`).toBe(true)
        // Footnote texts in an answer follow the paragraph that refers to them.
        expect(answer.includes(squash(item.answer.endsWith)), `answer ${item.number}`).toBe(true)
        expect(entry.fractie).toBe(item.fractie)
        // The hand-read facts list "zie (het) antwoord op vraag N"; the parser finds more ("zoals toegelicht onder vraag 1").
        const targets = entry.crossReferences.map((id) => entries.find((e) => e.id === id)?.number)
        expect(targets, `cross-references of ${item.number}`).toEqual(expect.arrayContaining(item.crossReferences ?? []))
      }
    })
  })
})

describe('references', () => {
  it('should list citations in document order, a motion before the Kamerstuk inside it', () => {
    const tree = parseKamerbrief(dedent`
      Datum 21 mei 2026

      Geachte voorzitter,

      Nederland is nauw betrokken geweest bij het militaire planningsproces voor een Multinational Force Ukraine (MNF-U), conform onder andere moties Timmermans en Yesilgöz-Zegerius (motie 36 045–191, 18 februari 2025) en Paternotte en Van Campen (motie 21 501-02-3047, 18 februari 2025).
    `)
    const found = references(tree)
    expect(found.map((node) => node.type)).toEqual(['motionReference', 'kamerstukReference', 'motionReference', 'kamerstukReference'])
    expect(found[0]).toMatchObject({type: 'motionReference', by: ['Timmermans', 'Yesilgöz-Zegerius'], number: '191', dossier: '36045', id: 'kst-36045-191'})
  })

  it('should find every kind in a real letter, footnote texts included, in order of place', () => {
    const found = references(defensie)
    const types = new Set(found.map((node) => node.type))
    expect([...types].sort()).toEqual(['crossReference', 'documentReference', 'footnoteReference', 'kamerstukReference', 'link', 'motionReference'])
    const offsets = found.map((node) => node.position!.start.offset)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
    expect(found.some((node) => node.type === 'link' && node.url.includes('sipri.org'))).toBe(true)
  })

  it('should read any node, not only the root', () => {
    const [, second] = questions(eerdmans)
    expect(references(second!.node).map((node) => node.type)).toEqual(['crossReference'])
  })
})

describe('toText', () => {
  it('should leave out markers and page furniture', () => {
    const tree = parseKamerbrief(dedent`
      Vraag 4

      Kunt u deze vragen nog deze week beantwoorden?

      Antwoord 4

      Ja.

      Naar boven
    `)
    expect(toText(tree)).toBe('Kunt u deze vragen nog deze week beantwoorden?\n\nJa.')
  })

  it('should join a paragraph cut by footnotes and leave out footnote markers', () => {
    const entry = questions(defensie).find((e) => e.sectionIndex === 0 && e.number === '40')!
    const answer = entry.answer
    // In the letter: "… In de" ² ³ (footnotes at the page bottom) "periode van 9 december 2024 …"
    expect(answer).toContain('In de periode van 9 december 2024 tot en met 8 maart 2026')
    expect(answer).not.toMatch(/[¹²³]/)
    expect(answer.split('\n\n').at(-1)).toBe('https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2025Z19577&did=2025D45926')
  })

  it('should separate blocks by one blank line and keep inline text as written', () => {
    const letter = defensie.children[0]!
    expect(toText(letter)).toBe(
      [
        'Geachte voorzitter,',
        'Hierbij bieden wij u de antwoorden aan op de set schriftelijke vragen gesteld over de Ontwerpbegroting Defensie (X) en DMF(K) over het jaar 2026.',
        'Mochten naar aanleiding van de beantwoording nog nadere vragen bestaan, dan lichten wij deze desgewenst mondeling toe. Wij gaan namelijk graag het gesprek met u aan, indien het uw kamer ook uitkomt, voor het zomerreces.',
        'Hoogachtend,',
        'DE MINISTER VAN DEFENSIE\nDilan Yeşilgöz-Zegerius',
        'DE STAATSSECRETARIS VAN DEFENSIE\nDerk Boswijk'
      ].join('\n\n')
    )
  })

  it('should give the headings of a nota section', () => {
    const nota = defensie.children.find((node) => node.type === 'nota')!
    const text = toText(nota)
    expect(text).toContain('\n\nAanleiding\n\nOp 24 april jl. heeft de Eerste Kamer schriftelijke vragen gesteld')
    expect(text).not.toContain('MINDEF20260034272')
  })

  it('should read inline nodes as written', () => {
    const [kamerstuk] = references(defensie).filter((node) => node.type === 'kamerstukReference')
    expect(toText(kamerstuk!)).toBe('Kamerstuk 36800-X')
  })

  it('should not leave blank lines or white space at the ends', () => {
    const text = toText(defensie)
    expect(text).not.toMatch(/\n{3}/)
    expect(text).toBe(text.trim())
  })
})
