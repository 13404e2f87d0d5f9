/**
 * The `kamerbrief` command: `kamerbrief <file>` prints an outline of the parsed letter, `--json`
 * the whole tree, `--references` every reference with its place and canonical id;
 * `kamerbrief parse …` parses many files on worker threads into one jsonl, json or csv output.
 */
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {hasWarnings} from './batch/job.js'
import {runBatch} from './batch/run.js'
import type {OutputFormat} from './batch/records.js'
import {references as referencesOf} from './index.js'
import type {Node, Options, Root} from './index.js'
import {TEXT_FORMATS} from './options.js'
import {PACKAGE_VERSION} from './version.js'
import {parseFile} from './read-file.js'
import {nodeText, visit} from './tree.js'

const INPUT_FORMATS = [...TEXT_FORMATS, 'auto'] as const
const OUTPUT_FORMATS = ['jsonl', 'json', 'csv'] as const

const usage = `Usage: kamerbrief <file | -> [--json | --references] [--input-format ${INPUT_FORMATS.join('|')}]
                                [--encoding NAME] [--frail]
       kamerbrief parse <files|folders|globs>... [--out FILE] [--output-format ${OUTPUT_FORMATS.join('|')}] [--tables DIR]
                        [--input-format ${INPUT_FORMATS.join('|')}] [--encoding NAME] [--workers N] [--quiet] [--frail]
       kamerbrief --version

Parses a Kamerbrief (${TEXT_FORMATS.join(', ')} text, a PDF or a Word file) and prints an outline of its tree.
A PDF (%PDF-) or Word file (.docx) is known by its first bytes; PDF files need pdfjs-dist@5.6.205.
"-", or no file with piped input, reads standard input.
  --json            print the whole tree as JSON
  --references      list every reference with line:column, kind and canonical id
  --input-format    how to read a text input (default: auto)
  --encoding NAME   the encoding of text inputs that are not UTF-8: windows-1252, latin1, utf-16le, utf-16be
  --frail           exit 1 also when a document has warnings

kamerbrief parse: parses many documents on worker threads into one output, in input order.
  --out FILE        where to write (default: standard output)
  --output-format   jsonl: one {file, ok, tree} or {file, ok: false, error} per line (default);
                    json: the same records in one array; csv: one row per question with its answer.
                    Without it, the extension of --out decides (.jsonl, .json, .csv).
  --tables DIR      instead: documents.csv, questions.csv, references.csv and diagnostics.csv in DIR,
                    each row with its file, node id and line; documents with the trust signal.
  --workers N       worker threads (default: the number of CPUs)
  --quiet           no progress line and no summary
Folders give their .md, .txt, .pdf and .docx files, recursively; globs may use *, ** and ?.
Exit code: 0 when every file parsed; 1 when a file failed (or, with --frail, had warnings);
2 for a usage error; 3 when the output could not be written. A closed pipe ends the run with 0.`

type AnyNode = {type: string; children?: AnyNode[]; [key: string]: unknown}


const at = (node: AnyNode) => {
  const position = node.position as Root['position'] | undefined
  return position ? `${position.start.line}:${position.start.column}` : '-'
}

function outline(tree: Root): string {
  const out: string[] = []
  for (const child of tree.children as AnyNode[]) {
    if (child.type === 'letter') {
      out.push(`letter ${at(child)}`)
      for (const part of child.children ?? []) {
        if (part.type === 'letterhead') {
          for (const key of ['date', 'subject', 'reference', 'answeredBy', 'committee', 'questionsSubmitted']) {
            if (part[key] !== undefined) out.push(`  ${key}: ${String(part[key])}`)
          }
          const sender = part.sender as {organisation?: string} | undefined
          if (sender?.organisation) out.push(`  sender: ${sender.organisation}`)
          const addressee = part.addressee as {lines: string[]} | undefined
          if (addressee) out.push(`  addressee: ${addressee.lines.join(' ')}`)
          const askedBy = part.askedBy as Array<{name: string; party?: string}> | undefined
          if (askedBy) out.push(`  asked by: ${askedBy.map((m) => (m.party ? `${m.name} (${m.party})` : m.name)).join(', ')}`)
        } else if (part.type === 'signatory') out.push(`  signatory: ${String(part.role)}${part.name ? ` — ${String(part.name)}` : ''}`)
      }
      const paragraphs = (child.children ?? []).filter((c) => c.type === 'paragraph').length
      out.push(`  body: ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`)
    } else if (child.type === 'questionSection') {
      const items = (child.children ?? []).filter((c) => c.type === 'questionAnswer')
      out.push(`questionSection ${at(child)}: ${items.length} question${items.length === 1 ? '' : 's'}${child.title ? ` — ${String(child.title).slice(0, 90)}` : ''}`)
    } else if (child.type === 'nota') {
      out.push(`nota ${at(child)}${child.title ? `: ${String(child.title).slice(0, 90)}` : ''}`)
      const sections: string[] = []
      visit(child as Node, (n) => {
        if (n.type === 'notaSection') sections.push(n.heading)
      })
      if (sections.length) out.push(`  sections: ${sections.join(' · ')}`)
    } else out.push(`${child.type} ${at(child)}`)
  }
  out.push(`diagnostics: ${tree.diagnostics.length}`)
  for (const d of tree.diagnostics) {
    out.push(`  ${d.position ? `${d.position.start.line}:${d.position.start.column}` : '-'} ${d.severity} ${d.ruleId}: ${d.message}`)
  }
  return out.join('\n')
}

