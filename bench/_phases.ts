import {readFileSync} from 'node:fs'
import {groupBlocks} from '../src/blocks.js'
import {createContext} from '../src/build.js'
import {check} from '../src/checks.js'
import {findFootnoteDefinitions} from '../src/footnotes.js'
import {readLines} from '../src/lines.js'
import {findPageFurniture} from '../src/page-furniture.js'
import {readDocument} from '../src/parts.js'
import {Root} from '../src/ast.js'
const letter = readFileSync('/work/shared/corpus/defensie-ek-begroting-2026.md', 'utf8')
const markdown = process.argv[2] !== 'text'
for (const rep of [1, 16, 1, 16]) {
  const text = letter.repeat(rep)
  const n = rep === 1 ? 32 : 2
  const t: Record<string, number> = {}
  const lap = (k: string, s: number) => { t[k] = (t[k] ?? 0) + performance.now() - s }
  for (let i = 0; i < n; i++) {
    let s = performance.now()
    const context = createContext(text, markdown, {known: new Set(), next: 1}); lap('context', s); s = performance.now()
    const lines = readLines(text, markdown); lap('lines', s); s = performance.now()
    const f = findPageFurniture(lines, text, markdown); lap('furniture', s); s = performance.now()
    const grouped = groupBlocks(f.lines, f.furniture, text); lap('blocks', s); s = performance.now()
    const {blocks, known} = findFootnoteDefinitions(grouped, text); lap('footnotes', s); s = performance.now()
    context.footnotes.known = known
    const root = {type: 'root', format: 'text', children: readDocument(context, blocks), diagnostics: context.diagnostics, position: context.index.position(0, text.length)} as any; lap('readers', s); s = performance.now()
    check(root); lap('check', s); s = performance.now()
    Root.safeParse(root); lap('zod', s)
  }
  console.log(rep, Object.entries(t).map(([k, v]) => `${k}=${(v / n / rep).toFixed(2)}`).join(' '))
}
