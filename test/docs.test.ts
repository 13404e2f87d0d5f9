/**
 * The documentation as users get it: the README and the docs it links to work in the installed
 * package and on the API site (no repository address to fall back on), and the API site covers
 * every entry and links the node reference.
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, normalize} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>
const pkg = json('package.json') as {files: string[]; exports: Record<string, unknown>}
const typedoc = json('typedoc.json') as {entryPoints: string[]; projectDocuments: string[]; readme: string}

/** Files npm packs whatever `files` says, and those `files` names. */
const ships = (file: string) => ['README.md', 'LICENSE', 'package.json'].includes(file) || pkg.files.some((entry) => file === entry || file.startsWith(`${entry}/`))

/** The relative links of a Markdown file, as paths from the package root. */
function relativeLinks(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '')
  return [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z]+:/.test(target))
    .map((target) => normalize(join(dirname(file), target)))
}

describe('shipped docs', () => {
  const documents = ['README.md', ...typedoc.projectDocuments]

  it.each(documents)('should link from %s only to files that exist and ship', (file) => {
    expect(ships(file), file).toBe(true)
    for (const target of relativeLinks(file)) {
      expect(existsSync(join(root, target)), `${file} → ${target}`).toBe(true)
      expect(ships(target), `${file} → ${target} is not in the package`).toBe(true)
    }
  })

  it('should ship the node reference, the diagnostics and the citation forms', () => {
    for (const file of ['docs/ast.md', 'docs/diagnostics.md', 'docs/references.md', 'docs/kamerbrief.schema.json']) expect(ships(file), file).toBe(true)
  })
})

describe('API site', () => {
  it('should open with the README and hold the node reference as documents', () => {
    expect(typedoc.readme).toBe('README.md')
    expect(typedoc.projectDocuments).toEqual(expect.arrayContaining(['docs/ast.md', 'docs/diagnostics.md', 'docs/references.md']))
  })

  it('should document every entry of the package', () => {
    const entries = Object.keys(pkg.exports).filter((key) => key !== './package.json' && !key.endsWith('.json'))
    const sources = entries.map((key) => (key === '.' ? 'src/index.ts' : `src/${key.slice(2)}.ts`))
    expect([...typedoc.entryPoints].sort()).toEqual(sources.sort())
    for (const source of sources.filter((file) => file !== 'src/index.ts')) {
      expect(readFileSync(join(root, source), 'utf8'), source).toContain(`@module kamerbrief/${source.slice(4, -3)}`)
    }
  })
})
