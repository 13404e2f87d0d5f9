/**
 * The declarations users' compilers read: every `.d.ts` of the ESM build in dist/ (the CommonJS
 * `.d.cts` files are the same again), for `npm run size` and test/declarations.test.ts.
 */
import {readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'

/** Each `.d.ts` file under `dist` with its size in bytes, largest first. */
export function declarationSizes(dist = 'dist'): Array<{file: string; bytes: number}> {
  const files = readdirSync(dist, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.d.ts'))
  return files.map((file) => ({file, bytes: statSync(join(dist, file)).size})).sort((a, b) => b.bytes - a.bytes)
}

/** What the declarations of one module format may weigh: a compiler reads all of them for any import. */
export const DECLARATIONS_BUDGET = 200 * 1024
