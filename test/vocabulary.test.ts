/**
 * The Dutch the parser looks for is written in the vocabulary modules only, once, and every other
 * module builds its patterns from them. This test reads every string, template and regular
 * expression literal in src/ outside those modules (comments are not literals) and fails on any
 * run of three or more letters it does not know.
 *
 * A pattern (a regex literal, an argument of `RegExp`, a String.raw template) may hold only the
 * technical tokens below: whatever else it spells out is a word it looks for in documents. Other
 * strings may also hold the names the code gives things: node types and fields from the schemas,
 * rule ids, error codes, the public API, string literal types and interface fields declared in
 * src/, and the few internal names listed below.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import * as z from 'zod'
import * as ast from '../src/ast.js'
import {RULES} from '../src/diagnostics.js'
import * as api from '../src/index.js'

const srcDir = fileURLToPath(new URL('../src/', import.meta.url))

/** The vocabulary modules: Dutch words are written here and nowhere else in src/. */
const VOCABULARY = ['dutch/', 'references/vocabulary.ts']

/** Modules of user-interface text, with why their strings are not document vocabulary. */
const INTERFACE: Record<string, string> = {
  'cli.ts': "the command's usage text, messages and output, which it prints and never looks for",
  'batch/': "a batch run's progress lines, messages and record fields, which it writes and never looks for",
  'node.ts': "parseFiles: the records and the worker's file name of the batch it runs, which it never looks for in a document"
}

/**
 * Modules that read or write a machine format, whose literals are that format's own names (Office
 * Open XML's `w:p`, `fldChar`, `lowerRoman`, content types; the JavaScript of generated code) and
 * English messages, and which read no word of a document's text. They are checked apart: none may
 * hold a word the vocabulary modules write.
 */
const FILE_FORMATS: Record<string, string> = {
  'docx/': 'the Word reader: OOXML element, attribute and value names, content types, error messages',
  'schema-code.ts': 'the JavaScript it generates to check a tree against the schemas'
}

/** Tokens that are not Dutch, in patterns and strings alike. */
const TECHNICAL = [
  // Web addresses: "https://www.defensie.nl", a Google redirect's "/url?".
  'https',
  'www',
  'google',
  'url',
  // The prefix of a Kamerstuk's officielebekendmakingen id: "kst-36800-X-78".
  'kst',
  // The input's encoding, and the Unicode form names are composed in: "NFC".
  'utf',
  'nfc',
  // Ligatures spelled out: "ﬃ" is "ffi".
  'ffi',
  'ffl',
  // What `typeof`, the input checks and zod's schema definitions (validate.ts) name.
  'string',
  'object',
  'boolean',
  'null',
  'array',
  'union',
  'function',
  // mdast node types the Markdown source reads.
  'html',
  'image',
  'imageReference',
  'inlineCode',
  'definition',
  // The install command of the PDF reader's optional dependency: "npm i pdfjs-dist@5.6.205".
  'npm',
  'dist',
  // A web address begins "http" or "www.": "https://www.rekenkamer.nl/…".
  'http',
  // The path of the rules' explanations in the package, which every diagnostic's url starts with: "docs/diagnostics.md".
  'docs',
  'md'
]

/** Names the citation recognisers give themselves ("kamerstuk-letter-spaced", "ministry-reference-slashed"). */
const INTERNAL = ['keyword', 'spaced', 'bare', 'slashed', 'senate']

/** Literals skipped, with why: each is English for people, or a name that is not text. */
const SKIPPED: Array<{why: string; skip: (node: ts.Node, parent: ts.Node) => boolean}> = [
  {
    why: 'module specifiers name files',
    skip: (node, parent) =>
      ((ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) && parent.moduleSpecifier === node) ||
      (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword && parent.arguments[0] === node)
  },
  {
    why: "a diagnostic's message is English for people; its rule id says what happened",
    skip: (node, parent) => ts.isCallExpression(parent) && callee(parent) === 'report' && parent.arguments[3] === node
  },
  {
    why: "an error's message is English for people; a KamerbriefError's code says what happened",
    skip: (node, parent) => ts.isNewExpression(parent) && /Error$/.test(callee(parent) ?? '') && parent.arguments?.[parent.arguments.length - 1] === node
  },
  {
    why: "each rule's description in RULES is English for people, as in docs/diagnostics.md",
    skip: (node, parent) => ts.isArrayLiteralExpression(parent) && parent.elements[1] === node && declaredIn(parent, 'RULES')
  },
  {
    why: "a schema's description is English for people, as in docs/kamerbrief.schema.json",
    skip: (node, parent) => ts.isPropertyAssignment(parent) && parent.initializer === node && propertyName(parent) === 'description' && inCallOf(parent, 'meta')
  },
  {
    why: "a question layout's `why` is English for people: why it stands where it does",
    skip: (node, parent) => ts.isPropertyAssignment(parent) && parent.initializer === node && propertyName(parent) === 'why'
  },
  {
    why: 'the flags of a RegExp are letters, not a word',
    skip: (node, parent) => ts.isNewExpression(parent) && callee(parent) === 'RegExp' && parent.arguments?.[1] === node
  },
  {
    why: "the characters an anchored pattern's matches begin with are letters, not a word (test/starts.test.ts checks them)",
    skip: (node, parent) => ts.isCallExpression(parent) && callee(parent) === 'anchored' && parent.arguments[1] === node
  }
]

