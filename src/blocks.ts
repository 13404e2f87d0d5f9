/**
 * Groups lines into blocks: the flat stream every reader works on, whatever the source. A block is
 * a run of lines that belong together; blank lines end it, and so do lines that always stand alone
 * ("Vraag 1", "Antwoord 1", "Aanleiding", a bare footnote number). Each block is content, furniture
 * or (once footnotes.ts has read the page bottoms) a footnote.
 */
import {DOCUMENT_TITLE, DOSSIER_SUFFIX, PRINTED_DOSSIER} from './dutch/kamerstuk.js'
import {CLOSING, SALUTATION, SIGNATORY_ROLE} from './dutch/letter.js'
import {LETTERHEAD_LABELS, LETTERHEAD_PHRASES, letterheadLabelAt} from './dutch/letterhead.js'
import {NOTA_HEADINGS, NOTA_LABELS, NOTA_PURPOSES} from './dutch/nota.js'
import {ANSWERS, FRACTIE_OPENING, NOTICE, NUMBERS_AND, NUMBERS_THROUGH, ON_QUESTIONS, QUESTIONS} from './dutch/questions.js'
import type {Line} from './lines.js'
import {isBlank} from './lines.js'
import type {FurnitureKind} from './page-furniture.js'
import {anchored, beginsLikeOneOf, DIGITS, opens} from './starts.js'

/**
 * What every block has: its lines and where its content lies. Every block holds every field of
 * every kind, undefined where it has none, in one order (see makeBlock): the readers then see
 * blocks of one shape, and V8 reads a field of any block as fast as of one kind.
 */
interface BlockBase {
  lines: Line[]
  /** Offset of the first content character. */
  start: number
  /** Offset after the last content character. */
  end: number
  /** The lines' content joined by single spaces: for matching, not for output. */
  text: string
  blankBefore: boolean
  pageStart: boolean
  heading: number | undefined
  bullet: string | undefined
}

/** Text of the document, for the readers to read. */
export interface ContentBlock extends BlockBase {
  kind: 'content'
  furniture: undefined
  footnote: undefined
}

/** A line the layout prints on every page or wraps around the text: a footer, a page number, a repeated header. */
export interface FurnitureBlock extends BlockBase {
  kind: 'furniture'
  furniture: FurnitureKind
  footnote: undefined
}

/** The text of one footnote, with the lines that print its number. */
export interface FootnoteBlock extends BlockBase {
  kind: 'footnote'
  furniture: undefined
  footnote: {identifier: string; label: string; numberLines: Line[]}
}

/** A run of lines that belong together: what the readers take in, in document order. */
export type Block = ContentBlock | FurnitureBlock | FootnoteBlock

/** `block` as furniture of `kind`: the same lines, no longer content. */
export const asFurniture = (block: Block, furniture: FurnitureKind): FurnitureBlock => recast<FurnitureBlock>(block, 'furniture', furniture, undefined)

/**
 * `block` as a block of `kind`, or cut to start at `start` with its text from there: a copy with
 * every field in makeBlock's order, so that it has the one shape every block has (a spread would
 * give it a shape of its own).
 */
export function recast<T extends Block>(block: Block, kind: T['kind'], furniture: T['furniture'], footnote: T['footnote'], start = block.start, text = block.text): T {
  const {lines, end, blankBefore, pageStart, heading, bullet} = block
  return {kind, lines, start, end, text, blankBefore, pageStart, heading, bullet, furniture, footnote} as T
}

/**
 * Number separators in joint headings: "Vraag 2 en 3", "Vragen 4 t/m 6", "Antwoord op vraag 2, 3 en 4",
 * and a space alone where a comma was dropped: "Vraag 7, 8, 9 10 en 11".
 */
const NUMBERS = String.raw`\d{1,3}[a-z]?(?:(?:\s*(?:,|${NUMBERS_AND}|${NUMBERS_THROUGH}|[-–])\s*|\s+)\d{1,3}[a-z]?){0,20}`

