/** The Word reader on small files made here: what it lays out, and what it refuses, each with its code. */
import {coverage, KamerbriefError, parseKamerbrief, type Root} from 'kamerbrief'
import {parseKamerbriefDocx} from 'kamerbrief/docx'
import {describe, expect, it} from 'vitest'
import {docx, field, p, textBox, zip} from './docx-files.js'
import {all, first, text} from './util.js'

const textOf = (tree: Root) => tree.data?.text as string
const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    return error instanceof KamerbriefError ? error.code : String(error)
  }
  return 'no error'
}

const HEADING_STYLES = '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/></w:style>'
const NUMBERING =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
/** A letterhead, for a letter the parser recognises as one. */
const HEAD = p('Datum') + p('7 november 2023') + p('Betreft') + p('Beantwoording Kamervragen')
const HEAD_TEXT = 'Datum\n\n7 november 2023\n\nBetreft\n\nBeantwoording Kamervragen\n\n'
const item = (numId: number, ilvl: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`

describe('parseKamerbriefDocx', () => {
  it('should read paragraphs, headings by outline level or heading style, and point every position into root.data.text', async () => {
    const tree = await parseKamerbriefDocx(
      docx({
        styles: HEADING_STYLES,
        body: HEAD + p('Geachte voorzitter,') + p('Inleiding', 'Kop1') + p('De Kamer heeft op 3 november 2022 gevraagd om een toelichting.') + p('Achtergrond', 'Kop2') + p('Het kabinet neemt de motie over.') + p('Hoogachtend,')
      })
    )
    expect(tree.format).toBe('docx')
    expect(textOf(tree)).toBe(HEAD_TEXT + 'Geachte voorzitter,\n\nInleiding\n\nDe Kamer heeft op 3 november 2022 gevraagd om een toelichting.\n\nAchtergrond\n\nHet kabinet neemt de motie over.\n\nHoogachtend,')
    expect(all(tree, 'heading').map((h) => [h.depth, text(h)])).toEqual([
      [1, 'Inleiding'],
      [2, 'Achtergrond']
    ])
    expect(coverage(tree, textOf(tree))).toEqual([])
    expect(tree.diagnostics.filter((d) => d.ruleId === 'schema-violation')).toEqual([])
  })

  it('should read a field as the value Word shows, not its instruction, and a nested field inside an instruction not at all', async () => {
    const nested = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>' + field('PAGE', '1') + '<w:r><w:instrText> = "1" "" "Pagina"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    const tree = await parseKamerbriefDocx(docx({body: `<w:p><w:r><w:t xml:space="preserve">Datum </w:t></w:r>${field('DOCPROPERTY datum', '7 november 2023')}${nested}</w:p>`}))
    expect(textOf(tree)).toBe('Datum 7 november 2023')
    expect(first(tree, 'letterhead')).toMatchObject({date: '2023-11-07'})
  })

  it('should read the letterhead from the first page header, each text box once though Word writes it twice', async () => {
    const header =
      textBox(p('De voorzitter van de Tweede Kamer') + p('der Staten-Generaal') + p('Postbus 20018') + p('2500 EA DEN HAAG')) +
      textBox(p('Datum') + p('25 juli 2024') + p('Betreft') + p('Beantwoording Kamervragen over de voorgenomen sluiting van het politiebureau in Wolvega'))
    const tree = await parseKamerbriefDocx(docx({header, body: p('Geachte voorzitter,') + p('Hierbij ontvangt u de antwoorden.') + p('Hoogachtend,')}))
    const laid = textOf(tree)
    expect(laid.match(/25 juli 2024/g)).toHaveLength(1)
    expect(laid.startsWith('De voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA DEN HAAG\n\nDatum\n25 juli 2024\nBetreft\n')).toBe(true)
    expect(first(tree, 'letterhead')).toMatchObject({date: '2024-07-25', subject: 'Beantwoording Kamervragen over de voorgenomen sluiting van het politiebureau in Wolvega', addressee: {chamber: 'Tweede Kamer'}})
    expect(coverage(tree, laid)).toEqual([])
  })

  it('should write list numbers and bullets as a reader sees them', async () => {
    const tree = await parseKamerbriefDocx(
      docx({numbering: NUMBERING, body: item(1, 0, 'Eerste punt.') + item(1, 1, 'Onderdeel.') + item(1, 1, 'Nog een onderdeel.') + item(1, 0, 'Tweede punt.') + item(2, 0, 'Een opsomming.')})
    )
    expect(textOf(tree).split('\n\n')).toEqual(['1. Eerste punt.', 'a) Onderdeel.', 'b) Nog een onderdeel.', '2. Tweede punt.', '• Een opsomming.'])
  })

  it('should read footnote references as raised numbers, in the order of reference, and their texts as definitions after the body', async () => {
    const reference = (id: number) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`
    const note = (id: number, body: string) => `<w:footnote w:id="${id}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${body}</w:t></w:r></w:p></w:footnote>`
    const footnotes = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' + note(7, 'Kamerstuk 25424, nr. 670.') + note(3, 'Kamerstuk 29383, nr. 406.') + note(9, 'Niet verwezen.')
    const tree = await parseKamerbriefDocx(
      docx({footnotes, body: `${HEAD}${p('Geachte voorzitter,')}<w:p><w:r><w:t>Zoals gemeld in de brief van 26 juni 2023.</w:t></w:r>${reference(7)}<w:r><w:t xml:space="preserve"> En later.</w:t></w:r>${reference(3)}</w:p>${p('Hoogachtend,')}`})
    )
    expect(textOf(tree)).toBe(HEAD_TEXT + 'Geachte voorzitter,\n\nZoals gemeld in de brief van 26 juni 2023.¹ En later.²\n\nHoogachtend,\n\n¹ Kamerstuk 25424, nr. 670.\n\n² Kamerstuk 29383, nr. 406.')
    expect(all(tree, 'footnoteReference').map((n) => n.identifier)).toEqual(['1', '2'])
    expect(all(tree, 'footnoteDefinition').map((n) => n.identifier)).toEqual(['1', '2'])
    expect(coverage(tree, textOf(tree))).toEqual([])
  })

  it('should read tables as text, hidden and deleted text not at all, and mark running headers as furniture', async () => {
    const cell = (s: string) => `<w:tc>${p(s)}</w:tc>`
    const body = `<w:tbl><w:tr>${cell('Datum')}${cell('7 november 2023')}</w:tr></w:tbl>` + `<w:p><w:r><w:t xml:space="preserve">Zichtbaar </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>verborgen</w:t></w:r><w:del><w:r><w:delText>weg</w:delText></w:r></w:del><w:r><w:t>tekst.</w:t></w:r></w:p>`
    const running = {name: 'word/header2.xml', data: `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${p('Pagina 2 van 3')}</w:hdr>`}
    const rels = {
      name: 'word/_rels/document.xml.rels',
      data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>'
    }
    const tree = await parseKamerbriefDocx(docx({body: body + '<w:sectPr><w:headerReference w:type="default" r:id="rId9"/><w:titlePg/></w:sectPr>', extra: [running, rels]}))
    expect(textOf(tree)).toBe('Datum\n\n7 november 2023\n\nZichtbaar tekst.\n\nPagina 2 van 3')
    expect(all(tree, 'pageFurniture').map((n) => textOf(tree).slice(n.position!.start.offset, n.position!.end.offset))).toEqual(['Pagina 2 van 3'])
    expect(coverage(tree, textOf(tree))).toEqual([])
  })

  it('should read a file whose parts use other namespace prefixes, stored as well as deflated', async () => {
    const body = '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>Vraag 1</x:t></x:r></x:p></x:body></x:document>'
    const tree = await parseKamerbriefDocx(docx({body: '', extra: [{name: 'word/document.xml', data: body, store: true}]}))
    expect(textOf(tree)).toBe('Vraag 1')
  })

  it('should take an ArrayBuffer and leave the caller’s bytes as they were', async () => {
    const bytes = docx({body: p('Hoogachtend,')})
    const copy = bytes.slice()
    await parseKamerbriefDocx(bytes)
    await parseKamerbriefDocx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    expect(bytes).toEqual(copy)
  })
})

