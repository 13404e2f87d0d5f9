/**
 * How the letterhead is read, whatever the layout: the Rijkshuisstijl sidebar ("Datum 21 mei 2026",
 * "Onze referentie" / "MINDEF20260034303"), the Kamerstuk layout ("35 510 Parlementaire ondervraging
 * kinderopvangtoeslag", "Nr. 130 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", "Den Haag, 9 maart 2016"), the
 * Aanhangsel layout ("Vragen van het lid Eerdmans (JA21) aan …", "Antwoord van Staatssecretaris …
 * (ontvangen 4 november 2022)") and old one-line headers ("Datum 28 oktober 2009 Uw kenmerk …").
 */
import type {Field, Letterhead, Member, Signatory} from './ast.js'
import type {Block} from './blocks.js'
import {type Context, linesPosition, positionOf} from './build.js'
import {enclose} from './position.js'
import {MAX_ATTACHMENTS, readCount, readDate} from './values.js'
import {CHAMBERS, FUNCTION_WORDS, LETTERHEAD_LABELS, LETTERHEAD_PHRASES, type LetterheadKey, letterheadLabelAt, LIST_SPLIT, POSTCODE, RETURN_ADDRESS, WEBSITE} from './dutch.js'
import type {Line} from './lines.js'

const ADDRESSEE = new RegExp(`^${LETTERHEAD_PHRASES.addressee}`, 'i')
const MINISTRY = new RegExp(`^${LETTERHEAD_PHRASES.ministry}`, 'i')
const DEN_HAAG_DATE = new RegExp(`^${LETTERHEAD_PHRASES.place}\\s`, 'i')
const DATED = new RegExp(`^(${LETTERHEAD_PHRASES.dated})\\s+(?=\\d)`, 'i')
const ASKED = new RegExp(`^${LETTERHEAD_PHRASES.asked}\\s+`, 'i')
const ANSWERED = new RegExp(`^${LETTERHEAD_PHRASES.answered}`, 'i')
/** "35 510 Parlementaire ondervraging kinderopvangtoeslag", "36 100 VII Jaarverslag …", "21 501-08 Milieuraad". */
const DOSSIER_TITLE = /^(\d{2}[\s.]?\d{3})(?:(?:\s|-)([A-Z]{1,5}|\d{2})(?=\s))?\s+(\p{L}.*)$/u
/** "Nr. 214 LIJST VAN VRAGEN EN ANTWOORDEN", "Nr. 4", "C MEMORIE VAN ANTWOORD". */
const DOCUMENT_NUMBER = /^(?:[Nn]r\.\s*(\d{1,5})|([A-Z]{1,2}))(?:\s+(\p{Lu}[\p{Lu}\s,]+))?$/u
const DOCUMENT_KIND = /^(BRIEF|LIJST|VERSLAG|MEMORIE|NOTA|VERSLAG VAN|MOTIE)\b/
const COMMITTEE = /^de\s+((?:vaste\s+)?commissie\s+voor\s+.+?)\s+heeft\b/i
/** "De voorzitter van de commissie, Sneller", "Adjunct-griffier van de commissie, Freriks". */
const COMMITTEE_SIGNATURE = /^((?:de\s+)?(?:adjunct-)?(?:voorzitter|griffier|adjunct-griffier)\s+van\s+de\s+(?:vaste\s+)?commissie)\s*,\s*(.*)$/i
const AANHANGSEL_TITLE = new RegExp(`^(?:\\*\\*)?${LETTERHEAD_PHRASES.aanhangselTitle}`, 'i')
/** "Bij beantwoording, datum, onze referentie en onderwerp vermelden." */
const REPLY_NOTE = /^\*?bij beantwoording\b/i

export interface LetterheadResult {
  letterhead: Letterhead
  signatories: Signatory[]
  /** Sentences in the header area ("De vaste commissie voor Financiën heeft …"): paragraphs, not fields. */
  prose: Block[]
}

/** Lines the letterhead reads as fields, never as prose. */
function isHeaderLine(line: Line): boolean {
  const text = line.text
  return [COMMITTEE_SIGNATURE, RETURN_ADDRESS, ADDRESSEE, DEN_HAAG_DATE, DATED, DOSSIER_TITLE, DOCUMENT_NUMBER, DOCUMENT_KIND, AANHANGSEL_TITLE, MINISTRY, REPLY_NOTE].some((p) =>
    p.test(text)
  ) || labelAt(text) !== undefined
}