/** "Vraag 1", "Vraag 3a", "Vragen 4 t/m 6", "• Vraag 1", "Vraag:", "**Vraag 1**" (bold in Markdown) */
export const QUESTION_HEADING = anchored(new RegExp(String.raw`^(?:\*\*)?(?:[•·]\s*)?${QUESTIONS}(?:\s+(?:nr\.?\s*)?(${NUMBERS}))?\s*[:.]?(?:\*\*)?$`, 'i'), '*•·vV')
/** "Antwoord 1", "Antwoord op vraag 1:", "Antwoord 4 en 5", "Antwoord op de vragen 2, 3 en 4", "Antwoord:" */
export const ANSWER_HEADING = anchored(
  new RegExp(
    String.raw`^(?:\*\*)?${ANSWERS}(?:\s+${ON_QUESTIONS}(${NUMBERS}))?\s*[:.]?(?:\*\*)?$`,
    'i'
  ),
  '*aA'
)
/** "Mededeling" about a delayed answer. */
export const NOTICE_HEADING = anchored(new RegExp(`^${NOTICE}\\s*:?$`, 'i'), 'mM')
/** A bare number on its own line ("12"): a footnote number, a page number or a question number. Asked of every line, so read without a pattern. */
export function isBareNumber(text: string): boolean {
  if (text.length === 0 || text.length > 3) return false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 48 || code > 57) return false
  }
  return true
}
/** Bullets as PDF converters leave them: "•", "▪", "–", "o", the private-use glyph U+F0B7. */
export const BULLET = anchored(/^([•▪●◦\uf0b7\u2013\u2014]|o(?=\s))(\s+|$)/, '•▪●◦\uf0b7\u2013\u2014o')
/**
 * "12. Acht…", "41.Hoeveel", "1. Registratiekosten", and in plain text a list dash before it
 * ("- 1. De regering benoemt …") — not "10) maakt duidelijk" or "3,5%".
 */
