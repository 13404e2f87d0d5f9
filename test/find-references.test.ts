import {readFileSync} from 'node:fs'
import {coverage, findReferences, KamerbriefError, parseKamerbrief, type Citation} from 'kamerbrief'
import {describe, expect, it} from 'vitest'
import {all, type AnyNode} from './util.js'

const SENTENCE = 'In de brief (Kamerstuk 36 800-X, nr. 78) en de motie-Piri c.s. (Kamerstuk 36 045, nr. 191) staat het.'

/** The text each node's position points at, for every node in `nodes` and below. */
function checkPositions(text: string, nodes: readonly AnyNode[]): void {
  for (const node of nodes) {
    const {start, end} = node.position!
    const lines = text.slice(0, start.offset).split(/\r\n|\r|\n/)
    expect([start.line, start.column]).toEqual([lines.length, lines.at(-1)!.length + 1])
    if (node.type === 'text') expect(node.value).toBe(text.slice(start.offset, end.offset))
    checkPositions(text, node.children ?? [])
  }
}

describe('findReferences', () => {
  it('should find a Kamerstuk and a motion with the Kamerstuk it cites, in order', () => {
    const [brief, motie, ...rest] = findReferences(SENTENCE)
    expect(rest).toEqual([])
    expect(brief).toMatchObject({type: 'kamerstukReference', dossier: '36800', suffix: 'X', number: '78', id: 'kst-36800-X-78'})
    expect(motie).toMatchObject({type: 'motionReference', by: ['Piri'], dossier: '36045', number: '191', id: 'kst-36045-191'})
    expect(motie!.children.map((child) => child.type)).toEqual(['text', 'kamerstukReference', 'text'])
    expect(motie!.children[1]).toMatchObject({type: 'kamerstukReference', id: 'kst-36045-191'})
    expect(SENTENCE.slice(brief!.position!.start.offset, brief!.position!.end.offset)).toBe('Kamerstuk 36 800-X, nr. 78')
    expect(SENTENCE.slice(motie!.position!.start.offset, motie!.position!.end.offset)).toBe('motie-Piri c.s. (Kamerstuk 36 045, nr. 191)')
  })

  it('should find the nodes that parseKamerbrief puts in the tree of the same text', () => {
    const tree = parseKamerbrief(SENTENCE)
    // No layout claims a bare sentence: it is a paragraph, still reported, whose phrasing holds its citations.
    expect(tree.children.map((child) => child.type)).toEqual(['paragraph'])
    expect(tree.diagnostics.map((d) => d.ruleId)).toEqual(['not-a-kamerbrief'])
    const inTree = (tree.children[0] as unknown as AnyNode).children!.filter((child) => child.type !== 'text')
    expect(inTree).toEqual(findReferences(SENTENCE))
    expect(coverage(tree, SENTENCE)).toEqual([])
  })

  it('should read every family of docs/references.md', () => {
    const text = [
      'Zie Kamerstukken II 2019/20, 35 300-XV, nr. 28 en 2026D20156,',
      'het Aanhangsel Handelingen II 2019/20, nr. 89, Handelingen II 2019/20, nr. 45, item 7,',
      'de motie van het lid Boswijk c.s. en https://www.tweedekamer.nl/kamerstukken (MINDEF20260028717).'
    ].join('\n')
    const found = findReferences(text)
    expect(found.map((node) => [node.type, node.type === 'link' ? node.url : node.id])).toEqual([
      ['kamerstukReference', 'kst-35300-XV-28'],
      ['documentReference', undefined],
      ['documentReference', 'ah-tk-20192020-89'],
      ['documentReference', 'h-tk-20192020-45-7'],
      ['motionReference', undefined],
      ['link', 'https://www.tweedekamer.nl/kamerstukken'],
      ['documentReference', undefined]
    ])
    checkPositions(text, found as unknown as AnyNode[])
    // The lines and columns of the third line.
    expect(found[4]!.position!.start).toEqual({line: 3, column: 4, offset: text.indexOf('motie')})
  })

  it('should find a citation over a line break, with positions on both lines', () => {
    const text = 'Zoals gemeld (Kamerstuk\r\n21 501-02, nr. 2737) is het besluit genomen.'
    const [node, ...rest] = findReferences(text)
    expect(rest).toEqual([])
    expect(node).toMatchObject({type: 'kamerstukReference', id: 'kst-21501-02-2737'})
    expect([node!.position!.start.line, node!.position!.end]).toEqual([1, {line: 2, column: 20, offset: text.indexOf(')')}])
    checkPositions(text, [node as unknown as AnyNode])
  })

  it('should find nothing in text that cites nothing', () => {
    for (const text of ['', 'Postbus 20701, 2500 ES Den Haag', 'Een bedrag van € 12.500-15.000 in 2026-2030.', 'de motie van de Kamer']) {
      expect(findReferences(text), text).toEqual([])
    }
  })

  it('should return plain JSON, new nodes on every call', () => {
    const first: Citation[] = findReferences(SENTENCE)
    expect(JSON.parse(JSON.stringify(first))).toEqual(first)
    const second = findReferences(SENTENCE)
    expect(second).toEqual(first)
    expect(second[0]).not.toBe(first[0])
  })

  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['bytes', new Uint8Array(3)],
    ['an array', [SENTENCE]]
  ])('should throw INVALID_INPUT for %s', (_, value) => {
    expect(() => findReferences(value as never)).toThrow(KamerbriefError)
    expect(() => findReferences(value as never)).toThrow(expect.objectContaining({code: 'INVALID_INPUT'}))
  })

  it('should find in a whole letter what its tree holds where the text reads as written', () => {
    const input = readFileSync(new URL('../fixtures/full-defensie-ek-begroting-2026/input.md', import.meta.url), 'utf8')
    const found = new Map(findReferences(input).map((node) => [node.position!.start.offset, node]))
    const tree = parseKamerbrief(input)
    let compared = 0
    for (const type of ['kamerstukReference', 'motionReference', 'documentReference', 'link']) {
      for (const node of all(tree, type)) {
        // A citation inside a motion is compared with its motion; one whose text is Markdown or
        // split over lines differs from the input, so the reading text and the input may differ.
        const same = found.get(node.position!.start.offset)
        if (same === undefined || same.type !== type) continue
        expect(same).toEqual(node)
        compared++
      }
    }
    expect(compared).toBeGreaterThan(10)
  })
})

describe('docs/references.md', () => {
  it('should find what its example says', () => {
    const doc = readFileSync(new URL('../docs/references.md', import.meta.url), 'utf8')
    const text = /findReferences\('([^']+)'\)/.exec(doc)![1]!
    const [motie, ...rest] = findReferences(text)
    expect(rest).toEqual([])
    expect(motie).toMatchObject({type: 'motionReference', by: ['Piri'], number: '34', dossier: '36800', id: 'kst-36800-X-34'})
    expect(doc).toContain(`position: {start: {line: 1, column: ${motie!.position!.start.column}, offset: ${motie!.position!.start.offset}}, end: {line: 1, column: ${motie!.position!.end.column}, offset: ${motie!.position!.end.offset}}}`)
    const child = motie!.children[1] as unknown as AnyNode
    expect(child).toMatchObject({type: 'kamerstukReference', suffix: 'X', url: 'https://zoek.officielebekendmakingen.nl/kst-36800-X-34'})
    expect(doc).toContain(`children: [{type: 'text', value: '${(child.children![0] as AnyNode).value}', position: …}]`)
  })
})
