/** Shared test helpers: fixtures, the shared corpus, tree walking and a dedent tag for inline inputs. */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import type {Options, Root} from 'kamerbrief'
import {describe, it} from 'vitest'

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url))

export interface Fixture {
  name: string
  input: string
  file: string
  /** The case's options.json, when it has one. */
  options?: Options
}

let fixtureCache: Fixture[] | undefined

/** Every fixture case: folders in fixtures/ with an input.md or input.txt. */
export function fixtures(): Fixture[] {
  fixtureCache ??= readFixtures()
  return [...fixtureCache]
}

function readFixtures(): Fixture[] {
  const out: Fixture[] = []
  for (const name of readdirSync(fixturesDir, {withFileTypes: true})) {
    if (!name.isDirectory()) continue
    for (const file of ['input.md', 'input.txt']) {
      const path = join(fixturesDir, name.name, file)
      if (!existsSync(path)) continue
      const fixture: Fixture = {name: name.name, input: readFileSync(path, 'utf8'), file: path}
      const options = join(fixturesDir, name.name, 'options.json')
      if (existsSync(options)) fixture.options = JSON.parse(readFileSync(options, 'utf8')) as Options
      out.push(fixture)
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name))
}

export function fixture(name: string): string {
  return fixtures().find((f) => f.name === name)!.input
}

/**
 * The fixtures that are unchanged copies of a corpus document, from the table in fixtures/readme.md:
 * corpus file name → fixture case.
 */
export function fixtureCopies(): Map<string, string> {
  const readme = readFileSync(join(fixturesDir, 'readme.md'), 'utf8')
  return new Map([...readme.matchAll(/^\| `([^`]+)` \| `([^`]+)` \|$/gm)].map((m) => [m[2]!, m[1]!]))
}

// ------------------------------------------------------------------------------------------------ the shared corpus

/**
 * The shared test corpus: real documents `NAME.md` / `NAME.txt` beside `NAME.gold.json`, the facts
 * read from them by hand (its README.md says what each field means). It lives beside the clone, in
 * ../shared/corpus, as in CI; a clone elsewhere has none, and the tests that need it skip saying so.
 */
export const corpusDir = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
export const hasCorpus = existsSync(corpusDir)

export interface CorpusDocument {
  name: string
  input: string
  file: string
}

let corpusCache: CorpusDocument[] | undefined

/** Every document of the corpus, by file name; none without the corpus. */
export function corpusDocuments(): CorpusDocument[] {
  corpusCache ??= hasCorpus
    ? readdirSync(corpusDir)
        .filter((name) => /\.(md|txt)$/.test(name) && name !== 'README.md')
        .sort()
        .map((name) => ({name, input: readFileSync(join(corpusDir, name), 'utf8'), file: join(corpusDir, name)}))
    : []
  return [...corpusCache]
}

/** The text of one corpus document; throws when it (or the corpus) is absent. */
export function corpusDocument(name: string): string {
  const found = corpusDocuments().find((d) => d.name === name)
  if (!found) throw new Error(`${name} is not in ${corpusDir}`)
  return found.input
}

/** The hand-read facts of a corpus document (`NAME.gold.json`), or undefined when there are none. */
export function corpusGold<T = Record<string, unknown>>(name: string): T | undefined {
  const file = join(corpusDir, name.replace(/\.(md|txt)$/, '.gold.json'))
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined
}

/**
 * A describe() over the corpus. Without ../shared/corpus it holds one skipped test whose name says
 * so, and warns: a fresh clone outside this workplace passes, but not silently.
 */
export function describeCorpus(title: string, body: () => void): void {
  describeShared(hasCorpus, '../shared/corpus', corpusDir, title, body)
}

/** A describe() that runs where the shared folder `name` (at `dir`) is, and else holds one skipped test that says so, and warns. */
function describeShared(present: boolean, name: string, dir: string, title: string, body: () => void): void {
  if (present) {
    describe(title, body)
    return
  }
  console.warn(`${title}: skipped, ${name} is absent (${dir})`)
  describe(title, () => {
    it.skip(`${title}: ${name} is absent`, () => {})
  })
}