function callee(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const expression = call.expression
  if (ts.isIdentifier(expression)) return expression.text
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text
  return undefined
}

function propertyName(property: ts.PropertyAssignment): string | undefined {
  return ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined
}

function declaredIn(node: ts.Node, name: string): boolean {
  for (let at: ts.Node | undefined = node; at; at = at.parent) {
    if (ts.isVariableDeclaration(at)) return ts.isIdentifier(at.name) && at.name.text === name
  }
  return false
}

const inCallOf = (node: ts.Node, name: string) => ts.isObjectLiteralExpression(node.parent) && ts.isCallExpression(node.parent.parent) && callee(node.parent.parent) === name

/** The runs of three or more letters in `text`, once escapes ("\s", "\p{Lu}", "\u00a0"), character classes and group names are gone. */
function letterRuns(text: string): string[] {
  const words = text
    .replace(/\\(?:[pPu]\{[^}]*\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|c[A-Za-z]|k<[^>]*>|[\s\S])/g, ' ')
    .replace(/\[(?:[^\]\\]|\\.)*\]/g, ' ')
    .replace(/\(\?<(?![=!])[^>]*>/g, '(')
  return words.match(/\p{L}{3,}/gu) ?? []
}

const sourceFiles = (dir = srcDir): string[] =>
  readdirSync(dir, {withFileTypes: true})
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []))
    .sort()

const files = sourceFiles().map((path) => {
  const name = relative(srcDir, path).split('\\').join('/')
  return {name, file: ts.createSourceFile(name, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)}
})

const within = (name: string, prefixes: Iterable<string>) => [...prefixes].some((prefix) => name === prefix || (prefix.endsWith('/') && name.startsWith(prefix)))
const checked = files.filter(({name}) => !within(name, VOCABULARY) && !within(name, Object.keys(INTERFACE)) && !within(name, Object.keys(FILE_FORMATS)))

// ------------------------------------------------------------------------------------------------ known names

/** The field names, node types and value names in the JSON Schema of every schema in src/ast.ts. */
function schemaNames(): string[] {
  const names: string[] = []
  const add = (value: unknown) => {
    if (typeof value === 'string' && /^[a-z][A-Za-z-]*$/.test(value)) names.push(...letterRuns(value))
  }
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'properties' && child && typeof child === 'object') Object.keys(child).forEach(add)
        if (key === 'const') add(child)
        if (key === 'enum' && Array.isArray(child)) child.forEach(add)
        walk(child)
      }
    }
  }
  for (const schema of Object.values(ast)) if (schema instanceof z.ZodType) walk(z.toJSONSchema(schema, {io: 'output'}))
  return names
}

/** The error codes the type in errors.ts declares: "INVALID_INPUT", …. */
function errorCodes(): string[] {
  const errors = files.find(({name}) => name === 'errors.ts')!.file
  const codes: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isTypeAliasDeclaration(node) && node.name.text === 'KamerbriefErrorCode') declaredNames(node, codes)
    ts.forEachChild(node, visit)
  }
  visit(errors)
  return codes
}

/**
 * The names a type declares: string literal types (`kind: 'content'`, `'outside' | 'question'`),
 * the fields of interfaces (`suffixDash?: string`) and the items of an `as const` list a type is
 * made of (`(typeof DIGIT_TRIGGERS)[number]`). A type names what the code passes around.
 */
function declaredNames(root: ts.Node, names: string[] = []): string[] {
  const typed = new Set<string>()
  const lists: Array<[string, ts.ArrayLiteralExpression]> = []
  const visit = (node: ts.Node): void => {
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) names.push(...letterRuns(node.literal.text))
    if (ts.isPropertySignature(node) && ts.isIdentifier(node.name)) names.push(node.name.text)
    // A quoted field: the schemas' `'~standard'`.
    if (ts.isPropertySignature(node) && ts.isStringLiteral(node.name)) names.push(...letterRuns(node.name.text))
    if (ts.isTypeQueryNode(node) && ts.isIdentifier(node.exprName)) typed.add(node.exprName.text)
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isAsExpression(node.initializer)) {
      const {expression, type} = node.initializer
      if (ts.isArrayLiteralExpression(expression) && type.getText() === 'const') lists.push([node.name.text, expression])
    }
    ts.forEachChild(node, visit)
  }
  visit(root)
  for (const [name, list] of lists) if (typed.has(name)) for (const item of list.elements) if (ts.isStringLiteral(item)) names.push(...letterRuns(item.text))
  return names
}

