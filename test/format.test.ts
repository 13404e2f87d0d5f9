import {describe, expect, it} from 'vitest'
import {parseKamerbrief, type Root} from 'kamerbrief'
import {all, type AnyNode, collegeRechtenMensAsMarkdown, corpusDocument, describeCorpus, first, fixture, fixtures, FROM_PDF, squash, text} from './util.js'

/** What a user takes from a letter: metadata, questions with their texts, signatories, nota, footnotes. */
function summary(tree: Root) {
  const head = first(tree, 'letterhead') ?? {}
  const pick = (node: AnyNode | Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, (node as AnyNode)[k]]))
  return {
    letterhead: pick(head, ['sender', 'date', 'subject', 'reference', 'yourReference', 'questionsSubmitted', 'answeredBy', 'askedBy', 'committee', 'kamerstuk', 'aanhangsel']),
    sections: all(tree, 'questionSection').map((section) => ({
      title: section.title === undefined ? undefined : squash(String(section.title)),
      questions: all(section, 'questionAnswer').map((q) => [q.number, q.fractie, squash(text(first(q, 'question'))), squash(text(first(q, 'answer')))])
    })),
    signatories: all(tree, 'signatory').map((s) => [s.role, s.name]),
    nota: first(tree, 'nota') && {
      header: pick(first(tree, 'notaHeader')!, ['to', 'from', 'purpose', 'date', 'reference', 'author', 'attachments']),
      sections: all(tree, 'notaSection').map((s) => s.heading)
    },
    footnotes: all(tree, 'footnoteDefinition').map((d) => d.identifier),
    crossReferences: all(tree, 'crossReference').map((c) => c.targets)
  }
}

describe('format', () => {
  it('should pick Markdown or text for every real document', () => {
    const markdown = new Set(['full-defensie-ek-begroting-2026', 'full-questions-aanhangsel-boswijk-markdown', ...fixtures().map((f) => f.name).filter((n) => n.startsWith('variant-') && n.endsWith('-markdown'))])
    for (const {name, input} of fixtures()) {
      expect([name, parseKamerbrief(input).format]).toEqual([name, markdown.has(name) ? 'markdown' : 'text'])
    }
  })

  it('should treat * and _ as literal text and indentation as no code in text mode', () => {
    const tree = parseKamerbrief('Vraag 1\nKent u *het* bericht_x_?\n\nAntwoord 1\n    Ja, 4 * 5 = 20.\n', {format: 'text'})
    const qa = first(tree, 'questionAnswer')!
    expect(text(first(qa, 'question'))).toBe('Kent u *het* bericht_x_?')
    expect(text(first(qa, 'answer'))).toBe('Ja, 4 * 5 = 20.')
  })

  it('should read hard-wrapped lines as one paragraph and join words hyphenated across lines', () => {
    const input = 'Vraag 1\nWelke emissiefacto-\nren gelden voor stal-\nsystemen?\nAntwoord 1\nDe ﬁnanciële cijfers volgen.\n'
    const tree = parseKamerbrief(input, {format: 'text'})
    const question = first(first(tree, 'questionAnswer'), 'question')!
    expect(text(question)).toBe('Welke emissiefactoren gelden voor stalsystemen?')
    // The position still spans the original text, hyphens and line breaks included.
    const paragraph = first(question, 'paragraph')!
    expect(input.slice(paragraph.position!.start.offset, paragraph.position!.end.offset)).toBe('Welke emissiefacto-\nren gelden voor stal-\nsystemen?')
    expect(text(first(first(tree, 'questionAnswer'), 'answer'))).toBe('De financiële cijfers volgen.')
  })

  // A line that ends in a hyphen after a lower-case letter: the join depends on what the next line opens with.
  const LINE_END_HYPHENS: Array<[name: string, lines: [string, string], read: string]> = [
    ['should keep the hyphen of a compound before a capital, without a space ("Informatica-" / "CWI-")', ['samen met (Centrum voor Wiskunde en Informatica-', 'CWI- en TNO).'], 'samen met (Centrum voor Wiskunde en Informatica-CWI- en TNO).'],
    ['should keep the hyphen of a place name ("Zuid-" / "Holland")', ['over de benoeming van de korpschef Zuid-', 'Holland.'], 'over de benoeming van de korpschef Zuid-Holland.'],
    // Near misses: a word broken in two, and a hyphen after a capital.
    ['should drop the hyphen of a word broken at the line end ("emissiefacto-" / "ren")', ['Welke emissiefacto-', 'ren gelden er?'], 'Welke emissiefactoren gelden er?'],
    ['should read a hyphen after a capital as a line break ("EU-" / "Lidstaten")', ['Wat doen de EU-', 'Lidstaten hieraan?'], 'Wat doen de EU- Lidstaten hieraan?']
  ]
  for (const format of ['text', 'markdown'] as const) {
    it.each(LINE_END_HYPHENS)(`%s (${format})`, (_, [above, below], read) => {
      const tree = parseKamerbrief(`Vraag 1\n\nKent u de brief?\n\nAntwoord 1\n\n${above}\n${below}\n`, {format})
      expect(text(first(tree, 'answer'))).toBe(read)
    })
  }

  it('should remove soft hyphens from the reading text', () => {
    const tree = parseKamerbrief('Vraag 1\nKent u de beleids\u00adbrief?\nAntwoord 1\nJa.\n')
    expect(text(first(tree, 'question'))).toBe('Kent u de beleidsbrief?')
  })

  const pairs: Array<[string, string]> = [
    ['full-defensie-ek-begroting-2026', 'variant-full-defensie-ek-begroting-2026-text'],
    ['full-questions-aanhangsel-boswijk-markdown', 'variant-full-questions-aanhangsel-boswijk-text'],
    ['questions-aanhangsel-eerdmans-dwangwet', 'variant-questions-aanhangsel-eerdmans-markdown'],
    ['questions-lijst-begrotingsbehandeling', 'variant-questions-lijst-begrotingsbehandeling-markdown'],
    ['letter-kamerstuk-informateur', 'variant-letter-kamerstuk-informateur-markdown'],
    ['verslag-mva-kindgebonden-budget', 'variant-verslag-mva-kindgebonden-budget-markdown'],
    ['questions-2009-maaswerken-one-line-letterhead', 'variant-questions-2009-maaswerken-markdown']
  ]
  for (const [original, variant] of pairs) {
    it(`should read ${variant} (same words, other markup) as ${original}`, () => {
      expect(summary(parseKamerbrief(fixture(variant)))).toEqual(summary(parseKamerbrief(fixture(original))))
    })
  }
})