function readAanhangselNumber(context: Context, draft: Draft, line: Line): void {
  draft.head.aanhangsel = {number: line.text, ...(draft.session ? {session: draft.session} : {})}
  field(context, draft, 'documentId', undefined, [line])
  draft.awaitingAanhangselNumber = false
}

/** A sentence of some length, or a long title line: read as a paragraph so its citations are found. */
function isProse(block: Block): boolean {
  const text = block.text
  if (text.length > 120) return true
  // Eight words or more (seven spaces; the lines' words are joined by one), ending a sentence.
  let spaces = 0
  for (let at = text.indexOf(' '); at >= 0 && spaces < 7; at = text.indexOf(' ', at + 1)) spaces++
  return spaces >= 7 && /[.?!)]["”»]?$/.test(text.slice(-2))
}

/** What a letterhead says besides its fields: the node is made once they are all read. */
type Facts = Omit<Letterhead, 'type' | 'layout' | 'fields' | 'position'>

interface Draft {
  fields: Field[]
  head: Facts
  signatories: Signatory[]
  /** "Vergaderjaar 2022–2023" of an Aanhangsel header. */
  session?: string
  /** The Aanhangsel title ended its block; its number may stand in the next ("### 387"). */
  awaitingAanhangselNumber?: boolean
  /** Labels printed before their values ("Datum" / "Betreft" / … / "18 oktober 2023"). */
  pending: Array<{line: Line; label: string; key: LetterheadKey}>
}

/** Reads blocks [from, to) as the letterhead. */
export function readLetterhead(context: Context, blocks: readonly Block[], from: number, to: number): LetterheadResult {
  const head: Facts = {}
  const draft: Draft = {fields: [], head, signatories: [], pending: []}
  const prose: Block[] = []
  let afterMinistry = false
  for (let b = from; b < to; b++) {
    const block = blocks[b]!
    if (block.kind !== 'content') continue
    const text = block.text
    if (afterMinistry && (POSTCODE.test(text) || /postbus/i.test(text) || block.lines.some((l) => WEBSITE.test(l.text)))) {
      readSenderAddress(context, draft, block.lines)
      afterMinistry = false
      continue
    }
    afterMinistry = false
    // "### 387" under the title in Markdown: the Aanhangsel number in a block of its own.
    if (draft.awaitingAanhangselNumber && /^\d{1,5}$/.test(text)) {
      readAanhangselNumber(context, draft, block.lines[0]!)
      continue
    }
    draft.awaitingAanhangselNumber = false
    if (ASKED.test(text)) readAsked(context, draft, block)
    else if (ANSWERED.test(text)) readAnswered(context, draft, block)
    else if (isProse(block) && !block.lines.some(isHeaderLine)) {
      const committee = COMMITTEE.exec(text)
      if (committee && !head.committee) head.committee = committee[1]!
      prose.push(block)
    }
    else if (MINISTRY.test(text)) {
      readMinistry(context, draft, block.lines)
      afterMinistry = true
    } else readHeaderLines(context, draft, block.lines)
  }
  const fields = draft.fields.sort((a, b) => a.position.start.offset - b.position.start.offset)
  const at = blocks[from]?.start ?? 0
  const letterhead: Letterhead = {type: 'letterhead', layout: layoutOf(head, fields), fields, position: enclose(fields, positionOf(context, at, at)), ...head}
  return {letterhead, signatories: draft.signatories, prose}
}

/** The layout a letterhead shows, by the strongest sign among what was read of it (see `LETTERHEAD_LAYOUTS`). */
function layoutOf(head: Facts, fields: readonly Field[]): Letterhead['layout'] {
  if (head.kamerstuk) return 'kamerstuk'
  if (head.askedBy || head.answeredBy || head.aanhangsel || head.questionsSubmitted) return 'aanhangsel'
  if (head.sender || fields.some((field) => field.label !== undefined && field.key !== 'date')) return 'labelled'
  return 'plain'
}

/**
 * A field over `lines`, from `start` (a label's first character) on; its value is read from
 * `valueStart` on, after the label.
 */
