/**
 * A Word file (.docx) into the text a reader sees, laid out once: the header of the first page (where
 * the Rijkshuisstijl keeps the letterhead, often in text boxes), the body, the footnotes and
 * endnotes in the order of their numbers, then the other headers and footers, each part once. A
 * paragraph is a line, or lines where it holds line breaks, and a blank line stands between two
 * paragraphs: Word marks every paragraph, so no paragraph runs into the next. Pages are not in the
 * file (Word lays them out when it shows them), so no line says on which page it is.
 *
 * Why no dependency: mammoth (BSD-2) reads the body and the footnotes, but not headers or text boxes,
 * where the letterheads of ministries' Word files are; and it draws list numbers as HTML lists. One
 * pass over the parts with the zip reader and XML reader here reads all of it, in less code than
 * mammoth's bundle (see docs/architecture.md).
 */
import {KamerbriefError} from '../errors.js'
import {Numbering, readNumbering, readStyles} from './definitions.js'
import {type DocxParagraph, type Notes, readStory, type Section, type StoryContext} from './story.js'
import {readXml} from './xml.js'
import {type Budget, openZip, readEntry} from './zip.js'

/** A paragraph of the laid-out text: where it is, and what Word says of it. */
export interface DocxBlock {
  /** Offsets in `text`. */
  start: number
  end: number
  /** A heading of this depth: the paragraph's outline level, from its style or its own properties. */
  heading?: number
  /** Printed on the pages after the first: a running header or footer. */
  repeated?: boolean
}

export interface DocxText {
  /** The text laid out from the file; every position of the tree points into it. */
  text: string
  /** One per paragraph with text, in text order. */
  blocks: DocxBlock[]
}

export interface ExtractOptions {
  /** Bytes of XML the read may inflate in all: more is refused with `INPUT_TOO_LARGE` (a zip bomb). */
  maxXmlBytes: number
}

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
const STRICT_RELATIONSHIP = 'http://purl.oclc.org/ooxml/officeDocument/relationships/'
/** The content types of a Word document's main part: document, template, with macros. */
const WORD_MAIN = /wordprocessingml\.(?:document|template)\.main\+xml|ms-word\.(?:document|template)\.macroEnabled(?:\.main)?\+xml/

interface Relationship {
  type: string
  target: string
}

