/**
 * The letter itself: where its letterhead ends, the salutation ("Geachte voorzitter,"), the body,
 * the closing ("Hoogachtend,") and the signatories, whose roles are printed first and names after
 * ("DE MINISTER VAN DEFENSIE" / "DE STAATSSECRETARIS VAN DEFENSIE" / "Dilan Yeşilgöz-Zegerius" / "Derk Boswijk").
 */
import type {Closing, Letter, Letterhead, Salutation, Signatory} from './ast.js'
import type {Block} from './blocks.js'
import {append, blockPosition, type Context, flow, linesPosition, paragraph} from './build.js'
import {DOCUMENT_TITLE, PRINTED_DOSSIER} from './dutch/kamerstuk.js'
import {CLOSING, INSTITUTION_LINE, INSTITUTION_ROLE, INSTITUTION_SIGNATURE, NAME_THEN_ROLE, SALUTATION, SIGNATORY_ROLE} from './dutch/letter.js'
import {HEADER_LABELS, LETTERHEAD_PHRASES, letterheadLabelAt} from './dutch/letterhead.js'
import {isSignatureName, namesSignatureAbove, readLetterhead} from './letterhead.js'
import {markRunningHeaders} from './page-furniture.js'
import type {Line} from './lines.js'
import {enclose} from './position.js'
import {opens} from './starts.js'

/** Lines that only a letterhead holds, in every layout; the letterhead reaches the last of them. */
const {returnAddress, addressee, place, dated, asked, answered, ministry, aanhangselTitle, committeeMember, committeeReport, questionsAnswered, remarks} = LETTERHEAD_PHRASES
const LABELS = HEADER_LABELS.map((label) => `${label}\\b`).join('|')
const HEADER_ANCHOR = new RegExp(
  `^(?:${returnAddress}\\b|${addressee}|${ministry}|${place}\\s+\\d|${dated}\\s+\\d|${asked}|${answered}|${LABELS}|nr\\.\\s*\\d+|` +
    `${committeeMember}|${committeeReport}|` +
    `${questionsAnswered}|${remarks}|${aanhangselTitle}|${PRINTED_DOSSIER}\\s+\\p{Lu}|(?:[A-Z]{1,2}\\s+)?${DOCUMENT_TITLE})`,
  'iu'
)
/** A name under a signature: two to six capitalised words ("Dilan Yeşilgöz-Zegerius", "Mark Harbers"). */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){1,5}$/u

/** The labels among HEADER_ANCHOR's, letter-spaced as PDF text prints them: "D A T U M", "O N S  K E N M E R K", "B E T R E F T". */
const ANCHOR_KEYS: ReadonlySet<string> = new Set(['date', 'reference', 'subject'])
const spacedAnchor = (text: string) => text.charCodeAt(1) === 32 && ANCHOR_KEYS.has(letterheadLabelAt(text)?.key ?? '')

/** Whether a block holds a line only a letterhead holds ("Datum 21 mei 2026", "Retouradres …"): without a salutation, the letterhead reaches the last such block. */
export const isHeaderAnchor = (block: Block) => block.kind !== 'furniture' && block.lines.some((line) => HEADER_ANCHOR.test(line.text) || spacedAnchor(line.text))

export interface LetterResult {
  letter: Letter
  /** The first block after the letter's signatories (or `to`). */
  end: number
}

/**
 * Reads the letter in blocks [from, to). `bodyEnd` is where question sections start, when the
 * letter is followed by them; a letter that answers questions in its body passes `to`.
 */
