/**
 * The internal nota (beslisnota) published with a letter: its header ("Aan MINDEF en STASDEF",
 * "Van DGB", "Afgestemd met HDFC, CDS en CIO", "TER BESLISSING", "Datum" / "13 mei 2026", "Onze
 * referentie", "Opgesteld door"), its title, its sections ("Aanleiding", "Toelichting" with
 * subsections) and its signature ("DE DIRECTEUR-GENERAAL BELEID").
 */
import type {Field, Flow, Nota, NotaHeader, NotaSection, Signatory} from './ast.js'
import {type Block, makeBlock, splitBlock} from './blocks.js'
import {append, blockPosition, type Context, flow, linesPosition, marker} from './build.js'
import {SIGNATORY_ROLE} from './dutch/letter.js'
import {EXPLANATION, LETTER_ADDRESSEE, NOTA, NOTA_HEADINGS, NOTA_LABELS, NOTA_ONLY_LABELS, NOTA_PURPOSES, NOTA_TOP_HEADINGS, type NotaKey} from './dutch/nota.js'
import {LIST_SPLIT} from './dutch/sentences.js'
import {type Line, sliceLine} from './lines.js'
import {keptCuts, labelCuts} from './label-cuts.js'
import {markRunningHeaders} from './page-furniture.js'
import {enclose} from './position.js'
import {MAX_ATTACHMENTS, readCount, readDate} from './values.js'
import {anchored, beginsLikeOneOf, isDigit, opens} from './starts.js'

/** A nota header being read: its node is made once its fields are. */
type HeaderDraft = Omit<NotaHeader, 'type' | 'position'>

/** Labels whose value may be missing (names removed before publication). */
const MAY_BE_EMPTY = new Set<NotaKey>(['author', 'coordinatedWith', 'from', 'attachments'])
const isPurpose = (text: string) => (NOTA_PURPOSES as readonly string[]).includes(text.trim())
/** The length of the purpose that opens a longer line ("TER BESLUITVORMING Media en Creatieve Industrie Aan: MOCW …"), or 0. */
function purposeOpening(text: string): number {
  if (!opensLikePurpose(text)) return 0
  const purpose = NOTA_PURPOSES.find((p) => text.startsWith(p) && text[p.length] === ' ' && /\p{Lu}/u.test(text[p.length + 1] ?? ''))
  return purpose ? purpose.length : 0
}

/** Whether a line opens with a letter a purpose does ("T" of "TER BESLISSING"): most lines open with none. */
const opensLikePurpose = beginsLikeOneOf(NOTA_PURPOSES)

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
    if (isPurpose(first) || purposeOpening(first) > 0) return i
    if (opens(ADDRESSED, first)) {
      const next = block.lines[1]?.text ?? blocks[i + 1]?.lines[0]?.text ?? ''
      if (FROM.test(next) && !LETTER_ADDRESSEE.test(first)) return i
    }
    // Header lines are short: "Van de 100 miljoen euro is …" opens a sentence, not a header.
    if (first.length <= HEADER_LINE && labelOf(first) && isNotaHeader(linesFrom(blocks, i, HEADER_LINES))) return i
  }
  return -1
}

/** How many lines a nota's header is looked for in, and how many of its labels must stand there. */
const HEADER_LINES = 14
/** Whether a line opens with a letter a label does, in either case: most blocks open with none, and are passed without a look-up. */
const opensLikeLabel = beginsLikeOneOf(NOTA_LABELS.map(([label]) => label), true)
const HEADER_LINE = 60
const HEADER_LABELS = 3

/**
 * A nota's header without its purpose line: labels of a nota on lines of their own or before their
 * values ("Datum" / "23 maart 2023" / "Aan" / "Minister" / "Onze referentie" / … / "Opgesteld door"),
 * at least three, with one only a nota has or both "Aan" and "Van" (a letter has neither).
 */
function isNotaHeader(texts: readonly string[]): boolean {
  let labels = 0
  let own = false
  const keys = new Set<NotaKey>()
  for (const text of texts) {
    const label = labelOf(text)
    if (!label) continue
    labels++
    keys.add(label[1])
    own ||= NOTA_ONLY_LABELS.has(label[0])
    // "Aan de Voorzitter van de Tweede Kamer" addresses a letter.
    if (label[1] === 'to' && LETTER_ADDRESSEE.test(text)) return false
  }
  return labels >= HEADER_LABELS && (own || (keys.has('to') && keys.has('from')))
}

/** The texts of up to `count` lines from the first of block `i` on, across blocks, furniture left out. */
function linesFrom(blocks: readonly Block[], i: number, count: number): string[] {
  const texts: string[] = []
  for (let b = i; b < blocks.length && texts.length < count; b++) {
    if (blocks[b]!.kind === 'furniture') continue
    for (const line of blocks[b]!.lines) texts.push(line.text)
  }
  return texts.slice(0, count)
}

