import {KamerbriefError, parseKamerbrief, type Root} from 'kamerbrief'
import {describe, expect, it} from 'vitest'
import {positionProblems} from './arbitraries.js'
import {realDocument} from './util.js'

/** The code of the KamerbriefError `run` throws; fails when it throws something else or nothing. */
function codeOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(KamerbriefError)
    return (error as KamerbriefError).code
  }
  throw new Error('expected a KamerbriefError, but nothing was thrown')
}

describe('input size', () => {
  it('should refuse a string longer than maxInputLength', () => {
    expect(codeOf(() => parseKamerbrief('Vraag 1\nWaarom?\n', {maxInputLength: 10}))).toBe('INPUT_TOO_LARGE')
    expect(parseKamerbrief('Vraag 1\nW?', {maxInputLength: 10}).type).toBe('root')
  })

  it('should refuse a string over the default of 20,000,000 characters', () => {
    expect(codeOf(() => parseKamerbrief('a'.repeat(20_000_001)))).toBe('INPUT_TOO_LARGE')
  })

  it('should refuse bytes that cannot fit before decoding them, even when they are not UTF-8', () => {
    // 41 bytes can never decode to 10 characters or fewer; 0xff would otherwise be INVALID_ENCODING.
    expect(codeOf(() => parseKamerbrief(new Uint8Array(41).fill(0xff), {maxInputLength: 10}))).toBe('INPUT_TOO_LARGE')
  })

  it('should count characters, not bytes, for bytes that might fit', () => {
    const euro = new TextEncoder().encode('€'.repeat(10)) // 30 bytes, 10 characters
    expect(parseKamerbrief(euro, {maxInputLength: 10}).type).toBe('root')
    expect(codeOf(() => parseKamerbrief(new TextEncoder().encode('a'.repeat(11)), {maxInputLength: 10}))).toBe('INPUT_TOO_LARGE')
  })

  it('should accept maxInputLength 0 for the empty string only', () => {
    expect(parseKamerbrief('', {maxInputLength: 0}).children).toEqual([])
    expect(codeOf(() => parseKamerbrief(' ', {maxInputLength: 0}))).toBe('INPUT_TOO_LARGE')
  })

  it('should parse far more blocks and spans than a call takes arguments', () => {
    // `push(...items)` overflows the stack at about 120,000 items.
    const body = 'Tekst¹ met noot^[1] en [1].\n\n'.repeat(150_000)
    const tree = parseKamerbrief(`Datum 21 mei 2026\n\nGeachte voorzitter,\n\n${body}`, {format: 'text', validate: false})
    expect(tree.children[0]?.type).toBe('letter')
    expect((tree.children[0] as {children: unknown[]}).children.length).toBeGreaterThan(150_000)
  })
})

describe('wrong arguments', () => {
  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', {text: 'Vraag 1'}],
    ['an array', ['Vraag 1']],
    ['a boolean', true],
    ['a function', () => 'Vraag 1'],
    ['an ArrayBuffer', new ArrayBuffer(4)],
    ['a DataView', new DataView(new ArrayBuffer(4))],
    ['a String object', new String('Vraag 1')]
  ])('should refuse %s as input with INVALID_INPUT', (_, input) => {
    expect(codeOf(() => parseKamerbrief(input as never))).toBe('INVALID_INPUT')
  })

  it.each([
    ['a lone continuation byte', [0x80]],
    ['0xff', [0x56, 0xff]],
    ['a truncated sequence', [0x56, 0xc3]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]]
  ])('should refuse %s with INVALID_ENCODING', (_, bytes) => {
    expect(codeOf(() => parseKamerbrief(new Uint8Array(bytes)))).toBe('INVALID_ENCODING')
  })

  it('should read valid UTF-8 bytes, a Buffer included, like the string', () => {
    const text = 'Vraag 1\nKent u het bericht van 1 mei?\n\nAntwoord 1\nJa, dat is één bericht.\n'
    expect(parseKamerbrief(new TextEncoder().encode(text))).toEqual(parseKamerbrief(text))
    expect(parseKamerbrief(Buffer.from(text, 'utf8'))).toEqual(parseKamerbrief(text))
  })

  it.each([
    ['a string', 'text'],
    ['a number', 1],
    ['true', true],
    ['an unknown format', {format: 'html'}],
    ['a format in capitals', {format: 'Markdown'}],
    ['a negative maxInputLength', {maxInputLength: -1}],
    ['NaN as maxInputLength', {maxInputLength: Number.NaN}],
    ['maxInputLength as a string', {maxInputLength: '10'}],
    ['validate as a string', {validate: 'yes'}],
    ['validate as a number', {validate: 0}]
  ])('should refuse %s as options with INVALID_OPTIONS', (_, options) => {
    expect(codeOf(() => parseKamerbrief('Vraag 1', options as never))).toBe('INVALID_OPTIONS')
  })

  it('should check the options before the input', () => {
    expect(codeOf(() => parseKamerbrief(42 as never, {format: 'html' as never}))).toBe('INVALID_OPTIONS')
  })
})