function field(
  context: Context,
  draft: Draft,
  key: Field['key'],
  label: string | undefined,
  lines: readonly Line[],
  valueStart?: number,
  start = lines[0]!.contentStart
): Field {
  const end = lines[lines.length - 1]!.contentEnd
  const from = valueStart ?? start
  const value = lines
    .map((line) => context.input.slice(Math.max(line.contentStart, from), line.contentEnd))
    .filter((s) => s.length > 0)
    .join(' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
  const node: Field = {type: 'field', key, value, position: positionOf(context, start, end)}
  if (label !== undefined) node.label = label
  draft.fields.push(node)
  return node
}

function readSenderAddress(context: Context, draft: Draft, lines: readonly Line[]): void {
  const sender = (draft.head.sender ??= {addressLines: []})
  for (const line of lines) {
    if (WEBSITE.test(line.text)) {
      sender.website = line.text
      field(context, draft, 'sender', 'website', [line])
    } else {
      sender.addressLines.push(line.text)
      field(context, draft, 'sender', undefined, [line])
    }
  }
}

/** "Ministerie van" + "Inf rastructuur en" + "Waterstaat" + "Rijnstraat 8" …: name lines, then address lines. */
function readMinistry(context: Context, draft: Draft, lines: readonly Line[]): void {
  let split = lines.findIndex((line, i) => i > 0 && (/\d/.test(line.text) || /postbus/i.test(line.text) || WEBSITE.test(line.text)))
  if (split < 0) split = lines.length
  const name = field(context, draft, 'sender', undefined, lines.slice(0, split))
  draft.head.sender = {...(draft.head.sender ?? {addressLines: []}), organisation: despace(name.value, context)}
  if (split < lines.length) readSenderAddress(context, draft, lines.slice(split))
}

/**
 * Letter-spaced PDF text splits words: "Ministerie van Inf rastructuur en Waterstaat". Two fragments
 * are joined when the joined word occurs elsewhere in the same document ("DE MINISTER VAN
 * INFRASTRUCTUUR EN WATERSTAAT"), so no word list is needed and nothing is guessed.
 */
export function despace(value: string, context: Context): string {
  const parts = value.split(' ')
  if (parts.length < 2) return value
  const out: string[] = [parts[0]!]
  for (let k = 1; k < parts.length; k++) {
    const previous = out[out.length - 1]!
    const joined = previous + parts[k]!
    // "Ministerie van Defensie" has no split word: a function word on either side is a word of its own.
    const own = FUNCTION_WORDS.has(previous.toLowerCase()) || FUNCTION_WORDS.has(parts[k]!.toLowerCase())
    if (!own && /^\p{L}+$/u.test(joined) && joined.length >= 6 && inDocument(joined.toLowerCase(), context)) out[out.length - 1] = joined
    else out.push(parts[k]!)
  }
  return out.join(' ')
}

/** Per parse: how many words were looked up, and the set of the input's words once many were. */
const lookups = new WeakMap<Context, {asked: number; words?: Set<string>}>()
/**
 * Words looked up by searching the input before the set of all its words is made: a search costs
 * microseconds, the set as much as the rest of a parse of a whole letter, and a letterhead asks for
 * a few words only. Past this many, the set keeps the lookups linear in the input.
 */
const SEARCHES = 16

/** Whether `word` (lower case) stands in the input as a whole word, in lower case, capitalised or in capitals. */
function inDocument(word: string, context: Context): boolean {
  let state = lookups.get(context)
  if (!state) lookups.set(context, (state = {asked: 0}))
  if (++state.asked > SEARCHES) {
    state.words ??= new Set(context.input.toLowerCase().match(/\p{L}+/gu))
    return state.words.has(word)
  }
  const input = context.input
  // Three exact searches are cheaper than lower-casing the whole input.
  for (const form of [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()]) {
    for (let at = input.indexOf(form); at >= 0; at = input.indexOf(form, at + 1)) {
      const end = at + form.length
      if (!/\p{L}$/u.test(input.slice(Math.max(0, at - 2), at)) && !/^\p{L}/u.test(input.slice(end, end + 2))) return true
    }
  }
  return false
}

function readAsked(context: Context, draft: Draft, block: Block): void {
  const node = field(context, draft, 'other', undefined, block.lines)
  const text = node.value
  const head = draft.head
  const members = /^vragen\s+van\s+(?:het\s+lid|de\s+leden)\s+(.+?)\s+aan\s+(?:de|het)\s/i.exec(text)
  if (members) head.askedBy = readMembers(members[1]!)
  // The first "over", then the first "(ingezonden" after it: one lazy match would scan to the end
  // again from every "over" when no "(ingezonden" follows.
  const opening = /\s(?:over|inzake)\s+/i.exec(text)
  if (opening) {
    const from = opening.index + opening[0].length
    const closing = /\(ingezonden\b/gi
    closing.lastIndex = from + 1
    const close = closing.exec(text)
    let to = close?.index ?? -1
    while (to > from + 1 && /\s/.test(text[to - 1]!)) to--
    if (close) head.subject = text.slice(from, to)
  }
  const submitted = /\(ingezonden\s+([^)]*)\)/i.exec(text)
  const date = submitted ? readDate(context, submitted[1]!, node.position) : undefined
  if (date) head.questionsSubmitted = date
}

/** "Van Weyenberg, Romke de Jong en Kat (allen D66)", "Groothuizen (D66) en Van Nispen (SP)". */
export function readMembers(text: string): Member[] {
  const all = /\(allen\s+([^)]+)\)\s*$/i.exec(text)
  const body = all ? text.slice(0, all.index).trim() : text
  const members: Member[] = []
  for (const part of body.split(LIST_SPLIT)) {
    // The party only at a run of white space's start and without nested brackets: each start tries once.
    const match = /^(.+?)(?:(?<!\s)\s*\(([^()]+)\))?$/.exec(part.trim())
    if (!match || !match[1]) continue
    const member: Member = {name: match[1]}
    const party = match[2] ?? all?.[1]
    if (party) member.party = party.trim()
    members.push(member)
  }
  return members
}