export const ORDINAL = anchored(/^(?:-[ \t]+)?(\d{1,3})\.(?:\s+|(?=[\p{Lu}"“'‘«(]))(?=\S)/u, `-${DIGITS}`)

/** Letterhead lines that hold one fact and end there: "Den Haag, 1 juli 2022", "Vastgesteld 5 juli 2022". */
export const LETTERHEAD_LINE = anchored(
  new RegExp(
    `^(?:${LETTERHEAD_PHRASES.place}\\s+\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|${LETTERHEAD_PHRASES.dated}\\s+\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|${LETTERHEAD_PHRASES.addresseeLine})\\.?$`,
    'iu'
  ),
  'dD’\'vVoObBiIaA'
)

/** The longest label or heading looked up by name below: longer lines need not be lowercased. */
const LONGEST_NAME = Math.max(
  ...[...NOTA_HEADINGS, ...NOTA_PURPOSES, ...LETTERHEAD_LABELS.map(([label]) => label), ...NOTA_LABELS.map(([label]) => label)].map((name) => name.length)
)

function standsAlone(text: string): boolean {
  if (opens(LETTERHEAD_LINE, text)) return true
  // Headings begin with a capital: "antwoorden op de vragen 1 en 9." goes on with "Zie de" of the line before.
  if ((opens(QUESTION_HEADING, text) || opens(ANSWER_HEADING, text) || opens(NOTICE_HEADING, text)) && !/^\p{Ll}/u.test(text)) return true
  if (isBareNumber(text)) return true
  if (opens(SALUTATION, text) && text.length < 60) return true
  if (opens(CLOSING, text)) return true
  // A letter-spaced label alone: "D A T U M", "O N S  K E N M E R K".
  if (text.charCodeAt(1) === 32 && letterheadLabelAt(text)?.length === (text.endsWith(':') ? text.slice(0, -1).trimEnd() : text).length) return true
  // Lowercasing never shortens a string, so a longer line cannot be one of the names.
  if (text.length > LONGEST_NAME + 1) return false
  if (opensLikePurpose(text) && PURPOSES.has(text)) return true
  // Labels and headings begin with a capital: "van", wrapped off "… over de Begroting", goes on with the line before.
  if (/^\p{Ll}/u.test(text)) return false
  // A first letter no name begins with: no need to lower-case the line.
  if (!opensLikeName(text)) return false
  const lower = text.toLowerCase()
  return NAMES.has(lower.endsWith(':') ? lower.slice(0, -1) : lower)
}

/** Headings and labels that stand alone, in lower case ("toelichting", "datum"); a colon after one is read past. */
const NAMES: ReadonlySet<string> = new Set([...NOTA_HEADINGS, ...LETTERHEAD_LABELS.map(([label]) => label), ...NOTA_LABELS.map(([label]) => label)])
/** A nota's purpose, as written: "TER BESLISSING". */
const PURPOSES: ReadonlySet<string> = new Set(NOTA_PURPOSES)
/** Whether a line may be a purpose, or one of NAMES in any case, by its first letter. */
const opensLikePurpose = beginsLikeOneOf(NOTA_PURPOSES)
const opensLikeName = beginsLikeOneOf(NAMES, true)

/**
 * Letterhead lines that open a block even without a blank line before them, as in pdftotext
 * output and copied web pages: "Vragen van het lid …", "Antwoord van Minister …", "Aan de
 * Voorzitter …", "Den Haag, 1 juli 2022", "Vastgesteld 15 september 2022", "Nr. 443", "BRIEF VAN …".
 */
export const LETTERHEAD_START = anchored(
  new RegExp(
    `^(?:${LETTERHEAD_PHRASES.asked}|${LETTERHEAD_PHRASES.answered}\\S|${LETTERHEAD_PHRASES.toTheChair}\\b|${LETTERHEAD_PHRASES.place}\\s+\\d|${LETTERHEAD_PHRASES.dated}\\s+\\d)`,
    'i'
  ),
  'vVaAmMdD’\'oObBiI'
)
export const DOCUMENT_START = anchored(
  new RegExp(String.raw`^(?:Nr\.\s*\d+(?:\s+\p{Lu}{2,}|$)|${DOCUMENT_TITLE}\b|${PRINTED_DOSSIER}(?:[\s-]+(?:${DOSSIER_SUFFIX}))?\s+\p{Lu}\p{Ll})`, 'u'),
  `NBLVM${DIGITS}`
)


/**
 * Whether `line` opens a block. `inParenthesis`: the block before it has a parenthesis open, so a
 * dash that opens the line is the text's own, wrapped to the line's start, not a bullet:
 * "Antwoord van Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport" / "– Jeugd, Preventie en Sport) (ontvangen …)".
 */
function startsBlock(line: Line, alone: boolean, inParenthesis: boolean): boolean {
  if (line.heading !== undefined || line.bullet !== undefined) return true
  const text = line.text
  if (alone || opens(LETTERHEAD_START, text) || opens(DOCUMENT_START, text) || opens(FRACTIE_OPENING, text)) return true
  if ((opens(BULLET, text) && !(inParenthesis && isDash(text.charCodeAt(0)))) || opens(ORDINAL, text)) return true
  // "DE MINISTER VAN DEFENSIE", "De staatssecretaris van Financiën," — not "Minister van … over de TOZO (ingezonden".
  if (opens(SIGNATORY_ROLE, text) && text.length < 80 && (text === text.toUpperCase() || text.endsWith(','))) return true
  return false
}

/** Groups `lines` into blocks; `furniture` marks lines already claimed as page furniture. */
export function groupBlocks(lines: Line[], furniture: Map<Line, FurnitureKind>, blankLineBetweenParagraphs: boolean): Block[] {
  const blocks: Block[] = []
  let current: Line[] = []
  let blankBefore = true
  let previousAlone = false
  let width = 0
  // Parentheses the current block opened and has not closed, in its first `counted` lines: counted
  // only where a line opens with a dash, and each line once, so that the count stays linear.
  let open = 0
  let counted = 0
  const inParenthesis = (line: Line) => {
    if (current.length === 0 || !isDash(line.text.charCodeAt(0))) return false
    for (; counted < current.length; counted++) open = parenthesesLeftOpen(current[counted]!.text, open)
    return open > 0
  }
  const flush = () => {
    if (current.length > 0) blocks.push(makeBlock(current, blankBefore))
    current = []
    open = 0
    counted = 0
  }
  for (const line of lines) {
    if (isBlank(line)) {
      flush()
      blankBefore = true
      previousAlone = false
      continue
    }
    // A line the layout sets apart opens a block as if a blank line stood before it.
    if (line.blockStart) {
      flush()
      blankBefore = true
    }
    const kind = furniture.get(line)
    if (kind !== undefined) {
      flush()
      blocks.push(asFurniture(makeBlock([line], blankBefore), kind))
      blankBefore = false
      previousAlone = true
      continue
    }
    // Asked once per line: it decides both whether this line opens a block and whether the next does.
    const alone = standsAlone(line.text)
    if (
      current.length > 0 &&
      (previousAlone || line.pageStart || startsBlock(line, alone, inParenthesis(line)) || line.indent + 2 < (current[0]?.indent ?? 0) || (!blankLineBetweenParagraphs && endsParagraph(current, width, line)))
    ) {
      flush()
      blankBefore = false
    }
    if (current.length === 0) width = 0
    current.push(line)
    width = Math.max(width, line.text.length)
    previousAlone = line.heading !== undefined || alone
  }
  flush()
  return blocks
}

/** An en or em dash, which Dutch text uses as punctuation and converters as a bullet. */
const isDash = (code: number) => code === 0x2013 || code === 0x2014

/** `open` parentheses, and those `text` opens less those it closes; a closing one with none open ("a)") counts for nothing. */
function parenthesesLeftOpen(text: string, open: number): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 40 /* ( */) open++
    else if (c === 41 /* ) */ && open > 0) open--
  }
  return open
}

/** Hard-wrapped text: how much shorter than the widest line a sentence end must be to end a paragraph. */
const PARAGRAPH_END_RATIO = 0.8
const MIN_WRAP_WIDTH = 50

/**
 * In hard-wrapped text without blank lines, a paragraph ends where a line ends a sentence well
 * before the wrap width and the next starts a new one: "… teruggebracht." / "Uit de budgettaire …".
 */
function endsParagraph(current: Line[], width: number, next: Line): boolean {
  const last = current[current.length - 1]!
  if (width < MIN_WRAP_WIDTH || last.text.length >= width * PARAGRAPH_END_RATIO) return false
  return /[.?!:]["”»’)]?(?:\d{1,2})?$/.test(last.text) && /^[\p{Lu}\d"“«‘(]/u.test(next.text)
}

/** A content block of `lines`, which takes its heading and bullet hints from its first line. */
export function makeBlock(lines: Line[], blankBefore: boolean): ContentBlock {
  const first = lines[0]!
  const last = lines[lines.length - 1]!
  // Every field, in one order: a block of another kind is a copy of this one with its own fields set (recast), and keeps its shape.
  return {
    kind: 'content',
    lines,
    start: first.contentStart,
    end: last.contentEnd,
    text: lines.length === 1 ? first.text : lines.map((l) => l.text).join(' '),
    blankBefore,
    pageStart: first.pageStart,
    heading: first.heading,
    bullet: first.bullet,
    furniture: undefined,
    footnote: undefined
  }
}

/** Splits a block of content before line `at`; returns the two halves (the first may be empty). */
export function splitBlock(block: ContentBlock, at: number): [ContentBlock | undefined, ContentBlock | undefined] {
  const head = block.lines.slice(0, at)
  const tail = block.lines.slice(at)
  return [head.length > 0 ? makeBlock(head, block.blankBefore) : undefined, tail.length > 0 ? makeBlock(tail, false) : undefined]
}
