import type {Root} from 'kamerbrief'
import {kamerbriefParse} from 'kamerbrief/unified'
import {type Plugin, unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {afterEach, describe, expect, expectTypeOf, it, vi} from 'vitest'
import {all, corpusDocument, dedent, fixture, FROM_PDF, hasCorpus, skipWithoutCorpus} from './util.js'

// unified needs a compiler to `process`; this one writes the tree as JSON.
const toJson: Plugin<[], Root, string> = function () {
  this.compiler = (tree) => JSON.stringify(tree)
}

describe('kamerbriefParse', () => {
  it('should parse with parseKamerbrief', () => {
    const file = new VFile({path: 'eerdmans.txt', value: fixture('questions-aanhangsel-eerdmans-dwangwet')})
    const tree = unified().use(kamerbriefParse).parse(file)
    expectTypeOf(tree).toEqualTypeOf<Root>()
    expect(tree.type).toBe('root')
    expect(tree.children.map((node) => node.type)).toEqual(['letter', 'questionSection'])
  })

  it('should pass its options on', () => {
    const tree = unified().use(kamerbriefParse, {format: 'text'}).parse('**Vraag 1**\nKent u het bericht?\n')
    expect(tree.format).toBe('text')
  })

  // Warnings (Defensie: a repeated question) and notes (Groothuizen: a footnote without text; the
  // verzamelbrief luchtvaart, made from PDF and read from the corpus: many).
  const documents: Array<[string, () => string]> = [
    ['the Defensie letter', () => fixture('full-defensie-ek-begroting-2026')],
    ['the Groothuizen answers', () => fixture('questions-aanhangsel-groothuizen-strafrecht')],
    ...(hasCorpus ? [['the verzamelbrief luchtvaart', () => corpusDocument(FROM_PDF.luchtvaart)] as [string, () => string]] : [])
  ]
  it.each(documents)('should turn every diagnostic of %s into a message on the file', async (_, read) => {
    const input = read()
    const file = await unified().use(kamerbriefParse).use(toJson).process(new VFile({path: 'document.txt', value: input}))
    const tree = JSON.parse(String(file)) as Root
    expect(tree.diagnostics.length).toBeGreaterThan(0)
    expect(
      file.messages.map((m) => ({ruleId: m.ruleId, source: m.source, reason: m.reason, place: m.place, fatal: m.fatal, url: m.url}))
    ).toEqual(
      tree.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        source: 'kamerbrief',
        reason: d.message,
        place: d.position,
        fatal: d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined,
        url: `docs/diagnostics.md#${d.ruleId}`
      }))
    )
  })

  skipWithoutCorpus('should turn every diagnostic of the verzamelbrief luchtvaart into a message on the file')

  it('should let vfile-reporter print them like lint messages', () => {
    const file = new VFile({
      path: 'groothuizen.txt',
      value: dedent`
        Vraag 1
        Bent u bekend met de brief van het Nederlands Juristen Comité voor de Mensenrechten
        over zorgen om coronamaatregelen in de strafrechtspleging?1
        Antwoord 1
        Ja, daar zijn wij mee bekend.
      `
    })
    unified().use(kamerbriefParse).parse(file)
    expect(reporter(file, {color: false})).toBe('groothuizen.txt\n3:59-3:60 info Footnote 1 has no text footnote-undefined kamerbrief')
  })

  it('should print warnings as warnings', () => {
    const file = new VFile({path: 'defensie.md', value: fixture('full-defensie-ek-begroting-2026')})
    unified().use(kamerbriefParse).parse(file)
    const report = reporter(file, {color: false})
    expect(report).toMatch(/^328:1-\d+:\d+\s+warning\s+Question 13 repeats question 12\s+duplicate-question\s+kamerbrief$/m)
    expect(report).toMatch(/1 warning/)
  })

  it('should let unist-util-visit visit every node of a real letter', () => {
    const tree = unified().use(kamerbriefParse).parse(fixture('full-defensie-ek-begroting-2026'))
    const types: string[] = []
    visit(tree, (node) => {
      types.push(node.type)
    })
    const walked: string[] = []
    const walk = (node: {type: string; children?: unknown[]}) => {
      walked.push(node.type)
      for (const child of node.children ?? []) walk(child as {type: string; children?: unknown[]})
    }
    walk(tree)
    expect(types).toEqual(walked)
    // Down to the phrasing inside footnotes, motions and nested nota sections.
    expect(types).toEqual(
      expect.arrayContaining(['letterhead', 'questionAnswer', 'motionReference', 'kamerstukReference', 'footnoteDefinition', 'link', 'notaSection', 'listItem'])
    )
  })

  it('should give visitors the node type they test for', () => {
    const tree = unified().use(kamerbriefParse).parse(fixture('full-defensie-ek-begroting-2026'))
    const dossiers: string[] = []
    visit(tree, 'kamerstukReference', (node, _, parent) => {
      expectTypeOf(node.dossier).toEqualTypeOf<string>()
      expect(parent).toBeDefined()
      dossiers.push(node.dossier)
    })
    expect(dossiers).toEqual(all(tree, 'kamerstukReference').map((node) => node.dossier))
    expect(dossiers).toContain('33763')
  })
})

describe('kamerbriefParse with an error diagnostic', () => {
  afterEach(() => {
    vi.doUnmock('../src/parse-kamerbrief.js')
    vi.resetModules()
  })

  it.skipIf(process.env.TEST_DIST)('should report errors as fatal messages without throwing', async () => {
    vi.resetModules()
    vi.doMock('../src/parse-kamerbrief.js', () => ({
      parseKamerbrief: (): Root => ({
        type: 'root',
        treeVersion: 1,
        packageVersion: '0.0.0',
        format: 'text',
        children: [],
        position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}},
        diagnostics: [
          {ruleId: 'schema-violation', severity: 'error', source: 'kamerbrief', url: 'docs/diagnostics.md#schema-violation', message: 'children.0.type: Invalid input', expected: 'letter', actual: 'brief'}
        ]
      })
    }))
    const {kamerbriefParse: plugin} = await import('../src/unified.js')
    const file = await unified().use(plugin).use(toJson).process('')
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({fatal: true, ruleId: 'schema-violation', source: 'kamerbrief', url: 'docs/diagnostics.md#schema-violation', actual: 'brief', expected: ['letter']})
    expect(reporter(file, {color: false})).toMatch(/error\s+children\.0\.type: Invalid input\s+schema-violation\s+kamerbrief/)
  })
})