/**
 * For tests that run on the corpus documents and others: without ../shared/corpus, one skipped test
 * that says what is left out, and a warning.
 */
export function skipWithoutCorpus(what: string): void {
  if (hasCorpus) return
  console.warn(`${what}: skipped, ../shared/corpus is absent (${corpusDir})`)
  it.skip(`${what}: ../shared/corpus is absent`, () => {})
}

/**
 * The documents added to the corpus later, each the first of a layout the first set did not show
 * (the corpus README). The parser does not read these layouts yet; a corpus-wide test that fails on
 * one runs it as `it.fails` (see {@link failsOn}), so that it turns red when the parser learns it.
 */
export const ADDED_LATER = {
  '04-tk-2024D35624-lvva-bhos-suppletoire-begroting.txt':
    'a lijst van vragen en antwoorden whose questions are a bare number on its own line, then the question, then "Antwoord:"',
  '52-kst-31235-3-lvva-2008-leren-van-parlementair-onderzoek.txt':
    'a lijst van vragen en antwoorden whose questions are a bare number on its own line, with no answer label at all',
  '10-kst-23645-646-lvva-translink.txt': 'a committee document signed "De fungerend voorzitter van de commissie, Van Veldhoven" on one line',
  '15-kv-tk-2022Z18908-ceder-opvangplekken-vragen.txt':
    "Kamervragen as submitted, without answers: its date is the 'ingezonden' date, its footnotes are not answers",
  '20-kst-36600-B-K-ek-so-financiele-impact-decentraal.txt': 'an Eerste Kamer nader schriftelijk overleg, citing Kamerstukken as "EK 36 600 B, A"',
  '24-kst-33240-A-2-rekenkamer-infrastructuurfonds.txt': 'a letter whose sender is the Algemene Rekenkamer',
  '34-kst-29240-108-herdruk-veiligheid-op-school.txt': 'a letter whose senders are two ministers',
  'full-04-ah-tk-20142015-698-bouwmeester-ziekenhuisrekeningen-flattened.txt':
    'a whole letter flattened to one line (no line breaks, runs of spaces, letter-spaced labels); the same document as full-05',
  'full-19-ar-2019-brexit-flattened.txt': 'a whole letter flattened to one line (no line breaks, runs of spaces, letter-spaced labels "D A T U M")',
  'full-20-beslisnota-ocw-2024-uitstel-kamervragen-china-w3m.txt': 'a beslisnota "TER BESLUITVORMING" dumped from HTML',
  'full-21-ah-tk-20232024-1771-vannispen-vuurwerk-pdftotext-layout.txt':
    '`pdftotext -layout`, with right-aligned page numbers in footers and a numbered list inside an answer'
} as const

export type AddedLater = keyof typeof ADDED_LATER

/**
 * `it`, or `it.fails` for a corpus document on the list `failing`: the added-later documents on
 * which that test fails today. Only those combinations are expected to fail; all others run as usual.
 */
export function failsOn(failing: readonly AddedLater[], name: string): typeof it | typeof it.fails {
  return (failing as readonly string[]).includes(name) ? it.fails : it
}

/**
 * Complete documents made from PDF files (pdftotext). They stay in the corpus and are never copied
 * into the repository; the tests that read them skip where the corpus is absent.
 */
export const FROM_PDF = {
  /** Answers to Kamervragen of Bouwmeester, Aanhangsel 698 (2014-2015): scrambled footnotes, bare page numbers. */
  bouwmeester: 'full-05-ah-tk-20142015-698-bouwmeester-ziekenhuisrekeningen-pdftotext.txt',
  /** Verzamelbrief luchtvaart of IenW (18 October 2023): Rijkshuisstijl letterhead, letter-spaced text. */
  luchtvaart: 'full-11-ienw-2023-verzamelbrief-luchtvaart-pdftotext.txt',
  /** IenW beslisnota on the Actieplan Luchtvaartveiligheid: its sidebar repeated on every page. */
  luchtvaartveiligheid: 'full-14-beslisnota-ienw-2023-actieplan-luchtvaartveiligheid-pdftotext.txt',
  /** BZK beslisnota on the evaluations of the College voor de Rechten van de Mens: labels before their values. */
  collegeRechtenMens: 'full-16-beslisnota-bzk-2023-evaluaties-college-rechten-mens-pdftotext.txt'
} as const

