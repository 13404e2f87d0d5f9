/**
 * docs/architecture.md against src/: every file it names exists and every module of src/ is named
 * in it (or in a folder it names); every name it places in a module is declared there; the
 * dependency rule it states holds on the imports of src/; and it answers, each in a place of its
 * own, where the decisions a reader's author asks about are made.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join, normalize, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {PART_LAYOUTS} from '../src/layouts.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const read = (file: string) => readFileSync(join(root, file), 'utf8')
const doc = read('docs/architecture.md')
const docs = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)

/** Every module of src/, as a path inside it: "letter.ts", "references/kamerstuk.ts". */
const modules: string[] = []
const walk = (dir: string) => {
  for (const entry of readdirSync(join(root, 'src', dir), {withFileTypes: true})) {
    const path = dir ? `${dir}/${entry.name}` : entry.name
    if (entry.isDirectory()) walk(path)
    else if (entry.name.endsWith('.ts')) modules.push(path)
  }
}
walk('')
modules.sort()

const parsed = new Map<string, ts.SourceFile>()
const sourceOf = (module: string) => {
  let file = parsed.get(module)
  if (!file) parsed.set(module, (file = ts.createSourceFile(module, read(`src/${module}`), ts.ScriptTarget.ES2022, true)))
  return file
}

/** The names a module declares at its top level. */
function declared(module: string): Set<string> {
  const names = new Set<string>()
  for (const statement of sourceOf(module).statements) {
    if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.add(d.name.text)
    const name = (statement as {name?: ts.Node}).name
    if (name && ts.isIdentifier(name)) names.add(name.text)
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) for (const e of statement.exportClause.elements) names.add(e.name.text)
  }
  return names
}

// ------------------------------------------------------------------------------------------------ imports

interface Import {
  /** A module of src/ ("blocks.ts"), or a package or built-in as written ("zod", "node:fs"). */
  target: string
  typeOnly: boolean
}

/** What a module imports: statements, re-exports and `import()`, type-only ones marked. */
function importsOf(module: string): Import[] {
  const out: Import[] = []
  const add = (specifier: string, typeOnly: boolean) => {
    const target = specifier.startsWith('.') ? normalize(join(dirname(module), specifier)).replace(/\.js$/, '.ts') : specifier
    out.push({target, typeOnly})
  }
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined
      const typeOnly = clause !== undefined && (clause.isTypeOnly || (!clause.name && named !== undefined && named.length > 0 && named.every((e) => e.isTypeOnly)))
      add(node.moduleSpecifier.text, typeOnly)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined
      add(node.moduleSpecifier.text, node.isTypeOnly || (named !== undefined && named.length > 0 && named.every((e) => e.isTypeOnly)))
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      add(node.arguments[0].text, false)
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true)
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceOf(module))
  return out
}

const graph = new Map(modules.map((module) => [module, importsOf(module)]))

/** What a name of the dependency rule stands for: a module ("letter.ts"), a folder ("questions/"), Node.js ("node:"), or a package. */
function matches(name: string, target: string): boolean {
  if (name === 'node:') return target.startsWith('node:')
  if (name.endsWith('/')) return target.startsWith(name)
  if (name.endsWith('.ts')) return target === name
  return target === name || target.startsWith(`${name}/`)
}

const spans = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)

/** The part of `markdown` under the heading `title`, to the next heading of its level or above. */
function section(markdown: string, title: RegExp): string | undefined {
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => /^#+ /.test(line) && title.test(line.replace(/^#+ /, '')))
  if (start < 0) return undefined
  const level = /^#+/.exec(lines[start]!)![0].length
  const end = lines.findIndex((line, k) => k > start && /^#+ /.test(line) && /^#+/.exec(line)![0].length <= level)
  return lines.slice(start, end < 0 ? undefined : end).join('\n')
}

/** The rows of the first table in `markdown`, as cells, without its heading and rule. */
function table(markdown: string): string[][] {
  const lines = markdown.split('\n').filter((line) => line.startsWith('|'))
  return lines.slice(2).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()))
}

// ------------------------------------------------------------------------------------------------ tests

