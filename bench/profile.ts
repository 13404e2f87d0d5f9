/**
 * Where a parse spends its time. Profile the letter parsed 50 times, then list the functions that
 * took the most time of their own:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/kamerbrief-profile --import tsx bench/profile.ts [markdown|text] [runs]
 *   node --import tsx bench/profile.ts --top /tmp/kamerbrief-profile/<file>.cpuprofile [count]
 *
 * The first .cpuprofile is the main thread (the second is tsx's loader). Functions are named as in
 * src/; for their line numbers, profile the built dist/index.js instead.
 */
import {readFileSync} from 'node:fs'
import {parseKamerbrief} from '../src/index.js'

interface Profile {
  nodes: Array<{id: number; callFrame: {functionName: string; url: string; lineNumber: number}}>
  samples: number[]
  timeDeltas: number[]
}

const args = process.argv.slice(2)
if (args[0] === '--top') {
  const profile = JSON.parse(readFileSync(args[1]!, 'utf8')) as Profile
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]))
  const self = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id)!
    const where = frame.url ? ` ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}` : ''
    const key = `${frame.functionName || '(anonymous)'}${where}`.slice(0, 140)
    const micros = profile.timeDeltas[i] ?? 0
    self.set(key, (self.get(key) ?? 0) + micros)
    total += micros
  })
  for (const [key, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(args[2] ?? 30))) {
    console.log(`${(micros / 1000).toFixed(1).padStart(9)} ms ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${key}`)
  }
} else {
  const format = args[0] === 'text' ? 'text' : 'markdown'
  const runs = Number(args[1] ?? 50)
  const letter = readFileSync(new URL('fixtures/defensie-ek-begroting-2026.md', import.meta.url), 'utf8')
  let nodes = 0
  for (let i = 0; i < runs; i++) nodes += parseKamerbrief(letter, {format}).children.length
  console.log(`parsed the letter ${runs}× as ${format} (${nodes / runs} top-level nodes)`)
}
