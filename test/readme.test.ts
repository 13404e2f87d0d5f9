/** The README's examples must hold: they are what new users run first. */
import * as fs from 'node:fs'
import {tmpdir} from 'node:os'
import * as fsPromises from 'node:fs/promises'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import * as unistUtilVisit from 'unist-util-visit'
import {beforeAll, describe, expect, it} from 'vitest'
import * as kamerbrief from 'kamerbrief'
import * as docx from 'kamerbrief/docx'
import * as node from 'kamerbrief/node'
import * as pdf from 'kamerbrief/pdf'
import * as schema from 'kamerbrief/schema'
import * as unified from 'kamerbrief/unified'
import * as zod from 'zod'
import {bundleSizes, kB} from '../scripts/size.js'
import {type CodeBlock, codeBlocks, matcher, run} from './examples.js'
import {all, buildCli, first, hasPdfs, pdfDir, pdfFile} from './util.js'

const {readFileSync} = fs
const {parseKamerbrief, questions} = kamerbrief
const {parseKamerbriefDocx} = docx
const {parseKamerbriefPdf} = pdf

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

/** The code blocks of the README that import the package: examples, run as written. */
function examples(): CodeBlock[] {
  return codeBlocks(readme).filter((block) => ['ts', 'js'].includes(block.language) && /from 'kamerbrief(\/\w+)?'/.test(block.code))
}

/** The modules an example imports; `files` maps the names it reads to files here. */
function modules(files: Record<string, string>): Record<string, unknown> {
  const read = (name: unknown) => (typeof name === 'string' && name in files ? files[name]! : name)
  return {
    kamerbrief,
    'kamerbrief/docx': docx,
    'kamerbrief/pdf': pdf,
    'kamerbrief/schema': schema,
    'kamerbrief/unified': unified,
    // The worker of parseFiles as the package builds it, beside the entry.
    'kamerbrief/node': {parseFiles: (paths: string[], options: node.ParseFilesOptions = {}) => node.parseFiles(paths, {...options, workerUrl})},
    'unist-util-visit': unistUtilVisit,
    zod,
    'node:fs': {...fs, readFileSync: (name: unknown, ...rest: unknown[]) => (fs.readFileSync as (...args: unknown[]) => unknown)(read(name), ...rest)},
    'node:fs/promises': {...fsPromises, readFile: (name: unknown, ...rest: unknown[]) => (fsPromises.readFile as (...args: unknown[]) => unknown)(read(name), ...rest)}
  }
}

let workerUrl: URL

describe('README examples', () => {
  const all = examples()

  beforeAll(async () => {
    const cli = await buildCli(fs.mkdtempSync(join(tmpdir(), 'kamerbrief-readme-')))
    workerUrl = pathToFileURL(join(cli, '..', 'batch-worker.js'))
  })

  it('should have examples to run', () => {
    expect(all.length).toBeGreaterThanOrEqual(5)
  })

  it.each(all.map((example) => [example.line, example] as const))('should run the example at line %i and print what its comments say', async (_, example) => {
    // The Word example names a file of the user's; the gold's Word file stands in for it.
    const needsDocx = example.code.includes('kamerbrief/docx')
    if (needsDocx && !hasPdfs) return
    const results = await run(example, modules({'beantwoording-kamervragen.docx': join(pdfDir, '20-kv-antwoord-jenv-2023-sammy-baker.docx')}))
    // Every example shows what it prints, so every example is checked, not only run.
    expect(results.length, `README.md:${example.line}`).toBeGreaterThan(0)
    for (const {line, printed, says} of results) expect(printed, `README.md:${line}`).toMatch(matcher(says))
  })

})

describe('README figures', () => {
  it('should quote the bundle sizes npm run size measures', async () => {
    // src/index.ts bundles as dist/index.js does, less a few bytes of the version the build puts in.
    const {alone, withDependencies} = await bundleSizes('./src/index.ts')
    const quoted = /Bundle cost[\s\S]*?: ([\d.]+) KiB \(([\d.]+) KiB brotli\) alone, ([\d.]+) KiB \(([\d.]+) KiB brotli\)/.exec(readme)!
    const measured = [alone.minified, alone.brotli, withDependencies.minified, withDependencies.brotli]
    quoted.slice(1).forEach((figure, k) => {
      const size = measured[k]! / 1024
      expect(Math.abs(Number(figure) - size) / size, `${figure} KiB quoted, ${kB(measured[k]!)} measured`).toBeLessThan(0.02)
    })
  })
})
