/**
 * The code of docs/*.md as users read it: every code block says in its fence what it is, and every
 * TypeScript or JavaScript block runs here and prints what its comments say (test/examples.ts), or
 * is the output of an example that another test checks.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import * as kamerbrief from 'kamerbrief'
import * as docx from 'kamerbrief/docx'
import * as pdf from 'kamerbrief/pdf'
import * as unified from 'kamerbrief/unified'
import {type CodeBlock, codeBlocks, matcher, run} from './examples.js'

const docsDir = new URL('../docs/', import.meta.url)
const files = readdirSync(docsDir).filter((name) => name.endsWith('.md')).sort()
const text = (file: string) => readFileSync(new URL(file, docsDir), 'utf8')

/** The fence languages of docs/, each with what a block of it is and why it does or does not run here. */
const FENCES: Record<string, string> = {
  ts: 'an example: run, and what it prints checked',
  js: 'an example, run, or in ast.md what the parser yields for the input above it ("Yields:"), which test/ast.test.ts checks',
  idl: "a node's shape, in the notation of the unist specifications: test/docs-names.test.ts compares it with the node's zod schema",
  markdown: 'the input of an example in ast.md, as a PDF-to-Markdown converter writes it',
  txt: 'the input of an example in ast.md, as plain text',
  text: 'a diagram or a listing: neither code nor an input'
}

/** In ast.md, a `js` block that shows what the parser yields for the Markdown or text block above it. */
function isYields(file: string, blocks: readonly CodeBlock[], k: number, source: string): boolean {
  const block = blocks[k]!
  const before = blocks[k - 1]
  if (file !== 'ast.md' || block.language !== 'js' || !before || !['markdown', 'txt'].includes(before.language)) return false
  const between = source.split('\n').slice(before.line - 1 + before.code.split('\n').length, block.line - 2).join('\n')
  return /^\s*Yields(?: \(`\w+`\))?:\s*$/.test(between)
}

const modules = {kamerbrief, 'kamerbrief/docx': docx, 'kamerbrief/pdf': pdf, 'kamerbrief/unified': unified}

const examples = files.flatMap((file) => {
  const source = text(file)
  const blocks = codeBlocks(source)
  return blocks.flatMap((block, k) => (['ts', 'js'].includes(block.language) && !isYields(file, blocks, k, source) ? [{file, block}] : []))
})

describe('code blocks of docs/', () => {
  it.each(files)('should say in the fence of each block of %s what it is', (file) => {
    for (const block of codeBlocks(text(file))) {
      expect(FENCES[block.language], `docs/${file}:${block.line}: a fence of "${block.language}" (a bare fence hides whether the block runs)`).toBeDefined()
    }
  })

  it('should use every kind of block it explains, and have examples to run', () => {
    const used = new Set(files.flatMap((file) => codeBlocks(text(file)).map((block) => block.language)))
    expect(Object.keys(FENCES).filter((language) => !used.has(language))).toEqual([])
    expect(examples.length).toBeGreaterThanOrEqual(2)
  })

  it('should leave in ast.md only the output of its examples, which test/ast.test.ts compares with the parser', () => {
    const source = text('ast.md')
    const blocks = codeBlocks(source)
    const yields = blocks.filter((_, k) => isYields('ast.md', blocks, k, source))
    // test/ast.test.ts reads each node section's input and what it yields: one pair per node type.
    expect(yields.length).toBe([...source.matchAll(/^### `[a-z]\w*`$/gm)].length)
  })

  it.each(examples.map(({file, block}) => [`${file}:${block.line}`, block] as const))('should run the example at docs/%s and print what its comments say', async (where, block) => {
    const results = await run(block, modules)
    // Every example shows what it prints, so every example is checked, not only run.
    expect(results.length, `docs/${where}`).toBeGreaterThan(0)
    for (const {line, printed, says} of results) expect(printed, `docs/${where.split(':')[0]}:${line}`).toMatch(matcher(says))
  })
})