/** Reads `data`, a Word file, into its text; throws `INVALID_DOCX`, `UNSUPPORTED_FORMAT` or `INPUT_TOO_LARGE`. */
export async function extractDocxText(data: Uint8Array, options: ExtractOptions): Promise<DocxText> {
  refuseOtherFormats(data)
  const zip = openZip(data)
  const budget: Budget = {left: options.maxXmlBytes}
  const read = async (name: string) => {
    const entry = zip.entries.get(name)
    return entry === undefined ? undefined : decodeXml(await readEntry(zip, entry, budget))
  }

  const mimetype = zip.entries.get('mimetype')
  if (mimetype !== undefined && mimetype.size < 200) {
    const type = new TextDecoder().decode(await readEntry(zip, mimetype, budget))
    if (type.startsWith('application/vnd.oasis.opendocument')) {
      throw new KamerbriefError('UNSUPPORTED_FORMAT', `The file is an OpenDocument file (${type}), not a Word file: save it as .docx, or convert it to text`)
    }
  }
  const main = relationships(await read('_rels/.rels'), '_rels/.rels', '').find((r) => isType(r.type, 'officeDocument'))
  const types = await read('[Content_Types].xml')
  if (main === undefined || types === undefined) {
    throw new KamerbriefError('UNSUPPORTED_FORMAT', 'The file is a zip, but not a Word file: it has no main document')
  }
  const type = contentType(types, main.target)
  if (type === undefined || !WORD_MAIN.test(type)) {
    throw new KamerbriefError('UNSUPPORTED_FORMAT', `The file is a zip, but not a Word file: its main part ${main.target} is ${type ?? 'of no known type'}`)
  }
  const documentXml = await read(main.target)
  if (documentXml === undefined) throw new KamerbriefError('INVALID_DOCX', `The Word file has no ${main.target}`)
  const folder = main.target.slice(0, main.target.lastIndexOf('/') + 1)
  const relsName = `${folder}_rels/${main.target.slice(folder.length)}.rels`
  const rels = new Map<string, Relationship>()
  for (const r of relationships(await read(relsName), relsName, folder)) rels.set(r.id, r)
  const partOf = (kind: string) => [...rels.values()].find((r) => isType(r.type, kind))?.target

  const stylesPart = partOf('styles')
  const numberingPart = partOf('numbering')
  const styles = readStyles(stylesPart === undefined ? undefined : await read(stylesPart), stylesPart ?? '')
  const numbering = new Numbering(readNumbering(numberingPart === undefined ? undefined : await read(numberingPart), numberingPart ?? ''))
  // Notes are numbered in the order the body refers to them, footnotes and endnotes in one count.
  const numbers = new Map<string, number>()
  let collecting = true
  const context: StoryContext = {
    styles,
    numbering,
    noteNumber(kind, id) {
      const key = `${kind}:${id}`
      let n = numbers.get(key)
      if (n === undefined && collecting) numbers.set(key, (n = numbers.size + 1))
      return n
    }
  }

  const body = readStory(documentXml, main.target, context)
  collecting = false
  const notes: Array<{n: number; paragraphs: DocxParagraph[]}> = []
  for (const kind of ['footnote', 'endnote'] as const) {
    const part = partOf(`${kind}s`)
    const xml = part === undefined ? undefined : await read(part)
    if (part === undefined || xml === undefined) continue
    const into: Notes = new Map()
    readStory(xml, part, context, {kind, into})
    for (const [id, paragraphs] of into) {
      const n = numbers.get(`${kind}:${id}`)
      // A note no reference points to is not printed.
      if (n !== undefined) notes.push({n, paragraphs})
    }
  }
  notes.sort((a, b) => a.n - b.n)

  // Headers and footers for even pages are printed only where the settings ask for them; a template
  // keeps them otherwise, unseen ("VERTROUWELIJK" in a letter that is not).
  const settingsPart = partOf('settings')
  const settingsXml = settingsPart === undefined ? undefined : await read(settingsPart)
  const evenPages = settingsXml !== undefined && evenAndOddHeaders(settingsXml, settingsPart!)
  const {first, others} = headersAndFooters(body.sections, evenPages)
  const layout = new Layout()
  const seen = new Set<string>()
  const readPart = async (reference: {id: string} | undefined) => {
    const target = reference === undefined ? undefined : rels.get(reference.id)?.target
    if (target === undefined || seen.has(target)) return undefined
    seen.add(target)
    const xml = await read(target)
    return xml === undefined ? undefined : readStory(xml, target, context).paragraphs
  }
  layout.add(await readPart(first), false)
  layout.add(body.paragraphs, false)
  for (const note of notes) layout.add(note.paragraphs, false)
  for (const reference of others) layout.add(await readPart(reference), reference.type !== 'first')
  return layout.done()
}

/** The header on the first page of the first section, and every other header and footer in the order the sections name them. */
function headersAndFooters(sections: Section[], evenPages: boolean): {first?: {id: string; type: string}; others: Array<{id: string; type: string}>} {
  const opening = sections[0]
  const first = opening?.references.find((r) => r.kind === 'header' && r.type === (opening.titlePage ? 'first' : 'default'))
  // A section's first-page header and footer are printed only when it has a title page.
  const others = sections.flatMap((s) => s.references.filter((r) => r !== first && (r.type !== 'even' || evenPages) && (r.type !== 'first' || s.titlePage)))
  return first === undefined ? {others} : {first, others}
}

class Layout {
  private readonly parts: string[] = []
  private readonly blocks: DocxBlock[] = []
  private length = 0

