/**
 * The `kamerbrief` command: `kamerbrief <file>` prints an outline of the parsed letter,
 * `--json` the whole tree, `--references` every reference with its place and canonical id.
 */
import {readFileSync} from 'node:fs'
import {parseKamerbrief} from './index.js'
import type {Options, Root} from './index.js'

const usage = `Usage: kamerbrief <file> [--json] [--references] [--format markdown|text|auto]

Parses a Kamerbrief (Markdown or plain text) and prints an outline of its tree.
  --json         print the whole tree as JSON
  --references   list every reference with line:column, kind and canonical id
  --format       how to read the input (default: auto)`

type AnyNode = {type: string; children?: AnyNode[]; [key: string]: unknown}

function* walk(node: AnyNode): Generator<AnyNode> {
  yield node
  for (const child of node.children ?? []) yield* walk(child)
}

const text = (node: AnyNode): string =>
  typeof node.value === 'string' ? node.value : (node.children ?? []).map(text).join(node.children?.some((c) => c.type === 'text') ? '' : ' ')

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
      const sections = [...walk(child)].filter((n) => n.type === 'notaSection').map((n) => String(n.heading))
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
  const kinds = new Set(['kamerstukReference', 'documentReference', 'motionReference', 'link', 'crossReference', 'footnoteReference'])
  const rows: string[] = []
  for (const node of walk(tree as unknown as AnyNode)) {
    if (!kinds.has(node.type)) continue
    const id = node.id ?? node.url ?? (Array.isArray(node.targets) ? `vraag ${node.targets.join(', ')}` : node.identifier ?? '')
    const kind = node.type === 'documentReference' ? `documentReference/${String(node.kind)}` : node.type
    rows.push(`${at(node)}\t${kind}\t${String(id)}\t${text(node).replace(/\s+/g, ' ')}`)
  }
  return rows.join('\n')
}

function main(argv: string[]): number {
  const files = argv.filter((a) => !a.startsWith('--'))
  const formatIndex = argv.indexOf('--format')
  const format = formatIndex >= 0 ? argv[formatIndex + 1] : undefined
  const paths = files.filter((f) => f !== format)
  if (argv.includes('--help') || paths.length !== 1) {
    console.log(usage)
    return paths.length === 1 || argv.includes('--help') ? 0 : 2
  }
  const options: Options = {}
  if (format === 'markdown' || format === 'text' || format === 'auto') options.format = format
  const tree = parseKamerbrief(readFileSync(paths[0]!, 'utf8'), options)
  if (argv.includes('--json')) console.log(JSON.stringify(tree, null, 2))
  else if (argv.includes('--references')) console.log(references(tree))
  else console.log(outline(tree))
  return 0
}

process.exitCode = main(process.argv.slice(2))