/**
 * The beslisnota on the College voor de Rechten van de Mens (made from PDF, so it stays in the
 * corpus) as a converter writes it in Markdown: headings as "## ", its bullets (the private-use
 * glyph U+F0B7) as "-", form feeds as "-----" between blank lines. Made from the corpus text when a
 * test needs it, never stored.
 */
export function collegeRechtenMensAsMarkdown(text: string): string {
  const headings = ['Aanleiding', 'Geadviseerd besluit', 'Kern', 'Toelichting', 'Informatie die niet openbaar gemaakt kan worden', 'Bijlagen']
  return text
    .split('\n')
    .map((line) => (headings.includes(line) ? `## ${line}` : line.replace(/^(\f?)\uf0b7/, '$1-')))
    .join('\n')
    .replace(/\f/g, '\n-----\n\n')
}

/**
 * The real documents the robustness tests run on (coverage, properties, limits, the fuzz script):
 * the full documents of the corpus's first set and its 2,000-character excerpts.
 */
export const ROBUSTNESS_DOCUMENTS = [
  '02-tk-2025D04328-erkens-overheidsapparaat.txt',
  '03-tk-2022D35259-lvva-begrotingsbehandeling.txt',
  '05-kst-31066-444-lvva-halfjaarsrapportage-belastingdienst.txt',
  '07-tk-2022D23672-lvva-rekenkamer-rijksverantwoording.txt',
  '08-kst-35010-C-mva-kindgebonden-budget.txt',
  '13-berthub-2023D48516-natuurherstelverordening.txt',
  '14-ah-tk-20222023-591-eerdmans-dwangwet.txt',
  '16-onb-2009-venw-maaswerken-kamervragen.txt',
  '21-kst-35510-130-so-ongekend-onrecht.txt',
  '22-kst-34700-19-brief-informateur.txt',
  '28-openkamer-kamervragen-fritsma-4-mei-krans.txt',
  '35-tk-2022D28453-lerarenstrategie.txt',
  '36-openkamer-2023Z00461-wolf-vanhaga.txt',
  '37-tk-2020D19385-groothuizen-fundamentele-rechten-strafrecht.txt',
  '41-tk-2022D21082-omtzigt-pbm-long-covid.txt',
  '42-tk-2020D53238-gepast-gebruik-geneste-opsomming.txt',
  '44-berthub-2022D23328-lvva-financieel-jaarverslag-rijk.txt',
  '45-tk-2022D28790-so-jaarverslagen-bzk-gemeentefonds.txt',
  'defensie-ek-begroting-2026.md',
  'full-01-ah-tk-20222023-3649-bromet-stalvloer-pdftext.txt',
  'full-02-ah-tk-20232024-387-boswijk-kaukasus-markdown.txt',
  'full-05-ah-tk-20142015-698-bouwmeester-ziekenhuisrekeningen-pdftotext.txt',
  'full-08-ah-tk-20202021-3235-tozo-html-w3m.txt',
  'full-11-ienw-2023-verzamelbrief-luchtvaart-pdftotext.txt',
  'full-14-beslisnota-ienw-2023-actieplan-luchtvaartveiligheid-pdftotext.txt',
  'full-16-beslisnota-bzk-2023-evaluaties-college-rechten-mens-pdftotext.txt'
] as const

/**
 * A corpus document by its corpus name, read from the fixture that copies it when there is one
 * (so it is there in any clone), else from the corpus; undefined when neither has it.
 */
export function realDocument(name: string): string | undefined {
  const copy = fixtureCopies().get(name)
  if (copy !== undefined) return fixture(copy)
  return corpusDocuments().find((d) => d.name === name)?.input
}

