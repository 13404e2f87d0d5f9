/**
 * The internal nota (beslisnota) published with a letter: its header ("Aan MINDEF en STASDEF",
 * "Van DGB", "Afgestemd met HDFC, CDS en CIO", "TER BESLISSING", "Datum" / "13 mei 2026", "Onze
 * referentie", "Opgesteld door"), its title, its sections ("Aanleiding", "Toelichting" with
 * subsections) and its signature ("DE DIRECTEUR-GENERAAL BELEID").
 */
import type {Field, Flow, Nota, NotaHeader, NotaSection, Signatory} from './ast.js'
import type {Block} from './blocks.js'
import {append, blockPosition, type Context, flow, linesPosition, marker} from './build.js'
import {SIGNATORY_ROLE} from './dutch/letter.js'
import {EXPLANATION, LETTER_ADDRESSEE, NOTA, NOTA_HEADINGS, NOTA_LABELS, NOTA_PURPOSES, NOTA_TOP_HEADINGS, type NotaKey} from './dutch/nota.js'
import {LIST_SPLIT} from './dutch/sentences.js'
import type {Line} from './lines.js'
import {markRunningHeaders} from './page-furniture.js'
import {enclose} from './position.js'
import {MAX_ATTACHMENTS, readCount, readDate} from './values.js'
import {anchored, opens} from './starts.js'

/** A nota header being read: its node is made once its fields are. */
type HeaderDraft = Omit<NotaHeader, 'type' | 'position'>

/** Labels whose value may be missing (names removed before publication). */
const MAY_BE_EMPTY = new Set<NotaKey>(['author', 'coordinatedWith', 'from', 'attachments'])
const isPurpose = (text: string) => (NOTA_PURPOSES as readonly string[]).includes(text.trim())

/** The first label for `key` in NOTA_LABELS. */
const labelFor = (key: NotaKey) => NOTA_LABELS.find((entry) => entry[1] === key)![0]
const TO_LABEL = labelFor('to')
const FROM_LABEL = labelFor('from')
/** "Aan Minister", the first label of a nota's header. */
const ADDRESSED = anchored(new RegExp(`^${TO_LABEL}\\s+\\S`, 'i'), 'aA')
/** "Van DGB", the label after it. */
const FROM = new RegExp(`^${FROM_LABEL}\\s+\\S`, 'i')
/** "Nota" above the title. */
const NOTA_MARKER = new RegExp(`^${NOTA}$`, 'i')

/** The index of the first block of a nota at or after `from`, or -1. */
export function findNotaStart(blocks: readonly Block[], from: number): number {
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.kind === 'furniture') continue
    const first = block.lines[0]!.text
    if (isPurpose(first)) return i
    if (opens(ADDRESSED, first)) {
      const next = block.lines[1]?.text ?? blocks[i + 1]?.lines[0]?.text ?? ''
      if (FROM.test(next) && !LETTER_ADDRESSEE.test(first)) return i
    }
  }
  return -1
}

/** The longest label and heading: only that much of a line is lower-cased to look one up. */
const LONGEST_LABEL = Math.max(...NOTA_LABELS.map(([label]) => label.length))
const LONGEST_HEADING = Math.max(...[...NOTA_HEADINGS].map((heading) => heading.length))

function labelOf(text: string): readonly [string, NotaKey] | undefined {
  // Lower-casing maps character by character: the start of the line is all a label needs.
  const lower = text.slice(0, LONGEST_LABEL + 2).toLowerCase()
  // "Aan MINDEF", "Aan: MOCW".
  return NOTA_LABELS.find(([label]) => lower.startsWith(label) && (lower.length === label.length || lower[label.length] === ' ' || lower[label.length] === ':'))
}

// Lower-casing never shortens a string: a longer line cannot be a heading ("Toelichting:").
const isHeading = (text: string) => text.length <= LONGEST_HEADING + 1 && NOTA_HEADINGS.has(text.toLowerCase().replace(/:$/, ''))