export function readLetter(context: Context, blocks: Block[], from: number, bodyEnd: number, hasQuestions: boolean): LetterResult {
  let salutation = -1
  for (let i = from; i < bodyEnd; i++) {
    if (blocks[i]!.kind !== 'furniture' && opens(SALUTATION, blocks[i]!.text) && blocks[i]!.text.length < 80) {
      salutation = i
      break
    }
  }
  // A letter that sends answers without "Geachte voorzitter," or "Hoogachtend,": its signatories stand
  // last, just above the questions ("De minister van Justitie en Veiligheid" / "D. Yeşilgöz-Zegerius").
  const trailing = salutation < 0 && hasQuestions ? trailingSignature(context, blocks, from, bodyEnd) : undefined
  const signedAt = trailing?.start ?? bodyEnd
  let headerEnd = salutation
  if (headerEnd < 0) {
    headerEnd = from
    for (let i = from; i < bodyEnd; i++) if (isHeaderAnchor(blocks[i]!)) headerEnd = i + 1
    // "De griffier van de commissie," ends the head; its name in the next block goes with it.
    if (headerEnd < bodyEnd && namesSignatureAbove(blocks[headerEnd - 1], blocks[headerEnd]!)) headerEnd++
    if (hasQuestions) headerEnd = signedAt
  }
  const {letterhead, signatories: committee, prose} = readLetterhead(context, blocks, from, headerEnd)
  const children: Letter['children'] = []
  if (letterhead.fields.length > 0) children.push(letterhead)
  // Committee signatures, sentences, furniture and footnotes inside the letterhead range, in document order.
  const besides = [...committee, ...flow(context, [...prose, ...blocks.slice(from, headerEnd).filter((b) => b.kind !== 'content')])]
  besides.sort((a, b) => a.position!.start.offset - b.position!.start.offset)
  append(children, besides)

  let i = headerEnd
  if (salutation >= 0) {
    const node: Salutation = {type: 'salutation', children: paragraph(context, blocks[salutation]!.lines).children, position: blockPosition(context, blocks[salutation]!)}
    children.push(node)
    i = salutation + 1
  }
  let closing = i
  while (closing < signedAt && !(blocks[closing]!.kind !== 'furniture' && opens(CLOSING, blocks[closing]!.text))) closing++
  // The sidebar repeated on later pages ("Kenmerk" / "I E NW/BSK-2023/297705") is furniture.
  markRunningHeaders(blocks, {kind: 'sidebar', texts: sidebarTexts(letterhead)}, i, closing)
  const institution = readBody(context, blocks, i, closing, children)
  // Who signs under an institution's name sends the letter: "Algemene Rekenkamer" / "…, president".
  if (institution && !letterhead.sender?.organisation) letterhead.sender = {...(letterhead.sender ?? {addressLines: []}), organisation: institution}
  i = closing
  let end: number
  if (trailing) {
    append(children, trailing.nodes)
    end = bodyEnd
  } else end = readSignature(context, blocks, i, Math.max(bodyEnd, i), children)
  // Sentences above the letterhead come after it in children ("Antwoord schriftelijke vragen : …" + "Vragen van het lid …"): the span takes them in.
  const letter: Letter = {type: 'letter', children, position: enclose(children, blockPosition(context, blocks[from]!))}
  return {letter, end}
}

/**
 * The body in blocks [from, to) into `children`, with the signatures of an institution that closes
 * its letter without "Hoogachtend," (see `readInstitutionSignature`), where the body may go on with
 * the report it covers. Returns the institution that signed, if one did.
 */
function readBody(context: Context, blocks: readonly Block[], from: number, to: number, children: Letter['children']): string | undefined {
  let institution: string | undefined
  let run = from
  for (let i = from; i < to; i++) {
    const signature = readInstitutionSignature(context, blocks, i, to)
    if (!signature) continue
    append(children, flow(context, blocks.slice(run, i)))
    append(children, signature.nodes)
    institution ??= signature.institution
    run = signature.end
    i = signature.end - 1
  }
  append(children, flow(context, blocks.slice(run, to)))
  return institution
}

/**
 * The signatures of a High Council of State, whole blocks from `i` on: its name alone ("Algemene
 * Rekenkamer") above "name, role" lines ("drs. Saskia J. Stuiveling, president", or "drs. A.P.
 * (Arno) Visser," above "president"), or the role with the name of the institution ("De
 * vice-president van de Raad van State, Th.C. de Graaf"). None without a signatory.
 */
