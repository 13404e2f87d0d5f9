/**
 * Every regular expression in src/ must run in linear time. The patterns are collected three ways,
 * so none is missed: regex literals from the TypeScript syntax tree of every source file, every
 * `new RegExp` made while the modules load (a proxy on the global RegExp), and every RegExp
 * reachable from the modules' exports. Each gets a static check for nested quantifiers and a timed
 * run over adversarial strings of 10,000 and 100,000 characters.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {beforeAll, describe, expect, it} from 'vitest'

const srcDir = fileURLToPath(new URL('../src/', import.meta.url))

/** Modules that do something when imported (the CLI runs, the worker listens): scanned, not imported. */
const NOT_IMPORTED = new Set(['cli.ts', 'batch/worker.ts'])

/**
 * `new RegExp` calls that make patterns at run time from other patterns or from options, so they
 * cannot be collected at import; each says why it is safe.
 */
const RUNTIME_SITES: Record<string, string> = {
  'references/scan.ts': 'a sticky copy of a pattern that is itself collected and tested',
  'batch/files.ts': 'a file glob from the command line, not document text; the glob is escaped character by character'
}

/**
 * Nested quantifiers that cannot backtrack, each with the reason; keyed by the repeated group as
 * written, so a changed group is checked again.
 */
const UNAMBIGUOUS: Record<string, string> = {
  '(\\[[^\\][]{1,40}\\]\\s*){3,}':
    'page navigation "[a] [b] [c]": each repetition starts with "[", which neither the bracketed text nor \\s* can match, so a string splits into repetitions one way only'
}

interface Pattern {
  regex: RegExp
  origin: string
}

function sourceFiles(dir = srcDir): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...sourceFiles(path))
    else if (entry.name.endsWith('.ts')) out.push(path)
  }
  return out.sort()
}

const files = sourceFiles().map((path) => ({path, name: relative(srcDir, path).split('\\').join('/'), text: readFileSync(path, 'utf8')}))

/** Regex literals and `new RegExp` call sites, from the syntax tree (not a text search, which would trip over division and comments). */
function scanSource(name: string, text: string): {literals: Pattern[]; sites: number[]} {
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true)
  const literals: Pattern[] = []
  const sites: number[] = []
  const visit = (node: ts.Node) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file)
      const slash = literal.lastIndexOf('/')
      literals.push({regex: new RegExp(literal.slice(1, slash), literal.slice(slash + 1)), origin: `${name}:${line}`})
    }
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') sites.push(line)
    ts.forEachChild(node, visit)
  }
  visit(file)
  return {literals, sites}
}

const scanned = files.map((file) => ({...file, ...scanSource(file.name, file.text)}))

/** Patterns made by `new RegExp` while the modules load, with the source file that made them. */
const constructed: Array<Pattern & {file: string; line: number}> = []
const exported: Pattern[] = []

function collectExports(value: unknown, origin: string, seen: Set<unknown>): void {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return
  seen.add(value)
  if (value instanceof RegExp) {
    exported.push({regex: value, origin})
    return
  }
  if (typeof value === 'function') return
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) collectExports(child, `${origin}.${key}`, seen)
}

beforeAll(async () => {
  const Original = globalThis.RegExp
  const here = /(?:\/|\\)src(?:\/|\\)(.+?\.ts):(\d+):\d+/
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const regex = Reflect.construct(target, args, newTarget) as RegExp
      // The first stack frame in src/ is the module that asked for the pattern.
      const frame = new Error().stack?.split('\n').find((l) => here.test(l) && !l.includes('redos.test'))
      const match = frame ? here.exec(frame) : null
      if (match) constructed.push({regex, origin: `${match[1]}:${match[2]}`, file: match[1]!.split('\\').join('/'), line: Number(match[2])})
      return regex
    }
  })
  try {
    for (const {name} of scanned) {
      if (NOT_IMPORTED.has(name)) continue
      const module = (await import(/* @vite-ignore */ `../src/${name}`)) as Record<string, unknown>
      collectExports(module, name.replace(/\.ts$/, ''), new Set())
    }
  } finally {
    globalThis.RegExp = Original
  }
})

function allPatterns(): Pattern[] {
  const byKey = new Map<string, Pattern>()
  for (const pattern of [...scanned.flatMap((f) => f.literals), ...constructed, ...exported]) {
    const key = `/${pattern.regex.source}/${pattern.regex.flags}`
    if (!byKey.has(key)) byKey.set(key, pattern)
  }
  return [...byKey.values()]
}

