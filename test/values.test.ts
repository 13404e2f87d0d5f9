/**
 * Positions that stay exact and values that stay valid, on classes of input that broke them: Markdown
 * character references and escapes, numbered lines with inline Markdown, reference definitions,
 * interleaved page-bottom footnotes, huge numbers, a byte order mark, impossible dates. The same
 * properties run far longer in `npm run fuzz`.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {coverage, parseKamerbrief, references, toText} from 'kamerbrief'
import {assertSound, leafProblems} from './arbitraries.js'
import {byteOrderMarkDocument, dateDocument, definitionDocument, interleavedFootnotes, markdownParagraph, numberDocument, numberedMarkdownLines} from './value-arbitraries.js'
import {isRealDate} from '../src/values.js'

const settings = {numRuns: 200, seed: 20_261_204}

describe('positions after Markdown character references and escapes', () => {
  it('should give every text node the characters it was read from', () => {
    fc.assert(
      fc.property(markdownParagraph, ({input}) => {
        const tree = parseKamerbrief(input, {format: 'markdown'})
        expect(leafProblems(tree, input)).toEqual([])
      }),
      settings
    )
  })

  it('should place a citation after "J&amp;V" and "\\*" on its own characters', () => {
    fc.assert(
      fc.property(markdownParagraph, ({input}) => {
        const tree = parseKamerbrief(input, {format: 'markdown'})
        const cited = references(tree).filter((node) => node.type === 'kamerstukReference')
        expect(cited.map((node) => input.slice(node.position!.start.offset, node.position!.end.offset))).toEqual(['Kamerstuk 36 800-X, nr. 78'])
      }),
      settings
    )
  })
})

describe('numbered lines with inline Markdown', () => {
  it('should keep each line’s number in the text', () => {
    fc.assert(
      fc.property(numberedMarkdownLines, ({input, numbers}) => {
        const text = toText(parseKamerbrief(input, {format: 'markdown'}))
        for (const number of numbers) expect(text).toContain(`${number}. `)
      }),
      settings
    )
  })
})

describe('Markdown reference definitions', () => {
  it('should keep the address of every definition, as a link', () => {
    fc.assert(
      fc.property(definitionDocument, ({input, urls}) => {
        const tree = parseKamerbrief(input, {format: 'markdown'})
        const links = references(tree).flatMap((node) => (node.type === 'link' ? [node.url] : []))
        for (const url of urls) expect(links).toContain(url)
        expect(coverage(tree, input)).toEqual([])
      }),
      settings
    )
  })
})

describe('interleaved page-bottom footnotes', () => {
  it('should give each footnote only its own lines', () => {
    fc.assert(
      fc.property(interleavedFootnotes, (input) => {
        for (const format of ['text', 'markdown'] as const) expect(coverage(parseKamerbrief(input, {format}), input)).toEqual([])
      }),
      settings
    )
  })
})

describe('numbers read from text', () => {
  it('should keep every number in range, or leave it out with a diagnostic', () => {
    fc.assert(
      fc.property(numberDocument, ({input, digits}) => {
        assertSound(input)
        const tree = parseKamerbrief(input)
        const letterhead = (tree.children[0] as {children: Array<{type: string; attachments?: number}>}).children.find((c) => c.type === 'letterhead')
        const reported = tree.diagnostics.some((d) => d.ruleId === 'number-out-of-range')
        if (letterhead?.attachments !== undefined) expect(letterhead.attachments).toBe(Number(digits))
        expect(reported).toBe(Number(digits) > 9999)
      }),
      settings
    )
  })
})

describe('a byte order mark', () => {
  it('should not change how a document is read', () => {
    fc.assert(
      fc.property(byteOrderMarkDocument, (input) => {
        const plain = parseKamerbrief(input)
        const marked = parseKamerbrief(`\ufeff${input}`)
        expect(marked.format).toBe(plain.format)
        expect(marked.children.map((child) => child.type)).toEqual(plain.children.map((child) => child.type))
        expect(coverage(marked, `\ufeff${input}`)).toEqual([])
      }),
      settings
    )
  })
})

describe('dates', () => {
  it('should hold only days of the calendar, and report the others', () => {
    fc.assert(
      fc.property(dateDocument, ({input, iso}) => {
        const tree = parseKamerbrief(input)
        const dates: string[] = []
        JSON.stringify(tree, (key, value: unknown) => {
          if ((key === 'date' || key === 'questionsSubmitted' || key === 'deadline') && typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value)) dates.push(value)
          return value
        })
        for (const date of dates) expect(isRealDate(date), date).toBe(true)
        expect(dates.includes(iso)).toBe(isRealDate(iso))
        expect(tree.diagnostics.some((d) => d.ruleId === 'date-invalid')).toBe(!isRealDate(iso))
      }),
      settings
    )
  })

  it('should know the calendar', () => {
    expect(['2024-02-29', '2026-12-31', '2000-02-29'].map(isRealDate)).toEqual([true, true, true])
    expect(['2026-02-29', '2026-02-31', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10'].map(isRealDate)).toEqual([false, false, false, false, false, false])
  })
})
