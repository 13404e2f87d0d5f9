import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseKamerbrief} from '../src/index.js'
import {buildCli} from './util.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const QUESTIONS = join(root, 'fixtures/questions-aanhangsel-eerdmans-dwangwet/input.txt')
const LETTER = join(root, 'fixtures/full-defensie-ek-begroting-2026/input.md')

let dir: string
let cli: string

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** `kamerbrief …` in bash, with standard input and output as `shell` arranges them ("< file", "| head"). */
function shell(command: string) {
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', command.replaceAll('kamerbrief', `"${process.execPath}" "${cli}"`)], {cwd: dir, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kamerbrief-cli-'))
  cli = await buildCli(dir)
})

afterAll(() => rmSync(dir, {recursive: true, force: true}))

// Each test starts the command as a process, some several times: on a loaded machine of two cores
// that takes longer than the default five seconds.
describe('kamerbrief <file>', {timeout: 30_000}, () => {
  it('should print an outline of the letter', () => {
    const {code, stdout} = run(LETTER)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^letter \d+:\d+\n/)
    expect(stdout).toMatch(/^questionSection \d+:\d+: \d+ questions/m)
    expect(stdout).toMatch(/^nota \d+:\d+/m)
    expect(stdout).toMatch(/^diagnostics: \d+$/m)
  })

  it('should print the whole tree with --json', () => {
    const {code, stdout} = run(QUESTIONS, '--json')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(parseKamerbrief(readFileSync(QUESTIONS)))))
  })

  it('should read the input as asked with --input-format', () => {
    const {stdout} = run(LETTER, '--json', '--input-format', 'text')
    expect(JSON.parse(stdout).format).toBe('text')
  })

  it('should list references with place, kind and id', () => {
    const {code, stdout} = run(LETTER, '--references')
    expect(code).toBe(0)
    const rows = stdout.trimEnd().split('\n').map((row) => row.split('\t'))
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.every((row) => row.length === 4 && /^\d+:\d+$/.test(row[0]!))).toBe(true)
    expect(rows.some((row) => row[1] === 'crossReference')).toBe(true)
  })

  it('should report a file it cannot read or decode, with exit code 1', () => {
    const missing = run('no-such-file.md')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no-such-file.md: ENOENT')
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x56, 0x72, 0x61, 0x61, 0x67, 0xff, 0x0a]))
    const bad = run('bad.txt')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('bad.txt: INVALID_ENCODING')
    // Where the first bad byte is: "Vraag" is five bytes.
    expect(bad.stderr).toContain('offset 5')
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('should print usage: exit code 0 for --help, 2 for wrong usage', () => {
    const help = run('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: kamerbrief <file | ->')
    expect(help.stdout).toContain('kamerbrief parse')
    expect(run(LETTER, QUESTIONS).code).toBe(2)
    // One name for the input format, another for the output's: --format is neither.
    expect(run(LETTER, '--format', 'text').code).toBe(2)
    expect(run(LETTER, '--input-format', 'pdf').code).toBe(2)
    expect(run(LETTER, '--encoding', 'klingon').code).toBe(2)
    const unknown = run(LETTER, '--jsno')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Usage:')
  })
})

describe('Unix habits', {timeout: 30_000}, () => {
  it('should print its version', () => {
    const {code, stdout} = run('--version')
    expect(code).toBe(0)
    expect(stdout.trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}).version)
  })

  it('should read standard input for "-" and for no file with piped input', () => {
    for (const command of [`kamerbrief - < "${QUESTIONS}"`, `cat "${QUESTIONS}" | kamerbrief`]) {
      const {code, stdout} = shell(command)
      expect(code).toBe(0)
      expect(stdout).toContain('date: 2022-11-04')
    }
  })

  it('should end quietly with 0 when the reader of its output stops', () => {
    const {code, stdout, stderr} = shell(`kamerbrief parse "${root}fixtures" --quiet | head -c 10`)
    expect(code).toBe(0)
    expect(stdout).toHaveLength(10)
    expect(stderr).toBe('')
  })

  it.skipIf(!existsSync('/dev/full'))('should exit 3 with one line when the output cannot be written', () => {
    for (const command of [`kamerbrief "${QUESTIONS}" > /dev/full`, `kamerbrief parse "${QUESTIONS}" --out /dev/full --output-format jsonl`]) {
      const {code, stderr} = shell(command)
      expect(code).toBe(3)
      expect(stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(stderr).toContain('ENOSPC')
    }
  })

  it('should read a text in the encoding it is given', () => {
    // "Kent u het bericht over Zeeën?" in windows-1252: "ë" is one byte, 0xEB.
    writeFileSync(join(dir, 'cp1252.txt'), Buffer.from('Vraag 1\nKent u het bericht over Zee\xebn?\n\nAntwoord 1\nJa.\n', 'latin1'))
    expect(run('cp1252.txt').code).toBe(1)
    const {code, stdout} = run('cp1252.txt', '--encoding', 'windows-1252', '--json')
    expect(code).toBe(0)
    expect(stdout).toContain('Zeeën')
  })

  it('should exit 1 with --frail when a document has warnings, and 0 without', () => {
    writeFileSync(join(dir, 'gap.txt'), 'Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n\nVraag 3\nEn nu?\n\nAntwoord 3\nNiets.\n')
    expect(run('gap.txt').code).toBe(0)
    expect(run('gap.txt', '--frail').code).toBe(1)
    expect(shell('kamerbrief parse gap.txt --quiet --frail > /dev/null').code).toBe(1)
    expect(shell('kamerbrief parse gap.txt --quiet > /dev/null').code).toBe(0)
  })
})
