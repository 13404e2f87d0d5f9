import {it} from 'vitest'
import {patterns} from '../src/references/kamerstuk.js'
import {scan} from '../src/references/scan.js'
it('prof', () => {
  const text = '36 800-X '.repeat(1_000_000 / 9)
  const p = patterns[3]!
  for (let r = 0; r < 3; r++) {
    let t = performance.now(); const re = p.pattern; re.lastIndex = 0; let n = 0; while (re.exec(text)) n++; console.log('exec', n, (performance.now() - t).toFixed(1))
    t = performance.now(); re.lastIndex = 0; let m; while ((m = re.exec(text))) p.read(m); console.log('exec+read', (performance.now() - t).toFixed(1))
    t = performance.now(); scan(text, p); console.log('scan', (performance.now() - t).toFixed(1))
  }
})