describeCorpus('format of documents made from PDF (../shared/corpus)', () => {
  it.each(Object.values(FROM_PDF))('should read %s as text', (name) => {
    expect(parseKamerbrief(corpusDocument(name)).format).toBe('text')
  })

  it('should read the beslisnota on the College voor de Rechten van de Mens in Markdown (same words, other markup) as its text', () => {
    const original = corpusDocument(FROM_PDF.collegeRechtenMens)
    const variant = collegeRechtenMensAsMarkdown(original)
    expect(variant).toContain('\n## Kern\n-\n')
    const tree = parseKamerbrief(variant)
    expect(tree.format).toBe('markdown')
    expect(summary(tree)).toEqual(summary(parseKamerbrief(original)))
  })
})

/** Re-wraps the source of every paragraph at `width` columns, as another PDF converter would. */
function rewrap(input: string, tree: Root, width: number): string {
  const spans: Array<[number, number]> = []
  for (const paragraph of all(tree, 'paragraph')) {
    const {start, end} = paragraph.position!
    const source = input.slice(start.offset, end.offset)
    // Only plain prose: no Markdown line syntax, no hyphenated line ends that the wrap would change.
    if (!/\n/.test(source) && source.length <= width) continue
    if (/-\n|\n\s*[-*>#•\d]|[\f\u00ad]/.test(source)) continue
    spans.push([start.offset, end.offset])
  }
  spans.sort((a, b) => b[0] - a[0])
  let out = input
  for (const [start, end] of spans) {
    const words = out.slice(start, end).split(/[ \t\r\n]+/).filter(Boolean)
    const lines: string[] = []
    let line = ''
    for (const word of words) {
      // A wrapped line never starts with something that looks like structure ("12.", "Vraag 3").
      if (line && line.length + 1 + word.length > width && !/^\d|^[•–-]$/.test(word)) {
        lines.push(line)
        line = word
      } else line = line ? `${line} ${word}` : word
    }
    if (line) lines.push(line)
    out = out.slice(0, start) + lines.join('\n') + out.slice(end)
  }
  return out
}

function rewrapsAlike(input: string): void {
  const tree = parseKamerbrief(input)
  const wrapped = rewrap(input, tree, 60)
  const again = parseKamerbrief(wrapped, {format: tree.format})
  expect(summary(again)).toEqual(summary(tree))
}

describe('re-wrapped documents', () => {
  for (const {name, input} of fixtures()) {
    if (name.startsWith('variant-')) continue
    it(`should read ${name} re-wrapped at 60 columns with the same questions and metadata`, () => rewrapsAlike(input))
  }
})

describeCorpus('re-wrapped documents made from PDF (../shared/corpus)', () => {
  it.each(Object.values(FROM_PDF))('should read %s re-wrapped at 60 columns with the same questions and metadata', (name) => {
    rewrapsAlike(corpusDocument(name))
  })
})