function readAnswered(context: Context, draft: Draft, block: Block): void {
  const node = field(context, draft, 'other', undefined, block.lines)
  const text = node.value
  const answered = /^antwoord\s+van\s+(.+?)\s*\((?:ontvangen|verzonden)\s+([^)]*)\)/i.exec(text)
  if (answered) {
    draft.head.answeredBy = answered[1]!.replace(/,$/, '')
    const date = readDate(context, answered[2]!, node.position)
    if (date) draft.head.date = date
  } else {
    const who = /^antwoord\s+van\s+(.+?)[.]?$/i.exec(text)
    if (who) draft.head.answeredBy = who[1]!
  }
  const aanhangsel = /aanhangsel handelingen,?\s+vergaderjaar\s+(\d{4})[–-](\d{4}),\s+nr\.\s*(\d+)/i.exec(text)
  if (aanhangsel) node.label = 'Zie ook'
}

/** The label that opens `text`, if any, with its length as printed: "Datum 21 mei 2026" → date, 5; "D A T U M   23 januari 2019" → date, 9. */
function labelAt(text: string): {key: LetterheadKey; length: number} | undefined {
  // Labels start with a capital: "onze referentie en" inside a sentence is not one.
  if (!/^\p{Lu}/u.test(text)) return undefined
  return letterheadLabelAt(text)
}

