/**
 * Prints what `import {parseKamerbrief} from 'kamerbrief'` costs a browser bundle: the ESM build
 * (dist/index.js) minified by esbuild, alone (dependencies left to the app's bundler) and with its
 * dependencies (zod, mdast-util-from-markdown), raw and brotli-compressed; and what it costs a
 * compiler: the declarations of the build. `npm run build && npm run size`. The README quotes the
 * bundle figures; its test measures src/index.ts the same way and compares.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {brotliCompressSync, constants} from 'node:zlib'
import {build} from 'esbuild'
import {DECLARATIONS_BUDGET, declarationSizes} from './declarations.js'

const DEPENDENCIES = ['zod', 'mdast-util-from-markdown']

export interface Size {
  minified: number
  brotli: number
}

async function measure(entry: string, external: string[]): Promise<Size> {
  const result = await build({
    stdin: {contents: `export {parseKamerbrief} from '${entry}'`, resolveDir: fileURLToPath(new URL('..', import.meta.url))},
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

/** The bundle of `entry` (relative to the package root) alone and with its dependencies. */
export async function bundleSizes(entry = './dist/index.js'): Promise<{alone: Size; withDependencies: Size}> {
  return {alone: await measure(entry, DEPENDENCIES), withDependencies: await measure(entry, [])}
}

/** "120.5 KiB", as the README writes sizes. */
export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync('dist/index.js')) {
    console.error('dist/index.js is missing: run `npm run build` first')
    process.exit(1)
  }
  const {alone, withDependencies} = await bundleSizes()
  const rows = [
    ['kamerbrief alone', alone],
    ['with its dependencies', withDependencies]
  ] as const
  const width = Math.max(...rows.map(([name]) => name.length))
  console.log(`${''.padEnd(width)}  ${'minified'.padStart(10)}  ${'brotli'.padStart(10)}`)
  for (const [name, size] of rows) console.log(`${name.padEnd(width)}  ${kB(size.minified).padStart(10)}  ${kB(size.brotli).padStart(10)}`)

  const declarations = declarationSizes()
  const total = declarations.reduce((sum, {bytes}) => sum + bytes, 0)
  console.log(`\ndeclarations (dist/**/*.d.ts): ${kB(total)} of ${kB(DECLARATIONS_BUDGET)} allowed`)
  for (const {file, bytes} of declarations) console.log(`  ${file.padEnd(width)}  ${kB(bytes).padStart(10)}`)
}