  add(paragraphs: DocxParagraph[] | undefined, repeated: boolean): void {
    let frame: number | undefined
    for (const paragraph of paragraphs ?? []) {
      // A paragraph of white space only shows nothing; the blank line between paragraphs stands for it.
      if (paragraph.text.trim() === '') continue
      // The paragraphs of one text box are lines of one block, as a text box is a frame of its own on
      // the page: "De voorzitter van de Tweede Kamer" above "der Staten-Generaal". Those of a table
      // cell are not: a cell holds the sender, its address and a clause about replies alike.
      const together = frame !== undefined && paragraph.frame === frame
      frame = paragraph.frame
      if (this.length > 0) {
        this.parts.push(together ? '\n' : '\n\n')
        this.length += together ? 1 : 2
      }
      const block: DocxBlock = {start: this.length, end: this.length + paragraph.text.length}
      if (paragraph.heading !== undefined) block.heading = paragraph.heading
      if (repeated) block.repeated = true
      this.blocks.push(block)
      this.parts.push(paragraph.text)
      this.length += paragraph.text.length
    }
  }

  done(): DocxText {
    return {text: this.parts.join(''), blocks: this.blocks}
  }
}

/** A legacy Word file (.doc), or a Word file with a password (both kept in a Compound File), or a PDF. */
function refuseOtherFormats(data: Uint8Array): void {
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    throw new KamerbriefError('UNSUPPORTED_FORMAT', 'The file is an OLE compound file: a Word 97–2003 document (.doc) or a Word file protected with a password. Save it as .docx without a password')
  }
  if (data[0] === 0x25 && data[1] === 0x50 && data[2] === 0x44 && data[3] === 0x46) {
    throw new KamerbriefError('UNSUPPORTED_FORMAT', "The file is a PDF, not a Word file: read it with parseKamerbriefPdf from 'kamerbrief/pdf'")
  }
}

/** Whether the settings print other headers and footers on even pages (`w:evenAndOddHeaders`). */
function evenAndOddHeaders(xml: string, part: string): boolean {
  let found = false
  readXml(xml, part, {
    open(name, attributes) {
      if (name === 'w:evenAndOddHeaders') {
        const value = attributes.get('val')
        found = value === undefined || (value !== '0' && value !== 'false' && value !== 'off')
      }
    },
    close() {},
    text() {}
  })
  return found
}

const isType = (type: string, kind: string) => type === RELATIONSHIP + kind || type === STRICT_RELATIONSHIP + kind

/** The relationships of a part, their targets as names in the zip (resolved against `folder`). */
function relationships(xml: string | undefined, part: string, folder: string): Array<Relationship & {id: string}> {
  const out: Array<Relationship & {id: string}> = []
  if (xml === undefined) return out
  readXml(xml, part, {
    open(name, attributes) {
      if (name !== 'rel:Relationship' || attributes.get('TargetMode') === 'External') return
      const id = attributes.get('Id')
      const type = attributes.get('Type')
      const target = attributes.get('Target')
      if (id !== undefined && type !== undefined && target !== undefined) out.push({id, type, target: resolve(folder, target)})
    },
    close() {},
    text() {}
  })
  return out
}

/** `target` relative to `folder` ("word/"), as a name in the zip: "../customXml/item1.xml" → "customXml/item1.xml". */
function resolve(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folder + target
  const out: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop()
    else if (segment !== '.' && segment !== '') out.push(segment)
  }
  return out.join('/')
}

/** The content type of `name` in `[Content_Types].xml`: its override, else the default of its extension. */
function contentType(xml: string, name: string): string | undefined {
  let override: string | undefined
  const defaults = new Map<string, string>()
  readXml(xml, '[Content_Types].xml', {
    open(element, attributes) {
      if (element === 'ct:Override' && attributes.get('PartName')?.replace(/^\//, '') === name) override = attributes.get('ContentType')
      else if (element === 'ct:Default') defaults.set((attributes.get('Extension') ?? '').toLowerCase(), attributes.get('ContentType') ?? '')
    },
    close() {},
    text() {}
  })
  return override ?? defaults.get(name.slice(name.lastIndexOf('.') + 1).toLowerCase())
}

/** A part's bytes as text: UTF-8 as Word writes it, or UTF-16 where a byte order mark says so. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  return new TextDecoder('utf-8').decode(bytes)
}

