/**
 * `kamerbrief/pdf` on the real files of ../shared/pdf (skipped, saying so, where that folder is
 * absent): every file with a text layer parses, covers its reading text once and places every box
 * on its page; a scan is refused; the geometry finds what pdftotext's text loses. The answers to
 * Kamervragen of learninglion-kamervragen/ are compared with their pdftotext text, where pdftotext
 * is installed (CI installs it, and there its absence fails).
 */
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {coverage, KamerbriefError, parseKamerbrief, questions, type Root, toText} from 'kamerbrief'
import {parseKamerbriefPdf} from 'kamerbrief/pdf'
import {describe, expect, it} from 'vitest'
import {extractPdfLines} from '../src/pdf/extract.js'
import {all, type AnyNode, describePdfs, first, hasPdfs, pdfDir, pdfFile, pdfFiles} from './util.js'

/** The scan without a text layer: refused with NO_TEXT_LAYER. */
const SCAN = '14-beslisnota-lnv-2021-7e-ap-nitraat-scan.pdf'
/** The PDF of ../shared/corpus/full-21-*: eight footnotes, some markers glued to the word before them. */
const VUURWERK = 'learninglion-kamervragen/1b26915f-b542-4707-8495-b5c21f0edfe1.pdf'
/** The PDF of ../shared/corpus/full-11-*: a Rijkshuisstijl letter with its side column. */
const LUCHTVAART = '10-kamerbrief-ienw-2023-verzamelbrief-luchtvaart.pdf'

type Box = {page: number; x: number; y: number; width: number; height: number}

/** Every node of `tree` with its boxes, letterhead and nota header fields and footnote markers included. */
function placed(tree: Root): AnyNode[] {
  const out: AnyNode[] = []
  const walk = (node: AnyNode) => {
    const data = node.data as {boxes?: Box[]; markers?: AnyNode[]} | undefined
    if (data?.boxes) out.push(node)
    for (const field of (node.fields as AnyNode[] | undefined) ?? []) if ((field.data as {boxes?: Box[]} | undefined)?.boxes) out.push(field)
    for (const marker of data?.markers ?? []) out.push(marker)
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree as unknown as AnyNode)
  return out
}

const slice = (tree: Root, node: AnyNode | undefined) => (node?.position ? tree.data!.text!.slice(node.position.start.offset, node.position.end.offset) : '')

describePdfs('kamerbrief/pdf on the files of ../shared/pdf', () => {
  for (const name of pdfFiles().filter((file) => file !== SCAN)) {
    it(`${name}: should parse, cover its reading text once and place every box on its page`, async () => {
      const data = pdfFile(name)
      const tree = await parseKamerbriefPdf(data)
      const input = tree.data!.text!
      expect(tree.format).toBe('pdf')
      expect(coverage(tree, input)).toEqual([])
      expect(tree.diagnostics.filter((d) => d.ruleId === 'schema-violation')).toEqual([])
      const {pages} = await extractPdfLines(data)
      expect(input).toBe((await extractPdfLines(data)).text)
      const nodes = placed(tree)
      expect(nodes.length).toBeGreaterThan(0)
      for (const node of nodes) {
        expect(node.position!.end.offset).toBeLessThanOrEqual(input.length)
        for (const box of (node.data as {boxes: Box[]}).boxes) {
          const page = pages[box.page - 1]!
          expect(box.x >= 0 && box.y >= 0 && box.width >= 0 && box.height >= 0, `${name} ${node.type}`).toBe(true)
          expect(box.x + box.width).toBeLessThanOrEqual(page.width)
          expect(box.y + box.height).toBeLessThanOrEqual(page.height)
        }
      }
    })
  }

  it(`${SCAN}: should be refused as a scan without a text layer, saying how many pages it has`, async () => {
    const error = await parseKamerbriefPdf(pdfFile(SCAN)).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(KamerbriefError)
    expect(error).toMatchObject({code: 'NO_TEXT_LAYER', message: expect.stringContaining('2 pages')})
  })

  it(`${VUURWERK}: should find every footnote reference, those glued to the word before them too, and every definition`, async () => {
    const tree = await parseKamerbriefPdf(pdfFile(VUURWERK))
    const numbers = ['1', '2', '3', '4', '5', '6', '7', '8']
    expect(all(tree, 'footnoteReference').map((node) => node.identifier)).toEqual(numbers)
    expect(all(tree, 'footnoteDefinition').map((node) => node.identifier)).toEqual(numbers)
    // Markers raised above the line, glued as pdftotext prints them: "uit 20224", "burstpercentage5", "gaasverpakking»6".
    const before = (node: AnyNode) => tree.data!.text!.slice(node.position!.start.offset - 6, node.position!.end.offset)
    expect(all(tree, 'footnoteReference').map(before)).toEqual(expect.arrayContaining(['t 20224', 'entage5', 'kking»6']))
    expect(tree.diagnostics.filter((d) => d.ruleId.startsWith('footnote'))).toEqual([])
  })

  it(`${LUCHTVAART}: should read its letterhead from the side column`, async () => {
    const tree = await parseKamerbriefPdf(pdfFile(LUCHTVAART))
    const head = first(tree, 'letterhead')!
    expect([head.date, head.reference, head.subject]).toEqual(['2023-10-18', 'IENW/BSK-2023/297705', 'Verzamelbrief luchtvaart'])
    expect((head.sender as {organisation: string}).organisation).toBe('Ministerie van Infrastructuur en Waterstaat')
    // "Kenmerk" and its value stand in the column at the right of the first page, not in the body.
    const reference = (head.fields as AnyNode[]).find((field) => field.key === 'reference' && field.value !== '')!
    const [box] = (reference.data as {boxes: Box[]}).boxes
    expect(box).toMatchObject({page: 1})
    expect(box!.x).toBeGreaterThan(400)
    // Its repeats on the later pages are furniture, not text of the letter.
    const repeats = all(tree, 'pageFurniture').filter((node) => slice(tree, node) === 'I E NW/BSK-2023/297705')
    expect(repeats.map((node) => (node.data as {page: number}).page)).toEqual([2, 3, 4, 5, 6, 7])
  })
})

