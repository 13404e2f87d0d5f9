/**
 * Running the code examples of the README and docs/ as written, and checking that they print what
 * their comments say. An example states what it prints in comments: after a `console.log(…)` on its
 * own line (`console.log(x) // 42`), or on the comment lines right after a statement or block that
 * logs without one. A statement that is an expression only (`findReferences('…')`) followed by
 * comments states its value, written as JavaScript. `…` in a comment stands for any text.
 */
import {transform} from 'esbuild'
import ts from 'typescript'

/** A fenced code block of a Markdown file. */
export interface CodeBlock {
  /** The fence's language, `''` for a bare fence. */
  language: string
  code: string
  /** The line of the file the code starts on. */
  line: number
}

/** Every fenced code block of `markdown`, in order. */
export function codeBlocks(markdown: string): CodeBlock[] {
  return [...markdown.matchAll(/^```([^\n`]*)\n([\s\S]*?)^```$/gm)].map((m) => ({language: m[1]!.trim(), code: m[2]!, line: markdown.slice(0, m.index).split('\n').length + 1}))
}

/** A value as the examples' comments write it: `[{name: 'Eerdmans', party: 'JA21'}]`; a string at the top as console.log prints it, unless `quoted`. */
export function literal(value: unknown, quoted = false): string {
  if (typeof value === 'string') return quoted ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'` : value
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, true)).join(', ')}]`
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${literal(v, true)}`).join(', ')}}`
  return String(value)
}

/**
 * What a comment says as a pattern: `…` stands for any text; white space between two words for any
 * white space, and elsewhere for any or none, so that a value may be wrapped over comment lines.
 */
export function matcher(says: string): RegExp {
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = says
    .split('…')
    .map((part) => part.split(/(\s+)/).map((piece, k, pieces) => (k % 2 === 0 ? escape(piece) : /\w$/.test(pieces[k - 1]!) && /^\w/.test(pieces[k + 1] ?? '') ? '\\s+' : '\\s*')).join(''))
    .join('[\\s\\S]*')
  return new RegExp(`^${pattern}$`)
}

export interface Printed {
  /** The line of the Markdown file. */
  line: number
  printed: string
  says: string
}

const LOGS = /^console\.(?:log|warn|info|error)$/

/**
 * Runs `example` with `modules` standing for the modules it imports, and returns what each logging
 * call printed (or each stated expression was) with what its comment says.
 */
export async function run(example: CodeBlock, modules: Record<string, unknown>): Promise<Printed[]> {
  const code = example.code
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const lineOf = (at: number) => file.getLineAndCharacterOfPosition(at).line
  const lines = code.split('\n')
  const commentAt = (line: number) => /^\s*\/\/ ?(.*)$/.exec(lines[line] ?? '')?.[1]
  /** The comment on the line where `end` is, after the code: `console.log(x) // 42`. */
  const trailing = (end: number) => ts.getTrailingCommentRanges(code, end)?.map((range) => code.slice(range.pos + 2, range.end).trim())[0]
  /** The comment lines after `end`'s line, blank lines before them allowed. */
  const below = (end: number) => {
    let line = lineOf(end) + 1
    while (line < lines.length && lines[line]!.trim() === '') line++
    const said: string[] = []
    for (let said1 = commentAt(line); said1 !== undefined; said1 = commentAt(++line)) said.push(said1)
    return said.length > 0 ? said.join('\n') : undefined
  }

  const says = new Map<number, string>()
  const edits: Array<{at: number; insert: string}> = []
  const logs = (node: ts.Node): ts.CallExpression[] => {
    const found: ts.CallExpression[] = []
    const visit = (child: ts.Node) => {
      if (ts.isCallExpression(child) && LOGS.test(child.expression.getText(file))) found.push(child)
      ts.forEachChild(child, visit)
    }
    visit(node)
    return found
  }
  for (const statement of file.statements) {
    const calls = logs(statement)
    if (calls.length === 0) {
      // An expression whose value the comments state.
      if (!ts.isExpressionStatement(statement)) continue
      const said = trailing(statement.end) ?? below(statement.end)
      if (said === undefined) continue
      const line = lineOf(statement.getStart(file))
      says.set(line, said)
      edits.push({at: statement.expression.getStart(file), insert: `__value(${line}, (`}, {at: statement.expression.end, insert: '))'})
      continue
    }
    const unsaid: number[] = []
    for (const call of calls) {
      const line = lineOf(call.getStart(file))
      // `console.log(` becomes `__log(line, `.
      edits.push({at: call.expression.getStart(file), insert: `__log(${line}, `})
      const own = trailing(call.parent.end) ?? (lineOf(call.end) === lineOf(statement.end) ? trailing(statement.end) : undefined)
      if (own !== undefined) says.set(line, own)
      else unsaid.push(line)
    }
    const said = unsaid.length > 0 ? below(statement.end) : undefined
    if (said !== undefined) for (const line of unsaid) says.set(line, said)
  }
  // From the end, so that each edit's offset still holds; a logging call's name and bracket are replaced.
  let source = code
  for (const {at, insert} of [...edits].sort((a, b) => b.at - a.at)) {
    const cut = insert.startsWith('__log(') ? source.indexOf('(', at) + 1 : at
    source = source.slice(0, at) + insert + source.slice(cut)
  }
  const {code: js} = await transform(source, {loader: 'ts', format: 'esm', target: 'es2022'})
  const body = js
    .replace(/^import \{([^}]*)\} from "([^"]+)";$/gm, (_, names: string, from: string) => `const {${names.replace(/ as /g, ': ')}} = __modules[${JSON.stringify(from)}];`)
    .replace(/^import \* as (\w+) from "([^"]+)";$/gm, (_, name: string, from: string) => `const ${name} = __modules[${JSON.stringify(from)}];`)
  if (/^import\b/m.test(body)) throw new Error(`an import the examples cannot stand in for: ${/^import.*$/m.exec(body)![0]}`)
  const printed = new Map<number, string[]>()
  const add = (line: number, text: string) => printed.set(line, [...(printed.get(line) ?? []), text])
  const log = (line: number, ...values: unknown[]) => add(line, values.map((v) => literal(v)).join(' '))
  const value = (line: number, v: unknown) => {
    add(line, literal(v, true))
    return v
  }
  const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>
  await new AsyncFunction('__modules', '__log', '__value', body)(modules, log, value)
  return [...says].map(([line, said]) => ({line: example.line + line, printed: (printed.get(line) ?? []).join('\n'), says: said}))
}
