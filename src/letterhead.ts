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
import {keptCuts, type LabelCut, labelCuts} from './label-cuts.js'
import {enclose} from './position.js'
import {composedName, MAX_ATTACHMENTS, readCount, readDate} from './values.js'
import {DOCUMENT_KIND, DOSSIER, DOSSIER_SUFFIX, REPRINT, SENDER_ARTICLE, SENT_BY} from './dutch/kamerstuk.js'
import {
  AANHANGSEL_CITATION,
  ALL_OF,
  ANSWERED_BY,
  ANSWERED_ON,
  ANSWERING_SUBJECT,
  ASKED_BY,
  CHAMBERS,
  COMMITTEE_REPORT,
  COMMITTEE_SIGNATURE,
  DATED_FIXED,
  DATED_SUBMITTED,
  FUNCTION_WORDS,
  LETTERHEAD_LABELS,
  LETTERHEAD_PHRASES,
  type LetterheadKey,
  letterheadLabelAt,
  PO_BOX,
  POSTCODE,
  REPLY_NOTE,
  RETURN_ADDRESS,
  RETURN_ADDRESS_LABEL,
  SEE_ALSO,
  SESSION,
  SUBJECT_OPENING,
  SUBMITTED_CLOSING,
  SUBMITTED_ON,
  WEBSITE
} from './dutch/letterhead.js'
import {LIST_SPLIT} from './dutch/sentences.js'
import type {Line} from './lines.js'

const ADDRESSEE = new RegExp(`^${LETTERHEAD_PHRASES.addressee}`, 'i')
const MINISTRY = new RegExp(`^${LETTERHEAD_PHRASES.ministry}`, 'i')
const DEN_HAAG_DATE = new RegExp(`^${LETTERHEAD_PHRASES.place}\\s`, 'i')
const DATED = new RegExp(`^(${LETTERHEAD_PHRASES.dated})\\s+(?=\\d)`, 'i')
const ASKED = new RegExp(`^${LETTERHEAD_PHRASES.asked}\\s+`, 'i')
const ANSWERED = new RegExp(`^${LETTERHEAD_PHRASES.answered}`, 'i')
/** "35 510 Parlementaire ondervraging kinderopvangtoeslag", "36 100 VII Jaarverslag …", "21 501-08 Milieuraad". */
const DOSSIER_TITLE = new RegExp(String.raw`^(${DOSSIER})(?:(?:\s|-)(${DOSSIER_SUFFIX})(?=\s))?\s+(\p{L}.*)$`, 'u')
/** A dossier number on a line of its own, its title on the next: "32 545" / "Wet- en regelgeving financiële markten". */
const DOSSIER_ALONE = new RegExp(String.raw`^(${DOSSIER})(?:(?:\s|-)(${DOSSIER_SUFFIX}))?$`, 'u')
/**
 * "Nr. 214 LIJST VAN VRAGEN EN ANTWOORDEN", "Nr. 4", "C MEMORIE VAN ANTWOORD"; titles in capitals may
 * hold digits, brackets and hyphens ("Nr. 2 RAPPORT BIJ HET JAARVERSLAG 2011 VAN HET
 * INFRASTRUCTUURFONDS (A)", "Nr. 108 HERDRUK1 BRIEF VAN DE MINISTERS … EN VOOR BASIS- EN …").
 */