describe('docs/architecture.md: files', () => {
  /** The doc without its links and addresses: the text in which file names stand unlinked. */
  const prose = doc.replace(/\[[^\]]*\]\([^)]*\)/g, '').replace(/https?:\/\/\S+/g, '')
  const named = [...prose.matchAll(/(?<![\w./-])((?:[\w-]+\/)*[\w.-]+\.ts|[\w-]+\/)(?![\w/])/g)].map((m) => m[1]!)
  const links = [...doc.matchAll(/\[`?([^\]`]*)`?\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => ({text: m[1]!, target: normalize(join('docs', m[2]!))}))

  it('should name files, in links and in text, that exist', () => {
    expect(links.length).toBeGreaterThan(50)
    for (const {target} of links) if (!/^[a-z]+:/.test(target)) expect(existsSync(join(root, target)), target).toBe(true)
    for (const name of named) {
      const exists = existsSync(join(root, 'src', name)) || existsSync(join(root, name))
      expect(exists, `${name}: no such file in src/ or the repository`).toBe(true)
    }
  })

  it('should link each file under its own name', () => {
    for (const {text, target} of links) if (/\.ts$|\/$/.test(text)) expect(`${target}${text.endsWith('/') ? '/' : ''}`.endsWith(text), `[${text}](${target})`).toBe(true)
  })

  it('should name every module of src/, or a folder that holds it', () => {
    const paths = new Set([...links.map(({target}) => relative('src', target)), ...named])
    const unnamed = modules.filter((module) => {
      const folder = module.includes('/') ? module.slice(0, module.lastIndexOf('/')) : undefined
      return !(paths.has(module) || (folder !== undefined && (paths.has(`${folder}/`) || paths.has(folder))))
    })
    expect(unnamed).toEqual([])
  })

  it('should place each name it places in a module where that module declares it', () => {
    const file = String.raw`(?:\[\x60([\w./-]+\.ts)\x60\]\(([^)]+)\)|\x60((?:src/)?[\w./-]+\.ts)\x60)`
    const placed: Array<{name: string; module: string; where: string}> = []
    // `at`: the group of a link's text; the link's target and a path in code follow it.
    const moduleOf = (m: RegExpExecArray, at: number, from: string) => (m[at + 1] ? relative('src', normalize(join(dirname(from), m[at + 1]!))) : m[at + 2]!.replace(/^src\//, ''))
    for (const markdown of docs) {
      const text = read(markdown).replace(/\s+/g, ' ')
      // "`enclose` in [`position.ts`](…)", "`triggerWords` of [`references/vocabulary.ts`](…)"
      for (const m of text.matchAll(new RegExp(String.raw`\x60(\w+)\x60 (?:in|of) ${file}`, 'g'))) placed.push({name: m[1]!, module: moduleOf(m, 2, markdown), where: `${markdown}: ${m[0]}`})
      // "[`page-furniture.ts`](…), `markRunningHeaders`", "[`layouts.ts`](…), `PART_LAYOUTS` and `claimQuestions`", "[`references/vocabulary.ts`](…) (`kamerstukWords`)"
      for (const m of text.matchAll(new RegExp(String.raw`${file},? \(?((?:\x60\w+\x60(?:, | and )?)+)`, 'g'))) {
        for (const name of spans(m[4]!)) placed.push({name, module: moduleOf(m, 1, markdown), where: `${markdown}: ${m[0]}`})
      }
    }
    expect(placed.length).toBeGreaterThan(30)
    for (const {name, module, where} of placed) {
      expect(modules, where).toContain(module)
      expect(declared(module).has(name), `${where}: ${module} declares no ${name}`).toBe(true)
    }
  })
})

describe('docs/architecture.md: the dependency rule', () => {
  const rule = section(doc, /^The dependency rule$/)!
  const shared = spans(/^The shared modules: ([\s\S]*?)\.$/m.exec(rule)?.[1] ?? '')
  const rows = table(rule).map(([who, imports, importers]) => ({
    who: spans(who!)[0]!,
    /** Value imports allowed, and type-only ones ("types from `ast.ts`"). */
    imports: imports!.split(';').flatMap((part) => (/^\s*types from/.test(part) ? [] : [...(/the shared modules/.test(part) ? shared : []), ...spans(part)])),
    types: imports!.split(';').flatMap((part) => (/^\s*types from/.test(part) ? spans(part) : [])),
    constrained: imports!.trim() !== '',
    importers: spans(importers!)
  }))

  it('should state the rule as a table of modules, what they import and who imports them', () => {
    expect(shared.length).toBeGreaterThanOrEqual(8)
    expect(rows.map((row) => row.who)).toEqual(expect.arrayContaining(['letter.ts', 'letterhead.ts', 'nota.ts', 'questions/', 'references/', 'node:']))
    // Every module or folder it names exists.
    for (const name of [...shared, ...rows.flatMap((row) => [row.who, ...row.imports, ...row.types, ...row.importers])]) {
      if (name.endsWith('.ts') || name.endsWith('/')) expect(modules.some((module) => matches(name, module)), name).toBe(true)
    }
  })

  it.each(rows.filter((row) => row.constrained).map((row) => [row.who, row] as const))('should hold for what %s imports from the rest of src/', (_, row) => {
    const broken: string[] = []
    for (const module of modules.filter((m) => matches(row.who, m))) {
      for (const {target, typeOnly} of graph.get(module)!) {
        if (!modules.includes(target) || target === module) continue
        const allowed = row.imports.some((name) => matches(name, target)) || (typeOnly && row.types.some((name) => matches(name, target)))
        if (!allowed) broken.push(`${module} imports ${target}${typeOnly ? ' (types)' : ''}`)
      }
    }
    expect(broken).toEqual([])
  })

  it.each(rows.map((row) => [row.who, row] as const))('should hold for who imports %s', (_, row) => {
    const broken: string[] = []
    for (const [module, imports] of graph) {
      if (matches(row.who, module) || row.importers.some((name) => matches(name, module))) continue
      for (const {target} of imports) if (matches(row.who, target)) broken.push(`${module} imports ${target}`)
    }
    expect(broken).toEqual([])
  })
})

describe('docs/architecture.md: where each decision is made', () => {
  const decisions = section(doc, /^Where each decision is made$/)!
  const lookup = table(section(doc, /^Where to look$/)!)

  /** [what is asked, the heading that answers it, the modules it names, names each must declare there, a row of "Where to look"]. */
  const QUESTIONS: Array<[string, RegExp, string[], string[], RegExp]> = [
    ['running headers', /^Running headers$/, ['page-furniture.ts'], ['markRunningHeaders', 'findPageFurniture'], /running headers/i],
    ['footnote definitions', /^Footnote definitions$/, ['footnotes.ts'], ['findFootnoteDefinitions'], /footnote definitions/i],
    ['which layout reads a part', /^Which layout reads a part$/, ['layouts.ts'], ['PART_LAYOUTS', 'claimQuestions'], /which layout/i],
    ['Kamerstuk citations', /^Kamerstuk citations$/, ['references/kamerstuk.ts', 'references/kamerstuk-grammar.ts'], ['kamerstukNode', 'citationGrammar'], /kamerstuk citations/i],
    ['the nota header', /^The nota header$/, ['nota.ts', 'label-cuts.ts'], ['readNota', 'labelCuts'], /nota's header/i],
    ["the letterhead's date", /^The letterhead's date$/, ['letterhead.ts', 'dutch/letterhead.ts'], ['readLetterhead', 'LETTERHEAD_LABELS'], /letterhead's date/i]
  ]

  it.each(QUESTIONS)('should say in a section of its own where %s are decided', (_, heading, files, names, row) => {
    const answer = section(decisions, heading)
    expect(answer, String(heading)).toBeDefined()
    for (const file of files) expect(answer, file).toContain(`(../src/${file})`)
    const inFiles = new Set(files.flatMap((file) => [...declared(file)]))
    for (const name of names) {
      expect(answer, name).toContain(`\`${name}\``)
      expect(inFiles.has(name), `${files.join(', ')} declare ${name}`).toBe(true)
    }
    // And the table of questions points there.
    const line = lookup.find(([question]) => row.test(question!))
    expect(line, String(row)).toBeDefined()
    for (const file of files) expect(line![1], file).toContain(`(../src/${file})`)
  })

  it('should name in its table where the source, the furniture, the layout, the footnotes, the citations and the checks are decided', () => {
    const rows = table(decisions)
    const DECISIONS: Array<[RegExp, string]> = [
      [/source/, 'sources/index.ts'],
      [/page furniture/, 'page-furniture.ts'],
      [/layout reads/, 'layouts.ts'],
      [/footnote texts/, 'footnotes.ts'],
      [/cites/, 'references/find.ts'],
      [/whole tree/, 'checks.ts']
    ]
    for (const [decision, file] of DECISIONS) {
      const row = rows.find(([what]) => decision.test(what!))
      expect(row, String(decision)).toBeDefined()
      expect(row![1], String(decision)).toContain(`(../src/${file})`)
    }
  })

  it('should list the layouts of src/layouts.ts in their order', () => {
    const answer = section(decisions, /^Which layout reads a part$/)!
    const listed = [...answer.matchAll(/^\d+\.\s+`(\w+)`/gm)].map((m) => m[1])
    expect(listed).toEqual(PART_LAYOUTS.map((layout) => layout.name))
  })

  it('should say what a reader\u2019s author must know of the performance layer', () => {
    const layer = section(doc, /^The performance layer$/)
    expect(layer).toBeDefined()
    const NAMES: Array<[string, string[]]> = [
      ['starts.ts', ['anchored', 'opens', 'openMatch']],
      ['references/triggers.ts', []],
      ['compiled.ts', ['fast', 'checkingOnly']],
      ['validate.ts', ['checkOf', 'validateTree', 'MAX_DEPTH']]
    ]
    for (const [file, names] of NAMES) {
      expect(layer, file).toContain(`(../src/${file})`)
      for (const name of names) {
        expect(layer, name).toContain(`\`${name}\``)
        expect(declared(file).has(name), `${file} declares ${name}`).toBe(true)
      }
    }
    // Where a test guards the layer, the doc names it: those tests exist.
    for (const test of ['test/starts.test.ts', 'test/references.test.ts', 'test/schema.test.ts']) {
      expect(layer, test).toContain(test)
      expect(existsSync(join(root, test)), test).toBe(true)
    }
  })
})
