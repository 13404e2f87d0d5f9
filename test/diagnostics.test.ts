/**
 * docs/diagnostics.md must document exactly the error codes and rule ids that exist: every
 * `new KamerbriefError('<CODE>'` and every rule in `RULES` and in `report(…, '<rule>'` calls in
 * src/, nothing more.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {KamerbriefError, parseKamerbrief, RULE_DOCS, RULES} from 'kamerbrief'
import {MAX_DIAGNOSTICS_PER_RULE} from '../src/diagnostics.js'
import {TEXT_FORMATS} from '../src/options.js'
import {describe, expect, it} from 'vitest'

const srcDir = fileURLToPath(new URL('../src/', import.meta.url))
const docs = readFileSync(new URL('../docs/diagnostics.md', import.meta.url), 'utf8')

function sources(dir = srcDir): Array<{name: string; text: string}> {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') ? [{name: path.slice(srcDir.length), text: readFileSync(path, 'utf8')}] : []
  })
}

const files = sources()
const all = (pattern: RegExp) => new Set(files.flatMap(({text}) => [...text.matchAll(pattern)].map((m) => m[1]!)))

/** Codes thrown in src/. */
const thrown = all(/new KamerbriefError\(\s*'([A-Z_]+)'/g)
/** Codes the type allows. */
const declared = new Set([...(/type KamerbriefErrorCode\s*=([^\n]+)/.exec(files.find((f) => f.name === 'errors.ts')!.text)?.[1] ?? '').matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!))
/** Rule ids passed to report() as literals. */
const reported = all(/\breport\(\s*[\w.]+\s*,\s*'([a-z-]+)'/g)
/** The source without the catalogue itself, where every rule is named. */
const withoutCatalogue = (text: string) => text.replace(/export const RULES = \{[\s\S]*?\n\} as const/, '')
/** Rule ids named anywhere outside the catalogue: report() calls, and defaults such as `rule: RuleId = 'unknown-block'`. */
const named = new Set(files.flatMap(({text}) => Object.keys(RULES).filter((rule) => withoutCatalogue(text).includes(`'${rule}'`))))

/** The first column of the table under `heading`; a rule's cell opens with its anchor. */
function documented(heading: string): string[] {
  const section = docs.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? ''
  return [...section.matchAll(/^\| (?:<a id="[^"]+"><\/a>)?`([^`]+)` \|/gm)].map((m) => m[1]!)
}

/** The anchors of the file: `<a id>` and headings as Markdown renderers name them. */
const anchors = new Set([
  ...[...docs.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!),
  ...[...docs.matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-'))
])

describe('docs/diagnostics.md', () => {
  it('should find what it checks', () => {
    expect(thrown.size).toBeGreaterThanOrEqual(4)
    expect(reported.size).toBeGreaterThanOrEqual(10)
    expect(documented('Errors').length).toBeGreaterThanOrEqual(4)
    expect(documented('Diagnostics').length).toBeGreaterThanOrEqual(10)
  })

  it('should document every error code thrown, and only those', () => {
    expect(new Set([...documented('Errors'), ...documented('Errors of the PDF reader'), ...documented('Errors of the Word reader')])).toEqual(thrown)
    expect(declared).toEqual(thrown)
  })

  it('should document every rule in RULES, in its order, and only those', () => {
    expect(documented('Diagnostics')).toEqual(Object.keys(RULES))
  })

  it('should have an anchor for every rule, which its diagnostics link to', () => {
    expect(Object.keys(RULES).filter((rule) => !anchors.has(rule))).toEqual([])
    // Each anchor is on its rule's row, so the link lands on the explanation.
    for (const rule of Object.keys(RULES)) expect(docs).toContain(`| <a id="${rule}"></a>\`${rule}\` |`)
    const tree = parseKamerbrief('Vraag 1\nKent u het bericht¹?\n\nAntwoord 1\nZie antwoord op vraag 9.\n')
    expect(tree.diagnostics.map((d) => [d.ruleId, d.position?.start.line, d.url])).toEqual([
      ['cross-reference-unresolved', 5, `${RULE_DOCS}#cross-reference-unresolved`],
      ['footnote-undefined', 2, `${RULE_DOCS}#footnote-undefined`]
    ])
    expect(RULE_DOCS).toBe('docs/diagnostics.md')
    // The url is a path inside the package: the file must ship in it.
    const {files} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {files: string[]}
    expect(files.some((entry) => ['docs', 'docs/*.md', RULE_DOCS].includes(entry))).toBe(true)
  })

  it('should know every rule reported in src/', () => {
    expect([...reported].filter((rule) => !(rule in RULES))).toEqual([])
  })

  it('should have no rule in RULES that src/ never reports', () => {
    expect(Object.keys(RULES).filter((rule) => !named.has(rule))).toEqual([])
  })

  it('should give each rule the severity RULES gives it', () => {
    const section = docs.split(/^## /m).find((s) => s.startsWith('Diagnostics\n')) ?? ''
    for (const [rule, [severity]] of Object.entries(RULES)) {
      expect(section, rule).toMatch(new RegExp(`^\\| <a id="${rule}"></a>\`${rule}\` \\| ${severity} \\|`, 'm'))
    }
  })

  it('should quote the cap on diagnostics per rule and the formats the options take as the code has them', () => {
    const capped = docs.split(/^## /m).find((s) => s.startsWith('How many diagnostics a tree keeps\n')) ?? ''
    expect(capped).toContain(`At most ${MAX_DIAGNOSTICS_PER_RULE} diagnostics of each rule (\`MAX_DIAGNOSTICS_PER_RULE\``)
    const options = /^\| `INVALID_OPTIONS` \|([^|]*)\|/m.exec(docs)![1]!
    const formats = [...(/`format` is not (.*?) \(/.exec(options)?.[1] ?? '').matchAll(/`'(\w+)'`/g)].map((m) => m[1])
    expect(formats).toEqual([...TEXT_FORMATS, 'auto'])
  })

  it('should fill every column of every row', () => {
    const rows = docs.split('\n').filter((line) => /^\| `/.test(line))
    for (const row of rows) expect(row.split(' | ').every((cell) => cell.replace(/\|/g, '').trim().length > 0), row).toBe(true)
  })
})

describe('the codes and rules in use', () => {
  // The static scan must match what the parser really does: a few of each, produced for real.
  it('should throw the documented codes', () => {
    const code = (run: () => unknown) => {
      try {
        run()
      } catch (error) {
        return (error as KamerbriefError).code
      }
      return undefined
    }
    const seen = new Set([
      code(() => parseKamerbrief(1 as never)),
      code(() => parseKamerbrief(new Uint8Array([0xff]))),
      code(() => parseKamerbrief('abc', {maxInputLength: 1})),
      code(() => parseKamerbrief('abc', {format: 'html' as never}))
    ])
    expect(seen).toEqual(new Set(documented('Errors')))
  })

  // The rules are produced for real, each by a short input, in rules.test.ts.
})
