/**
 * The declarations users' compilers read, from the build in dist/ (`npm ci` builds it; run
 * `npm run build` after changing src/): small enough that a program that imports kamerbrief
 * type-checks about as fast as one over an mdast tree, and typed as users of syntax trees expect.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
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

  // What an editor shows: the language service's quick info over a tree, as on hovering it.
  it('should show a parsed tree as `Root` on hover', () => {
    const file = `${root}test/types/hover.ts`
    const source = "import {parseKamerbrief} from 'kamerbrief'\nexport const tree = parseKamerbrief('Vraag 1')\n"
    const options: ts.CompilerOptions = {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      types: [],
      paths: {kamerbrief: [`${dist}/index.d.ts`]}
    }
    const host: ts.LanguageServiceHost = {
      getScriptFileNames: () => [file],
      getScriptVersion: () => '1',
      getScriptSnapshot: (name) => ts.ScriptSnapshot.fromString(name === file ? source : ts.sys.readFile(name) ?? ''),
      getCurrentDirectory: () => root,
      getCompilationSettings: () => options,
      getDefaultLibFileName: ts.getDefaultLibFilePath,
      fileExists: (name) => name === file || ts.sys.fileExists(name),
      readFile: (name) => (name === file ? source : ts.sys.readFile(name))
    }
    const service = ts.createLanguageService(host)
    const info = service.getQuickInfoAtPosition(file, source.indexOf('tree'))
    expect(ts.displayPartsToString(info?.displayParts)).toBe('const tree: Root')
  })

  // zod's declarations cost a compiler more than all of ours: without skipLibCheck, test/types/consumer.ts
  // took 1.6 times the memory of the same program over an mdast tree with them, 1.0 without them.
  // Only kamerbrief/schema, for composing with zod, may load them.
  it('should not import zod in the declarations of any entry but kamerbrief/schema, nor in the chunks they import', () => {
    const entries = readdirSync(dist).filter((file) => /\.d\.c?ts$/.test(file) && !/^schema\.d\.c?ts$/.test(file) && !file.includes('-'))
    expect(entries).toEqual(expect.arrayContaining(['index.d.ts', 'index.d.cts', 'unified.d.ts', 'node.d.cts']))
    const seen = new Set<string>()
    const visit = (file: string): void => {
      if (seen.has(file)) return
      seen.add(file)
      const specifiers = [...readFileSync(`${dist}/${file}`, 'utf8').matchAll(/^(?:import|export)\b[^'"]*?['"]([^'"]+)['"]/gm)].map((m) => m[1]!)
      expect(specifiers.filter((specifier) => /^zod(\/|$)/.test(specifier)), file).toEqual([])
      // A chunk is imported as `./ast-….js` (`.cjs` from .d.cts); its declarations are the .d.ts (.d.cts) beside it.
      for (const chunk of specifiers.filter((specifier) => specifier.startsWith('./'))) visit(chunk.slice(2).replace(/\.(c?)js$/, '.d.$1ts'))
    }
    for (const entry of entries) visit(entry)
    expect([...seen].some((file) => file.startsWith('ast-'))).toBe(true)
    // The entry for zod users does import it.
    expect(readFileSync(`${dist}/schema.d.ts`, 'utf8')).toMatch(/^import \* as z from 'zod';$/m)
  })

  // tsc exits non-zero and prints the errors when a program does not compile.
  const compile = (project: string) => {
    const tsc = `${root}node_modules/typescript/bin/tsc`
    try {
      execFileSync(process.execPath, [tsc, '-p', project], {cwd: root, encoding: 'utf8'})
      return ''
    } catch (error) {
      return String((error as {stdout?: string}).stdout)
    }
  }

  it('should compile a program that walks a tree with unist-util-visit and adds node types by module augmentation', () => {
    expect(compile('test/types')).toBe('')
  }, 60_000)

  it('should compile a program that checks values with the schemas, uses them as Standard Schemas and composes them with zod', () => {
    expect(compile('test/types/tsconfig.schema.json')).toBe('')
  }, 60_000)
})

if (!built) it.skip('the declarations in dist/: run `npm run build` first', () => {})