/** Lines of an ordinary header block: labels with values, addressees, dates, dossier lines, signatures. */
function readHeaderLines(context: Context, draft: Draft, lines: readonly Line[]): void {
  const head = draft.head
  const pendingLabels = draft.pending
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const text = line.text
    if (RETURN_ADDRESS.test(text)) {
      // The label is part of the field, as with every labelled field, so the position covers it.
      const node = field(context, draft, 'returnAddress', 'Retouradres', [line], line.contentStart + 'retouradres'.length)
      head.returnAddress = node.value
      continue
    }
    if (ADDRESSEE.test(text)) {
      const rest = lines.slice(i)
      const end = rest.findIndex((l, j) => j > 0 && labelAt(l.text) !== undefined)
      const taken = end < 0 ? rest : rest.slice(0, end)
      const node = field(context, draft, 'addressee', undefined, taken)
      const lower = node.value.toLowerCase()
      const chamber = CHAMBERS.find(([needle]) => lower.includes(needle))?.[1]
      head.addressee = {lines: taken.map((l) => l.text), ...(chamber ? {chamber} : {})}
      i += taken.length - 1
      continue
    }
    const signature = COMMITTEE_SIGNATURE.exec(text)
    if (signature) {
      let name = signature[2]!.trim()
      let end = line
      if (!name && lines[i + 1]) {
        end = lines[++i]!
        name = end.text
      }
      const signatory: Signatory = {type: 'signatory', role: signature[1]!, position: linesPosition(context, [line, end])}
      if (name) signatory.name = name
      draft.signatories.push(signatory)
      continue
    }
    if (AANHANGSEL_TITLE.test(text)) {
      // "Vragen gesteld door de leden der Kamer, met de daarop door de" + "regering gegeven antwoorden" + "3649"
      let end = i
      while (end + 1 < lines.length && !/^\d{1,5}$/.test(lines[end + 1]!.text) && end - i < 2 && !ASKED.test(lines[end + 1]!.text)) end++
      field(context, draft, 'title', undefined, lines.slice(i, end + 1))
      const number = lines[end + 1]
      if (number && /^\d{1,5}$/.test(number.text)) {
        readAanhangselNumber(context, draft, number)
        end++
      } else draft.awaitingAanhangselNumber = end === lines.length - 1
      i = end
      continue
    }
    const session = /^vergaderjaar\s+(\d{4})\s?[–-]\s?(\d{4})/i.exec(text)
    if (session) draft.session = `${session[1]}-${session[2]}`
    const committee = COMMITTEE.exec(text)
    if (committee && !head.committee) head.committee = committee[1]!
    if (DEN_HAAG_DATE.test(text) || DATED.test(text)) {
      const node = field(context, draft, 'date', text.split(/[\s,]/)[0], [line])
      const date = readDate(context, node.value, node.position)
      const kind = DATED.exec(text)?.[1]?.toLowerCase()
      if (date && kind === 'ingediend') head.questionsSubmitted = date
      else if (date && (!head.date || DEN_HAAG_DATE.test(text))) head.date = date
      continue
    }
    const dossier = DOSSIER_TITLE.exec(text)
    if (dossier && i === 0 && !head.kamerstuk && !/^\d{4}\b/.test(text)) {
      field(context, draft, 'documentId', undefined, [line])
      head.kamerstuk = {dossier: dossier[1]!.replace(/\D/g, ''), ...(dossier[2] ? {suffix: dossier[2]} : {}), title: dossier[3]!}
      continue
    }
    const number = DOCUMENT_NUMBER.exec(text)
    if (number && (number[1] || number[3]) && head.kamerstuk && !head.kamerstuk.number) {
      field(context, draft, 'documentId', undefined, [line])
      head.kamerstuk.number = number[1] ?? number[2]!
      if (number[3]) readDocumentKind(head, number[3])
      continue
    }
    if (DOCUMENT_KIND.test(text)) {
      const rest = lines.slice(i)
      const node = field(context, draft, 'documentId', undefined, rest)
      readDocumentKind(head, node.value)
      break
    }
    const label = labelAt(text)
    if (label) {
      const value = text.slice(label.length).replace(/^[\s:]+/, '')
      if (value.length === 0) {
        pendingLabels.push({line, label: text, key: label.key})
        // The label line is a field of its own; its value follows later.
        const node: Field = {type: 'field', key: label.key, label: text, value: '', position: linesPosition(context, [line])}
        draft.fields.push(node)
        continue
      }
      // A subject goes on over the lines without a label: "Betreft Beantwoording … van" + "Defensie (X) en DMF (K) van het jaar 2026".
      let more = 0
      if (label.key === 'subject' && !pendingLabels.length) while (i + more + 1 < lines.length && !labelAt(lines[i + more + 1]!.text)) more++
      readLabelled(context, draft, line, label, lines.slice(i + 1, i + 1 + more))
      i += more
      continue
    }
    if (pendingLabels.length > 0) {
      // "Datum" / "Betreft" / … then their values in the same order, or "Onze referentie" / "MINDEF…".
      const pending = pendingLabels.shift()!
      const node = field(context, draft, pending.key, pending.label, [line])
      applyValue(context, draft, pending.key, node)
      continue
    }
    field(context, draft, 'other', undefined, [line])
  }
}

function readDocumentKind(head: Facts, text: string): void {
  const van = /^(?:BRIEF|NOTA)\s+VAN\s+(.+)$/i.exec(text.trim())
  if (van && !head.answeredBy) head.answeredBy = van[1]!
}

