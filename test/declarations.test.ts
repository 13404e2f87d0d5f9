/**
 * The declarations users' compilers read, from the build in dist/ (`npm ci` builds it; run
 * `npm run build` after changing src/): small enough that a program that imports kamerbrief
 * type-checks about as fast as one over an mdast tree, and typed as users of syntax trees expect.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {DECLARATIONS_BUDGET, declarationSizes} from '../scripts/declarations.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = `${root}dist`
const built = existsSync(`${dist}/index.d.ts`)
if (!built && process.env.CI) throw new Error('dist/ is missing: npm ci builds it')

describe.skipIf(!built)('the declarations in dist/ (npm run build)', () => {
  it('should weigh less than 200 KB for one module format, every entry included', () => {
    const total = declarationSizes(dist).reduce((sum, {bytes}) => sum + bytes, 0)
    expect(total).toBeGreaterThan(0)
    expect(total).toBeLessThan(DECLARATIONS_BUDGET)
  })

  it('should declare that parseKamerbrief returns Root, an interface, so that a tree shows as `Root`', () => {
    const index = readFileSync(`${dist}/index.d.ts`, 'utf8')
    expect(index).toMatch(/declare function parseKamerbrief\(input: string \| Uint8Array, options\?: Options\): Root;/)
    const chunks = declarationSizes(dist).map(({file}) => readFileSync(`${dist}/${file}`, 'utf8'))
    expect(chunks.some((text) => /^interface Root extends NodeFields \{/m.test(text))).toBe(true)
  })

  it('should compile a program that walks a tree with unist-util-visit and adds node types by module augmentation', () => {
    // tsc exits non-zero and prints the errors when the program does not compile.
    const tsc = `${root}node_modules/typescript/bin/tsc`
    let output = ''
    try {
      execFileSync(process.execPath, [tsc, '-p', 'test/types'], {cwd: root, encoding: 'utf8'})
    } catch (error) {
      output = String((error as {stdout?: string}).stdout)
    }
    expect(output).toBe('')
  }, 60_000)
})

if (!built) it.skip('the declarations in dist/: run `npm run build` first', () => {})
