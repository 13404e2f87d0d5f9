import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
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

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kamerbrief-cli-'))
  cli = await buildCli(dir)
})

afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('kamerbrief <file>', () => {
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

  it('should read the input as asked with --format', () => {
    const {stdout} = run(LETTER, '--json', '--format', 'text')
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
  })

  it('should print usage: exit code 0 for --help, 2 for wrong usage', () => {
    const help = run('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: kamerbrief <file>')
    expect(help.stdout).toContain('kamerbrief parse')
    expect(run().code).toBe(2)
    expect(run(LETTER, QUESTIONS).code).toBe(2)
    expect(run(LETTER, '--format', 'pdf').code).toBe(2)
    const unknown = run(LETTER, '--jsno')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Usage:')
  })
})
