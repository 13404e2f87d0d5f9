/**
 * The Word reader on damaged and hostile files: whatever the bytes, it gives a tree or a coded
 * KamerbriefError, never another exception, and in time linear in the file.
 */
import fc from 'fast-check'
import {KamerbriefError} from 'kamerbrief'
import {parseKamerbriefDocx} from 'kamerbrief/docx'
import {describe, expect, it} from 'vitest'
import {docx, field, p, textBox} from './docx-files.js'

const sample = (store: boolean) =>
  docx({
    header: textBox(p('Datum') + p('25 juli 2024')),
    body: p('Geachte voorzitter,') + `<w:p><w:r><w:t xml:space="preserve">Datum </w:t></w:r>${field('DOCPROPERTY datum', '7 november 2023')}</w:p>` + p('Hoogachtend,'),
    extra: store ? [{name: 'word/document.xml', data: `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('Vraag 1')}${p('Antwoord 1')}</w:body></w:document>`, store: true}] : []
  })

/** Resolves to 'tree' or the error's code; any other exception fails the test. */
async function outcome(bytes: Uint8Array): Promise<string> {
  try {
    await parseKamerbriefDocx(bytes)
    return 'tree'
  } catch (error) {
    if (error instanceof KamerbriefError) return error.code
    throw error
  }
}

describe('parseKamerbriefDocx on damaged files', () => {
  for (const store of [false, true]) {
    const bytes = sample(store)
    it(`should give a tree or a coded error for any bytes changed in a ${store ? 'stored' : 'deflated'} file`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({min: 1, max: 255})), {minLength: 1, maxLength: 8}), async (changes) => {
          const damaged = bytes.slice()
          for (const [at, xor] of changes) damaged[at] = damaged[at]! ^ xor
          expect(['tree', 'INVALID_DOCX', 'UNSUPPORTED_FORMAT', 'INPUT_TOO_LARGE']).toContain(await outcome(damaged))
        }),
        {numRuns: 300, seed: 16}
      )
    })

    it(`should give a coded error for every cut of a ${store ? 'stored' : 'deflated'} file`, async () => {
      for (let cut = 0; cut < bytes.length; cut += 7) expect(['INVALID_DOCX', 'UNSUPPORTED_FORMAT']).toContain(await outcome(bytes.slice(0, cut)))
    })
  }

  it('should give a tree or INVALID_DOCX for XML with characters put in anywhere, behind a good checksum', async () => {
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('Datum')}<w:p>${field('DOCPROPERTY datum', '7 november 2023')}</w:p>${textBox(p('Betreft'))}</w:body></w:document>`
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(xml.length), fc.constantFrom('<', '>', '&', '"', "'", '/', '=', ' ', 'w:p', '</w:p>', '<w:t>', '&#0;', '&#x110000;', '<!DOCTYPE')), {minLength: 1, maxLength: 6}), async (inserts) => {
          let changed = xml
          for (const [at, piece] of inserts.sort((a, b) => b[0] - a[0])) changed = changed.slice(0, at) + piece + changed.slice(at)
          expect(['tree', 'INVALID_DOCX']).toContain(await outcome(docx({body: '', extra: [{name: 'word/document.xml', data: changed}]})))
        }),
      {numRuns: 300, seed: 16}
    )
  })

  it('should read XML of hostile shapes in time linear in its size', async () => {
    const shapes = [
      '<'.repeat(200_000),
      `<w:p a="${'>'.repeat(200_000)}"/>`,
      '<w:p>'.repeat(600),
      `<w:t>${'&amp;'.repeat(200_000)}</w:t>`,
      `${'<mc:AlternateContent>'.repeat(300)}`
    ]
    for (const shape of shapes) {
      const body = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${shape}</w:body></w:document>`
      const started = performance.now()
      expect(['tree', 'INVALID_DOCX']).toContain(await outcome(docx({body: '', extra: [{name: 'word/document.xml', data: body}]})))
      expect(performance.now() - started, shape.slice(0, 30)).toBeLessThan(3000)
    }
  })
})
