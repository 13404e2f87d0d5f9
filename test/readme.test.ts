/** The README's examples must hold: they are what new users run first. */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseKamerbrief, questions} from 'kamerbrief'
import {parseKamerbriefDocx} from 'kamerbrief/docx'
import {parseKamerbriefPdf} from 'kamerbrief/pdf'
import {all, first, hasPdfs, pdfFile} from './util.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('README', () => {
  it('should open with the install-and-test command and the command that runs on a real letter', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!.trim().split('\n')
    expect(firstBlock).toEqual(['npm ci && npm test', 'npx kamerbrief fixtures/full-defensie-ek-begroting-2026/input.md'])
  })

  it('should yield what the Use section says for its example input', () => {
    const input = /For this input[^\n]*\n\n```text\n([\s\S]*?)```/.exec(readme)![1]!
    const tree = parseKamerbrief(input)
    expect(first(tree, 'letterhead')).toMatchObject({
      date: '2022-11-04',
      questionsSubmitted: '2022-11-03',
      askedBy: [{name: 'Eerdmans', party: 'JA21'}],
      answeredBy: 'Staatssecretaris Van der Burg (Justitie en Veiligheid)',
      subject: 'de aantallen asielzoekers die gemeenten moeten opvangen als gevolg van de dwangwet'
    })
    const qa = first(tree, 'questionAnswer')!
    expect([qa.id, qa.number, qa.children!.map((c) => c.type)]).toEqual(['s1-q2', '2', ['marker', 'question', 'marker', 'answer']])
    expect(all(qa, 'crossReference').map((c) => [c.targets, c.resolved])).toEqual([[['1'], []]])
    expect(tree.diagnostics.map((d) => [d.ruleId, d.position?.start.line, d.actual])).toEqual([['cross-reference-unresolved', 11, '1']])
  })

  it('should run the Use example on the fixture it names', () => {
    const input = readFileSync(new URL('../fixtures/questions-aanhangsel-eerdmans-dwangwet/input.txt', import.meta.url), 'utf8')
    const tree = parseKamerbrief(input)
    expect(first(tree, 'letterhead')?.askedBy).toEqual([{name: 'Eerdmans', party: 'JA21'}])
    expect(questions(tree).map((q) => q.number)).toEqual(['1', '2', '3', '4'])
  })

  it('should yield what the Word section says, on the Word file of the gold it cites', async () => {
    const example = /### `parseKamerbriefDocx[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)![1]!
    expect(example).toContain("import {parseKamerbriefDocx} from 'kamerbrief/docx'")
    if (!hasPdfs) return
    const tree = await parseKamerbriefDocx(pdfFile('20-kv-antwoord-jenv-2023-sammy-baker.docx'))
    // As the example reads it: the letter's first child.
    const letterhead = (tree.children[0] as {children: Array<{type: string; date?: string; subject?: string; position: {start: {offset: number}; end: {offset: number}}}>}).children[0]!
    expect(letterhead.type).toBe('letterhead')
    expect(example).toContain(`console.log(letterhead.date, letterhead.subject) // ${letterhead.date} ${letterhead.subject!.slice(0, 30)}`)
    expect((tree.data?.text as string).slice(letterhead.position.start.offset, letterhead.position.end.offset)).toContain('7 november 2023')
  })

  it('should yield what the PDF example says, on the file it names', async () => {
    const example = /## PDF files[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)![1]!
    const file = /readFile\('([^']+)'\)/.exec(example)![1]!
    const tree = await parseKamerbriefPdf(readFileSync(new URL(`../${file}`, import.meta.url)))
    const letterhead = first(tree, 'letterhead')!
    expect(example).toContain('// pdf 2023-10-18 VZ/2023/12345')
    expect([tree.format, letterhead.date, letterhead.reference]).toEqual(['pdf', '2023-10-18', 'VZ/2023/12345'])
    const boxes = (letterhead.fields as Array<{key: string; value: string; data?: {boxes?: unknown}}>).find((field) => field.key === 'reference' && field.value)?.data?.boxes
    expect(example).toContain(`// ${JSON.stringify(boxes).replace(/"(\w+)":/g, '$1: ').replace(/,(?=\w)/g, ', ')}`)
  })
})
