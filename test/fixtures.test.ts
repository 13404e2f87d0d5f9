/**
 * The exact regression net: every fixture's whole tree, diagnostics included, against its
 * expected.json. `UPDATE=1 npx vitest run test/fixtures.test.ts` rewrites them; review the diff.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseKamerbrief, type Position} from 'kamerbrief'
import {fixtures} from './util.js'

/** Positions print on one line, "30:1-30:20 (1003-1022)", so a moved node shows as one changed line. */
function serialize(value: unknown): string {
  const json = JSON.stringify(
    value,
    (key, v: unknown) => {
      // Every release changes it; api.test.ts checks it against package.json.
      if (key === 'packageVersion') return undefined
      if ((key === 'position' || key === 'namePosition') && v && typeof v === 'object' && 'start' in v) {
        const {start, end} = v as Position
        return `${start.line}:${start.column}-${end.line}:${end.column} (${start.offset}-${end.offset})`
      }
      return v
    },
    1
  )
  return `${json}\n`
}

describe('fixtures', () => {
  for (const {name, input, file} of fixtures()) {
    it(`should read ${name} as expected`, () => {
      const optionsFile = join(dirname(file), 'options.json')
      const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : undefined
      const actual = serialize(parseKamerbrief(input, options))
      const expectedFile = join(dirname(file), 'expected.json')
      if (process.env.UPDATE || !existsSync(expectedFile)) {
        if (!process.env.UPDATE) throw new Error(`${name} has no expected.json; run UPDATE=1 npx vitest run test/fixtures.test.ts`)
        writeFileSync(expectedFile, actual)
      }
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'))
    })
  }
})
