import {it} from 'vitest'
import {families, findReferences} from '../src/references/find.js'
import {scan} from '../src/references/scan.js'
const gens: Record<string, (n: number) => string> = {
  dossier: n => '36 800-X '.repeat(n / 9),
  ones: n => '1'.repeat(n), spaces: n => ' '.repeat(n), kw: n => 'Kamerstuk '.repeat(n / 10), nr: n => 'nr. '.repeat(n / 4),
  url: n => 'https://' + 'a'.repeat(n), motie: n => 'motie '.repeat(n / 6), motieA: n => 'motie A' + 'a'.repeat(n),
  names: n => 'motie Bikker en Omtzigt en '.repeat(n / 27), spaced: n => 'Kamers tuk 3 '.repeat(n / 13), digits: n => '1 '.repeat(n / 2),
  list: n => '36 800, 36 800 en '.repeat(n / 18), nrs: n => 'nrs. 1, 2, 3, '.repeat(n / 14), www: n => 'www.'.repeat(n / 4),
  ienw: n => 'I E N W '.repeat(n / 8), kst: n => 'kst-12345-'.repeat(n / 10), paren: n => '('.repeat(n), dots: n => '12.345.'.repeat(n / 7),
  aanh: n => 'Aanhangsel Handelingen, vergaderjaar 2024–2025, '.repeat(n / 48), caps: n => 'Aaaa '.repeat(n / 5),
  dash: n => '-'.repeat(n), mix: n => '36 800-X34 nr. 5 Kamerstukken II 2019/20, '.repeat(n / 42),
  closeparen: n => 'https://a.nl/' + ')'.repeat(n),
}
function time(f: () => void) { let best = Infinity; for (let i = 0; i < 3; i++) { const t = performance.now(); f(); best = Math.min(best, performance.now() - t) } return best }
it('perf', () => {
  for (const fam of families) for (const p of fam.patterns) for (const [g, gen] of Object.entries(gens)) {
    const a = gen(10_000), b = gen(100_000)
    const t10 = time(() => scan(a, p)), t100 = time(() => scan(b, p))
    if (t100 > 5 || t100 > 30 * t10) console.log(p.name, g, t10.toFixed(2), t100.toFixed(2))
  }
  const big = '36 800-X '.repeat(1_000_000 / 9)
  console.log('1MB', time(() => findReferences(big)).toFixed(1))
  const big2 = '36 800-X34 nr. 5 Kamerstukken II 2019/20, motie Bikker (36 800-X34), www.a.nl '.repeat(1_000_000 / 80)
  console.log('1MB mix', time(() => findReferences(big2)).toFixed(1))
})