function readInstitutionSignature(
  context: Context,
  blocks: readonly Block[],
  i: number,
  to: number
): {institution: string; nodes: Letter['children']; end: number} | undefined {
  const first = blocks[i]!
  if (first.kind !== 'content') return undefined
  const opening = INSTITUTION_LINE.exec(first.lines[0]!.text)
  if (!opening && !INSTITUTION_SIGNATURE.test(first.lines[0]!.text)) return undefined
  let institution = opening?.[1]
  const nodes: Letter['children'] = []
  if (opening) nodes.push(paragraph(context, [first.lines[0]!]))
  // A name and its role may stand in blocks of their own ("drs. A.P. (Arno) Visser," / "president"
  // apart, as text flattened from the PDF gives them): the lines of the blocks are read as one run,
  // as far as they all are signatures.
  const lines: Line[] = []
  let end = i
  for (let b = i; b < Math.min(to, i + SIGNATURE_BLOCKS); b++) {
    const block = blocks[b]!
    if (block.kind !== 'content' || block.lines.length > SIGNATURE_LINES) break
    lines.push(...block.lines.slice(b === i && opening ? 1 : 0))
    if (lines.length === 0) {
      end = b + 1
      continue
    }
    const read = signatureLines(context, lines)
    if (read) {
      nodes.length = opening ? 1 : 0
      nodes.push(...read.signatories)
      institution = opening?.[1] ?? read.institution
      end = b + 1
    } else if (!awaitsRole(lines[lines.length - 1]!)) break
  }
  // The name alone, with no signature under it, is text.
  if (!institution || !nodes.some((n) => n.type === 'signatory')) return undefined
  return {institution, nodes, end}
}

/** At most this many blocks make one institution's signatures, of at most this many lines each. */
const SIGNATURE_BLOCKS = 12
const SIGNATURE_LINES = 6

/** "drs. A.P. (Arno) Visser,": a name whose role the next line gives. */
function awaitsRole(line: Line): boolean {
  const pair = NAME_THEN_ROLE.exec(line.text)
  return pair !== null && !pair[2] && isSignatureName(pair[1]!)
}

/** Lines that are all signatures of an institution, read as signatories; none when a line is not one. */
function signatureLines(context: Context, lines: readonly Line[]): {signatories: Signatory[]; institution?: string} | undefined {
  const signatories: Signatory[] = []
  let institution: string | undefined
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!
    const next = lines[k + 1]
    const own = INSTITUTION_SIGNATURE.exec(line.text)
    if (own) {
      institution ??= own[2]!
      const named = own[3]!.trim() !== '' || !next || !isSignatureName(next.text)
      const end = named ? line : next!
      signatories.push({type: 'signatory', role: own[1]!, name: named ? own[3]!.trim() : next!.text, position: linesPosition(context, [line, end])})
      if (!named) k++
      continue
    }
    const pair = NAME_THEN_ROLE.exec(line.text)
    if (!pair || !isSignatureName(pair[1]!)) return undefined
    if (pair[2]) signatories.push({type: 'signatory', role: pair[2], name: pair[1]!, position: linesPosition(context, [line])})
    else if (next && INSTITUTION_ROLE.test(next.text)) {
      signatories.push({type: 'signatory', role: next.text, name: pair[1]!, position: linesPosition(context, [line, next])})
      k++
    } else return undefined
  }
  if (signatories.length === 0) return undefined
  return {signatories, ...(institution ? {institution} : {})}
}

/** Labels and values of the letterhead sidebar that pages after the first repeat. */
export function sidebarTexts(letterhead: Letterhead): Set<string> {
  const texts = new Set<string>()
  for (const field of letterhead.fields) {
    if (field.key !== 'date' && field.key !== 'reference' && field.key !== 'yourReference') continue
    if (field.value === '' && field.label) texts.add(field.label)
    else if (field.value) texts.add(field.value)
  }
  return texts
}