describe('parseKamerbriefDocx refuses', () => {
  it('should refuse what is no zip, a cut-off zip and a damaged one with INVALID_DOCX', async () => {
    const good = docx({body: p('Hoogachtend,')})
    expect(await codeOf(parseKamerbriefDocx(new TextEncoder().encode('Geachte voorzitter,')))).toBe('INVALID_DOCX')
    expect(await codeOf(parseKamerbriefDocx(new Uint8Array(0)))).toBe('INVALID_DOCX')
    for (const cut of [good.length - 10, Math.floor(good.length / 2), 40]) expect(await codeOf(parseKamerbriefDocx(good.slice(0, cut)))).toBe('INVALID_DOCX')
    // A byte changed inside the deflated document: the stream breaks or its checksum does not match.
    const damaged = good.slice()
    const at = Buffer.from(good).indexOf('word/document.xml') + 'word/document.xml'.length + 5
    damaged[at] = damaged[at]! ^ 0xff
    expect(await codeOf(parseKamerbriefDocx(damaged))).toBe('INVALID_DOCX')
  })

  it('should refuse an OpenDocument file, a zip that holds no Word document, a PDF and a .doc with UNSUPPORTED_FORMAT', async () => {
    const odt = zip([
      {name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true},
      {name: 'content.xml', data: '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'}
    ])
    expect(await codeOf(parseKamerbriefDocx(odt))).toBe('UNSUPPORTED_FORMAT')
    expect(await codeOf(parseKamerbriefDocx(zip([{name: 'brief.txt', data: 'Geachte voorzitter,'}])))).toBe('UNSUPPORTED_FORMAT')
    const workbook = docx({body: '', extra: [{name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'}]})
    expect(await codeOf(parseKamerbriefDocx(workbook))).toBe('UNSUPPORTED_FORMAT')
    expect(await codeOf(parseKamerbriefDocx(new TextEncoder().encode('%PDF-1.7\n')))).toBe('UNSUPPORTED_FORMAT')
    expect(await codeOf(parseKamerbriefDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))).toBe('UNSUPPORTED_FORMAT')
  })

  it('should refuse a zip bomb before it fills the memory, whether its header tells the size or lies about it', async () => {
    const huge = new Uint8Array(8 * 1024 * 1024).fill(0x20)
    const honest = docx({body: '', extra: [{name: 'word/document.xml', data: huge}]})
    expect(honest.length).toBeLessThan(20_000)
    expect(await codeOf(parseKamerbriefDocx(honest, {maxInputLength: 1000}))).toBe('INPUT_TOO_LARGE')
    const lying = docx({body: '', extra: [{name: 'word/document.xml', data: huge, claimedSize: 1000}]})
    expect(await codeOf(parseKamerbriefDocx(lying))).toBe('INVALID_DOCX')
  })

  it('should refuse hostile XML with INVALID_DOCX: a document type with entities, a broken nesting', async () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>'
    expect(await codeOf(parseKamerbriefDocx(docx({body: '', extra: [{name: 'word/document.xml', data: laughs}]})))).toBe('INVALID_DOCX')
    const broken = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p></w:body></w:document>'
    expect(await codeOf(parseKamerbriefDocx(docx({body: '', extra: [{name: 'word/document.xml', data: broken}]})))).toBe('INVALID_DOCX')
  })

  it('should read a long tag without "=" in time linear in its length', async () => {
    const tag = `<w:p ${'a'.repeat(2_000_000)}/>`
    const started = performance.now()
    expect(await codeOf(parseKamerbriefDocx(docx({body: tag})))).toBe('INVALID_DOCX')
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('should refuse anything but bytes with INVALID_INPUT, and format options with INVALID_OPTIONS', async () => {
    expect(await codeOf(parseKamerbriefDocx('Vraag 1' as never))).toBe('INVALID_INPUT')
    expect(await codeOf(parseKamerbriefDocx(docx({body: p('Vraag 1')}), {format: 'text'} as never))).toBe('INVALID_OPTIONS')
    expect(() => parseKamerbrief('Vraag 1', {format: 'docx'})).toThrowError(expect.objectContaining({code: 'INVALID_OPTIONS'}))
  })
})
