/**
 * Hostile inputs and the invariants every parse must keep, shared by test/properties.test.ts (a
 * few hundred cases in `npm test`) and scripts/fuzz.ts (the long run).
 */
import {isDeepStrictEqual} from 'node:util'
import fc from 'fast-check'
import {coverage, parseKamerbrief, Root as RootSchema, type Root} from '../src/index.js'
import {isRealDate} from '../src/values.js'
import {robustnessDocuments} from './util.js'

/**
 * The real documents, as the mutations start from them: the fixtures that copy them, and the
 * others from ../shared/corpus when it is beside the clone.
 */
export const documents: ReadonlyArray<{name: string; input: string}> = robustnessDocuments().documents.sort((a, b) => (a.name < b.name ? -1 : 1))

/** Fragments the readers react to, and characters PDF conversion and copying leave behind. */
export const FRAGMENTS = [
  '1.',
  '12.',
  '1. Is het waar?',
  'Vraag 1',
  'Vraag 3',
  'Vraag 4 en 5',
  'Vragen 4 t/m 6',
  'Antwoord 2',
  'Antwoord 4 en 5',
  'Antwoord op vraag 1:',
  'Mededeling',
  '**',
  '*',
  '_',
  '^[',
  '^[1]',
  '[1]',
  '[1 ]',
  '¹',
  '²³',
  'april2',
  '24 november 20232',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u202e',
  '\u200f',
  '\r',
  '\r\n',
  '\f',
  '\u00a0',
  '\u00ad',
  '\ufb01',
  '\ud800',
  '\udfff',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\t',
  '- ',
  '# ',
  '###### ',
  '> ',
  '• ',
  '\uf0b7',
  'o ',
  '– ',
  '-----',
  '|',
  '\\',
  '`',
  '[x](y)',
  '<https://a.nl>',
  '![](x)',
  '&amp;',
  '<b>',
  'https://www.tweedekamer.nl/x',
  'www.defensie.nl',
  'Geachte voorzitter,',
  'Hoogachtend,',
  'Met vriendelijke groet,',
  'DE MINISTER VAN DEFENSIE',
  'De staatssecretaris van Financiën,',
  'Ruben Brekelmans',
  'Retouradres Postbus 20701 2500 ES Den Haag',
  'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
  'Ministerie van Defensie',
  'Datum',
  'Datum 21 mei 2026',
  'Betreft',
  'Onze referentie',
  'Uw kenmerk',
  'Bijlage(n) 2',
  'Den Haag, 1 juli 2022',
  'Vastgesteld 15 september 2022',
  'Nr. 443',
  'BRIEF VAN DE MINISTER',
  '35 510 Parlementaire ondervraging',
  'Vragen van het lid Eerdmans (JA21) aan de minister over iets (ingezonden 1 mei 2023).',
  'Antwoord van minister Hoekstra (ontvangen 4 november 2022)',
  'Vragen gesteld door de leden der Kamer',
  'Aan',
  'Van',
  'Aan MINDEF',
  'Van DGB',
  'Afgestemd met',
  'Opgesteld door',
  'TER BESLISSING',
  'Nota',
  'Aanleiding',
  'Toelichting',
  'Kern',
  'DE DIRECTEUR-GENERAAL BELEID',
  'Pagina 1 van 2',
  'Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1',
  'ISSN 0921 - 7398',
  'Zie antwoord op vraag 2.',
  'zie de antwoorden op de vragen 4 t/m 6',
  'Kamerstuk 36 800-X, nr. 5',
  'Kamerstukken II 2019/20, 35 300-XV, nr. 28',
  '36 800-X',
  'motie-Piri c.s. (36 800-X34)',
  '2026D20156',
  'MINDEF20260028717',
  'ah-tk-20242025-1028',
  'De leden van de VVD-fractie vragen',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '?',
  ':',
  ',',
  ' '
] as const

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code))

/** Arbitrary strings: ASCII, full Unicode, and raw UTF-16 with lone surrogates. */
export const anyString = fc.oneof(
  fc.string({maxLength: 400}),
  fc.string({unit: 'binary', maxLength: 400}),
  fc.string({unit: 'grapheme', maxLength: 200}),
  fc.string({unit: codeUnit, maxLength: 400})
)

