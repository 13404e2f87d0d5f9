/**
 * The long property run: the properties of test/properties.test.ts with many more cases.
 *
 *   npm run fuzz                              10,000 cases, a new seed
 *   npm run fuzz -- --runs 50000 --seed 42    more cases, a fixed seed
 *   npm run fuzz -- --only windows            one property (strings, fragments, windows, documents, and the
 *                                             classes of test/value-arbitraries.ts: markdown-references, …)
 *   npm run fuzz -- --seed 42 --only windows --path "12:3:0"   replay a reported failure
 *
 * Prints each failing property with its shrunk counterexample, seed and path, and exits 1 if any failed.
 */
import fc from 'fast-check'
import {anyString, assertSound, documentCase, fragmentSoup, mutate, twoColumns} from '../test/arbitraries.js'
import {byteOrderMarkDocument, dateDocument, definitionDocument, interleavedFootnotes, markdownParagraph, numberDocument, numberedMarkdownLines} from '../test/value-arbitraries.js'

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : undefined
}
const runs = Number(option('runs') ?? 10_000)
const seed = Number(option('seed') ?? Date.now() % 2 ** 31)
const only = option('only')
const path = option('path')

// Shares of the runs: whole documents are slow, so they get the fewest cases.
const properties = [
  {name: 'strings', share: 0.3, property: fc.property(anyString, (s) => assertSound(s))},
  {name: 'fragments', share: 0.3, property: fc.property(fragmentSoup, (s) => assertSound(s))},
  {name: 'windows', share: 0.3, property: fc.property(documentCase(150), (c) => assertSound(mutate(c)))},
  {name: 'documents', share: 0.1, property: fc.property(documentCase(0), (c) => assertSound(mutate(c)))},
  // The classes that broke positions and values: Markdown references and escapes, numbered Markdown
  // lines, reference definitions, interleaved footnotes, huge numbers, byte order marks, dates.
  {name: 'markdown-references', share: 0.1, property: fc.property(markdownParagraph, ({input}) => assertSound(input))},
  {name: 'numbered-markdown', share: 0.05, property: fc.property(numberedMarkdownLines, ({input}) => assertSound(input))},
  {name: 'definitions', share: 0.05, property: fc.property(definitionDocument, ({input}) => assertSound(input))},
  {name: 'footnotes', share: 0.1, property: fc.property(interleavedFootnotes, (input) => assertSound(input))},
  {name: 'numbers', share: 0.05, property: fc.property(numberDocument, ({input}) => assertSound(input))},
  {name: 'byte-order-mark', share: 0.02, property: fc.property(byteOrderMarkDocument, (input) => assertSound(`\ufeff${input}`))},
  {name: 'dates', share: 0.05, property: fc.property(dateDocument, ({input}) => assertSound(input))},
  {name: 'two-columns', share: 0.1, property: fc.property(twoColumns, (input) => assertSound(input))}
].filter((p) => only === undefined || p.name === only)

if (properties.length === 0) {
  console.error(`Unknown property ${only}; use one of strings, fragments, windows, documents, markdown-references, numbered-markdown, definitions, footnotes, numbers, byte-order-mark, dates, two-columns`)
  process.exit(2)
}

const shares = properties.reduce((sum, p) => sum + p.share, 0)
let failed = 0
let total = 0
const began = performance.now()
console.log(`fuzz: ${runs} cases, seed ${seed}`)
for (const {name, share, property} of properties) {
  const numRuns = Math.max(1, Math.round((runs * share) / shares))
  const start = performance.now()
  const details = fc.check(property as fc.IProperty<unknown>, {numRuns, seed, ...(path === undefined ? {} : {path}), endOnFailure: false})
  const seconds = ((performance.now() - start) / 1000).toFixed(1)
  total += details.numRuns
  if (details.failed) {
    failed++
    console.log(`✗ ${name}: failed after ${details.numRuns} cases (${seconds} s); seed ${details.seed}, path "${details.counterexamplePath}"`)
    console.log(`  counterexample: ${JSON.stringify(details.counterexample)}`)
    console.log(`  ${String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance).split('\n').join('\n  ')}`)
  } else {
    console.log(`✓ ${name}: ${details.numRuns} cases in ${seconds} s`)
  }
}
console.log(`${total} cases in ${((performance.now() - began) / 1000).toFixed(1)} s; ${failed} of ${properties.length} properties failed`)
process.exit(failed > 0 ? 1 : 0)
