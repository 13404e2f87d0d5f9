/**
 * What every build of src/ puts in (tsup, vitest, the CLI the tests bundle): the package version
 * every root carries (src/version.ts), read from package.json when the code is built, so that a
 * release never ships another number than its package.json.
 */
import {readFileSync} from 'node:fs'

const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}

export const define: Record<string, string> = {__KAMERBRIEF_VERSION__: JSON.stringify(version)}
