/**
 * The Rijkshuisstijl side column in `pdftotext -layout` text, on the same lines as the body: its
 * parts are read as the PDF reader reads the column. Short inputs of that shape first (the header
 * of a Woo-besluit, with the column elsewhere and after a form feed); then the real files of
 * ../shared/pdf, whose -layout text must give the facts their PDF gives, and every character in one
 * node.
 */
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {coverage, parseKamerbrief, type Root} from 'kamerbrief'
import {parseKamerbriefPdf} from 'kamerbrief/pdf'
import {describe, expect, it} from 'vitest'
import {describePdfs, first, pdfDir, pdfFile, pdfFiles} from './util.js'

/** A line of -layout text: `left`, and `right` from column `at` on. */
const row = (left: string, right = '', at = 87) => (right ? left.padEnd(at) + right : left)

/** Lines of -layout text, the side column from column `at` on: a string is a line of the body alone, a pair a body part and a column part. */
const page = (at: number, rows: Array<string | [string, string]>) => [...rows.map((r) => (typeof r === 'string' ? r : row(r[0], r[1], at))), ''].join('\n')

/** The first page of a Woo-besluit of IenW (2025) as pdftotext -layout prints it, its column at `at`. */
const woo = (at = 87) =>
  [
    '> Retouradres Postbus 20901 2500 EX Den Haag',
    '',
    row('', 'Directoraat-Generaal', at),
    row('', 'Mobiliteit', at),
    '',
    row('', 'Rijnstraat 8', at),
    row('', 'Den Haag', at),
    '',
    row('', 'Onze referentie', at),
    row('Datum          9 december 2025', 'IENW/BSK-2025/293508', at),
    '',
    row('Betreft        Besluit op Woo-verzoek over advies stikstof Landsadvocaat,'),
    row('               kenmerk 2025-54', 'Bijlage(n)', at),
    row('', '2', at),
    '',
    'Geachte voorzitter,',
    '',
    'Hierbij ontvangt u mijn besluit op uw verzoek.',
    ''
  ].join('\n')

const letterFacts = (tree: Root) => {
  const head = first(tree, 'letterhead')!
  const sender = head.sender as {organisation?: string; addressLines: string[]} | undefined
  return {date: head.date, reference: head.reference, subject: head.subject, attachments: head.attachments, organisation: sender?.organisation, address: sender?.addressLines, addressee: (head.addressee as {lines: string[]} | undefined)?.lines}
}

