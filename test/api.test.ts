import {readdirSync, readFileSync} from 'node:fs'
import * as kamerbrief from 'kamerbrief'
import {describe, expect, it} from 'vitest'

describe('kamerbrief', () => {
  it('should expose exactly its public API', () => {
    // A change here is a change to the public API: it needs a changeset.
    expect(Object.keys(kamerbrief).sort()).toEqual([
      'Answer',
      'Box',
      'Closing',
      'CrossReference',
      'Diagnostic',
      'DocumentReference',
      'Field',
      'Flow',
      'FootnoteDefinition',
      'FootnoteReference',
      'Heading',
      'KamerbriefError',
      'KamerstukReference',
      'Letter',
      'Letterhead',
      'Link',
      'List',
      'ListItem',
      'Marker',
      'Member',
      'MotionReference',
      'Nota',
      'NotaHeader',
      'NotaSection',
      'PageFurniture',
      'Paragraph',
      'Phrasing',
      'Point',
      'Position',
      'Question',
      'QuestionAnswer',
      'QuestionSection',
      'RULES',
      'RULE_DOCS',
      'Root',
      'Salutation',
      'Signatory',
      'TREE_VERSION',
      'Text',
      'Unknown',
      'coverage',
      'findReferences',
      'parseKamerbrief',
      'questions',
      'references',
      'toText'
    ])
  })

  it('should export functions and zod schemas', () => {
    for (const name of ['coverage', 'findReferences', 'parseKamerbrief', 'questions', 'references', 'toText'] as const) {
      expect(typeof kamerbrief[name], name).toBe('function')
    }
    expect(typeof kamerbrief.Root.safeParse).toBe('function')
    expect(kamerbrief.Root.meta()).toMatchObject({id: 'Root'})
  })
})

describe('compatibility', () => {
  it('should stamp every root with the tree version and the version in package.json', () => {
    const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
    for (const input of ['', 'Een boodschappenlijst.', 'Vraag 1\n\nKlopt dit?\n\nAntwoord 1\n\nJa.\n']) {
      const tree = kamerbrief.parseKamerbrief(input)
      expect([tree.treeVersion, tree.packageVersion]).toEqual([kamerbrief.TREE_VERSION, version])
    }
    expect(Number.isInteger(kamerbrief.TREE_VERSION)).toBe(true)
  })

  it('should pin the tree version in the schema, so that a stored tree of another shape fails at its root', () => {
    const tree = kamerbrief.parseKamerbrief('Vraag 1\n\nKlopt dit?\n\nAntwoord 1\n\nJa.\n')
    expect(kamerbrief.Root.safeParse(tree).success).toBe(true)
    expect(kamerbrief.Root.safeParse({...tree, treeVersion: kamerbrief.TREE_VERSION + 1}).success).toBe(false)
  })
})

describe('changesets', () => {
  it('should mark a tree-breaking change, with the versions it moves between and a migration note', () => {
    const folder = new URL('../.changeset/', import.meta.url)
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.md') && file !== 'README.md')) {
      const text = readFileSync(new URL(name, folder), 'utf8')
      // The marker opens the summary; elsewhere the words only talk about such changes.
      if (!/^\*\*Tree-breaking\*\*/m.test(text)) continue
      const moves = /\*\*Tree-breaking\*\* \(treeVersion (\d+) → (\d+)\)/.exec(text)
      expect(moves, name).not.toBeNull()
      expect(Number(moves![2]), name).toBe(Number(moves![1]) + 1)
      expect(Number(moves![2]), name).toBeLessThanOrEqual(kamerbrief.TREE_VERSION)
      expect(text, name).toMatch(/^Migration: /m)
      expect(text, name).toMatch(/"kamerbrief": (major|minor)/)
    }
  })
})

describe('kamerbrief/unified', () => {
  it('should export only the parser plugin', async () => {
    const plugin = await import('kamerbrief/unified')
    expect(Object.keys(plugin).sort()).toEqual(['kamerbriefParse'])
    expect(typeof plugin.kamerbriefParse).toBe('function')
  })
})

describe('kamerbrief/pdf', () => {
  it('should export only the PDF parser', async () => {
    const pdf = await import('kamerbrief/pdf')
    expect(Object.keys(pdf).sort()).toEqual(['parseKamerbriefPdf'])
    expect(typeof pdf.parseKamerbriefPdf).toBe('function')
  })
})

describe('kamerbrief/node', () => {
  it('should export only parseFiles', async () => {
    const node = await import('kamerbrief/node')
    expect(Object.keys(node).sort()).toEqual(['parseFiles'])
    expect(typeof node.parseFiles).toBe('function')
  })
})
