/**
 * Small Word files made inside the tests, for a fresh clone without ../shared: a zip writer with
 * stored and deflated entries (node:zlib), and a .docx of the parts a test gives.
 */
import {deflateRawSync} from 'node:zlib'

export interface ZipPart {
  name: string
  data: string | Uint8Array
  /** Stored (no compression) or deflated; deflated by default. */
  store?: boolean
  /** The size the headers claim, where a test makes them lie. */
  claimedSize?: number
}

const crcTable = Array.from({length: 256}, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** A zip of `parts`, in the order given. */
export function zip(parts: ZipPart[]): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : Buffer.from(part.data)
    const data = part.store ? raw : deflateRawSync(raw)
    const name = Buffer.from(part.name, 'utf8')
    const size = part.claimedSize ?? raw.length
    // The local header and the directory entry share these fields, the entry's two bytes further on.
    const common = (header: Buffer, at: number) => {
      header.writeUInt16LE(part.store ? 0 : 8, at)
      header.writeUInt32LE(crc32(raw), at + 6)
      header.writeUInt32LE(data.length, at + 10)
      header.writeUInt32LE(size, at + 14)
      header.writeUInt16LE(name.length, at + 18)
    }
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    common(local, 8)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    common(central, 10)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export interface DocxParts {
  /** The children of `w:body`. */
  body: string
  /** The first page's header: the children of `w:hdr`. */
  header?: string
  /** The children of `w:footnotes`. */
  footnotes?: string
  /** The children of `w:styles`. */
  styles?: string
  /** The children of `w:numbering`. */
  numbering?: string
  /** Parts to add or put in the place of those made here. */
  extra?: ZipPart[]
}

/** A .docx of `parts`. */
export function docx(parts: DocxParts): Uint8Array {
  const rels: string[] = []
  const files: ZipPart[] = []
  const add = (id: string, type: string, target: string, root: string, content: string | undefined) => {
    if (content === undefined) return
    rels.push(`<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    files.push({name: `word/${target}`, data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} ${W}>${content}</w:${root}>`})
  }
  add('rId1', 'styles', 'styles.xml', 'styles', parts.styles)
  add('rId2', 'numbering', 'numbering.xml', 'numbering', parts.numbering)
  add('rId3', 'footnotes', 'footnotes.xml', 'footnotes', parts.footnotes)
  add('rId4', 'header', 'header1.xml', 'hdr', parts.header)
  const section = parts.header === undefined ? '' : '<w:sectPr><w:headerReference w:type="first" r:id="rId4"/><w:titlePg/></w:sectPr>'
  const all: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    },
    {name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`},
    {name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${parts.body}${section}</w:body></w:document>`},
    {name: 'word/_rels/document.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`},
    ...files
  ]
  for (const part of parts.extra ?? []) {
    const at = all.findIndex((p) => p.name === part.name)
    if (at >= 0) all[at] = part
    else all.push(part)
  }
  return zip(all)
}

/** A paragraph of plain runs: `p('Vraag 1')`; `style` its paragraph style. */
export const p = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`

/** A field as Word writes it: its instruction, then its result ("DOCPROPERTY datum" → "7 november 2023"). */
export const field = (instruction: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`

/** A text box anchored in a paragraph, written twice as Word does: a drawing (`mc:Choice`) and VML (`mc:Fallback`). */
export const textBox = (paragraphs: string) =>
  `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>${paragraphs}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
