/**
 * Prints what `import {parseKamerbrief} from 'kamerbrief'` costs a browser bundle: the ESM build
 * (dist/index.js) minified by esbuild, alone (dependencies left to the app's bundler) and with its
 * dependencies (zod, mdast-util-from-markdown), raw and brotli-compressed; and what it costs a
 * compiler: the declarations of the ESM build. `npm run build && npm run size`.
 */
import {existsSync} from 'node:fs'
import {brotliCompressSync, constants} from 'node:zlib'
import {build} from 'esbuild'
import {DECLARATIONS_BUDGET, declarationSizes} from './declarations.js'

if (!existsSync('dist/index.js')) {
  console.error('dist/index.js is missing: run `npm run build` first')
  process.exit(1)
}

const DEPENDENCIES = ['zod', 'mdast-util-from-markdown']

async function measure(external: string[]): Promise<{minified: number; brotli: number}> {
  const result = await build({
    stdin: {contents: "export {parseKamerbrief} from './dist/index.js'", resolveDir: process.cwd()},
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
    write: false,
    logLevel: 'silent'
  })
  const code = result.outputFiles[0]!.contents
  const brotli = brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length
  return {minified: code.length, brotli}
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

const rows = [
  ['kamerbrief alone', await measure(DEPENDENCIES)],
  ['with its dependencies', await measure([])]
] as const
const width = Math.max(...rows.map(([name]) => name.length))
console.log(`${''.padEnd(width)}  ${'minified'.padStart(10)}  ${'brotli'.padStart(10)}`)
for (const [name, size] of rows) console.log(`${name.padEnd(width)}  ${kB(size.minified).padStart(10)}  ${kB(size.brotli).padStart(10)}`)

const declarations = declarationSizes()
const total = declarations.reduce((sum, {bytes}) => sum + bytes, 0)
console.log(`\ndeclarations (dist/**/*.d.ts): ${kB(total)} of ${kB(DECLARATIONS_BUDGET)} allowed`)
for (const {file, bytes} of declarations) console.log(`  ${file.padEnd(width)}  ${kB(bytes).padStart(10)}`)
