import {it} from 'vitest'
import {readFileSync, readdirSync} from 'node:fs'
import {findReferences} from '../src/references/find.js'
it('corpus', () => {
  const dir = '/work/shared/corpus/'
  for (const f of readdirSync(dir).filter(f => /\.(txt|md)$/.test(f) && f !== 'README.md')) {
    const c = readFileSync(dir + f, 'utf8')
    console.log('== ' + f)
    for (const r of findReferences(c)) {
      const n: any = r.node
      console.log('   ', JSON.stringify(c.slice(r.start, r.end)).slice(0, 110), n.type, n.kind ?? '', n.id ?? n.dossier ?? n.value ?? n.url ?? '', n.by ? JSON.stringify(n.by) : '', n.target ?? '')
    }
  }
})
