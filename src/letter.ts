/**
 * The letter itself: where its letterhead ends, the salutation ("Geachte voorzitter,"), the body,
 * the closing ("Hoogachtend,") and the signatories, whose roles are printed first and names after
 * ("DE MINISTER VAN DEFENSIE" / "DE STAATSSECRETARIS VAN DEFENSIE" / "Dilan Yeşilgöz-Zegerius" / "Derk Boswijk").
 */
import type {Closing, Letter, Letterhead, Salutation, Signatory} from './ast.js'
import type {Block} from './blocks.js'
import {append, blockPosition, type Context, flow, paragraph} from './build.js'
import {CLOSING, LETTERHEAD_PHRASES, letterheadLabelAt, SALUTATION, SIGNATORY_ROLE} from './dutch.js'
import {readLetterhead} from './letterhead.js'
import {markRunningHeaders} from './page-furniture.js'
import {enclose} from './position.js'
import {opens} from './starts.js'

/** Lines that only a letterhead holds, in every layout; the letterhead reaches the last of them. */
const {addressee, place, dated, asked, answered, ministry, aanhangselTitle} = LETTERHEAD_PHRASES
const HEADER_ANCHOR = new RegExp(
  `^(?:retouradres\\b|${addressee}|${ministry}|${place}\\s+\\d|${dated}\\s+\\d|${asked}|${answered}|datum\\b|onze referentie\\b|ons kenmerk\\b|betreft\\b|onderwerp\\b|nr\\.\\s*\\d+|` +
    `(?:de\\s+)?(?:adjunct-)?(?:voorzitter|griffier)\\s+van\\s+de\\s+(?:vaste\\s+)?commissie|de\\s+(?:vaste\\s+)?commissie\\s+voor\\s+.+\\s+heeft\\b|` +
    `de\\s+\\S+\\s+heeft\\s+deze\\s+vragen\\s+beantwoord|de vragen en opmerkingen zijn|${aanhangselTitle}|\\d{2}\\s\\d{3}\\s+\\p{Lu}|(?:[A-Z]{1,2}\\s+)?(?:BRIEF|LIJST|VERSLAG|MEMORIE|NOTA)\\s+VAN)`,
  'iu'
)
/** A name under a signature: two to six capitalised words ("Dilan Yeşilgöz-Zegerius", "Mark Harbers"). */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){1,5}$/u

/** The labels among HEADER_ANCHOR's, letter-spaced as PDF text prints them: "D A T U M", "O N S  K E N M E R K", "B E T R E F T". */
const ANCHOR_KEYS: ReadonlySet<string> = new Set(['date', 'reference', 'subject'])
const spacedAnchor = (text: string) => text.charCodeAt(1) === 32 && ANCHOR_KEYS.has(letterheadLabelAt(text)?.key ?? '')

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
  let headerEnd = salutation
  if (headerEnd < 0) {
    headerEnd = from
    for (let i = from; i < bodyEnd; i++) if (isHeaderAnchor(blocks[i]!)) headerEnd = i + 1
    if (hasQuestions) headerEnd = bodyEnd
  }
  const {letterhead, signatories: committee, prose} = readLetterhead(context, blocks, from, headerEnd)
  const children: Letter['children'] = []
  if (letterhead.fields.length > 0) children.push(letterhead)
  // Committee signatures, sentences, furniture and footnotes inside the letterhead range, in document order.
  const besides = [...committee, ...flow(context, [...prose, ...blocks.slice(from, headerEnd).filter((b) => b.kind !== 'content')])]
  besides.sort((a, b) => a.position.start.offset - b.position.start.offset)
  append(children, besides)

  let i = headerEnd
  if (salutation >= 0) {
    const node: Salutation = {type: 'salutation', children: paragraph(context, blocks[salutation]!.lines).children, position: blockPosition(context, blocks[salutation]!)}
    children.push(node)
    i = salutation + 1
  }
  let closing = i
  while (closing < bodyEnd && !(blocks[closing]!.kind !== 'furniture' && opens(CLOSING, blocks[closing]!.text))) closing++
  // The sidebar repeated on later pages ("Kenmerk" / "I E NW/BSK-2023/297705") is furniture.
  markRunningHeaders(blocks, {kind: 'sidebar', texts: sidebarTexts(letterhead)}, i, closing)
  append(children, flow(context, blocks.slice(i, closing)))
  i = closing
  const end = readSignature(context, blocks, i, Math.max(bodyEnd, i), children)
  // Sentences above the letterhead come after it in children ("Antwoord schriftelijke vragen : …" + "Vragen van het lid …"): the span takes them in.
  const letter: Letter = {type: 'letter', children, position: enclose(children, blockPosition(context, blocks[from]!))}
  return {letter, end}
}

/** Labels and values of the letterhead sidebar that pages after the first repeat. */
function sidebarTexts(letterhead: Letterhead): Set<string> {
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
  i++
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
