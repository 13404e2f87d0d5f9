/**
 * The reference recognisers in linear time: each pattern on inputs built to make a careless pattern
 * backtrack, and a megabyte of citations. The tables are in references.test.ts.
 */
import {readFileSync} from 'node:fs'
import {findReferences} from 'kamerbrief'
import {describe, expect, it} from 'vitest'
import {families, scanReferences} from '../src/references/find.js'
import {scan} from '../src/references/scan.js'
import type {FoundReference} from '../src/references/types.js'

/** Inputs built to make a careless pattern backtrack: long runs of what a citation starts with. */
const adversarial: Record<string, (size: number) => string> = {
  'dossier-suffix run': (n) => '36 800-X '.repeat(n / 9),
  'digit run': (n) => '1'.repeat(n),
  'space run': (n) => ' '.repeat(n),
  'spaced digit run': (n) => '1 '.repeat(n / 2),
  'keyword run': (n) => 'Kamerstuk '.repeat(n / 10),
  'letter-spaced keyword run': (n) => 'Kamers tuk 3 '.repeat(n / 13),
  'nr. run': (n) => 'nr. '.repeat(n / 4),
  'number list run': (n) => 'nrs. 1, 2, 3, '.repeat(n / 14),
  'dossier list run': (n) => '36 800, 36 800 en '.repeat(n / 18),
  'dotted number run': (n) => '12.345.'.repeat(n / 7),
  'dash run': (n) => '-'.repeat(n),
  'long address': (n) => 'https://' + 'a'.repeat(n),
  'address closing brackets': (n) => 'https://a.nl/' + ')'.repeat(n),
  'www run': (n) => 'www.'.repeat(n / 4),
  'motie run': (n) => 'motie '.repeat(n / 6),
  'long name': (n) => 'motie A' + 'a'.repeat(n),
  'name list run': (n) => 'motie Bikker en Omtzigt en '.repeat(n / 27),
  'capitalised words run': (n) => 'Aaaa '.repeat(n / 5),
  'letter-spaced capitals run': (n) => 'I E N W '.repeat(n / 8),
  'kst prefix run': (n) => 'kst-12345-'.repeat(n / 10),
  'bracket run': (n) => '('.repeat(n),
  'Aanhangsel run': (n) => 'Aanhangsel Handelingen, vergaderjaar 2024–2025, '.repeat(n / 48),
  'mixed citations': (n) => '36 800-X34 nr. 5 Kamerstukken II 2019/20, '.repeat(n / 42)
}

function fastest(run: () => void): number {
  let best = Infinity
  for (let i = 0; i < 5; i++) {
    const t = performance.now()
    run()
    best = Math.min(best, performance.now() - t)
  }
  return best
}

/**
 * Ten times the input may take at most thirty times as long. Below 25 ms the difference is timer and scheduler
 * noise (a quadratic pattern takes seconds on 100,000 characters), and a busy machine gets two more tries.
 */
function growth(run: (input: string) => void, make: (size: number) => string, size = 10_000, factor = 30): {t10: number; t100: number} {
  const small = make(size)
  const large = make(10 * size)
  let last = {t10: 0, t100: Infinity}
  for (let attempt = 0; attempt < 3; attempt++) {
    last = {t10: fastest(() => run(small)), t100: fastest(() => run(large))}
    if (last.t100 < Math.max(factor * last.t10, 25)) break
  }
  return last
}

describe('linear time', () => {
  const all = families.flatMap((family) => family.patterns)
  it.each(all.map((p) => [p.name, p] as const))('should run %s in linear time', (_, named) => {
    for (const [label, make] of Object.entries(adversarial)) {
      const {t10, t100} = growth((input) => scan(input, named), make)
      expect(t100, `${named.name} on ${label}`).toBeLessThan(Math.max(30 * t10, 25))
      expect(t100, `${named.name} on ${label}`).toBeLessThan(2000)
    }
  })

  it('should find the references in 1 MB of "36 800-X " well under a second', () => {
    const text = '36 800-X '.repeat(1_000_000 / 9)
    let found: FoundReference[] = []
    const t = fastest(() => {
      found = scanReferences(text)
    })
    expect(found.length).toBe(Math.floor(1_000_000 / 9))
    expect(t).toBeLessThan(1000)
  })
})

describe('findReferences in linear time', () => {
  const letter = readFileSync(new URL('../fixtures/full-defensie-ek-begroting-2026/input.md', import.meta.url), 'utf8')
  const letters = (size: number) => letter.repeat(Math.ceil(size / letter.length)).slice(0, size)

  it('should take about ten times as long for ten times the letters', () => {
    // 1 and 10 million characters: sixteen and 160 copies of a letter with 22 citations.
    const {t10, t100} = growth((input) => void findReferences(input), letters, 1_000_000, 15)
    expect(t100).toBeLessThan(Math.max(15 * t10, 25))
    expect(t100).toBeLessThan(3000)
  })

  it.each(Object.entries(adversarial))('should find the citations of %s in linear time', (label, make) => {
    const {t10, t100} = growth((input) => void findReferences(input), make)
    expect(t100, label).toBeLessThan(Math.max(30 * t10, 25))
    expect(t100, label).toBeLessThan(2000)
  })
})