/** The labels of each key but 'other', as printed ("Bijlagen", "Bijlage(n)"): what a running header may repeat. */
const PRINTED_LABELS: ReadonlyMap<NotaKey, readonly string[]> = new Map(
  [...new Set(NOTA_LABELS.map(([, key]) => key))]
    .filter((key) => key !== 'other')
    .map((key) => [key, NOTA_LABELS.filter((entry) => entry[1] === key).map(([variant]) => variant[0]!.toUpperCase() + variant.slice(1))])
)

/** The shortest label. */
const SHORTEST_LABEL = Math.min(...NOTA_LABELS.map(([label]) => label.length))
/** The longest label and heading: only that much of a line is lower-cased to look one up. */
const LONGEST_LABEL = Math.max(...NOTA_LABELS.map(([label]) => label.length))
const LONGEST_HEADING = Math.max(...[...NOTA_HEADINGS].map((heading) => heading.length))

function labelOf(text: string): readonly [string, NotaKey] | undefined {
  // Most lines open with a letter no label does, and are passed without lower-casing.
  if (!opensLikeLabel(text)) return undefined
  // Lower-casing maps character by character: the start of the line is all a label needs.
  const lower = text.slice(0, LONGEST_LABEL + 2).toLowerCase()
  // "Aan MINDEF", "Aan: MOCW".
  return NOTA_LABELS.find(([label]) => lower.startsWith(label) && (lower.length === label.length || lower[label.length] === ' ' || lower[label.length] === ':'))
}

// Lower-casing never shortens a string: a longer line cannot be a heading ("Toelichting:").
const isHeading = (text: string) => {
  // A heading is short: a longer line is none, whatever number it opens with.
  if (text.length > LONGEST_HEADING + HEADING_NUMBER_LENGTH) return false
  const name = withoutNumber(text)
  // A first letter no heading begins with: no need to lower-case the line.
  if (name.length > LONGEST_HEADING + 1 || !opensLikeHeading(name)) return false
  const lower = name.toLowerCase()
  return NOTA_HEADINGS.has(lower.endsWith(':') ? lower.slice(0, -1) : lower)
}
/** Whether a line may be one of NOTA_HEADINGS in any case, by its first letter. */
const opensLikeHeading = beginsLikeOneOf(NOTA_HEADINGS, true)
/** The longest numbering a heading is read with ("12.3.4. "). */
const HEADING_NUMBER_LENGTH = 12
/** A heading's own numbering, read past: "1. Aanleiding", "4.1 Politieke context". */
const HEADING_NUMBER = /^(\d{1,2})(?:\.\d{1,2})*\.?\s+(?=\p{Lu})/u
/** `text` without its numbering; only a line that opens with a digit has one. */
const withoutNumber = (text: string) => {
  return isDigit(text.charCodeAt(0)) ? text.replace(HEADING_NUMBER, '') : text
}
/**
 * The number a heading opens with, where it counts its place among the nota's headings: "2" of
 * "2. Advies", none for "4.1 Politieke context" or a heading without one.
 */
function topNumber(text: string): number | undefined {
  const number = HEADING_NUMBER.exec(text)
  return number && !/^\d+\.\d/.test(text) ? Number(number[1]) : undefined
}

/**
 * Whether `text` is a heading of a nota whose last numbered heading was `numbered` (0: none yet): one
 * the vocabulary knows, numbered or not ("Aanleiding", "1. Aanleiding"), or an unknown one numbered
 * as the next, once a known heading has shown that the nota numbers them ("3. Gevolgen voor de
 * uitvoering" after "2. Advies"; else "1. Terugdringen vogelaanvaringen (COM)" under "Kernpunten" is
 * a list). An unknown one is short, with no full stop or other mark at its end.
 */
function isHeadingAt(text: string, numbered: number): boolean {
  if (isHeading(text)) return true
  if (numbered === 0 || topNumber(text) !== numbered + 1) return false
  const name = withoutNumber(text)
  return name.length <= 60 && name.split(' ').length <= 6 && !/[.,;:?!]$/.test(name)
}