/** Old one-line headers: "Datum 28 oktober 2009 Uw kenmerk 18106-t96/2009D46472 Onderwerp kamervragen". */
function readLabelled(context: Context, draft: Draft, line: Line, label: {key: LetterheadKey; length: number}, continuation: readonly Line[]): void {
  const text = line.text
  const cuts: Array<{at: number; label: string; key: LetterheadKey}> = [{at: 0, label: text.slice(0, label.length), key: label.key}]
  const lower = text.toLowerCase()
  // Offsets inside a label or just after it, where no other label may start (a set, not a search: a line may hold thousands).
  const taken = new Set<number>()
  const take = (cut: {at: number; label: string}) => {
    for (let p = cut.at; p <= cut.at + cut.label.length; p++) taken.add(p)
  }
  take(cuts[0]!)
  for (const [name, key] of LETTERHEAD_LABELS) {
    let at = lower.indexOf(` ${name} `, label.length)
    while (at >= 0) {
      // Labels inside a value start with a capital in the source: "Uw kenmerk", "Onderwerp".
      if (/\p{Lu}/u.test(text[at + 1]!) && !taken.has(at + 1)) {
        const cut = {at: at + 1, label: text.slice(at + 1, at + 1 + name.length), key}
        cuts.push(cut)
        take(cut)
      }
      at = lower.indexOf(` ${name} `, at + 1)
    }
  }
  // Letter-spaced labels inside the line: "D A T U M 23 januari 2019 B E T R E F T Brexit".
  for (const spaced of text.matchAll(/(?<=\s)\p{Lu} \S/gu)) {
    const at = spaced.index
    if (at < label.length || taken.has(at)) continue
    const found = letterheadLabelAt(text.slice(at, at + 40))
    if (!found) continue
    const cut = {at, label: text.slice(at, at + found.length), key: found.key}
    cuts.push(cut)
    take(cut)
  }
  cuts.sort((a, b) => a.at - b.at)
  // Keep the longest label where two start at the same place ("Uw kenmerk" over "kenmerk").
  // Labels are short, so only one starting at most `longest` characters before a label can cover it.
  const startingAt = new Map<number, typeof cuts>()
  for (const c of cuts) startingAt.set(c.at, [...(startingAt.get(c.at) ?? []), c])
  const longest = cuts.reduce((max, c) => Math.max(max, c.label.length), 0)
  const covered = (c: (typeof cuts)[number]) => {
    for (let p = c.at - longest + 1; p <= c.at; p++) {
      for (const d of startingAt.get(p) ?? []) if (d !== c && d.at + d.label.length > c.at && d.label.length > c.label.length) return true
    }
    return false
  }
  const kept = cuts.filter((c) => !covered(c))
  for (let k = 0; k < kept.length; k++) {
    const cut = kept[k]!
    const end = k + 1 < kept.length ? kept[k + 1]!.at : text.length
    const valueStart = line.contentStart + cut.at + cut.label.length
    const sub = {...line, contentEnd: line.contentStart + end}
    // The last value goes on over the lines that continue it.
    const valueLines = k === kept.length - 1 ? [sub, ...continuation] : [sub]
    const node = field(context, draft, cut.key, cut.label, valueLines, valueStart, line.contentStart + cut.at)
    node.value = node.value.replace(/^[\s:]+/, '')
    applyValue(context, draft, cut.key, node)
  }
}

function applyValue(context: Context, draft: Draft, key: LetterheadKey, field: Field): void {
  const head = draft.head
  const value = field.value
  if (key === 'date') {
    const date = readDate(context, value, field.position)
    if (date) head.date = date
  } else if (key === 'subject') head.subject = value
  else if (key === 'reference') {
    // Letter-spaced PDF text: "I E NW/BSK-2023/297705" is one identifier; "19000271 R" has a space of its own.
    head.reference = /^[A-Z0-9][A-Z0-9 /._-]*$/.test(value) && /(?:^| )\S \S(?: |$)/.test(value) ? value.replace(/ /g, '') : value
  } else if (key === 'yourReference') head.yourReference = value
  else if (key === 'attachments') {
    const n = readCount(context, value, field.position, MAX_ATTACHMENTS)
    if (n !== undefined) head.attachments = n
  }
}