/** Strings made of the readers' own fragments, line breaks and noise. */
export const fragmentSoup = fc
  .array(fc.oneof({weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS)}, {weight: 3, arbitrary: fc.constantFrom('\n', '\n\n', ' ')}, {weight: 1, arbitrary: fc.string({unit: codeUnit, maxLength: 6})}), {
    maxLength: 120
  })
  .map((parts) => parts.join(''))

/**
 * Text in two columns, as pdftotext -layout prints a letter beside its side column: rows of a body
 * fragment and a short fragment of the column from one column on (40 to 100), either side empty,
 * blank lines and page breaks between them.
 */
export const twoColumns = fc
  .record({
    at: fc.integer({min: 40, max: 100}),
    rows: fc.array(
      fc.oneof(
        {weight: 5, arbitrary: fc.tuple(fc.oneof(fc.constant(''), fc.constantFrom(...FRAGMENTS)), fc.oneof(fc.constant(''), fc.constantFrom(...FRAGMENTS)))},
        {weight: 1, arbitrary: fc.constantFrom(['', ''] as [string, string], ['\f', ''] as [string, string])}
      ),
      {maxLength: 40}
    )
  })
  .map(({at, rows}) =>
    rows
      .map(([left, right]) => {
        const body = left.replace(/\n/g, ' ').slice(0, at - 3)
        const side = right.replace(/\n/g, ' ').slice(0, 40)
        return side ? body.padEnd(at) + side : body
      })
      .join('\n')
  )

type Mutation =
  | ['delete', number]
  | ['duplicate', number]
  | ['swap', number, number]
  | ['shuffle', number, number, number]
  | ['insert-line', number, number]
  | ['insert', number, number, number]
  | ['long-line', number, number, number]
  | ['control', number, number, number]
  | ['truncate', number]

const fragmentIndex = fc.nat(FRAGMENTS.length - 1)
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.constant('delete' as const), fc.nat()),
  fc.tuple(fc.constant('duplicate' as const), fc.nat()),
  fc.tuple(fc.constant('swap' as const), fc.nat(), fc.nat()),
  fc.tuple(fc.constant('shuffle' as const), fc.nat(), fc.integer({min: 2, max: 12}), fc.nat()),
  fc.tuple(fc.constant('insert-line' as const), fc.nat(), fragmentIndex),
  fc.tuple(fc.constant('insert' as const), fc.nat(), fc.nat(), fragmentIndex),
  fc.tuple(fc.constant('long-line' as const), fc.nat(), fragmentIndex, fc.integer({min: 50, max: 3000})),
  fc.tuple(fc.constant('control' as const), fc.nat(), fc.nat(), fc.integer({min: 0, max: 0x9f})),
  fc.tuple(fc.constant('truncate' as const), fc.nat())
)

export interface DocumentCase {
  document: number
  /** First line of the window taken from the document. */
  from: number
  /** Lines in the window; 0 takes the whole document. */
  lines: number
  mutations: Mutation[]
  lineEnding: '\n' | '\r\n' | '\r'
}

/** A real document (or a window of `maxLines` of it), mutated line by line. */
export function documentCase(maxLines: number): fc.Arbitrary<DocumentCase> {
  return fc.record({
    document: fc.nat(documents.length - 1),
    from: fc.nat(),
    lines: maxLines > 0 ? fc.integer({min: 1, max: maxLines}) : fc.constant(0),
    mutations: fc.array(mutation, {maxLength: 8}),
    lineEnding: fc.constantFrom('\n' as const, '\n' as const, '\n' as const, '\r\n' as const, '\r' as const)
  })
}