function references(tree: Root): string {
  const rows: string[] = []
  for (const reference of referencesOf(tree)) {
    const node = reference as unknown as AnyNode
    const id = node.id ?? node.url ?? (Array.isArray(node.targets) ? `vraag ${node.targets.join(', ')}` : node.identifier ?? '')
    const kind = node.type === 'documentReference' ? `documentReference/${String(node.kind)}` : node.type
    // A documentReference gives its value, white space collapsed ("2026D20156").
    rows.push(`${at(node)}\t${kind}\t${String(id)}\t${nodeText(reference, {values: true}).replace(/\s+/g, ' ')}`)
  }
  return rows.join('\n')
}

class UsageError extends Error {}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${option} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`)
}

async function single(argv: string[]): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: {type: 'boolean'},
      references: {type: 'boolean'},
      'input-format': {type: 'string'},
      encoding: {type: 'string'},
      frail: {type: 'boolean'},
      help: {type: 'boolean', short: 'h'}
    }
  })
  if (values.help) {
    print(usage)
    return 0
  }
  // No file with piped input, or "-": standard input.
  const fromInput = positionals.length === 0 ? !process.stdin.isTTY : positionals.length === 1 && positionals[0] === '-'
  if (!fromInput && positionals.length !== 1) throw new UsageError('expected one file, or "-" for standard input')
  const file = fromInput ? '-' : positionals[0]!
  const options: Options = {}
  const format = oneOf(values['input-format'], INPUT_FORMATS, '--input-format')
  if (format) options.format = format
  const encoding = encodingOf(values.encoding)
  let tree: Root
  try {
    // Bytes, not a string: a PDF or Word file is known by them, and invalid UTF-8 is refused
    // (INVALID_ENCODING) instead of read as U+FFFD.
    tree = await parseFile(readFileSync(fromInput ? 0 : file), options, encoding)
  } catch (error) {
    const code = (error as {code?: unknown}).code
    console.error(`kamerbrief: ${file}: ${typeof code === 'string' ? `${code}: ` : ''}${(error as Error).message}`)
    return 1
  }
  if (values.json) print(JSON.stringify(tree, null, 2))
  else if (values.references) print(references(tree))
  else print(outline(tree))
  return values.frail && hasWarnings(tree) ? 1 : 0
}


/** `name` as an encoding TextDecoder knows ("windows-1252", "latin1", "utf-16le"), or a usage error. */
function encodingOf(name: string | undefined): string | undefined {
  if (name === undefined) return undefined
  try {
    return new TextDecoder(name).encoding
  } catch {
    throw new UsageError(`--encoding must name an encoding such as windows-1252, latin1, utf-16le or utf-16be, not ${JSON.stringify(name)}`)
  }
}

/** Writes a line to standard output; a closed pipe or a failed write is handled once, in `main`. */
function print(text: string): void {
  process.stdout.write(`${text}\n`)
}

async function batch(argv: string[]): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: {type: 'string', short: 'o'},
      'output-format': {type: 'string'},
      tables: {type: 'string'},
      'input-format': {type: 'string'},
      encoding: {type: 'string'},
      workers: {type: 'string'},
      quiet: {type: 'boolean', short: 'q'},
      frail: {type: 'boolean'},
      help: {type: 'boolean', short: 'h'}
    }
  })
  if (values.help) {
    print(usage)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('expected files, folders or globs to parse')
  if (values.tables !== undefined && (values.out !== undefined || values['output-format'] !== undefined)) {
    throw new UsageError('--tables writes a folder of tables: give it without --out and --output-format')
  }
  const extension = values.out === undefined ? undefined : /\.([^./\\]+)$/.exec(values.out)?.[1]?.toLowerCase()
  const output: OutputFormat =
    values.tables !== undefined
      ? 'tables'
      : (oneOf(values['output-format'], OUTPUT_FORMATS, '--output-format') ?? (extension === undefined ? undefined : oneOf(extension, OUTPUT_FORMATS, 'The extension of --out')) ?? 'jsonl')
  let workers: number | undefined
  if (values.workers !== undefined) {
    workers = Number(values.workers)
    if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers must be a whole number of 1 or more, not ${JSON.stringify(values.workers)}`)
  }
  const options: Options = {}
  const inputFormat = oneOf(values['input-format'], INPUT_FORMATS, '--input-format')
  if (inputFormat) options.format = inputFormat
  const encoding = encodingOf(values.encoding)
  return runBatch({
    inputs: positionals,
    out: values.tables ?? values.out,
    output,
    workers,
    quiet: values.quiet,
    frail: values.frail,
    options,
    ...(encoding === undefined ? {} : {encoding}),
    // Built next to this file (tsup.config.ts: the cli entry).
    workerUrl: new URL('./batch-worker.js', import.meta.url)
  })
}

async function main(argv: string[]): Promise<number> {
  try {
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
      print(PACKAGE_VERSION)
      return 0
    }
    return argv[0] === 'parse' ? await batch(argv.slice(1)) : await single(argv)
  } catch (error) {
    // parseArgs reports unknown options and missing values with a code of its own.
    if (error instanceof UsageError || String((error as {code?: unknown}).code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`kamerbrief: ${(error as Error).message}\n\n${usage}`)
      return 2
    }
    console.error(`kamerbrief: ${(error as Error).message}`)
    return 2
  }
}

// A reader that stops reading ("| head") is no failure: end quietly. Any other failure to write the
// output (no space left) ends the run with 3, in one line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  process.stderr.write(`kamerbrief: cannot write the output: ${error.message}\n`)
  process.exit(3)
})

process.exitCode = await main(process.argv.slice(2))
