import {describe, expect, it} from 'vitest'
import {parseKamerbrief} from 'kamerbrief'
import {all, corpusDocument, describeCorpus, first, fixture, FROM_PDF, squash, text} from './util.js'

const defensie = fixture('full-defensie-ek-begroting-2026')
const tree = parseKamerbrief(defensie)
const slice = (node: {position?: {start: {offset: number}; end: {offset: number}}} | undefined) =>
  node?.position ? defensie.slice(node.position.start.offset, node.position.end.offset) : undefined

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
    expect(all(other, 'unknown')).toHaveLength(2)
    expect(other.diagnostics.map((d) => d.ruleId)).toContain('not-a-kamerbrief')
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