/** The input a {@link DocumentCase} stands for. */
export function mutate(c: DocumentCase): string {
  let lines = documents[c.document]!.input.split(/\r\n|\r|\n/)
  if (c.lines > 0) {
    const from = c.from % lines.length
    lines = lines.slice(from, from + c.lines)
  }
  for (const m of c.mutations) {
    const n = lines.length
    if (n === 0) break
    const at = m[1] % n
    switch (m[0]) {
      case 'delete':
        lines.splice(at, 1)
        break
      case 'duplicate':
        lines.splice(at, 0, lines[at]!)
        break
      case 'swap': {
        const other = m[2] % n
        ;[lines[at], lines[other]] = [lines[other]!, lines[at]!]
        break
      }
      case 'shuffle': {
        const window = lines.slice(at, at + m[2])
        // A fixed permutation from the seed keeps the case reproducible and shrinkable.
        window.sort((a, b) => ((hash(a) ^ m[3]) % 997) - ((hash(b) ^ m[3]) % 997))
        lines.splice(at, window.length, ...window)
        break
      }
      case 'insert-line':
        lines.splice(at, 0, FRAGMENTS[m[2]]!)
        break
      case 'insert': {
        const line = lines[at]!
        const column = m[2] % (line.length + 1)
        lines[at] = line.slice(0, column) + FRAGMENTS[m[3]]! + line.slice(column)
        break
      }
      case 'long-line':
        lines.splice(at, 0, FRAGMENTS[m[2]]!.concat(' ').repeat(m[3]))
        break
      case 'control': {
        const line = lines[at]!
        const column = m[2] % (line.length + 1)
        lines[at] = line.slice(0, column) + String.fromCharCode(m[3]) + line.slice(column + 1)
        break
      }
      case 'truncate': {
        const text = lines.join('\n')
        lines = text.slice(0, m[1] % (text.length + 1)).split('\n')
        break
      }
    }
  }
  return lines.join(c.lineEnding)
}

function hash(s: string): number {
  let h = 0
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0
  return h >>> 0
}

/** Line starts of `input`: lines end at \n, \r\n or \r. */
function lineStarts(input: string): number[] {
  const starts = [0]
  const re = /\r\n|\r|\n/g
  for (let m = re.exec(input); m; m = re.exec(input)) starts.push(m.index + m[0].length)
  return starts
}

interface PointLike {
  line: number
  column: number
  offset: number
}

/** Every position anywhere in `tree` (nodes, fields, data, diagnostics) that is out of bounds or whose line and column disagree with its offset. */
export function positionProblems(tree: unknown, input: string): string[] {
  const starts = lineStarts(input)
  const problems: string[] = []
  const pointProblem = (point: PointLike): string | undefined => {
    if (!Number.isInteger(point.offset) || point.offset < 0 || point.offset > input.length) return `offset ${point.offset} outside 0..${input.length}`
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= point.offset) lo = mid
      else hi = mid - 1
    }
    if (point.line !== lo + 1 || point.column !== point.offset - starts[lo]! + 1) {
      return `offset ${point.offset} is ${lo + 1}:${point.offset - starts[lo]! + 1}, not ${point.line}:${point.column}`
    }
    return undefined
  }
  const visit = (value: unknown, path: string) => {
    if (problems.length > 5 || typeof value !== 'object' || value === null) return
    if (Array.isArray(value)) {
      value.forEach((item, k) => visit(item, `${path}[${k}]`))
      return
    }
    const record = value as Record<string, unknown>
    const start = record.start as PointLike | undefined
    const end = record.end as PointLike | undefined
    if (start && end && typeof start.offset === 'number' && typeof end.offset === 'number') {
      const problem = pointProblem(start) ?? pointProblem(end) ?? (start.offset > end.offset ? `start ${start.offset} after end ${end.offset}` : undefined)
      if (problem) problems.push(`${path}: ${problem}`)
      return
    }
    for (const [key, child] of Object.entries(record)) visit(child, `${path}.${key}`)
  }
  visit(tree, 'root')
  return problems
}

const NAMED: Readonly<Record<string, string>> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', eacute: 'é', euml: 'ë'}
const LIGATURES: Readonly<Record<string, string>> = {'\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl'}

/**
 * The characters a text holds once white space, emphasis markers, backslashes and hyphens are left
 * out (line breaks, "**", a hyphen that joined a word across lines); for a text of a Markdown
 * input, escapes and character references read as what they stand for.
 */