// ------------------------------------------------------------------------------------------------ against pdftotext

const ci = process.env.CI === 'true'
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined

/** The text pdftotext (poppler-utils) makes of `file`, as the text corpus has it. */
const pdftotext = (file: string) => spawnSync('pdftotext', [file, '-'], {encoding: 'utf8', maxBuffer: 1 << 26}).stdout
/** The same with -layout: each line where the page has it, in columns of spaces. */
const pdftotextLayout = (file: string) => spawnSync('pdftotext', ['-layout', file, '-'], {encoding: 'utf8', maxBuffer: 1 << 26}).stdout

/** Per footnote definition: its identifier and its first five words. */
const footnotes = (tree: Root) => all(tree, 'footnoteDefinition').map((node) => [node.identifier, words(toText(node as unknown as Parameters<typeof toText>[0])).slice(0, 5).join(' ')])

/**
 * The words of a text, for comparing a text read from the PDF with pdftotext's: footnote markers
 * glued to a word left out (the PDF reads a raised marker as a reference where pdftotext's text
 * may not), white space and case aside.
 */
const words = (value: string) =>
  value
    .replace(/(?<=[\p{L}.,;:?!)»”’"])\d{1,2}(?=\s|$)/gu, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)

/** Per answer: its question's number, and the first and last five words of the answer. */
function answers(tree: Root) {
  return questions(tree).map((entry) => {
    const answer = words(entry.answer)
    return {number: entry.number, first: answer.slice(0, 5).join(' '), last: answer.slice(-5).join(' ')}
  })
}

/**
 * Files whose PDF and pdftotext readings still differ, with which side errs: each runs as `it.fails`
 * until both agree, and must then leave this list.
 */
const NOT_YET: Record<string, string> = {
  '00fe7edd-24c8-4857-98da-774ed3b06836.pdf':
    'pdftotext: it reads the table that ends the last answer column by column («… Meldingen in 2022 Meldingen in 2023»), where the PDF prints it row by row («Seksuele gerichtheid 66 73 74»), and the cells 66, 73 and 74 above a footnote text as footnote numbers: the PDF has the two footnotes its text refers to',
  '1c0f765c-d7b4-455e-a241-35a4e9a9dc36.pdf': 'pdftotext: it drops the hyphen that ends a line before a capital («Informatica-» / «CWI-» read as «InformaticaCWI-»), which the PDF prints and reads («Informatica-CWI-»)'
}

/** Files whose pdftotext text does not yet give the footnotes their PDF gives, with why: each runs as `it.fails`. */
const FOOTNOTES_NOT_YET: Record<string, string> = {
  '00fe7edd-24c8-4857-98da-774ed3b06836.pdf': 'the cells 66, 73 and 74 of the table above the footnote texts are read as footnote numbers (see above)',
  '1a529d02-ba4d-418b-8d6a-5400a4ac07bc.pdf':
    'pdftotext prints the number 11 below the texts of 10 to 13 («10» / two texts / «12» / … / «13» / … / «11»), so 10 takes the text of 11 and 11 gets none'
}

describe('kamerbrief/pdf against pdftotext on the answers of learninglion-kamervragen/', () => {
  const files = pdfFiles().filter((name) => name.startsWith('learninglion-kamervragen/'))
  if (!hasPdfs) {
    it.skip('../shared/pdf is absent', () => {})
    return
  }
  if (!hasPdftotext) {
    if (ci) {
      it('should have pdftotext (poppler-utils) to compare with', () => {
        expect.fail('pdftotext is not installed: .ci/run installs poppler-utils')
      })
    } else {
      console.warn('kamerbrief/pdf against pdftotext: skipped, pdftotext is not installed (apt-get install poppler-utils)')
      it.skip('pdftotext is not installed', () => {})
    }
    return
  }

  it('should hold the 21 files', () => {
    expect(files).toHaveLength(21)
  })

  it('should list only files it holds as not yet read the same', () => {
    expect([...Object.keys(NOT_YET), ...Object.keys(FOOTNOTES_NOT_YET)].filter((name) => !files.includes(`learninglion-kamervragen/${name}`))).toEqual([])
  })

  // The same files as pdftotext -layout prints them: body indented, a footnote's number hanging
  // before its text ("3" / "    bis: culturele basisinfrastructuur"), the page number at the right.
  for (const name of files) {
    it(`${name} as pdftotext -layout prints it: should give the questions, answers and footnotes its PDF gives`, async () => {
      const fromPdf = await parseKamerbriefPdf(pdfFile(name))
      const fromText = parseKamerbrief(pdftotextLayout(join(pdfDir, name)))
      expect(answers(fromText)).toEqual(answers(fromPdf))
      expect(footnotes(fromText)).toEqual(footnotes(fromPdf))
    })
  }

  for (const name of files) {
    const reason = FOOTNOTES_NOT_YET[name.slice('learninglion-kamervragen/'.length)]
    const test = reason === undefined ? it : it.fails
    test(`${name}: should give the footnotes of its PDF from its pdftotext text${reason ? ` (not yet: ${reason})` : ''}`, async () => {
      expect(footnotes(parseKamerbrief(pdftotext(join(pdfDir, name))))).toEqual(footnotes(await parseKamerbriefPdf(pdfFile(name))))
    })
  }

  for (const name of files) {
    const reason = NOT_YET[name.slice('learninglion-kamervragen/'.length)]
    const test = reason === undefined ? it : it.fails
    test(`${name}: should give the questions, answers and at least the footnotes of its pdftotext text${reason ? ` (not yet: ${reason})` : ''}`, async () => {
      const fromPdf = await parseKamerbriefPdf(pdfFile(name))
      const fromText = parseKamerbrief(pdftotext(join(pdfDir, name)))
      expect(answers(fromPdf)).toEqual(answers(fromText))
      expect(all(fromPdf, 'footnoteDefinition').length).toBeGreaterThanOrEqual(all(fromText, 'footnoteDefinition').length)
    })
  }
})

// ------------------------------------------------------------------------------------------------ one fact, every rendering

/**
 * Holds the facts `facts` reads of `file` to `expected`, read from the PDF and from the text
 * pdftotext makes of it in each of its modes: a rule written for a class of documents holds in
 * every rendering of a real one.
 */
function readsAlike(title: string, file: string, facts: (tree: Root) => unknown, expected: unknown): void {
  describePdfs(`${title}, in the PDF and in what pdftotext makes of it`, () => {
    it(`${file}: should read ${title}`, async () => {
      expect(facts(await parseKamerbriefPdf(pdfFile(file)))).toEqual(expected)
    })
    for (const mode of ['-layout', '-raw', undefined]) {
      it.skipIf(!hasPdftotext)(`${file} as pdftotext ${mode ?? 'without options'} prints it: should read the same`, () => {
        const text = spawnSync('pdftotext', [...(mode ? [mode] : []), join(pdfDir, file), '-'], {encoding: 'utf8', maxBuffer: 1 << 26}).stdout
        expect(facts(parseKamerbrief(text))).toEqual(expected)
      })
    }
  })
}

/** The answer's date and who answers, or who sends a notice instead. */
const answered = (tree: Root) => {
  const head = first(tree, 'letterhead')!
  return [head.date, head.answeredBy]
}

// A portfolio wrapped before its dash: "(Volksgezondheid, Welzijn en Sport" / "– Jeugd, Preventie en Sport)".
readsAlike(
  "the date and who answers, where the minister's portfolio wraps before its dash",
  '06-ah-tk-20232024-2271-vws-eetstoornissen.pdf',
  answered,
  ['2024-08-12', 'Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en Sport)']
)

// A notice instead of an answer: "Mededeling van Minister De Jonge (…) (ontvangen (ontvangen 7 juni 2024)."
readsAlike('the date and who sends a notice instead of an answer', '07-ah-tk-20232024-1999-bzk-mededeling-hoofdlijnenakkoord.pdf', answered, [
  '2024-06-07',
  'Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties)'
])

// An accent the PDF's text layer gives apart from its letter ("Kostic´") and pdftotext as a combining mark.
readsAlike('the members\' names as they are written, accents composed', 'learninglion-kamervragen/00fe7edd-24c8-4857-98da-774ed3b06836.pdf', (tree) => first(tree, 'letterhead')!.askedBy, [
  {name: 'Mutluer', party: 'GroenLinks-PvdA'},
  {name: 'Kosti\u0107', party: 'PvdD'}
])

// A Kamerstuk's dossier number and title in blocks of their own ("32 545" / "Wet- en regelgeving financiële markten"), a motion's "Voorgesteld 6 juli 2021".
readsAlike(
  'the dossier, title, number and date of a Kamerstuk',
  '08-kst-32545-143-motie-negatieve-spaarrente.pdf',
  (tree) => {
    const head = first(tree, 'letterhead')!
    return [head.layout, head.kamerstuk, head.date]
  },
  ['kamerstuk', {dossier: '32545', title: 'Wet- en regelgeving financiële markten', number: '143'}, '2021-07-06']
)

