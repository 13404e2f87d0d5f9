import {coverage, parseKamerbrief, type Paragraph, type Root} from 'kamerbrief'
import {describe, expect, it} from 'vitest'

// Coverage on whole real documents, in every format, is in coverage-documents.test.ts (robustness).

function paragraphs(node: unknown, out: Paragraph[] = []): Paragraph[] {
  const n = node as {type?: string; children?: unknown[]}
  if (n.type === 'paragraph') out.push(n as Paragraph)
  for (const child of n.children ?? []) paragraphs(child, out)
  return out
}

describe('coverage', () => {
  const input = 'Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n'

  it('should return nothing for a complete tree', () => {
    expect(coverage(parseKamerbrief(input), input)).toEqual([])
  })

  it('should report text the tree does not hold, with offsets and text', () => {
    expect(coverage(parseKamerbrief(input), `${input}\nextra tekst`)).toEqual([{start: 45, end: 56, text: 'extra tekst', kind: 'uncovered'}])
  })

  it('should report a leaf that was dropped', () => {
    const tree = parseKamerbrief(input)
    const answer = paragraphs(tree).find((p) => p.position!.start.offset === 40)!
    answer.position = {start: answer.position!.start, end: answer.position!.start}
    expect(coverage(tree, input)).toEqual([{start: 40, end: 43, text: 'Ja.', kind: 'uncovered'}])
  })

  it('should report doubly covered text, unless asked not to', () => {
    const tree = parseKamerbrief(input)
    const section = tree.children[0] as {children: unknown[]}
    section.children.push(structuredClone(paragraphs(tree)[0]))
    const overlap = [{start: 8, end: 27, text: 'Kent u het bericht?', kind: 'overlap'}]
    expect(coverage(tree, input)).toEqual(overlap)
    expect(coverage(tree, input, {overlaps: true})).toEqual(overlap)
    expect(coverage(tree, input, {overlaps: false})).toEqual([])
  })

  it('should join offending runs separated by white space only', () => {
    const tree: Root = {type: 'root', treeVersion: 1, packageVersion: '0.0.0', format: 'text', children: [], diagnostics: [], position: parseKamerbrief(input).position}
    expect(coverage(tree, 'a b\n\nc ')).toEqual([{start: 0, end: 6, text: 'a b\n\nc', kind: 'uncovered'}])
  })

  it('should not need nodes for white space, NBSP, form feeds or zero-width spaces', () => {
    const blank = ' \t\u00a0\f\u200b\ufeff\r\n'
    expect(coverage(parseKamerbrief(blank), blank)).toEqual([])
  })

  it('should count Markdown container markup as covered', () => {
    const markdown = '# Vraag 1 #\n\n> Kent u **het** bericht?\n\n## Antwoord 1\n\n- Ja.\n- Nee.\n'
    const tree = parseKamerbrief(markdown, {format: 'markdown'})
    expect(coverage(tree, markdown, {overlaps: true})).toEqual([])
  })

  it('should read the same markup as text in text mode, and still cover it', () => {
    const markdown = '# Vraag 1\n\n> Kent u het bericht?\n'
    expect(coverage(parseKamerbrief(markdown, {format: 'text'}), markdown)).toEqual([])
  })

  it('should count a glyph bullet as covered by its list item', () => {
    const text = 'Vraag 1\nWat is er gedaan?\n\nAntwoord 1\nHet volgende:\n\n• eerst dit;\n\u2013 dan dat.\n'
    const tree = parseKamerbrief(text, {format: 'text'})
    expect(coverage(tree, text, {overlaps: true})).toEqual([])
  })

  it('should skip the repeats of a joint answer', () => {
    const text = 'Vraag 4 en 5\nIs dat zo? En dit?\n\nAntwoord 4 en 5\nJa, beide.\n'
    const tree = parseKamerbrief(text)
    expect(JSON.stringify(tree)).toContain('sharedWith')
    expect(coverage(tree, text, {overlaps: true})).toEqual([])
  })

  it('should count footnote numbers kept in data and signatory names', () => {
    const text = [
      'Datum 21 mei 2026',
      'Betreft Beantwoording vragen',
      '',
      'Geachte voorzitter,',
      '',
      'Zie de brief van april.1',
      '',
      '1',
      'https://www.tweedekamer.nl/kamerstukken/brieven',
      '',
      'Hoogachtend,',
      '',
      'DE MINISTER VAN DEFENSIE',
      '',
      'Ruben Brekelmans',
      ''
    ].join('\n')
    const tree = parseKamerbrief(text, {format: 'text'})
    const json = JSON.stringify(tree)
    expect(json).toContain('"markers"')
    expect(json).toContain('"namePosition"')
    expect(coverage(tree, text, {overlaps: true})).toEqual([])
  })

  it('should not throw on positions outside the input', () => {
    const tree = parseKamerbrief(input)
    paragraphs(tree)[0]!.position = {start: {line: 1, column: 1, offset: -5}, end: {line: 1, column: 1, offset: 10_000}}
    expect(coverage(tree, input, {overlaps: true}).every((range) => range.kind === 'overlap')).toBe(true)
  })
})
