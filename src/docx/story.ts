/**
 * Reads a story of a Word file (the body, a header or footer, the footnotes) into paragraphs as a
 * reader sees them: the text of its runs with fields read as their results (the value Word shows
 * for `DOCPROPERTY datum`, not the instruction), list labels as Word draws them, footnote
 * references as the raised number Word prints, and text boxes as paragraphs of their own before
 * the paragraph that holds them. What Word does not show is left out: deleted text, hidden text,
 * field instructions, and the second rendering of a text box (`mc:Fallback`).
 */
import {type Numbering, type ParagraphSettings, readParagraphProperty, resolveStyle, type Styles} from './definitions.js'
import type {Attributes} from './xml.js'
import {readXml} from './xml.js'

export interface DocxParagraph {
  /** The text as shown, line breaks within the paragraph as "\n". */
  text: string
  /** A heading of this depth (1 for outline level 0). */
  heading?: number
  /** The text box the paragraph stands in, numbered per story: its paragraphs belong together. */
  frame?: number
}

/** A section's header and footer parts, from its `w:sectPr`. */
export interface SectionReference {
  kind: 'header' | 'footer'
  /** `first`, `default` or `even`. */
  type: string
  /** The relationship id of the part. */
  id: string
}

export interface Section {
  titlePage: boolean
  references: SectionReference[]
}

export interface StoryContext {
  styles: Styles
  numbering: Numbering
  /**
   * The number shown for footnote or endnote `id` where the body refers to it: Word numbers notes
   * in the order they are referred to. Set while the body is read, looked up in the notes.
   */
  noteNumber(kind: 'footnote' | 'endnote', id: string): number | undefined
}

export interface Story {
  paragraphs: DocxParagraph[]
  sections: Section[]
}

/** Notes by id, each with its paragraphs. */
export type Notes = Map<string, DocxParagraph[]>

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'
/** A number as the raised digits Word prints a footnote reference in: 12 → "¹²". */
export const raised = (n: number) => [...String(n)].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('')

/**
 * Elements whose content Word does not show as text of the story: field instructions, deleted text
 * and moved-away text, properties as they were before a tracked change, a content control's settings.
 */
const SKIPPED = new Set(['w:instrText', 'w:delText', 'w:delInstrText', 'w:moveFrom', 'w:pPrChange', 'w:rPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:numberingChange', 'w:sdtPr', 'w:del'])

const on = (attributes: Attributes) => {
  const value = attributes.get('val')
  return value === undefined || (value !== '0' && value !== 'false' && value !== 'off')
}

interface Paragraph extends ParagraphSettings {
  text: string
  frame?: number | undefined
  styleId?: string | undefined
  /** Set while the paragraph's properties are read. */
  inProperties: boolean
  /** The current run's hidden and raised settings. */
  hidden: boolean
  raised: boolean
}

interface Field {
  /** Past `separate`: its result is being read. */
  result: boolean
}

/**
 * Reads the story in `xml`. `notes`, when given, gathers the footnotes or endnotes of a notes part
 * (`w:footnote` / `w:endnote` elements) instead of one list of paragraphs.
 */