const technical = new Set(TECHNICAL.map((token) => token.toLowerCase()))
const known = new Set(
  [
    ...TECHNICAL,
    ...INTERNAL,
    ...schemaNames(),
    ...Object.keys(api),
    ...Object.keys(RULES).flatMap(letterRuns),
    ...errorCodes().flatMap(letterRuns),
    ...checked.flatMap(({file}) => declaredNames(file))
  ].map((name) => name.toLowerCase())
)

// ------------------------------------------------------------------------------------------------ literals

/** A part of a String.raw template: read as written, where a pattern's escapes stand. */
function rawTemplate(node: ts.Node): boolean {
  let template: ts.Node = node
  while (ts.isTemplateSpan(template.parent) || ts.isTemplateExpression(template.parent)) template = template.parent
  return ts.isTaggedTemplateExpression(template.parent) && template.parent.tag.getText() === 'String.raw'
}

/** Whether a literal is a pattern or a piece of one. */
function inPattern(node: ts.Node): boolean {
  if (ts.isRegularExpressionLiteral(node) || rawTemplate(node)) return true
  for (let at = node.parent; at; at = at.parent) if ((ts.isNewExpression(at) || ts.isCallExpression(at)) && callee(at) === 'RegExp') return true
  return false
}

/** The text of a literal as the pattern or string it makes, or undefined for any other node. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isRegularExpressionLiteral(node)) return node.text.slice(1, node.text.lastIndexOf('/'))
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return rawTemplate(node) ? (node.rawText ?? node.text) : node.text
  }
  if (ts.isStringLiteral(node)) return node.text
  return undefined
}

/** Every run of letters in `file`'s literals that is not known, as "file:line token". */
function unknownRuns(name: string, file: ts.SourceFile): string[] {
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (node.parent && SKIPPED.some(({skip}) => skip(node, node.parent))) return
    const text = literalText(node)
    if (text !== undefined) {
      const allowed = inPattern(node) ? technical : known
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
      for (const run of letterRuns(text)) if (!allowed.has(run.toLowerCase())) found.push(`${name}:${line} ${run}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

describe('Dutch vocabulary', () => {
  it('should find the modules it names and the names it derives', () => {
    for (const module of [...VOCABULARY, ...Object.keys(INTERFACE)]) expect(files.some(({name}) => within(name, [module])), module).toBe(true)
    expect(checked.length).toBeGreaterThan(40)
    // A node type, a rule id's word, an error code's, the public API, a literal type, an `as const` list a type is made of.
    for (const name of ['questionanswer', 'undefined', 'encoding', 'parsekamerbrief', 'outside', 'hyphen']) expect(known.has(name), name).toBe(true)
  })

  it('should read runs of letters in patterns as the words they look for', () => {
    expect(letterRuns(String.raw`^(?:\*\*)?vra(?:ag|gen)\s*[:.]?(?<number>\d+)\p{Lu}[Vv]\bheeft`)).toEqual(['vra', 'gen', 'heeft'])
  })

  it('should be written only in the vocabulary modules', () => {
    expect(checked.flatMap(({name, file}) => unknownRuns(name, file))).toEqual([])
  })

  it('should not be written in the readers of file formats, whose literals are that format\'s own names', () => {
    const runsOf = (file: ts.SourceFile) => {
      const runs: Array<{run: string; line: number}> = []
      const visit = (node: ts.Node): void => {
        const text = node.parent && SKIPPED.some(({skip}) => skip(node, node.parent)) ? undefined : literalText(node)
        if (text !== undefined) for (const run of letterRuns(text)) runs.push({run: run.toLowerCase(), line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1})
        ts.forEachChild(node, visit)
      }
      visit(file)
      return runs
    }
    // The words the vocabulary modules write that the code knows by no other name.
    const dutch = new Set(files.filter(({name}) => within(name, VOCABULARY)).flatMap(({file}) => runsOf(file).map(({run}) => run)).filter((run) => !known.has(run)))
    const readers = files.filter(({name}) => within(name, Object.keys(FILE_FORMATS)))
    expect(readers.length).toBeGreaterThan(3)
    expect(readers.flatMap(({name, file}) => runsOf(file).filter(({run}) => dutch.has(run)).map(({run, line}) => `${name}:${line} ${run}`))).toEqual([])
  })
})