/** Reads "Hoogachtend," and the signatories after it into `children`, a letter's; returns the next block index. */
export function readSignature(context: Context, blocks: readonly Block[], i: number, to: number, children: Letter['children']): number {
  const block = blocks[i]
  if (!block || block.kind === 'furniture' || !opens(CLOSING, block.text)) return i
  const closing: Closing = {type: 'closing', children: paragraph(context, block.lines).children, position: blockPosition(context, block)}
  children.push(closing)
  return readSignatories(context, blocks, i + 1, to, children)
}

/** How many blocks a signature without a closing may take: a role and a name for each of two signatories. */
const MAX_TRAILING_BLOCKS = 4

/**
 * The signatories that end blocks [from, to) without a closing above them: the last blocks before
 * `to`, every line a role or a name, read as signatories when each role has its name. Undefined
 * when they are not.
 */
function trailingSignature(context: Context, blocks: readonly Block[], from: number, to: number): {start: number; nodes: Letter['children']} | undefined {
  let start = to
  const signatureLine = (line: Line) => opens(SIGNATORY_ROLE, line.text) || (NAME.test(line.text) && line.text.length < 60)
  while (start > from && to - start < MAX_TRAILING_BLOCKS && (blocks[start - 1]!.kind === 'furniture' || blocks[start - 1]!.lines.every(signatureLine))) start--
  while (start < to && blocks[start]!.kind === 'furniture') start++
  if (start >= to || start === from) return undefined
  const nodes: Letter['children'] = []
  if (readSignatories(context, blocks, start, to, nodes) !== to) return undefined
  const signatories = nodes.filter((node): node is Signatory => node.type === 'signatory')
  return signatories.length > 0 && signatories.every((signatory) => signatory.name !== undefined) ? {start, nodes} : undefined
}

/** The roles and names of the signatories from block `i` on; returns the first block after them. */
function readSignatories(context: Context, blocks: readonly Block[], i: number, to: number, children: Letter['children']): number {
  const roles: Array<{text: string; block: Block; line: number}> = []
  const names: Array<{text: string; block: Block; line: number}> = []
  const furniture: Block[] = []
  const limit = Math.max(to, Math.min(blocks.length, i + 12))
  for (; i < limit; i++) {
    const next = blocks[i]!
    if (next.kind === 'furniture') {
      furniture.push(next)
      continue
    }
    let matched = true
    const [rolesBefore, namesBefore] = [roles.length, names.length]
    next.lines.forEach((line, k) => {
      const text = line.text.replace(/,$/, '')
      if (opens(SIGNATORY_ROLE, text) && (text === text.toUpperCase() || roles.length === names.length)) roles.push({text, block: next, line: k})
      else if (NAME.test(text) && text.length < 60 && roles.length > names.length) names.push({text, block: next, line: k})
      else matched = false
    })
    if (!matched) {
      // A block that is not all signature lines stays out, also the lines of it that looked like one.
      roles.length = rolesBefore
      names.length = namesBefore
      break
    }
  }
  const signatories: Signatory[] = []
  roles.forEach((role, k) => {
    const name = names[k]
    const line = role.block.lines[role.line]!
    const signatory: Signatory = {type: 'signatory', role: role.text, position: context.index.position(line.contentStart, line.contentEnd)}
    if (name) signatory.name = name.text
    children.push(signatory)
    signatories.push(signatory)
  })
  // The name lines are covered by markers in data of their signatory, so no text is lost.
  names.forEach((name, k) => {
    const signatory = signatories[k]
    const line = name.block.lines[name.line]!
    if (signatory) signatory.data = {namePosition: context.index.position(line.contentStart, line.contentEnd)}
  })
  append(children, flow(context, furniture))
  return i
}
