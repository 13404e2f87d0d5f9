/**
 * The Word reader on the real Word and ODF files of ../shared/pdf (skipped, saying so, where it is
 * absent): each parses with every character of its text in one node, the letterhead of 19 comes
 * from the text boxes of its first page header, and the ODT is refused.
 */
import {createHash} from 'node:crypto'
import {coverage, KamerbriefError} from 'kamerbrief'
import {parseKamerbriefDocx} from 'kamerbrief/docx'
import {expect, it} from 'vitest'
import {all, corpusGold, describePdfs, first, pdfFile} from './util.js'

const WORD_FILES = ['19-kv-antwoord-jenv-2024-politiebureau-wolvega.docx', '20-kv-antwoord-jenv-2023-sammy-baker.docx']

describePdfs('Word files (../shared/pdf)', () => {
  for (const name of WORD_FILES) {
    it(`should parse ${name} with every character of root.data.text in one node, and leave its bytes as they were`, async () => {
      const bytes = pdfFile(name)
      const hash = createHash('sha256').update(bytes).digest('hex')
      const tree = await parseKamerbriefDocx(bytes)
      const text = tree.data?.text as string
      expect(tree.format).toBe('docx')
      expect(text.length).toBeGreaterThan(5000)
      expect(coverage(tree, text)).toEqual([])
      expect(tree.diagnostics.filter((d) => d.ruleId === 'schema-violation')).toEqual([])
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(hash)
    })
  }

  it('should read the letterhead of 19 from the text boxes of its first page header, each once', async () => {
    const tree = await parseKamerbriefDocx(pdfFile(WORD_FILES[0]!))
    const text = tree.data?.text as string
    // Word writes each text box twice (mc:Choice, mc:Fallback); the first page's header, before the
    // body, has the date once (the header of the later pages repeats it, after the body).
    expect(text.slice(0, text.indexOf('In antwoord op')).match(/25 juli 2024/g)).toHaveLength(1)
    expect(first(tree, 'letterhead')).toMatchObject({
      date: '2024-07-25',
      subject: 'Beantwoording Kamervragen leden Mutluer, Lahlah (GroenLinks-PvdA), Boswijk (CDA) en Helder (BBB) over de voorgenomen sluiting van het politiebureau in Wolvega',
      addressee: {lines: ['De voorzitter van de Tweede Kamer', 'der Staten-Generaal', 'Postbus 20018', '2500 EA DEN HAAG'], chamber: 'Tweede Kamer'}
    })
    // "Ons kenmerk" is printed empty: the kenmerk is only a document property, which Word does not show.
    expect(first(tree, 'letterhead')?.reference).toBeUndefined()
    expect((first(tree, 'letterhead')?.askedBy as Array<{name: string}>).map((m) => m.name)).toEqual(['Mutluer', 'Lahlah', 'Boswijk', 'Helder'])
    expect(all(tree, 'questionAnswer').map((qa) => qa.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
  })

  it('should read 20 as its gold says: the letterhead from fields, the askers, the signatory, the question numbers', async () => {
    const gold = corpusGold<{letter: {date: string; reference: string; subject: string}; questionNumbers: string[]}>('docx-20-kv-antwoord-jenv-2023-sammy-baker')
    const tree = await parseKamerbriefDocx(pdfFile(WORD_FILES[1]!))
    const text = tree.data?.text as string
    // The field instruction is not read, its result is.
    expect(text).not.toContain('DOCPROPERTY')
    expect(first(tree, 'letterhead')).toMatchObject({date: '2023-11-07', reference: '4975504'})
    if (gold) {
      expect(first(tree, 'letterhead')).toMatchObject({subject: gold.letter.subject})
      expect(all(tree, 'questionAnswer').map((qa) => qa.number)).toEqual(gold.questionNumbers)
    }
    expect(first(tree, 'letterhead')?.askedBy).toEqual([
      {name: 'Mutluer', party: 'PvDA'},
      {name: 'Ellemeet', party: 'GroenLinks'}
    ])
    expect(all(tree, 'signatory').map((s) => [s.role, s.name])).toEqual([['De minister van Justitie en Veiligheid', 'D. Yeşilgöz-Zegerius']])
    // The one footnote of footnotes.xml, referred to in answer 6.
    expect(all(tree, 'footnoteDefinition').map((n) => n.identifier)).toEqual(['1'])
    expect(all(tree, 'footnoteReference').map((n) => n.identifier)).toEqual(['1'])
  })

  it('should refuse the ODT with UNSUPPORTED_FORMAT', async () => {
    const error = await parseKamerbriefDocx(pdfFile('02-ah-tk-20202021-3235-szw-tozo.odt')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(KamerbriefError)
    expect((error as KamerbriefError).code).toBe('UNSUPPORTED_FORMAT')
  })
})