export function readStory(xml: string, part: string, context: StoryContext, notes?: {kind: 'footnote' | 'endnote'; into: Notes}): Story {
  const paragraphs: DocxParagraph[] = []
  const sections: Section[] = []
  let out = paragraphs
  // Paragraphs open inside others through text boxes; the innermost is the one read.
  const open: Paragraph[] = []
  // Fields nest, and a text box is a story of its own: each paragraph stack level keeps its fields.
  let fields: Field[] = []
  const fieldStacks: Field[][] = []
  let hiddenFields = 0
  const hiddenStack: number[] = []
  let skip = 0
  // mc:AlternateContent: whether a choice has been read, per open element.
  const chosen: boolean[] = []
  let section: Section | undefined
  let inRunProperties = false
  let inNumbering = false
  let note: string | undefined
  let inText = false
  // Text boxes, innermost last, each with a number of its own.
  const frames: number[] = []
  let framesSeen = 0

  const current = () => open[open.length - 1]
  const visible = () => skip === 0 && hiddenFields === 0 && current() !== undefined && !current()!.hidden
  const write = (text: string) => {
    if (visible()) current()!.text += text
  }

  readXml(xml, part, {
    open(name, attributes, empty) {
      // readXml closes every element it opens, an empty one at once: the count holds either way.
      if (skip > 0) {
        skip++
        return
      }
      if (SKIPPED.has(name)) {
        skip = 1
        return
      }
      switch (name) {
        case 'mc:AlternateContent':
          chosen.push(false)
          return
        case 'mc:Choice':
        case 'mc:Fallback':
          // The first rendering only: a text box is written twice, as a drawing and as VML.
          if (chosen[chosen.length - 1]) skip = 1
          else chosen[chosen.length - 1] = true
          return
        case 'w:footnote':
        case 'w:endnote':
          if (notes !== undefined) {
            const type = attributes.get('type')
            const id = attributes.get('id')
            // Separators are the rule Word draws above the notes, not a note.
            if ((type !== undefined && type !== 'normal') || id === undefined) {
              skip = 1
              return
            }
            note = id
            out = []
            notes.into.set(id, out)
          }
          return
        case 'w:txbxContent':
          frames.push(++framesSeen)
          return
        case 'w:p':
          open.push({text: '', frame: frames[frames.length - 1], inProperties: false, hidden: false, raised: false})
          fieldStacks.push(fields)
          hiddenStack.push(hiddenFields)
          if (open.length > 1) {
            fields = []
            hiddenFields = 0
          }
          return
        case 'w:pPr':
          if (current()) current()!.inProperties = true
          return
        case 'w:pStyle':
          if (current()?.inProperties && !inRunProperties) current()!.styleId = attributes.get('val')
          return
        case 'w:numPr':
          inNumbering = true
          return
        case 'w:outlineLvl':
        case 'w:numId':
        case 'w:ilvl':
          if (current()?.inProperties && !inRunProperties && (name === 'w:outlineLvl' || inNumbering)) readParagraphProperty(name, attributes, current()!)
          return
        case 'w:sectPr':
          sections.push((section = {titlePage: false, references: []}))
          return
        case 'w:titlePg':
          if (section) section.titlePage = on(attributes)
          return
        case 'w:headerReference':
        case 'w:footerReference': {
          const id = attributes.get('id')
          if (section && id !== undefined) section.references.push({kind: name === 'w:headerReference' ? 'header' : 'footer', type: attributes.get('type') ?? 'default', id})
          return
        }
        case 'w:r':
          if (current()) {
            current()!.hidden = false
            current()!.raised = false
          }
          return
        case 'w:rPr':
          inRunProperties = true
          return
        case 'w:vanish':
          // Hidden text of a run; in a paragraph's own properties it hides only the paragraph mark.
          if (inRunProperties && current() && !current()!.inProperties) current()!.hidden = on(attributes)
          return
        case 'w:vertAlign':
          if (inRunProperties && current() && !current()!.inProperties) current()!.raised = attributes.get('val') === 'superscript'
          return
        case 'w:fldChar': {
          const type = attributes.get('fldCharType')
          if (type === 'begin') {
            fields.push({result: false})
            hiddenFields++
          } else if (type === 'separate') {
            const field = fields[fields.length - 1]
            if (field && !field.result) {
              field.result = true
              hiddenFields--
            }
          } else if (type === 'end') {
            const field = fields.pop()
            if (field && !field.result) hiddenFields--
          }
          return
        }
        case 'w:t':
          inText = !empty
          return
        case 'w:tab':
          // A tab stop in a run; in a paragraph's properties it defines one.
          if (!current()?.inProperties) write('\t')
          return
        case 'w:br':
        case 'w:cr':
          write('\n')
          return
        case 'w:noBreakHyphen':
          write('-')
          return
        case 'w:softHyphen':
          write('\u00ad')
          return
        case 'w:footnoteReference':
        case 'w:endnoteReference': {
          const id = attributes.get('id')
          // A mark of the author's own ("*") follows as text; Word then draws no number.
          const custom = attributes.get('customMarkFollows')
          if ((custom !== undefined && custom !== '0' && custom !== 'false') || id === undefined) return
          const n = context.noteNumber(name === 'w:footnoteReference' ? 'footnote' : 'endnote', id)
          if (n !== undefined) write(raised(n))
          return
        }
        case 'w:footnoteRef':
        case 'w:endnoteRef': {
          const n = note === undefined || notes === undefined ? undefined : context.noteNumber(notes.kind, note)
          if (n !== undefined) write(raised(n))
          return
        }
      }
    },
    close(name) {
      if (skip > 0) {
        skip--
        return
      }
      switch (name) {
        case 'mc:AlternateContent':
          chosen.pop()
          return
        case 'w:t':
          inText = false
          return
        case 'w:txbxContent':
          frames.pop()
          return
        case 'w:rPr':
          inRunProperties = false
          return
        case 'w:numPr':
          inNumbering = false
          return
        case 'w:pPr':
          if (current()) current()!.inProperties = false
          return
        case 'w:sectPr':
          section = undefined
          return
        case 'w:footnote':
        case 'w:endnote':
          if (notes !== undefined) {
            note = undefined
            out = paragraphs
          }
          return
        case 'w:p': {
          const paragraph = open.pop()!
          // A field may run over paragraphs of one story; a text box's paragraphs give back the fields around it.
          fields = fieldStacks.pop()!
          const before = hiddenStack.pop()!
          if (open.length > 0) hiddenFields = before
          out.push(finish(paragraph, context))
          return
        }
      }
    },
    text(value) {
      // Only the text of w:t elements is shown; readXml reports text between elements too.
      if (!inText) return
      // A line break in the XML of a run is a space, as Word shows it.
      const shown = value.replace(/[\r\n]/g, ' ')
      write(current()?.raised ? raiseDigits(shown) : shown)
    }
  })
  return {paragraphs, sections}
}

/** A raised run of digits is a footnote mark typed by hand ("gedrag²"): read as the raised digits it shows. */
function raiseDigits(value: string): string {
  return /^\d{1,3}$/.test(value) ? raised(Number(value)).padStart(value.length, SUPERSCRIPT_DIGITS[0]) : value
}

/** The paragraph as read: its list label before its text, its heading depth from its outline level. */
function finish(paragraph: Paragraph, context: StoryContext): DocxParagraph {
  const style = resolveStyle(context.styles, paragraph.styleId)
  const numId = paragraph.numId ?? style.numId
  const ilvl = paragraph.ilvl ?? style.ilvl ?? 0
  // numId 0 takes away the numbering a style gives.
  const label = numId === undefined || numId === '0' ? '' : context.numbering.next(numId, ilvl)
  const out: DocxParagraph = {text: label + paragraph.text}
  const outline = paragraph.outline ?? style.outline
  if (outline !== undefined) out.heading = outline + 1
  if (paragraph.frame !== undefined) out.frame = paragraph.frame
  return out
}