/** The robustness documents that can be read here, by corpus name, and the names of those that cannot. */
export function robustnessDocuments(): {documents: Array<{name: string; input: string}>; missing: string[]} {
  const documents: Array<{name: string; input: string}> = []
  const missing: string[] = []
  for (const name of ROBUSTNESS_DOCUMENTS) {
    const input = realDocument(name)
    if (input === undefined) missing.push(name)
    else documents.push({name, input})
  }
  return {documents, missing}
}

// ------------------------------------------------------------------------------------------------ the shared PDF files

/**
 * Real PDF, Word and ODF files, byte for byte as published (its README.md and manifest.json say
 * what each is). Like the corpus they live beside the clone, in ../shared/pdf, and the tests that
 * read them skip, saying so, where they are absent.
 */
export const pdfDir = fileURLToPath(new URL('../../shared/pdf/', import.meta.url))
export const hasPdfs = existsSync(pdfDir)

/** Every PDF file of ../shared/pdf, by its path below it (`learninglion-kamervragen/….pdf`); none without it. */
export function pdfFiles(): string[] {
  if (!hasPdfs) return []
  return readdirSync(pdfDir, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.pdf'))
    .sort()
}

/** The bytes of one file of ../shared/pdf; throws when it (or the folder) is absent. */
export const pdfFile = (name: string): Uint8Array => readFileSync(join(pdfDir, name))

/** A describe() over ../shared/pdf: without it, one skipped test that says so, and a warning. */
export function describePdfs(title: string, body: () => void): void {
  describeShared(hasPdfs, '../shared/pdf', pdfDir, title, body)
}

export type AnyNode = {type: string; children?: AnyNode[]; position?: Root['position']; [key: string]: unknown}

export function all(node: unknown, type: string, out: AnyNode[] = []): AnyNode[] {
  const n = node as AnyNode
  if (!n || typeof n !== 'object') return out
  if (n.type === type) out.push(n)
  for (const child of n.children ?? []) all(child, type, out)
  return out
}

export const first = (node: unknown, type: string): AnyNode | undefined => all(node, type)[0]

/** Reading text of a node: inline content joined as written, blocks with a space; markers and furniture left out. */
export function text(node: unknown): string {
  const n = node as AnyNode
  if (!n) return ''
  if (n.type === 'pageFurniture' || n.type === 'marker' || n.type === 'footnoteReference') return ''
  if (typeof n.value === 'string') return n.value
  const children = n.children ?? []
  const inline = children.some((c) => c.type === 'text')
  return children.map(text).join(inline ? '' : ' ')
}

export const squash = (s: string) => s.replace(/\*+/g, '').replace(/\s+/g, ' ').trim()

/** Removes common indentation and the first newline: inline inputs read like the letter. */
export function dedent(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = String.raw({raw: strings}, ...values).replace(/^\n/, '')
  const indents = raw.split('\n').filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length)
  const cut = Math.min(...indents)
  return raw.split('\n').map((l) => l.slice(cut)).join('\n')
}

/** Blocks of an inline input, separated by blank lines, as a letter prints them. */
export const blocks = (...parts: string[]): string => `${parts.join('\n\n')}\n`

/** The diagnostics of a tree as [ruleId, line] pairs, for assertions that do not depend on wording. */
export const rules = (tree: Root) => tree.diagnostics.map((d) => [d.ruleId, d.position?.start.line] as const)

/**
 * Builds the CLI as tsup does (cli.js with batch-worker.js beside it) into `out`; returns the path of
 * cli.js. pdfjs-dist stays out of the bundle, as in the package: the CLI finds it only where `out`
 * lies under a node_modules that holds it.
 */
export async function buildCli(out: string): Promise<string> {
  const root = fileURLToPath(new URL('..', import.meta.url))
  await build({
    entryPoints: {cli: join(root, 'src/cli.ts'), 'batch-worker': join(root, 'src/batch/worker.ts')},
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: out,
    external: ['pdfjs-dist'],
    logLevel: 'silent'
  })
  return join(out, 'cli.js')
}
