/**
 * Files of every kind the command line and the batch take: a PDF or Word file known by its first
 * bytes whatever its name, folders walked for .md, .txt, .pdf and .docx, and a PDF without
 * pdfjs-dist recorded as failed with MISSING_DEPENDENCY while the other files are read.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fileKind} from '../src/read-file.js'
import {docx, p, zip} from './docx-files.js'
import {letter} from './pdfs.js'
import {buildCli} from './util.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bytes = (text: string) => new TextEncoder().encode(text)

describe('the kind of a file, from its bytes', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    ['a PDF whose header comes after a few bytes of junk', bytes('\r\n\r\n%PDF-1.4\n'), 'pdf'],
    ['a Word file', docx({body: p('Vraag 1')}), 'docx'],
    ['another zip (an ODT)', zip([{name: 'mimetype', data: 'application/vnd.oasis.opendocument.text'}, {name: 'content.xml', data: '<office:document-content/>'}]), 'zip'],
    ['text', bytes('Vraag 1\nKent u het bericht?\n'), 'text'],
    ['text that names a PDF ("zie %PDF-bestand") beyond its first kilobyte', bytes(`${'Vraag 1\n'.repeat(200)}%PDF-1.7`), 'text'],
    ['an empty file', new Uint8Array(), 'text']
  ])('should read %s as %s', (_, data, kind) => {
    expect(fileKind(data)).toBe(kind)
  })
})

let dir: string
/** The CLI built under the project's node_modules, where pdfjs-dist is found. */
let withPdfjs: string
/** The CLI built in a temporary folder, where it is not. */
let withoutPdfjs: string

function run(cli: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kamerbrief-files-'))
  withPdfjs = await buildCli(join(root, 'node_modules', '.kamerbrief-files-test', 'bin'))
  withoutPdfjs = await buildCli(join(dir, 'bin'))
  mkdirSync(join(dir, 'docs'), {recursive: true})
  const pdf = await letter()
  writeFileSync(join(dir, 'docs', 'brief.pdf'), pdf)
  // A PDF with the wrong name is still a PDF.
  writeFileSync(join(dir, 'brief-as-text.txt'), pdf)
  writeFileSync(join(dir, 'docs', 'antwoorden.docx'), docx({body: [p('Vraag 1'), p('Kent u het bericht?'), p('Antwoord 1'), p('Ja.')].join('')}))
  copyFileSync(join(root, 'fixtures/questions-aanhangsel-eerdmans-dwangwet/input.txt'), join(dir, 'docs', 'eerdmans.txt'))
  writeFileSync(join(dir, 'docs', 'notes.json'), '{}')
})

afterAll(() => {
  rmSync(dir, {recursive: true, force: true})
  rmSync(join(root, 'node_modules', '.kamerbrief-files-test'), {recursive: true, force: true})
})

describe('kamerbrief <file> of any kind', () => {
  it('should print the outline of a PDF', () => {
    const {code, stdout} = run(withPdfjs, 'docs/brief.pdf')
    expect(code).toBe(0)
    expect(stdout).toContain('date: 2023-10-18')
    expect(stdout).toContain('reference: VZ/2023/12345')
  })

  it('should read a PDF by its bytes whatever its name', () => {
    const {code, stdout} = run(withPdfjs, 'brief-as-text.txt', '--json')
    expect(code).toBe(0)
    expect(JSON.parse(stdout).format).toBe('pdf')
  })

  it('should print the outline of a Word file', () => {
    const {code, stdout} = run(withoutPdfjs, 'docs/antwoorden.docx')
    expect(code).toBe(0)
    expect(stdout).toMatch(/questionSection .*: 1 question/)
  })

  it('should name the missing dependency of a PDF, with exit code 1', () => {
    const {code, stderr} = run(withoutPdfjs, 'docs/brief.pdf')
    expect(code).toBe(1)
    expect(stderr).toContain('MISSING_DEPENDENCY')
    expect(stderr).toContain('pdfjs-dist@5.6.205')
  })
})

describe('kamerbrief parse over files of every kind', () => {
  it('should take .pdf and .docx from a folder, and go on past a PDF it cannot read without pdfjs-dist', () => {
    const {code, stdout} = run(withoutPdfjs, 'parse', 'docs', '--quiet')
    expect(code).toBe(1)
    const records = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {file: string; ok: boolean; tree?: {format: string}; error?: {code: string}})
    expect(records.map((r) => [r.file, r.ok, r.tree?.format ?? r.error?.code])).toEqual([
      ['docs/antwoorden.docx', true, 'docx'],
      ['docs/brief.pdf', false, 'MISSING_DEPENDENCY'],
      ['docs/eerdmans.txt', true, 'text']
    ])
  })

  it('should read every file where pdfjs-dist is installed', () => {
    const {code, stdout} = run(withPdfjs, 'parse', 'docs', '--quiet', '--workers', '2')
    expect(code).toBe(0)
    expect(stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as {tree: {format: string}}).tree.format)).toEqual(['docx', 'pdf', 'text'])
  })
})