describe('the side column of pdftotext -layout text', () => {
  const expected = {
    date: '2025-12-09',
    reference: 'IENW/BSK-2025/293508',
    subject: 'Besluit op Woo-verzoek over advies stikstof Landsadvocaat, kenmerk 2025-54',
    attachments: 2,
    organisation: undefined,
    address: undefined,
    addressee: undefined
  }

  it('should read the date of the body and the reference of the column on one line, and the rest of both columns', () => {
    const input = woo()
    const tree = parseKamerbrief(input)
    expect(letterFacts(tree)).toEqual(expected)
    expect(coverage(tree, input, {overlaps: true})).toEqual([])
  })

  it('should read the same with the column elsewhere, and after a form feed', () => {
    expect(letterFacts(parseKamerbrief(woo(70)))).toEqual(expected)
    expect(letterFacts(parseKamerbrief(`\f${woo()}`))).toEqual(expected)
  })

  it('should read a name and an addressee that wrap beside each other, each in the lines of its column', () => {
    // The first page of the Verzamelbrief luchtvaart of IenW (2023).
    const input = page(86, [
      ['De voorzitter van de Tweede Kamer', 'Ministerie van'],
      ['', 'Infrastructuur en'],
      ['der Staten-Generaal', 'Waterstaat'],
      ['Postbus 20018', 'Rijnstraat 8'],
      ['2500 EA DEN HAAG', '2515 XP Den Haag'],
      '',
      ['', 'Kenmerk'],
      ['', 'IENW/BSK-2023/297705'],
      '',
      '    Datum          18 oktober 2023',
      '    Betreft        Verzamelbrief luchtvaart',
      '',
      'Geachte voorzitter,',
      '',
      'Met deze brief wordt u geïnformeerd over de voortgang op een viertal luchtvaartonderwerpen.'
    ])
    const tree = parseKamerbrief(input)
    expect(letterFacts(tree)).toEqual({
      date: '2023-10-18',
      reference: 'IENW/BSK-2023/297705',
      subject: 'Verzamelbrief luchtvaart',
      attachments: undefined,
      organisation: 'Ministerie van Infrastructuur en Waterstaat',
      address: ['Rijnstraat 8', '2515 XP Den Haag'],
      addressee: ['De voorzitter van de Tweede Kamer', 'der Staten-Generaal', 'Postbus 20018', '2500 EA DEN HAAG']
    })
    expect(coverage(tree, input, {overlaps: true})).toEqual([])
  })

  it("should read a nota's title that wraps beside the column, and no line of the column as its title", () => {
    // The header of a beslisnota of IenW (2023).
    const input = page(88, [
      ['', 'TER BESLISSING'],
      '',
      ['', 'Datum'],
      ['', '23 maart 2023'],
      '',
      ['Aan                       Minister', 'Onze referentie'],
      ['', 'IenW/BSK-2023/32584'],
      '',
      ['', 'Beslistermijn'],
      '                          Beslisnota Kamerbrief Nederlands Actieplan',
      ['', '1 april 2023'],
      '                          Luchtvaartveiligheid',
      ['', 'Bijlagen'],
      ['', '     1.    Kamerbrief'],
      ['', '     2.    NALV'],
      '',
      'Aanleiding',
      'In 2020 is het Nederlands Luchtvaartveiligheidsprogramma naar de Tweede Kamer gestuurd.'
    ])
    const tree = parseKamerbrief(input)
    const header = first(tree, 'notaHeader')!
    expect([header.purpose, header.date, header.reference, header.subject]).toEqual(['TER BESLISSING', '2023-03-23', 'IenW/BSK-2023/32584', 'Beslisnota Kamerbrief Nederlands Actieplan Luchtvaartveiligheid'])
    expect(coverage(tree, input, {overlaps: true})).toEqual([])
  })

  it('should leave a signature set to the right as it reads unindented (three short lines, no column beside a body)', () => {
    const body = ['Geachte voorzitter,', '', 'Hierbij ontvangt u de antwoorden op de vragen van het lid Bromet.', '']
    const signature = ['Hoogachtend,', '', 'de minister van Defensie,', 'Ruben Brekelmans']
    const shape = (tree: Root) => JSON.stringify(tree, (key, value) => (key === 'position' || key === 'data' ? undefined : value))
    const indented = parseKamerbrief([...body, ...signature.map((line) => (line ? ' '.repeat(50) + line : line)), ''].join('\n'))
    expect(shape(indented)).toBe(shape(parseKamerbrief([...body, ...signature, ''].join('\n'))))
  })
})

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined
const layoutText = (name: string) => spawnSync('pdftotext', ['-layout', join(pdfDir, name), '-'], {encoding: 'utf8', maxBuffer: 1 << 26}).stdout

/** Letters and nota's of ../shared/pdf with a side column beside the body on their first page. */
const WITH_COLUMN = [
  '09-kamerbrief-venj-2011-draagmoederschap.pdf',
  '10-kamerbrief-ienw-2023-verzamelbrief-luchtvaart.pdf',
  '12-beslisnota-ienw-2022-impulsprogramma-chemische-stoffen.pdf',
  '13-beslisnota-ezk-2024-nationaal-groeifonds.pdf',
  '15-woo-besluit-ienw-2025-landsadvocaat-stikstof.pdf',
  '21-beslisnota-ienw-2023-actieplan-luchtvaartveiligheid.pdf',
  '22-beslisnota-bzk-2023-evaluaties-college-rechten-mens.pdf'
]

/** Facts the -layout text does not yet give as the PDF does, with why: each test fails until it does. None now. */
const NOT_YET: Record<string, string> = {}

/** What a letter's letterhead or a nota's header says, as both readings must give it. */
function facts(tree: Root) {
  const nota = first(tree, 'notaHeader')
  if (nota) return {purpose: nota.purpose, date: nota.date, reference: nota.reference, subject: nota.subject}
  return letterFacts(tree)
}

describePdfs('the side column of the files of ../shared/pdf, as pdftotext -layout prints them', () => {
  it('should list only files it holds', () => {
    const files = pdfFiles()
    expect([...WITH_COLUMN, ...Object.keys(NOT_YET)].filter((name) => !files.includes(name))).toEqual([])
  })

  for (const name of WITH_COLUMN) {
    const reason = NOT_YET[name]
    const test = reason === undefined ? it.skipIf(!hasPdftotext) : it.skipIf(!hasPdftotext).fails
    test(`${name}: should give the facts its PDF gives${reason ? ` (not yet: ${reason})` : ''}`, async () => {
      expect(facts(parseKamerbrief(layoutText(name)))).toEqual(facts(await parseKamerbriefPdf(pdfFile(name))))
    })
  }

  it.skipIf(!hasPdftotext)('should put every character of every file with a text layer in exactly one node', () => {
    for (const name of pdfFiles().filter((file) => file.endsWith('.pdf'))) {
      const text = layoutText(name)
      if (!/\S/.test(text)) continue
      expect(coverage(parseKamerbrief(text), text, {overlaps: true}), name).toEqual([])
    }
  })
})