function comparable(text: string, markdownSource: boolean): string {
  let out = text
  if (markdownSource) {
    out = out.replace(/\\([!-/:-@[-`{-~])|&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g, (whole, escaped: string | undefined, reference: string | undefined) => {
      if (escaped !== undefined) return escaped
      if (reference!.startsWith('#')) {
        const hex = reference![1] === 'x' || reference![1] === 'X'
        const code = Number.parseInt(reference!.slice(hex ? 2 : 1), hex ? 16 : 10)
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd'
      }
      return NAMED[reference!] ?? whole
    })
  }
  // The Markdown parser reads a NUL character as U+FFFD; a block without Markdown syntax keeps it.
  out = out.replace(/\u0000/g, '\ufffd')
  out = out.replace(/[\ufb00-\ufb04]/g, (c) => LIGATURES[c]!)
  // "=" underlines a heading in Markdown; read as nothing on both sides.
  return out.replace(/[\s\u00ad\u200b*_\\=-]/g, '')
}

/**
 * Every text node whose characters in the input do not read as its value: a position that drifted.
 * In Markdown, text from link, image, HTML or code syntax reads differently by design and is left out.
 */
export function leafProblems(tree: Root, input: string): string[] {
  const problems: string[] = []
  const markdown = tree.format === 'markdown'
  const visit = (node: {type: string; value?: unknown; position?: Root['position']; children?: unknown[]}) => {
    if (node.type === 'text' && typeof node.value === 'string' && node.position) {
      const slice = input.slice(node.position.start.offset, node.position.end.offset)
      // A Markdown block whose syntax would cost too much to parse ("1. 1. 1. …") is read as plain text: either reading may hold.
      const value = comparable(node.value, false)
      if (!(markdown && /[[\]<>`#]/.test(slice)) && comparable(slice, markdown) !== value && comparable(slice, false) !== value) {
        problems.push(`${node.position.start.offset}-${node.position.end.offset}: ${JSON.stringify(node.value.slice(0, 40))} read from ${JSON.stringify(slice.slice(0, 40))}`)
      }
    }
    if (problems.length < 5) for (const child of node.children ?? []) visit(child as typeof node)
  }
  visit(tree as unknown as Parameters<typeof visit>[0])
  return problems
}

/**
 * Parses `input` in every format and throws, with the reason, unless every invariant holds: no
 * exception, a schema-valid tree without 'schema-violation', full coverage without overlaps,
 * positions inside the input that agree with line and column, and the same tree on a second parse.
 */
export function assertSound(input: string, parse: typeof parseKamerbrief = parseKamerbrief): void {
  for (const format of ['markdown', 'text', 'flattened'] as const) {
    const fail = (reason: string): never => {
      throw new Error(`${format}: ${reason}\ninput: ${JSON.stringify(input.length > 600 ? `${input.slice(0, 600)}…` : input)}`)
    }
    let tree: Root
    try {
      tree = parse(input, {format})
    } catch (error) {
      return fail(`threw ${(error as Error).stack ?? String(error)}`)
    }
    const result = RootSchema.safeParse(tree)
    if (!result.success) fail(`schema: ${result.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
    if (tree.diagnostics.some((d) => d.ruleId === 'schema-violation')) fail('schema-violation diagnostic')
    const offending = coverage(tree, input, {overlaps: true})
    if (offending.length > 0) {
      fail(`coverage: ${offending.slice(0, 3).map((r) => `${r.kind} ${r.start}-${r.end} ${JSON.stringify(r.text.slice(0, 40))}`).join('; ')}`)
    }
    const problems = positionProblems(tree, input)
    if (problems.length > 0) fail(`positions: ${problems.join('; ')}`)
    const leaves = leafProblems(tree, input)
    if (leaves.length > 0) fail(`text read from other characters: ${leaves.join('; ')}`)
    const dates: string[] = []
    JSON.stringify(tree, (key, value: unknown) => {
      if ((key === 'date' || key === 'questionsSubmitted' || key === 'deadline') && typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) && !isRealDate(value)) dates.push(value)
      return value
    })
    if (dates.length > 0) fail(`dates that do not exist: ${dates.join(', ')}`)
    if (!isDeepStrictEqual(parse(input, {format}), tree)) fail('a second parse gave a different tree')
  }
}
