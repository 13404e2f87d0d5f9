/**
 * `npm run bench:compare -- [REF] [--runs N]`: the single-letter ratios of this checkout beside those
 * of another commit (default `main`), each built in its own folder and measured in turn, run after
 * run, so that both see the same machine. Prints each figure's median over the runs and the ratio
 * of the medians (this checkout ÷ REF); it passes or fails nothing.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

const args = process.argv.slice(2)
const runsAt = args.indexOf('--runs')
const runs = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 5) : 5
const ref = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? 'main'
const root = resolve(import.meta.dirname, '..')
const run = (cmd: string, argv: string[], cwd = root) => execFileSync(cmd, argv, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']})

// The other commit in a worktree of its own, built with this checkout's dependencies.
const other = mkdtempSync(join(tmpdir(), 'kamerbrief-compare-'))
run('git', ['worktree', 'add', '--detach', other, ref])
try {
  if (!existsSync(join(other, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(other, 'node_modules'))
  run('npx', ['tsup'], other)
  run('npx', ['tsup'])
  const builds = {[ref]: join(other, 'dist', 'index.js'), here: join(root, 'dist', 'index.js')}
  const results: Record<string, Array<Record<string, number>>> = {[ref]: [], here: []}
  for (let r = 0; r < runs; r++) {
    // Alternate which goes first, so neither always meets a machine the other has warmed.
    const order = r % 2 === 0 ? [ref, 'here'] : ['here', ref]
    for (const name of order) {
      const out = run('node', ['--expose-gc', '--import', 'tsx', 'bench/index.ts', '--single', '--json', '--dist', builds[name]!])
      results[name]!.push(JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number>)
      console.error(`run ${r + 1}/${runs}: ${name} done`)
    }
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b)
    const middle = sorted.length >> 1
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  }
  console.log(`\n${runs} runs each, alternated; medians (and each run's value)`)
  console.log(`${'figure'.padEnd(44)} ${ref.padStart(10)} ${'here'.padStart(10)}  here ÷ ${ref}`)
  // Figures this phase does not measure come back as null.
  for (const label of Object.keys(results.here![0]!).filter((l) => typeof results.here![0]![l] === 'number')) {
    const a = median(results[ref]!.map((x) => x[label]!))
    const b = median(results.here!.map((x) => x[label]!))
    console.log(`${label.padEnd(44)} ${a.toFixed(3).padStart(10)} ${b.toFixed(3).padStart(10)}  ${(b / a).toFixed(2)}`)
    console.log(`${''.padEnd(44)} ${results[ref]!.map((x) => x[label]!.toFixed(2)).join(' ')} | ${results.here!.map((x) => x[label]!.toFixed(2)).join(' ')}`)
  }
} finally {
  run('git', ['worktree', 'remove', '--force', other])
  rmSync(other, {recursive: true, force: true})
}