// ------------------------------------------------------------------------------------------------ static check

/**
 * Shapes that backtrack exponentially or polynomially: a group holding an unbounded quantifier
 * under an unbounded quantifier ("(a+)+", "(a*)*", "(?:\s*x)+"), and a repeated group with two
 * identical alternatives ("(a|a)*"). Bounded repetition ("{0,20}") is not flagged.
 */
export function nestedQuantifiers(source: string): string[] {
  interface Group {
    /** It holds an unbounded quantifier somewhere inside. */
    unbounded: boolean
    alternatives: string[]
    /** Where its current alternative starts. */
    from: number
    lookaround: boolean
  }
  const problems: string[] = []
  const stack: Group[] = [{unbounded: false, alternatives: [], from: 0, lookaround: false}]
  // The quantifier at `at`, if any: its length and whether it is unbounded.
  const quantifier = (at: number): {length: number; unbounded: boolean} | undefined => {
    const c = source[at]
    if (c === '*' || c === '+') return {length: source[at + 1] === '?' ? 2 : 1, unbounded: true}
    if (c === '?') return {length: source[at + 1] === '?' ? 2 : 1, unbounded: false}
    const m = c === '{' ? /^\{(\d+)(,(\d*))?\}\??/.exec(source.slice(at)) : null
    return m ? {length: m[0].length, unbounded: m[2] !== undefined && m[3] === ''} : undefined
  }
  const markUnbounded = () => {
    for (const group of stack) group.unbounded = true
  }
  let i = 0
  while (i < source.length) {
    const c = source[i]!
    if (c === '(') {
      const m = /^\((?:\?(?:<[A-Za-z_]\w*>|<?[=!]|:))?/.exec(source.slice(i))!
      stack.push({unbounded: false, alternatives: [], from: i + m[0].length, lookaround: /[=!]/.test(m[0])})
      i += m[0].length
      continue
    }
    if (c === '|') {
      const group = stack[stack.length - 1]!
      group.alternatives.push(source.slice(group.from, i))
      group.from = ++i
      continue
    }
    let unboundedGroup: Group | undefined
    if (c === ')' && stack.length > 1) {
      const group = stack.pop()!
      group.alternatives.push(source.slice(group.from, i))
      unboundedGroup = group
      i++
    } else if (c === '\\') {
      // An escape: \d, \p{L}, \u{1F600}, \k<name>, \x41 …
      const m = /^\\(?:[pPu]\{[^}]*\}|k<[^>]*>|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|c[A-Za-z]|.)/su.exec(source.slice(i))
      i += m ? m[0].length : 2
    } else if (c === '[') {
      i++
      if (source[i] === '^') i++
      if (source[i] === ']') i++
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1
      i++
    } else i++
    const q = quantifier(i)
    const group = unboundedGroup
    if (group && q?.unbounded) {
      const written = `(${group.alternatives.join('|')})${source.slice(i, i + q.length)}`
      if (group.unbounded && !group.lookaround) problems.push(`nested quantifier: ${written}`)
      if (new Set(group.alternatives).size < group.alternatives.length) problems.push(`repeated alternatives: (${group.alternatives.join('|')})`)
    }
    if (q?.unbounded || group?.unbounded) markUnbounded()
    if (q) i += q.length
  }
  return problems
}

// ------------------------------------------------------------------------------------------------ timing

const GENERIC = ['a', ' ', '\n', '\u00a0', '1', '1 ', '1. ', '12.345 ', 'Kamerstuk ', 'vraag 1 en ', '1 en 2, ', 'Aa ', 'Aa, ', 'a-', '- ', '.', '*', '**a', '[', '[a', '![a', '^[1', '(', 'a (', ')', '<https://a', 'www.', '¹']

/** Literal words in a pattern ("antwoord", "Kamerstuk", "vraag"): the strings it is most likely to start matching. */
function fragmentsOf(source: string): string[] {
  const words = source.replace(/\\[pPuk]\{[^}]*\}|\\[a-zA-Z]/g, ' ').match(/[A-Za-zÀ-ÿ]{2,}/g) ?? []
  return [...new Set(words)].slice(0, 8).flatMap((word) => [`${word} `, `${word} 1 `])
}

