/**
 * The complete documents made from PDF files, read from ../shared/corpus (they are never copied
 * into the repository, so there is no expected tree for them): what every parse must keep, and the
 * facts of their gold files that can be checked directly. The reader tests check more of each.
 */
import {coverage, parseKamerbrief, questions, references, type Root} from 'kamerbrief'
import {describe, expect, it} from 'vitest'
import {all, type AnyNode, collegeRechtenMensAsMarkdown, corpusDocument, corpusGold, describeCorpus, first, FROM_PDF} from './util.js'

/** The gold fields of these documents (the corpus README says what each means). */
interface Gold {
  letter?: {
    date?: string
    reference?: string
    subject?: string
    senderContains?: string
    askedByContains?: string
    questionsSubmitted?: string
    mentions?: string[]
    signatories?: Array<{role: string; name: string}>
  }
  questionNumbers?: string[]
  kamerstukCitations?: string[]
  hasNota?: boolean
  nota?: {purpose: string; date: string; reference: string; titleContains: string; sections: string[]}
  footnoteCount?: number
}

const slice = (input: string, node: AnyNode | undefined) => (node?.position ? input.slice(node.position.start.offset, node.position.end.offset) : '')
const squashed = (s: string) => s.replace(/\s+/g, ' ').trim()

/** Whether `items` holds all of `wanted` in the same order, others between them allowed. */
function inOrder(items: readonly unknown[], wanted: readonly unknown[]): boolean {
  let at = 0
  for (const item of items) if (at < wanted.length && item === wanted[at]) at++
  return at === wanted.length
}

describeCorpus('documents made from PDF (../shared/corpus)', () => {
  for (const name of Object.values(FROM_PDF)) {
    describe(name, () => {
      const input = corpusDocument(name)
      const tree: Root = parseKamerbrief(input)
      const gold = corpusGold<Gold>(name)!
      const head = first(tree, 'letterhead')

      it('should have hand-read facts to check', () => {
        expect(gold).toBeDefined()
      })

      it('should cover every character exactly once', () => {
        expect(coverage(tree, input, {overlaps: true})).toEqual([])
      })

      it('should give a tree that passes its schema', () => {
        expect(tree.diagnostics.filter((d) => d.ruleId === 'schema-violation')).toEqual([])
      })

      it('should number the questions as the gold file does', () => {
        expect(questions(tree).map((q) => q.number)).toEqual(gold.questionNumbers)
      })

      it('should have as many footnote definitions as the gold file', () => {
        expect(all(tree, 'footnoteDefinition')).toHaveLength(gold.footnoteCount!)
      })

      it('should find a nota exactly when the gold file has one', () => {
        expect(first(tree, 'nota') !== undefined).toBe(gold.hasNota ?? false)
      })

      it('should hold every Kamerstuk citation of the gold file in kamerstukReference nodes, all its digits', () => {
        // Once each: a joint answer ("Vraag 2 en 3") holds its nodes under both questions.
        const seen = new Set<number>()
        const found = references(tree).filter((node) => node.type === 'kamerstukReference' && !seen.has(node.position!.start.offset) && seen.add(node.position!.start.offset))
        for (const citation of gold.kamerstukCitations ?? []) {
          // The citation as written, line breaks and spacing aside.
          const at = new RegExp(citation.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')).exec(input)
          expect(at, citation).not.toBeNull()
          const [from, to] = [at!.index, at!.index + at![0].length]
          const digits = found
            .filter((node) => node.position!.start.offset < to && node.position!.end.offset > from)
            .map((node) => input.slice(Math.max(node.position!.start.offset, from), Math.min(node.position!.end.offset, to)))
            .join('')
            .replace(/\D/g, '')
          expect(digits, citation).toBe(citation.replace(/\D/g, ''))
        }
      })

      const letter = gold.letter
      if (letter) {
        it('should read the letterhead facts of the gold file', () => {
          expect(head).toBeDefined()
          const h = head as AnyNode & Record<string, any>
          if (letter.date) expect(h.date).toBe(letter.date)
          if (letter.reference) expect(h.reference).toBe(letter.reference)
          if (letter.subject) expect(squashed(String(h.subject))).toBe(letter.subject)
          if (letter.questionsSubmitted) expect(h.questionsSubmitted).toBe(letter.questionsSubmitted)
          if (letter.senderContains) expect(`${h.sender?.organisation ?? ''} ${h.answeredBy ?? ''}`).toContain(letter.senderContains)
          if (letter.askedByContains) expect((h.askedBy as Array<{name: string}>).map((m) => m.name).join(', ')).toContain(letter.askedByContains)
          for (const mention of letter.mentions ?? []) expect(slice(input, h)).toContain(mention)
          if (letter.signatories) expect(all(tree, 'signatory').map((s) => ({role: s.role, name: s.name}))).toEqual(letter.signatories)
        })
      }

      const nota = gold.nota
      if (nota) {
        it('should read the nota facts of the gold file', () => {
          const header = first(tree, 'notaHeader')!
          expect(header).toMatchObject({purpose: nota.purpose, date: nota.date, reference: nota.reference})
          expect(squashed(String(header.subject ?? first(tree, 'nota')?.title))).toContain(nota.titleContains)
          // Every heading of the gold file, in order; the parser may read more than the gold file lists.
          const headings = all(tree, 'notaSection').map((s) => squashed(String(s.heading)))
          expect(inOrder(headings, nota.sections), `${headings.join(' | ')}`).toBe(true)
        })
      }
    })
  }

  describe('the beslisnota on the College voor de Rechten van de Mens, in Markdown', () => {
    const input = collegeRechtenMensAsMarkdown(corpusDocument(FROM_PDF.collegeRechtenMens))
    const tree = parseKamerbrief(input)

    it('should cover every character exactly once', () => {
      expect(coverage(tree, input, {overlaps: true})).toEqual([])
    })

    it('should give a tree that passes its schema', () => {
      expect(tree.diagnostics.filter((d) => d.ruleId === 'schema-violation')).toEqual([])
    })
  })
})