const DOCUMENT_NUMBER = /^(?:[Nn]r\.\s*(\d{1,5})|([A-Z]{1,2}))(?:\s+(\p{Lu}[\p{Lu}\d\s,()'’«».-]*))?$/u
const AANHANGSEL_TITLE = new RegExp(`^(?:\\*\\*)?${LETTERHEAD_PHRASES.aanhangselTitle}`, 'i')

export interface LetterheadResult {
  letterhead: Letterhead
  signatories: Signatory[]
  /** Sentences in the header area ("De vaste commissie voor Financiën heeft …"): paragraphs, not fields. */
  prose: Block[]
}

/** Lines the letterhead reads as fields, never as prose. */
function isHeaderLine(line: Line): boolean {
  const text = line.text
  return committeeSignature(text) !== undefined || [RETURN_ADDRESS, ADDRESSEE, DEN_HAAG_DATE, DATED, DOSSIER_TITLE, DOCUMENT_NUMBER, DOCUMENT_KIND, AANHANGSEL_TITLE, MINISTRY, REPLY_NOTE].some((p) =>
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
  /** The addressee ended its block: it may go on in the next block of its column (see `Line.resumes`). */
  addresseeOpen?: boolean
  /** A dossier number stood alone in its block: the next block is the dossier's title. */
  awaitingDossierTitle?: boolean
  /** Labels printed before their values ("Datum" / "Betreft" / … / "18 oktober 2023"). */
  pending: Array<{line: Line; label: string; key: LetterheadKey}>
  /** The date is the one a committee fixed ("Vastgesteld 13 mei 2025"): a letter it reports on keeps its own. */
  fixed?: boolean
  /** Who the title says sends the document: "BRIEF VAN DE MINISTERS VAN …" gives "MINISTERS VAN …". */
  sentBy?: string
  /** A committee signature whose name stands in the next block ("De voorzitter van de commissie," / "Aptroot"). */
  unnamed?: Signatory | undefined
}

/** Reads blocks [from, to) as the letterhead. */
export function readLetterhead(context: Context, blocks: readonly Block[], from: number, to: number): LetterheadResult {
  const head: Facts = {}
  const draft: Draft = {fields: [], head, signatories: [], pending: []}
  const prose: Block[] = []
  let afterMinistry = false
  let ministryInSidebar: boolean | undefined
  for (let b = from; b < to; b++) {
    const block = blocks[b]!
    if (block.kind !== 'content') continue
    const text = block.text
    // The ministry's address stands in its column: a block beside it (the addressee beside a side column) is not.
    const sameColumn = block.lines[0]!.sidebar === ministryInSidebar
    if (afterMinistry && sameColumn && (POSTCODE.test(text) || PO_BOX.test(text) || block.lines.some((l) => WEBSITE.test(l.text)))) {
      readSenderAddress(context, draft, block.lines)
      afterMinistry = false
      continue
    }
    // The name wrapped beside the addressee goes on in the next block of its column: "Ministerie van" /
    // "Inf rastructuur en" / "Waterstaat", with "der Staten-Generaal" beside the last.
    if (afterMinistry && sameColumn && block.lines[0]!.resumes) {
      readMinistry(context, draft, block.lines, true)
      continue
    }
    // The addressee beside the ministry's name goes on likewise: "De voorzitter van de Tweede Kamer" / "der Staten-Generaal".
    if (draft.addresseeOpen && block.lines[0]!.resumes && !block.lines.some((line) => labelAt(line.text) !== undefined)) {
      readAddresseeContinued(context, draft, block.lines)
      continue
    }
    draft.addresseeOpen = false
    afterMinistry = false
    // "### 387" under the title in Markdown: the Aanhangsel number in a block of its own.
    if (draft.awaitingAanhangselNumber && /^\d{1,5}$/.test(text)) {
      readAanhangselNumber(context, draft, block.lines[0]!)
      continue
    }
    draft.awaitingAanhangselNumber = false
    // "32 545" / "Wet- en regelgeving financiële markten", as pdftotext and the PDF reader give a Kamerstuk's header.
    if (draft.awaitingDossierTitle && head.kamerstuk && block.lines.length === 1 && /^\p{L}/u.test(text) && labelAt(text) === undefined && !DOCUMENT_KIND.test(text)) {
      field(context, draft, 'documentId', undefined, block.lines)
      head.kamerstuk.title = text
      draft.awaitingDossierTitle = false
      continue
    }
    draft.awaitingDossierTitle = false
    const dossier = head.kamerstuk ? null : DOSSIER_ALONE.exec(text)
    if (dossier && block.lines.length === 1) {
      field(context, draft, 'documentId', undefined, block.lines)
      head.kamerstuk = {dossier: dossier[1]!.replace(/\D/g, ''), ...(dossier[2] ? {suffix: dossier[2]} : {})}
      draft.awaitingDossierTitle = true
      continue
    }
    if (draft.unnamed && nameOf(context, draft, block)) continue
    draft.unnamed = undefined
    if (ASKED.test(text)) readAsked(context, draft, block)
    else if (ANSWERED.test(text)) readAnswered(context, draft, block)
    // A subject label printed above its value ("Onderwerp" / "Beantwoording van Kamervragen … Sammy Baker"): the long line is that value, not prose.
    else if (isProse(block) && !block.lines.some(isHeaderLine) && draft.pending[0]?.key !== 'subject') {
      const committee = COMMITTEE_REPORT.exec(text)
      if (committee && !head.committee) head.committee = committeeName(committee[1]!)
      prose.push(block)
    }
    else if (MINISTRY.test(text)) {
      readMinistry(context, draft, block.lines)
      afterMinistry = true
      ministryInSidebar = block.lines[0]!.sidebar
    } else readHeaderLines(context, draft, block.lines)
  }
  const fields = draft.fields.sort((a, b) => a.position!.start.offset - b.position!.start.offset)
  const at = blocks[from]?.start ?? 0
  const layout = layoutOf(head, fields)
  // A letter that sends answers names the askers in its subject; the layout stays the letter's own.
  const answering = head.askedBy || !head.subject ? null : ANSWERING_SUBJECT.exec(head.subject)
  if (answering) head.askedBy = readMembers(answering[1]!)
  // Outside the Rijkshuisstijl the sender is the committee whose document it is ("De vaste commissie
  // voor Financiën heeft …"), or who the title says sends it ("BRIEF VAN DE MINISTERS VAN …").
  const organisation = head.sender?.organisation ?? head.committee ?? draft.sentBy
  if (organisation) head.sender = {...(head.sender ?? {addressLines: []}), organisation}
  const letterhead: Letterhead = {type: 'letterhead', layout, fields, position: enclose(fields, positionOf(context, at, at)), ...head}
  return {letterhead, signatories: draft.signatories, prose}
}

/**
 * A committee's name ends before a comma ("vaste commissie voor Buitenlandse Handel en
 * Ontwikkelingssamenwerking, belast met het voorbereidend onderzoek …"), and a footnote marker
 * glued to it is not part of it ("commissie voor de Rijksuitgaven1").
 */
function committeeName(text: string): string {
  const comma = text.indexOf(',')
  return (comma < 0 ? text : text.slice(0, comma)).replace(/(?<=\p{L})\d{1,2}$/u, '')
}

/** A name alone in the block after a committee signature without one ("De griffier van de commissie," / "Groen"): the signatory's. */
function nameOf(context: Context, draft: Draft, block: Block): boolean {
  const signatory = draft.unnamed!
  const name = block.lines[0]!
  if (block.lines.length !== 1 || !isSignatureName(name.text)) return false
  signatory.name = name.text
  // The name stands in a block of its own, perhaps after a page's furniture: the signatory keeps its
  // role line, and the name line is covered in data, as under a letter's closing.
  signatory.data = {namePosition: linesPosition(context, [name])}
  draft.unnamed = undefined
  return true
}

/**
 * "De fungerend voorzitter van de commissie, Van Veldhoven": role and name (empty when on the next
 * line). Not a sentence that names the chair ("De voorzitter van de commissie, mevrouw Kamminga,
 * heeft toegezegd …").
 */
function committeeSignature(text: string): RegExpExecArray | undefined {
  const signature = COMMITTEE_SIGNATURE.exec(text)
  if (!signature) return undefined
  const name = signature[2]!.trim()
  return name === '' || isSignatureName(name) ? signature : undefined
}

/** Whether `block` is the name of a committee signature that ends `above` without one ("De griffier van de commissie," / "Groen"). */
export function namesSignatureAbove(above: Block | undefined, block: Block): boolean {
  if (!above || above.kind !== 'content' || block.kind !== 'content' || block.lines.length !== 1) return false
  const signature = committeeSignature(above.lines[above.lines.length - 1]!.text)
  return signature !== undefined && signature[2]!.trim() === '' && isSignatureName(block.text)
}

/**
 * A name on a line of its own under a signature: one to six words with a capital, titles and
 * initials included ("Aptroot", "Van Veldhoven", "drs. Saskia J. Stuiveling"), and no sentence.
 */
export function isSignatureName(text: string): boolean {
  if (text.length > 60 || text.endsWith('.') || text.split(' ').length > 6) return false
  return /^\p{L}[\p{L}'’.() -]*$/u.test(text) && /\p{Lu}/u.test(text)
}

/** The layout a letterhead shows, by the strongest sign among what was read of it (see `LETTERHEAD_LAYOUTS`). */
function layoutOf(head: Facts, fields: readonly Field[]): Letterhead['layout'] {
  if (head.kamerstuk) return 'kamerstuk'
  if (head.askedBy || head.answeredBy || head.aanhangsel || head.questionsSubmitted) return 'aanhangsel'
  if (head.sender || fields.some((field) => field.label !== undefined && field.key !== 'date')) return 'labelled'
  return 'plain'
}

/** `text` with each run of white space one space, trimmed; most values have none to collapse. */
const collapseSpace = (text: string) => (/[^\S ]| {2}/.test(text) ? text.replace(/[\s\u00a0]+/g, ' ') : text).trim()

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
  const value = collapseSpace(
    lines.length === 1
      ? context.input.slice(Math.max(lines[0]!.contentStart, from), lines[0]!.contentEnd)
      : lines
          .map((line) => context.input.slice(Math.max(line.contentStart, from), line.contentEnd))
          .filter((s) => s.length > 0)
          .join(' ')
  )
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

/** A line of the sender's address rather than its name: "Rijnstraat 8", "Postbus 20901", "www.rijksoverheid.nl". */
const isAddressLine = (line: Line) => /\d/.test(line.text) || PO_BOX.test(line.text) || WEBSITE.test(line.text)

/**
 * "Ministerie van" + "Inf rastructuur en" + "Waterstaat" + "Rijnstraat 8" …: name lines, then address
 * lines. `goesOn`: the lines go on with a name or address read from the block before (see
 * `Line.resumes`), so they may open with the rest of the name, or be address lines only.
 */
function readMinistry(context: Context, draft: Draft, lines: readonly Line[], goesOn = false): void {
  const sender = draft.head.sender ?? {addressLines: []}
  let split = goesOn && sender.addressLines.length > 0 ? 0 : lines.findIndex((line, i) => (goesOn || i > 0) && isAddressLine(line))
  if (split < 0) split = lines.length
  if (split > 0) {
    const name = field(context, draft, 'sender', undefined, lines.slice(0, split)).value
    draft.head.sender = {...sender, organisation: despace(goesOn && sender.organisation !== undefined ? `${sender.organisation} ${name}` : name, context)}
  }
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
  const members = ASKED_BY.exec(text)
  if (members) head.askedBy = readMembers(members[1]!)
  // The first "over", then the first "(ingezonden" after it: one lazy match would scan to the end
  // again from every "over" when no "(ingezonden" follows.
  const opening = SUBJECT_OPENING.exec(text)
  if (opening) {
    const from = opening.index + opening[0].length
    SUBMITTED_CLOSING.lastIndex = from + 1
    const close = SUBMITTED_CLOSING.exec(text)
    let to = close?.index ?? -1
    while (to > from + 1 && /\s/.test(text[to - 1]!)) to--
    if (close) head.subject = text.slice(from, to)
  }
  const submitted = SUBMITTED_ON.exec(text)
  const date = submitted ? readDate(context, submitted[1]!, node.position) : undefined
  if (date) head.questionsSubmitted = date
}

/** "Van Weyenberg, Romke de Jong en Kat (allen D66)", "Groothuizen (D66) en Van Nispen (SP)". */
export function readMembers(text: string): Member[] {
  const all = ALL_OF.exec(text)
  const body = all ? text.slice(0, all.index).trim() : text
  const members: Member[] = []
  for (const part of body.split(LIST_SPLIT)) {
    // The party only at a run of white space's start and without nested brackets: each start tries once.
    const match = /^(.+?)(?:(?<!\s)\s*\(([^()]+)\))?$/.exec(part.trim())
    if (!match || !match[1]) continue
    const member: Member = {name: composedName(match[1])}
    const party = match[2] ?? all?.[1]
    if (party) member.party = party.trim()
    members.push(member)
  }
  return members
}

function readAnswered(context: Context, draft: Draft, block: Block): void {
  const node = field(context, draft, 'other', undefined, block.lines)
  const text = node.value
  const answered = ANSWERED_ON.exec(text)
  if (answered) {
    draft.head.answeredBy = answered[1]!.replace(/,$/, '')
    const date = readDate(context, answered[2]!, node.position)
    if (date) draft.head.date = date
  } else {
    const who = ANSWERED_BY.exec(text)
    if (who) draft.head.answeredBy = who[1]!
  }
  if (AANHANGSEL_CITATION.test(text)) node.label = SEE_ALSO
}

/** The label that opens `text`, if any, with its length as printed: "Datum 21 mei 2026" → date, 5; "D A T U M   23 januari 2019" → date, 9. */
function labelAt(text: string): {key: LetterheadKey; length: number} | undefined {
  // Labels start with a capital: "onze referentie en" inside a sentence is not one.
  if (!/^\p{Lu}/u.test(text)) return undefined
  return letterheadLabelAt(text)
}

/** The addressee of `lines`, with the chamber they name. */
function addressee(lines: string[]): NonNullable<Facts['addressee']> {
  const lower = collapseSpace(lines.join(' ')).toLowerCase()
  const chamber = CHAMBERS.find(([needle]) => lower.includes(needle))?.[1]
  return {lines, ...(chamber ? {chamber} : {})}
}

/** Lines that go on with the addressee, in a block of their own: a field of their own, and more lines of the addressee. */
function readAddresseeContinued(context: Context, draft: Draft, lines: readonly Line[]): void {
  field(context, draft, 'addressee', undefined, lines)
  draft.head.addressee = addressee([...(draft.head.addressee?.lines ?? []), ...lines.map((line) => line.text)])
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
      const node = field(context, draft, 'returnAddress', RETURN_ADDRESS_LABEL, [line], line.contentStart + RETURN_ADDRESS_LABEL.length)
      head.returnAddress = node.value
      continue
    }
    if (ADDRESSEE.test(text)) {
      const rest = lines.slice(i)
      const end = rest.findIndex((l, j) => j > 0 && labelAt(l.text) !== undefined)
      const taken = end < 0 ? rest : rest.slice(0, end)
      field(context, draft, 'addressee', undefined, taken)
      head.addressee = addressee(taken.map((l) => l.text))
      i += taken.length - 1
      draft.addresseeOpen = i === lines.length - 1
      continue
    }
    const signature = committeeSignature(text)
    if (signature) {
      let name = signature[2]!.trim()
      let end = line
      if (!name && lines[i + 1]) {
        end = lines[++i]!
        name = end.text
      }
      const signatory: Signatory = {type: 'signatory', role: signature[1]!, position: linesPosition(context, [line, end])}
      if (name) signatory.name = name
      else if (i === lines.length - 1) draft.unnamed = signatory
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
    const session = SESSION.exec(text)
    if (session) draft.session = `${session[1]}-${session[2]}`
    const committee = COMMITTEE_REPORT.exec(text)
    if (committee && !head.committee) head.committee = committeeName(committee[1]!)
    if (DEN_HAAG_DATE.test(text) || DATED.test(text)) {
      const node = field(context, draft, 'date', text.split(/[\s,]/)[0], [line])
      const date = readDate(context, node.value, node.position)
      const kind = DATED.exec(text)?.[1]?.toLowerCase()
      if (date && kind === DATED_SUBMITTED) head.questionsSubmitted = date
      else if (date && (!head.date || (DEN_HAAG_DATE.test(text) && !draft.fixed))) {
        head.date = date
        draft.fixed = kind === DATED_FIXED
      }
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
      if (number[3]) readDocumentKind(draft, number[3])
      continue
    }
    if (DOCUMENT_KIND.test(text)) {
      const rest = lines.slice(i)
      const node = field(context, draft, 'documentId', undefined, rest)
      readDocumentKind(draft, node.value)
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
      i += readLabelled(context, draft, lines.slice(i), label, more)
      continue
    }
    // A reference holds digits ("4975504", "IENW/BSK-2023/297705"): a line without one after an "Ons
    // kenmerk" left empty ("De Minister van Justitie en Veiligheid,") is not its value.
    if (pendingLabels[0]?.key === 'reference' && !/\d/.test(text)) pendingLabels.shift()
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

function readDocumentKind(draft: Draft, text: string): void {
  const van = SENT_BY.exec(text.trim().replace(REPRINT, ''))
  if (!van) return
  draft.head.answeredBy ??= van[1]!
  draft.sentBy ??= van[1]!.replace(SENDER_ARTICLE, '')
}

/** A label of a header of labels, on which of its lines it stands. */
interface HeaderCut extends LabelCut<LetterheadKey> {
  line: number
}

/** `cut` on line `line`: every cut in one shape, whatever made the label cut (a spread would copy its shape). */
const onLine = (cut: LabelCut<LetterheadKey>, line: number): HeaderCut => ({at: cut.at, label: cut.label, key: cut.key, line})

/**
 * Old one-line headers: "Datum 28 oktober 2009 Uw kenmerk 18106-t96/2009D46472 Onderwerp kamervragen".
 * Such a line broken narrow goes on over the next lines ("Datum 28 oktober 2009 Uw kenmerk" /
 * "18106-t96/2009D46472 Onderwerp" / "kamervragen"): where the first line holds two labels or more,
 * the lines after it are cut at their labels too, and each value runs from its label to the next,
 * over line breaks where it must. `runOn` lines without a label go on the last value as well (a
 * subject: "Betreft … over de Begroting" / "van" / "Defensie …"). Returns how many lines after the
 * first were read.
 */
function readLabelled(context: Context, draft: Draft, lines: readonly Line[], label: {key: LetterheadKey; length: number}, runOn: number): number {
  const first = lines[0]!
  // A label that ends the line has its value on the next ("… Uw kenmerk" / "18106-t96/2009D46472"),
  // unless that goes on in lower case: "Betreft Rapport over de Bijlagen" / "bij de begroting" is one subject.
  const endsFirst = lines.length > 1 && !/^\p{Ll}/u.test(lines[1]!.text)
  const cuts: HeaderCut[] = cutsIn(first.text, {at: 0, label: first.text.slice(0, label.length), key: label.key}, endsFirst).map((cut) => onLine(cut, 0))
  let last = runOn
  if (cuts.length > 1) {
    for (let j = 1; j < lines.length; j++) {
      const text = lines[j]!.text
      const opening = labelAt(text)
      const found = cutsIn(text, opening && {at: 0, label: text.slice(0, opening.length), key: opening.key}, j + 1 < lines.length)
      const previous = cuts[cuts.length - 1]!
      // The line before ended in a label: this line holds its value.
      const awaited = previous.line === j - 1 && previous.at + previous.label.length >= lines[j - 1]!.text.length
      if (found.length === 0 && !awaited && j > runOn) break
      for (const cut of found) cuts.push(onLine(cut, j))
      last = Math.max(last, j)
    }
  }
  for (let k = 0; k < cuts.length; k++) {
    const cut = cuts[k]!
    const next = cuts[k + 1]
    const line = lines[cut.line]!
    const valueLines: Line[] = []
    for (let j = cut.line; j <= (next ? next.line : last); j++) {
      const l = lines[j]!
      // The value ends before the next label: inside its line, or at the end of the line before.
      if (next && j === next.line) {
        if (next.at > 0) valueLines.push({...l, contentEnd: l.contentStart + next.at})
      } else valueLines.push(l)
    }
    const node = field(context, draft, cut.key, cut.label, valueLines, line.contentStart + cut.at + cut.label.length, line.contentStart + cut.at)
    node.value = node.value.replace(/^[\s:]+/, '')
    applyValue(context, draft, cut.key, node)
  }
  return last
}

/**
 * The labels of `text` after `opening` (the label it opens with, if any), in order of place. A label
 * inside the line is a word of its own ("Uw kenmerk 18106-t96/2009D46472"); one at the line's end only
 * where `atEnd` says its value may follow on the next line.
 */
function cutsIn(text: string, opening: LabelCut<LetterheadKey> | undefined, atEnd: boolean): Array<LabelCut<LetterheadKey>> {
  const from = opening ? opening.label.length : 0
  const cuts = labelCuts(text, LETTERHEAD_LABELS, from, (next) => next === ' ' || (atEnd && next === undefined), opening ? [opening] : [])
  const taken = new Set<number>()
  for (const cut of cuts) for (let p = cut.at; p <= cut.at + cut.label.length; p++) taken.add(p)
  // Letter-spaced labels inside the line: "D A T U M 23 januari 2019 B E T R E F T Brexit".
  for (const spaced of text.matchAll(/(?<=\s)\p{Lu} \S/gu)) {
    const at = spaced.index
    if (at < from || taken.has(at)) continue
    const found = letterheadLabelAt(text.slice(at, at + 40))
    if (!found) continue
    const cut = {at, label: text.slice(at, at + found.length), key: found.key}
    cuts.push(cut)
    for (let p = cut.at; p <= cut.at + cut.label.length; p++) taken.add(p)
  }
  // Keep the longest label where two start at the same place ("Uw kenmerk" over "kenmerk").
  return keptCuts(cuts)
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
