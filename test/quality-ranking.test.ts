/**
 * The trust signal ranks the parses to check by hand: on documents it reads worse than their
 * given text, `data.quality.score` must be low. Every corpus document is rendered six ways (re-wrapped
 * at 60, 45 and 35 columns, paginated, flattened with runs of spaces and with single spaces) by
 * renderers that read no tree; a rendering whose facts (as in the rendering-invariance test) differ
 * from the document as given is one the parser reads worse. The quarter of renderings the score
 * ranks lowest must hold at least half of those.
 */
import {expect, it} from 'vitest'
import {parseKamerbrief, questions, type Root} from 'kamerbrief'
import type {Quality} from '../src/quality.js'
import {paginate, rewrap} from './renderers.js'
import {corpusDocuments, describeCorpus} from './util.js'

const words = (text: string) => text.split(/\s+/).filter(Boolean)
const ends = (text: string) => [words(text).slice(0, 5).join(' '), words(text).slice(-5).join(' ')]

function facts(tree: Root): string {
  const letter = tree.children.find((child) => child.type === 'letter')
  const head = letter?.children.find((child) => child.type === 'letterhead')
  return JSON.stringify({
    questions: questions(tree).map((entry) => [entry.number, ...ends(entry.question), ...ends(entry.answer)]),
    date: head?.date,
    reference: head?.reference,
    subject: head?.subject
  })
}

const RENDERINGS: ReadonlyArray<(text: string) => string> = [
  (text) => rewrap(text, 60),
  (text) => rewrap(text, 45),
  (text) => rewrap(text, 35),
  (text) => paginate(text, 1000),
  (text) => text.replace(/\r\n|\r|\n/g, '  '),
  (text) => text.replace(/\s+/g, ' ')
]

describeCorpus('the trust signal', () => {
  it('should rank at least half of the renderings read worse than their document in the lowest quarter', () => {
    const rows: Array<{score: number; worse: boolean}> = []
    for (const {input} of corpusDocuments()) {
      const given = facts(parseKamerbrief(input))
      for (const render of RENDERINGS) {
        const tree = parseKamerbrief(render(input))
        rows.push({score: (tree.data as {quality: Quality}).quality.score, worse: facts(tree) !== given})
      }
    }
    rows.sort((a, b) => a.score - b.score)
    const worse = rows.filter((row) => row.worse).length
    const lowest = rows.slice(0, Math.ceil(rows.length / 4)).filter((row) => row.worse).length
    // Some renderings must be read worse, or this measures nothing.
    expect(worse).toBeGreaterThan(0)
    expect(lowest / worse).toBeGreaterThanOrEqual(0.5)
  })
})