/** Reads blocks [start, end) as a nota: its header (fields, purpose, title), its sections under their headings and its signature. */
export function readNota(context: Context, documentBlocks: readonly Block[], start: number, end: number): Nota {
  const blocks = headingsApart(headerLinesApart(context.input, documentBlocks.slice(start, end)))
  const from = 0
  const to = blocks.length
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
  // Whether the subject was read from the last block, so that its next may go on with it.
  let subjectOpen = false
  for (; i < to; i++) {
    const block = blocks[i]!
    // Furniture and footnotes in the header area stand beside it: their lines are no fields.
    if (block.kind !== 'content') {
      extra.push(...flow(context, [block]))
      continue
    }
    // The title wrapped beside the side column goes on in the next block of its column, in a field of
    // its own: "Beslisnota Kamerbrief Nederlands Actieplan" / "Luchtvaartveiligheid", "1 april 2023" beside them.
    if (subjectOpen && block.lines[0]!.resumes && labelOf(block.text) === undefined) {
      header.subject = `${header.subject} ${block.text}`
      addField(context, header, 'other', block.text, block.lines[0]!, undefined, block.lines)
      continue
    }
    subjectOpen = false
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
        for (const variant of PRINTED_LABELS.get(label[1]) ?? []) headerTexts.add(variant)
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
      // An empty "Bijlagen" last in the header: the title under it is no count.
      if (pending.length === 1 && pending[0]!.key === 'attachments' && !/^\d/.test(text)) pending.shift()
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
      // A line of the side column that no label claims is not the title, which stands in the body: "2. NALV" under "Bijlagen" / "1. Kamerbrief".
      if (sidebarLabels && line.sidebar) {
        addField(context, header, 'other', text, line)
        continue
      }
      // The subject stands below the labels; a line above them names the sender's unit ("Media en Creatieve Industrie").
      if (!header.subject && title === undefined && header.fields.some((field) => field.label !== undefined)) {
        // From this line on: the lines before it in the block were read as fields already.
        const rest = block.lines.slice(block.lines.indexOf(line))
        header.subject = rest.map((l) => l.text).join(' ')
        addField(context, header, 'other', header.subject, line, undefined, rest)
        subjectOpen = true
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
  /** The number of the last numbered top heading ("2. Advies"). */
  let numbered = 0
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
    const heading = block.kind === 'content' && block.lines.length === 1 && (isHeadingAt(text, numbered) || isSubheading(blocks, i, top))
    if (heading) {
      const number = topNumber(text)
      if (number !== undefined) numbered = number
      flush()
      const section: NotaSection = {
        type: 'notaSection',
        heading: text,
        children: [marker(context, text, block.start, block.end)],
        position: blockPosition(context, block)
      }
      if (NOTA_TOP_HEADINGS.has(withoutNumber(text).toLowerCase()) || !top || number !== undefined) {
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
  // The first line says which way the nota opens: its purpose, "Aan", or another of its labels.
  const opening = blocks[from]!.lines[0]!.text
  const layout = isPurpose(opening) ? 'purpose' : labelOf(opening)?.[1] === 'to' ? 'addressed' : 'labelled'
  const nota: Nota = {type: 'nota', layout, children, position: enclose(children)}
  if (title !== undefined) nota.title = title
  return nota
}

/**
 * A header printed on one line, as a web page of one span per word gives it ("TER BESLUITVORMING
 * Media en Creatieve Industrie Aan: MOCW Van Datum 25 november 2024 Referentie 49312071 Bijlagen"):
 * the purpose, the line before the first label and each label with its value become lines of their
 * own, as on paper. Only lines with two labels or more, before the first heading.
 */
function headerLinesApart(input: string, blocks: Block[]): Block[] {
  const out: Block[] = []
  let inHeader = true
  for (const block of blocks) {
    if (block.kind === 'content' && isHeading(block.lines[0]!.text)) inHeader = false
    if (!inHeader || block.kind !== 'content') {
      out.push(block)
      continue
    }
    const lines: Line[] = []
    for (const line of block.lines) for (const part of headerLineApart(input, line)) lines.push(part)
    out.push(lines.length === block.lines.length ? block : makeBlock(lines, block.blankBefore))
  }
  return out
}

/** A label inside a nota's header line ends at a space, a colon or the line's end: "Aan: MOCW", "Bijlagen". */
const endsLabel = (next: string | undefined) => next === undefined || next === ' ' || next === ':'

function headerLineApart(input: string, line: Line): Line[] {
  const text = line.text
  const purpose = purposeOpening(text)
  const opening = labelOf(text)
  // A header line opens with its purpose or a label; the nota's other lines are left as they are.
  if (purpose === 0 && !opening) return [line]
  // Another label needs a space and at least the shortest label after the one that opens the line ("Datum", "Van DGB").
  if (purpose === 0 && text.length - opening![0].length <= SHORTEST_LABEL) return [line]
  const found = opening ? [{at: 0, label: text.slice(0, opening[0].length), key: opening[1]}] : []
  const cuts = keptCuts(labelCuts(text, NOTA_LABELS, purpose, endsLabel, found))
  if (cuts.length < 2) return [line]
  const starts = [...new Set([0, ...(purpose > 0 ? [purpose] : []), ...cuts.map((cut) => cut.at)])].sort((a, b) => a - b)
  return starts.map((at, k) => sliceLine(line, input, line.contentStart + at, line.contentStart + (starts[k + 1] ?? text.length))).filter((part) => part.text !== '')
}

/**
 * Blocks with a heading on their first line split after it: "1. Aanleiding" / "Op 12 mei zijn …"
 * without a blank line between them, as Word and web pages give a nota.
 */
function headingsApart(blocks: Block[]): Block[] {
  const out: Block[] = []
  // The numbering of the headings so far, as the reader of the sections counts it.
  let numbered = 0
  for (const block of blocks) {
    const first = block.lines[0]!.text
    if (block.kind !== 'content' || labelOf(first) || !isHeadingAt(first, numbered)) {
      out.push(block)
      continue
    }
    numbered = topNumber(first) ?? numbered
    if (block.lines.length < 2) out.push(block)
    else for (const part of splitBlock(block, 1)) if (part) out.push(part)
  }
  return out
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
    key: key === 'date' || key === 'reference' || key === 'subject' || key === 'attachments' ? key : 'other',
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
    case 'subject':
      header.subject = value
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
