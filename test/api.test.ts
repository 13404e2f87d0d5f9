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
      'Text',
      'Unknown',
      'coverage',
      'parseKamerbrief',
      'questions',
      'references',
      'toText'
    ])
  })

  it('should export functions and zod schemas', () => {
    for (const name of ['coverage', 'parseKamerbrief', 'questions', 'references', 'toText'] as const) {
      expect(typeof kamerbrief[name], name).toBe('function')
    }
    expect(typeof kamerbrief.Root.safeParse).toBe('function')
    expect(kamerbrief.Root.meta()).toMatchObject({id: 'Root'})
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