function runGlobal(regex: RegExp, text: string): void {
  const global = new RegExp(regex.source, regex.flags.replace(/[gy]/g, '') + 'g')
  for (let match = global.exec(text); match; match = global.exec(text)) if (match[0].length === 0) global.lastIndex++
}

function fastest(run: () => void, times = 2): number {
  let best = Infinity
  for (let k = 0; k < times; k++) {
    const start = performance.now()
    run()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

/**
 * How `regex` scales from 10,000 to 100,000 characters of `unit` repeated. Ten times the input may
 * take at most thirty times as long (linear is ten; quadratic a hundred); below a few milliseconds
 * the timer decides, not the pattern. A pattern already slow at 10,000 is not run at 100,000.
 */
export function scaling(regex: RegExp, unit: string): {small: number; large: number; linear: boolean} {
  const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)
  const small = fastest(() => runGlobal(regex, make(10_000)))
  if (small > 25) return {small, large: Infinity, linear: false}
  const large = fastest(() => runGlobal(regex, make(100_000)))
  return {small, large, linear: large < Math.max(30 * small, 25)}
}

// ------------------------------------------------------------------------------------------------ tests

describe('regular expressions in src/', () => {
  it('should find the patterns of every source file', () => {
    const literals = scanned.reduce((n, f) => n + f.literals.length, 0)
    expect(literals).toBeGreaterThan(100)
    expect(constructed.length).toBeGreaterThan(10)
    expect(exported.length).toBeGreaterThan(10)
  })

  it('should collect every `new RegExp` site at import, or know why it runs later', () => {
    const missed: string[] = []
    for (const {name, sites} of scanned) {
      if (sites.length === 0 || RUNTIME_SITES[name] !== undefined) continue
      if (NOT_IMPORTED.has(name)) {
        missed.push(`${name}: not imported`)
        continue
      }
      const lines = new Set(constructed.filter((c) => c.file === name).map((c) => c.line))
      // A call spread over lines reports the line of its first argument or of `new`.
      for (const line of sites) if (![0, 1, 2, 3].some((d) => lines.has(line + d))) missed.push(`${name}:${line}`)
    }
    expect(missed).toEqual([])
  })

  it('should have no nested quantifiers or repeated alternatives', () => {
    const flagged = allPatterns().flatMap(({regex, origin}) =>
      nestedQuantifiers(regex.source)
        .filter((problem) => UNAMBIGUOUS[problem.replace(/^nested quantifier: /, '')] === undefined)
        .map((problem) => `${origin}: ${problem}`)
    )
    expect(flagged).toEqual([])
  })

  it('should run every pattern in linear time on adversarial strings', () => {
    const slow: string[] = []
    for (const {regex, origin} of allPatterns()) {
      for (const unit of [...GENERIC, ...fragmentsOf(regex.source)]) {
        const {small, large, linear} = scaling(regex, unit)
        if (!linear) slow.push(`${origin} /${regex.source.slice(0, 60)}/ on ${JSON.stringify(unit)}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`)
      }
    }
    expect(slow).toEqual([])
  })
})

describe('the checks themselves', () => {
  it('should flag nested quantifiers and repeated alternatives', () => {
    expect(nestedQuantifiers('(a+)+$')).toHaveLength(1)
    expect(nestedQuantifiers('(a*)*b')).toHaveLength(1)
    expect(nestedQuantifiers('^(?:\\s*\\w+)+x')).toHaveLength(1)
    expect(nestedQuantifiers('(a|a)*b')).toEqual(['repeated alternatives: (a|a)'])
    expect(nestedQuantifiers('x(?:[a-z]+(?:,\\s*)?){2,}')).toHaveLength(1)
  })

  it('should not flag bounded or simple repetition', () => {
    expect(nestedQuantifiers('^\\d{1,3}(?:\\s*,\\s*\\d{1,3}){0,20}$')).toEqual([])
    expect(nestedQuantifiers('(?:ab)+c*')).toEqual([])
    expect(nestedQuantifiers('[(+)*]+')).toEqual([])
    expect(nestedQuantifiers('\\(a+\\)+')).toEqual([])
    expect(nestedQuantifiers('(?=a+)+')).toEqual([])
  })

  it('should tell linear from quadratic time', () => {
    expect(scaling(/\d+x/, '1').linear).toBe(false)
    expect(scaling(/vraag\s+\d+/i, 'vraag 1 ').linear).toBe(true)
  })
})
