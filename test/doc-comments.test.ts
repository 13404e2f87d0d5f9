/**
 * The doc comments of src/, as editors and the API pages show them: every exported function says
 * what it is for, the internal ones included; every file a comment names exists; and no sentence of
 * the node reference (src/ast.ts, and any module that declares node schemas) is said of two
 * declarations, as a sentence that fits every node says nothing of any.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

const src = fileURLToPath(new URL('../src/', import.meta.url))

const modules: string[] = []
const walk = (dir: string) => {
  for (const entry of readdirSync(join(src, dir), {withFileTypes: true})) {
    const path = dir ? `${dir}/${entry.name}` : entry.name
    if (entry.isDirectory()) walk(path)
    else if (entry.name.endsWith('.ts')) modules.push(path)
  }
}
walk('')
modules.sort()

const sourceOf = (module: string) => ts.createSourceFile(module, readFileSync(join(src, module), 'utf8'), ts.ScriptTarget.ES2022, true)

/** The text of a declaration's doc comment, without its tags (`@example`, `@param`). */
function docOf(node: ts.Node): string {
  return ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .trim()
}

const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)

/** Every exported function of a module, by name: declarations, and constants that hold a function. */
function exportedFunctions(file: ts.SourceFile): Array<{name: string; node: ts.Node}> {
  const out: Array<{name: string; node: ts.Node}> = []
  const seen = new Set<string>()
  for (const statement of file.statements) {
    if (!isExported(statement)) continue
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      // Overloads: the first signature is the one shown.
      if (seen.has(statement.name.text)) continue
      seen.add(statement.name.text)
      out.push({name: statement.name.text, node: statement})
    }
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer
        if (init && ts.isIdentifier(declaration.name) && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) out.push({name: declaration.name.text, node: statement})
      }
    }
  }
  return out
}

/**
 * Exported functions that may go without a doc comment, each with the reason. None: a function
 * exported for one caller in src/ is read by the next person who changes that caller.
 */
const EXEMPT: Record<string, string> = {}

describe('doc comments of exported functions', () => {
  const all = modules.flatMap((module) => exportedFunctions(sourceOf(module)).map((f) => ({...f, module})))

  it('should find the exported functions of src/', () => {
    expect(all.length).toBeGreaterThan(150)
  })

  it('should give every exported function of src/ a doc comment, internal ones included', () => {
    const missing = all.filter(({module, name, node}) => docOf(node) === '' && !(`${module}:${name}` in EXEMPT)).map(({module, name}) => `${module}: ${name}`)
    expect(missing).toEqual([])
  })

  it('should exempt only functions that exist and have no doc comment', () => {
    for (const key of Object.keys(EXEMPT)) {
      const found = all.find(({module, name}) => `${module}:${name}` === key)
      expect(found, key).toBeDefined()
      expect(docOf(found!.node), key).toBe('')
    }
  })
})

describe('files named in the comments of src/', () => {
  it('should exist: beside the module, in src/ or in the repository', () => {
    const root = join(src, '..')
    const missing: string[] = []
    let named = 0
    for (const module of modules) {
      const text = readFileSync(join(src, module), 'utf8')
      const comments = [...text.matchAll(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g)].map((m) => m[0]).join('\n')
      for (const m of comments.matchAll(/(?<![\w./-])((?:[\w-]+\/)*[\w.-]+\.(?:ts|md))\b/g)) {
        const file = m[1]!
        // A path in the installed package, not in this repository.
        if (file.startsWith('node_modules/')) continue
        named++
        if (![join(src, dirname(module), file), join(src, file), join(root, file)].some((path) => existsSync(path))) missing.push(`${module}: ${file}`)
      }
    }
    expect(named).toBeGreaterThan(30)
    expect(missing).toEqual([])
  })
})

// ------------------------------------------------------------------------------------------------ repeated sentences

/** The modules of the node reference: ast.ts, with the node interfaces, and any that declares a node schema against its interface with `agree`. */
const nodeModules = [...new Set(['ast.ts', ...modules.filter((module) => module !== 'agree.ts' && /\bagree<\w+>\(\)/.test(readFileSync(join(src, module), 'utf8')))])]

/** The names a statement declares. */
function namesOf(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []))
  const name = (statement as {name?: ts.Node}).name
  return name && ts.isIdentifier(name) ? [name.text] : []
}

/**
 * A sentence as a reader compares it with another: inline code (node types, field names) and the
 * declaration's own name stand for any, so "The zod schema of a `text` node" and "… of an `answer`
 * node" are the same sentence.
 */
function normalise(sentence: string, names: readonly string[]): string {
  let out = sentence.replace(/\s+/g, ' ').replace(/`[^`]*`/g, '`…`')
  for (const name of names) out = out.replace(new RegExp(`\\b(?:${name}|${name[0]!.toLowerCase()}${name.slice(1)})\\b`, 'g'), 'NAME')
  return out.replace(/\ban? (?=`…`|NAME)/g, 'a ').trim()
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z`"“(])/).filter((s) => s.trim() !== '')

describe('doc comments of the node reference', () => {
  it('should say no sentence of two declarations', () => {
    const said = new Map<string, string[]>()
    let declarations = 0
    for (const statement of nodeModules.flatMap((module) => [...sourceOf(module).statements])) {
      const names = namesOf(statement)
      const doc = docOf(statement)
      if (names.length === 0 || doc === '') continue
      declarations++
      for (const sentence of sentences(doc)) {
        const key = normalise(sentence, names)
        said.set(key, [...(said.get(key) ?? []), names[0]!])
      }
    }
    expect(declarations).toBeGreaterThan(40)
    const repeated = [...said].filter(([, by]) => new Set(by).size > 1).map(([sentence, by]) => `${by.join(', ')}: ${sentence}`)
    expect(repeated).toEqual([])
  })
})