describe('empty input', () => {
  it.each([
    ['the empty string', ''],
    ['spaces', '   '],
    ['line breaks', '\n\r\n\r'],
    ['tabs, NBSP and form feeds', '\t\u00a0\f\n'],
    ['a byte order mark', '\ufeff'],
    ['zero-width spaces', '\u200b\n\u200b'],
    ['other Unicode spaces', '\u2003\u3000\u2028']
  ])('should give a root without children and one empty-document diagnostic for %s', (_, input) => {
    const tree = parseKamerbrief(input)
    expect(tree.children).toEqual([])
    expect(tree.diagnostics.map((d) => d.ruleId)).toEqual(['empty-document'])
    expect(tree.diagnostics[0]!.position).toEqual(tree.position)
    expect(tree.position!.end.offset).toBe(input.length)
  })

  it('should give the same for empty bytes', () => {
    expect(parseKamerbrief(new Uint8Array(0)).diagnostics.map((d) => d.ruleId)).toEqual(['empty-document'])
  })
})

// ------------------------------------------------------------------------------------------------ equivalent forms

interface Digest {
  format: Root['format']
  numbers: string[]
  fields: string[]
  texts: string[]
  types: string[]
}

/** What must not change between equivalent forms of a document: question numbers, letterhead fields, reading texts, node types. */
function digest(tree: Root): Digest {
  const out: Digest = {format: tree.format, numbers: [], fields: [], texts: [], types: []}
  const clean = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim()
  const visit = (node: Record<string, unknown>) => {
    out.types.push(String(node.type))
    if (node.type === 'questionAnswer' && typeof node.number === 'string') out.numbers.push(node.number)
    if (node.type === 'text') out.texts.push(clean(String(node.value)))
    for (const field of (node.fields as Array<Record<string, unknown>> | undefined) ?? []) out.fields.push(`${String(field.key)}: ${clean(String(field.label ?? ''))} = ${clean(String(field.value))}`)
    for (const child of (node.children as Array<Record<string, unknown>> | undefined) ?? []) visit(child)
  }
  visit(tree as unknown as Record<string, unknown>)
  return out
}

/** Every node whose `value` is read straight from the input must still find it at its position. */
function valuesAtPositions(tree: Root, input: string): string[] {
  const wrong: string[] = []
  const visit = (node: Record<string, unknown>) => {
    const position = node.position as Root['position'] | undefined
    if (position && (node.type === 'unknown' || node.type === 'pageFurniture')) {
      const at = input.slice(position.start.offset, position.end.offset)
      const value = String(node.type === 'unknown' ? node.value : node.raw)
      if (at !== value) wrong.push(`${String(node.type)} at ${position.start.offset}: ${JSON.stringify(at.slice(0, 40))} ≠ ${JSON.stringify(value.slice(0, 40))}`)
    }
    if (position && node.type === 'marker') {
      const at = input.slice(position.start.offset, position.end.offset).replace(/[\s\u00a0]+/g, ' ').trim()
      if (at !== String(node.label).replace(/[\s\u00a0]+/g, ' ')) wrong.push(`marker at ${position.start.offset}: ${JSON.stringify(at)} ≠ ${JSON.stringify(node.label)}`)
    }
    for (const child of (node.children as Array<Record<string, unknown>> | undefined) ?? []) visit(child)
  }
  visit(tree as unknown as Record<string, unknown>)
  return wrong
}

const documents = [
  'defensie-ek-begroting-2026.md',
  'full-01-ah-tk-20222023-3649-bromet-stalvloer-pdftext.txt',
  'full-11-ienw-2023-verzamelbrief-luchtvaart-pdftotext.txt',
  'full-14-beslisnota-ienw-2023-actieplan-luchtvaartveiligheid-pdftotext.txt',
  '22-kst-34700-19-brief-informateur.txt'
]

for (const name of documents) {
  const input = realDocument(name)
  if (input === undefined) {
    describe(`equivalent forms of ${name}`, () => {
      it.skip(`${name}: ../shared/corpus is absent`, () => {})
    })
    continue
  }
  describe(`equivalent forms of ${name}`, () => {
    equivalentForms(input)
  })
}

function equivalentForms(document: string) {
  const clean = document.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n')
  const reference = parseKamerbrief(clean)

  it('should have something to compare', () => {
    expect(digest(reference).texts.length).toBeGreaterThan(5)
  })

  it.each([
    ['with a byte order mark', `\ufeff${clean}`],
    ['with CRLF line endings', clean.replace(/\n/g, '\r\n')],
    ['with CR line endings', clean.replace(/\n/g, '\r')],
    ['with a BOM and CRLF, as Windows tools write it', `\ufeff${clean.replace(/\n/g, '\r\n')}`],
    // PDF text puts non-breaking spaces in dates and numbers: "21 mei 2026", "36 800", "Vraag 1".
    ['with NBSP next to digits', clean.replace(/(?<=\d) (?=\S)|(?<=\S) (?=\d)/g, '\u00a0')]
  ])('should parse the same %s, with positions into the original', (_, input) => {
    const tree = parseKamerbrief(input)
    expect(digest(tree)).toEqual(digest(reference))
    expect(positionProblems(tree, input)).toEqual([])
    expect(valuesAtPositions(tree, input)).toEqual([])
  })

  it('should parse UTF-8 bytes with a BOM the same as the string with it', () => {
    const input = `\ufeff${clean}`
    expect(parseKamerbrief(new TextEncoder().encode(input))).toEqual(parseKamerbrief(input))
  })
}