export function readNota(context: Context, blocks: Block[], from: number, to: number): Nota {
  // The header's node is made once its fields are read; its facts gather here.
  const header: HeaderDraft = {coordinatedWith: [], copyTo: [], fields: []}
  let title: string | undefined
  const pending: Array<{key: NotaKey; label: string}> = []
  const headerTexts = new Set<string>()
  const extra: Flow[] = []
  let i = from
  let expectTitle = false
  // Whether the header's labels stand in a side column, as the source saw it.
  let sidebarLabels = false
  for (; i < to; i++) {
    const block = blocks[i]!
    // Furniture and footnotes in the header area stand beside it: their lines are no fields.
    if (block.kind !== 'content') {
      extra.push(...flow(context, [block]))
      continue
    }
    // "Bijlagen" in the header is a label; "Aanleiding" ends the header.
    if (isHeading(block.text) && !labelOf(block.text)) break
    if (expectTitle) {
      title = block.text
      extra.push(...flow(context, [block]))
      expectTitle = false
      continue
    }
    for (const line of block.lines) {
      const text = line.text
      if (NOTA_MARKER.test(text)) {
        extra.push(marker(context, text, line.contentStart, line.contentEnd))
        expectTitle = true
        continue
      }
      if (isPurpose(text)) {
        header.purpose = text
        addField(context, header, 'other', text, line)
        continue
      }
      const label = labelOf(text)
      if (label) {
        if (line.sidebar) sidebarLabels = true
        headerTexts.add(text)
        // The sidebar on later pages may print another form of the label ("Bijlagen" / "Bijlage(n)").
        for (const [variant, key] of NOTA_LABELS) if (key === label[1] && key !== 'other') headerTexts.add(variant[0]!.toUpperCase() + variant.slice(1))
        const value = text.slice(label[0].length).replace(/^[\s:]+/, '').trim()
        if (value) apply(context, header, label[1], text.slice(0, label[0].length), value, line)
        else {
          if (pending.length && MAY_BE_EMPTY.has(pending[pending.length - 1]!.key)) pending.pop()
          pending.push({key: label[1], label: text})
          addField(context, header, label[1], '', line, text)
        }
        continue
      }
      headerTexts.add(text)
      const next = pending[0]
      if (next && !(MAY_BE_EMPTY.has(next.key) && block.blankBefore && line === block.lines[0])) {
        pending.shift()
        apply(context, header, next.key, next.label, text, line)
        if (next.key === 'author') pending.unshift({key: 'other', label: next.label})
        continue
      }
      // A header set in a side column holds no line of the body beside it: that is the title.
      const besideSidebar = sidebarLabels && !line.sidebar
      if (!besideSidebar && (pending[0]?.key === 'other' || header.author !== undefined && block.lines.length > 1)) {
        addField(context, header, 'other', text, line)
        continue
      }
      // The subject stands below the labels; a line above them names the sender's unit ("Media en Creatieve Industrie").
      if (!header.subject && title === undefined && header.fields.some((field) => field.label !== undefined)) {
        // From this line on: the lines before it in the block were read as fields already.
        const rest = block.lines.slice(block.lines.indexOf(line))
        header.subject = rest.map((l) => l.text).join(' ')
        addField(context, header, 'other', header.subject, line, undefined, rest)
        break
      }
      addField(context, header, 'other', text, line)
    }
  }
  const {coordinatedWith, copyTo, fields, ...facts} = header
  const headerNode: NotaHeader = {type: 'notaHeader', coordinatedWith, copyTo, fields, position: enclose(fields, blockPosition(context, blocks[from]!)), ...facts}
  const children: Nota['children'] = [headerNode]
  append(children, extra)
  // The header repeats on later pages: furniture, not content.
  markRunningHeaders(blocks, {kind: 'notaHeader', texts: headerTexts}, i, to)

  let top: NotaSection | undefined
  let current: NotaSection | undefined
  let body: Block[] = []
  const flush = () => {
    if (!current || body.length === 0) {
      if (!current && body.length) append(children, flow(context, body))
      body = []
      return
    }
    append(current.children, flow(context, body))
    body = []
  }
  for (; i < to; i++) {
    const block = blocks[i]!
    const text = block.text
    const heading = block.kind === 'content' && block.lines.length === 1 && (isHeading(text) || isSubheading(blocks, i, top))
    if (heading) {
      flush()
      const section: NotaSection = {
        type: 'notaSection',
        heading: text,
        children: [marker(context, text, block.start, block.end)],
        position: blockPosition(context, block)
      }
      if (NOTA_TOP_HEADINGS.has(text.toLowerCase()) || !top) {
        children.push(section)
        top = section
      } else top.children.push(section)
      current = section
      continue
    }
    if (block.kind !== 'furniture' && opens(SIGNATORY_ROLE, text) && text === text.toUpperCase() && text.length < 80) {
      flush()
      const signatory: Signatory = {type: 'signatory', role: text.replace(/,$/, ''), position: linesPosition(context, block.lines)}
      children.push(signatory)
      current = undefined
      top = undefined
      continue
    }
    body.push(block)
  }
  flush()
  for (const node of children) if (node.type === 'notaSection') close(node)
  // The first line says which way the nota opens: findNotaStart started it at one or the other.
  const nota: Nota = {type: 'nota', layout: isPurpose(blocks[from]!.lines[0]!.text) ? 'purpose' : 'addressed', children, position: enclose(children)}
  if (title !== undefined) nota.title = title
  return nota
}

