/**
 * What a paragraph's style and its list give it: the outline level of its style (a heading) and
 * the label a reader sees before a list item ("1.", "a)", "•"), counted as Word counts it.
 */
import {type Attributes, readXml} from './xml.js'

interface Style {
  basedOn?: string | undefined
  outline?: number | undefined
  numId?: string | undefined
  ilvl?: number | undefined
  /** Its name, for the built-in headings ("heading 2") that a file writes without an outline level. */
  name?: string | undefined
}

/** What a paragraph's properties or its style set for it. */
export interface ParagraphSettings {
  outline?: number | undefined
  numId?: string | undefined
  ilvl?: number | undefined
}

/** Paragraph styles by id, each with what it sets itself; {@link resolveStyle} follows `basedOn`. */
export type Styles = Map<string, Style>

/** How deep `basedOn` is followed: Word's own styles chain a few levels; a loop must end. */
const MAX_BASED_ON = 16

/** The paragraph styles of `word/styles.xml` (`part` names it in errors): what each sets itself, its outline level and list. */
export function readStyles(xml: string | undefined, part: string): Styles {
  const styles: Styles = new Map()
  if (xml === undefined) return styles
  let current: Style | undefined
  let inParagraphProperties = false
  readXml(xml, part, {
    open(name, attributes) {
      if (name === 'w:style') {
        current = attributes.get('type') === 'paragraph' && attributes.has('styleId') ? {} : undefined
        if (current) styles.set(attributes.get('styleId')!, current)
      } else if (current === undefined) return
      else if (name === 'w:pPr') inParagraphProperties = true
      else if (name === 'w:basedOn') current.basedOn = attributes.get('val')
      else if (name === 'w:name') current.name = attributes.get('val')
      else if (inParagraphProperties) readParagraphProperty(name, attributes, current)
    },
    close(name) {
      if (name === 'w:pPr') inParagraphProperties = false
      else if (name === 'w:style') current = undefined
    },
    text() {}
  })
  return styles
}

/** Reads one child of a `w:pPr` (or of its `w:numPr`) into `into`. */
export function readParagraphProperty(name: string, attributes: Attributes, into: ParagraphSettings): void {
  if (name === 'w:outlineLvl') {
    const level = Number(attributes.get('val'))
    // Level 9 is body text; 0–8 are the outline's levels.
    if (Number.isInteger(level) && level >= 0 && level <= 8) into.outline = level
  } else if (name === 'w:numId') into.numId = attributes.get('val')
  else if (name === 'w:ilvl') {
    const level = Number(attributes.get('val'))
    if (Number.isInteger(level) && level >= 0 && level <= 8) into.ilvl = level
  }
}

const HEADING_NAME = /^heading ([1-9])$/i

/** What style `id` gives a paragraph, its own settings before those it is based on. */
export function resolveStyle(styles: Styles, id: string | undefined): ParagraphSettings {
  const out: ParagraphSettings = {}
  let at = id === undefined ? undefined : styles.get(id)
  for (let depth = 0; at !== undefined && depth < MAX_BASED_ON; depth++) {
    if (out.outline === undefined) {
      if (at.outline !== undefined) out.outline = at.outline
      else {
        const heading = at.name === undefined ? null : HEADING_NAME.exec(at.name)
        if (heading) out.outline = Number(heading[1]) - 1
      }
    }
    out.numId ??= at.numId
    out.ilvl ??= at.ilvl
    at = at.basedOn === undefined ? undefined : styles.get(at.basedOn)
  }
  return out
}

interface Level {
  start: number
  format: string
  text: string
  /** What follows the label: a tab (as a space here), a space, or nothing. */
  suffix: string
  /** "Legal" numbering: every level's number in digits. */
  legal: boolean
}

interface NumberingDefinitions {
  /** numId → abstractNumId and the levels it restarts at. */
  nums: Map<string, {abstract: string; starts: Map<number, number>}>
  abstracts: Map<string, Map<number, Level>>
}

/** The list definitions of `word/numbering.xml` (`part` names it in errors): each list's levels and where they restart. */
export function readNumbering(xml: string | undefined, part: string): NumberingDefinitions {
  const nums: NumberingDefinitions['nums'] = new Map()
  const abstracts: NumberingDefinitions['abstracts'] = new Map()
  if (xml === undefined) return {nums, abstracts}
  let abstract: Map<number, Level> | undefined
  let level: Level | undefined
  let num: {abstract: string; starts: Map<number, number>} | undefined
  let override: number | undefined
  readXml(xml, part, {
    open(name, attributes) {
      const value = attributes.get('val')
      if (name === 'w:abstractNum') abstracts.set(attributes.get('abstractNumId') ?? '', (abstract = new Map()))
      else if (name === 'w:num') nums.set(attributes.get('numId') ?? '', (num = {abstract: '', starts: new Map()}))
      else if (num !== undefined) {
        if (name === 'w:abstractNumId') num.abstract = value ?? ''
        else if (name === 'w:lvlOverride') override = Number(attributes.get('ilvl'))
        else if (name === 'w:startOverride' && override !== undefined) num.starts.set(override, Number(value) || 0)
      } else if (abstract !== undefined) {
        if (name === 'w:lvl') {
          level = {start: 1, format: 'decimal', text: '', suffix: ' ', legal: false}
          abstract.set(Number(attributes.get('ilvl')), level)
        } else if (level === undefined) return
        else if (name === 'w:start') level.start = Number(value) || 0
        else if (name === 'w:numFmt') level.format = value ?? 'decimal'
        else if (name === 'w:lvlText') level.text = value ?? ''
        else if (name === 'w:suff') level.suffix = value === 'nothing' ? '' : ' '
        else if (name === 'w:isLgl') level.legal = value !== '0' && value !== 'false'
      }
    },
    close(name) {
      if (name === 'w:abstractNum') abstract = undefined
      else if (name === 'w:lvl') level = undefined
      else if (name === 'w:num') num = undefined
      else if (name === 'w:lvlOverride') override = undefined
    },
    text() {}
  })
  return {nums, abstracts}
}

/** Counts list items as Word does, one list per abstract definition, and gives each its label. */
export class Numbering {
  private readonly counters = new Map<string, number[]>()
  private readonly started = new Set<string>()
  constructor(private readonly definitions: NumberingDefinitions) {}

  /** The label of the next item of list `numId` at level `ilvl` ("2.", "b)", "•"), with what follows it; '' for none. */
  next(numId: string, ilvl: number): string {
    const num = this.definitions.nums.get(numId)
    const levels = num === undefined ? undefined : this.definitions.abstracts.get(num.abstract)
    const level = levels?.get(ilvl)
    if (num === undefined || levels === undefined || level === undefined) return ''
    let counts = this.counters.get(num.abstract)
    if (counts === undefined) this.counters.set(num.abstract, (counts = []))
    // A list that restarts (a startOverride) does so where it is first used.
    if (!this.started.has(numId)) {
      this.started.add(numId)
      for (const [at, start] of num.starts) counts[at] = start - 1
    }
    counts[ilvl] = (counts[ilvl] ?? (levels.get(ilvl)?.start ?? 1) - 1) + 1
    counts.length = ilvl + 1
    if (level.format === 'none') return ''
    if (level.format === 'bullet') return bullet(level.text) + level.suffix
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const at = Number(digit) - 1
      const count = counts[at] ?? levels.get(at)?.start ?? 1
      return formatNumber(count, level.legal && at < ilvl ? 'decimal' : (levels.get(at)?.format ?? 'decimal'))
    })
    return label === '' ? '' : label + level.suffix
  }
}

/** A bullet as read: symbol fonts put theirs in the Private Use Area (U+F0B7), which reads as "•". */
function bullet(text: string): string {
  const c = text.codePointAt(0)
  if (c === undefined) return '•'
  return c >= 0xe000 && c <= 0xf8ff ? '•' : text
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n).toLowerCase()
    case 'upperLetter':
      return letters(n)
    case 'lowerRoman':
      return roman(n).toLowerCase()
    case 'upperRoman':
      return roman(n)
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n)
    default:
      return String(n)
  }
}

/** A, B, … Z, AA, BB: Word repeats the letter. */
function letters(n: number): string {
  if (n < 1) return String(n)
  const letter = String.fromCharCode(65 + ((n - 1) % 26))
  return letter.repeat(Math.min(Math.floor((n - 1) / 26) + 1, 10))
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n)
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let out = ''
  for (const [value, symbol] of table) {
    while (n >= value) {
      out += symbol
      n -= value
    }
  }
  return out
}