/** A short line without a full stop after "Toelichting" that a paragraph follows: "Politieke context", "NLVP". */
function isSubheading(blocks: readonly Block[], i: number, top: NotaSection | undefined): boolean {
  if (!top || top.heading.toLowerCase() !== EXPLANATION) return false
  const text = blocks[i]!.text
  const next = blocks[i + 1]
  return text.length <= 60 && /^\p{Lu}/u.test(text) && !/[.,;:?!•]$/.test(text) && text.split(' ').length <= 6 && next !== undefined && next.kind !== 'furniture' && next.text.length > text.length
}

/** A section ends where its last child does, subsections first: the span of what it read. */
function close(section: NotaSection): void {
  for (const child of section.children) if (child.type === 'notaSection') close(child)
  section.position = enclose(section.children)
}

function addField(context: Context, header: HeaderDraft, key: NotaKey, value: string, line: Line, label?: string, lines?: readonly Line[]): void {
  const node: Field = {
    type: 'field',
    key: key === 'date' ? 'date' : key === 'reference' ? 'reference' : key === 'attachments' ? 'attachments' : 'other',
    value,
    position: lines ? linesPosition(context, lines) : linesPosition(context, [line])
  }
  if (label !== undefined) node.label = label
  header.fields.push(node)
}

/** "HDFC, CDS en CIO" → ["HDFC", "CDS", "CIO"]. */
const splitList = (value: string) => value.split(LIST_SPLIT).filter(Boolean)

function apply(context: Context, header: HeaderDraft, key: NotaKey, label: string, value: string, line: Line): void {
  addField(context, header, key, value, line, label)
  switch (key) {
    case 'to':
      header.to = value
      break
    case 'from':
      header.from = value
      break
    case 'coordinatedWith':
      append(header.coordinatedWith, splitList(value))
      break
    case 'copyTo':
      append(header.copyTo, splitList(value))
      break
    case 'date': {
      const date = readDate(context, value, linesPosition(context, [line]))
      if (date) header.date = date
      break
    }
    case 'reference':
      header.reference = value
      break
    case 'author':
      header.author = value
      break
    case 'deadline': {
      const date = readDate(context, value, linesPosition(context, [line]))
      header.deadline = date ?? value
      break
    }
    case 'attachments': {
      const n = readCount(context, value, linesPosition(context, [line]), MAX_ATTACHMENTS)
      if (n !== undefined && header.attachments === undefined) header.attachments = n
      break
    }
    default:
      break
  }
}
