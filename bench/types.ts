/**
 * `npm run bench:types`: what our declarations cost a user's compiler. Type-checks
 * test/types/consumer.ts (parses a letter, walks it with unist-util-visit, adds a node type by
 * module augmentation) against the built declarations in dist/, and its twin over an mdast tree,
 * test/types/mdast-consumer.ts (`@types/mdast`, `mdast-util-from-markdown`), with
 * `tsc --extendedDiagnostics`, and prints the time and memory of each and the ratios ours ÷ mdast.
 * It prints figures only; nothing passes or fails on them.
 *
 *   npm run bench:types                   5 rounds
 *   npm run bench:types -- --rounds 3     3 rounds
 *
 * Both programs are compiled with the same options, written to tsconfigs in a temporary folder
 * (ours maps `kamerbrief` to dist/index.d.ts through `paths`, as test/types/tsconfig.json does):
 * strict, exactOptionalPropertyTypes, target ES2022, module ESNext with Bundler resolution, and,
 * as the figures quoted in the changesets were measured, `types: ['node']` and `lib: ['ES2022',
 * 'DOM']` (a user's program usually has one of the two; zod's declarations needed one, for `URL`).
 * Each program is checked with skipLibCheck off (every .d.ts checked, as a strict user's setup does)
 * and on. A round runs the four compilations one after the other, ours and mdast alternating which
 * goes first; a figure is the fastest time (tsc's "Total time") and the lowest memory (its "Memory
 * used", the heap at the end, in MB of 1,024 K) of its rounds: other work on the machine only adds.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const tsc = join(root, 'node_modules/typescript/bin/tsc')
const args = process.argv.slice(2)
const roundsAt = args.indexOf('--rounds')
const rounds = roundsAt >= 0 ? Math.max(1, Number(args[roundsAt + 1]) || 5) : 5

if (!existsSync(join(root, 'dist/index.d.ts'))) {
  console.error('dist/index.d.ts is missing: npm run build makes it')
  process.exit(2)
}

interface Program {
  name: string
  file: string
  paths?: Record<string, string[]>
}
const programs: Program[] = [
  {name: 'kamerbrief', file: 'test/types/consumer.ts', paths: {kamerbrief: [join(root, 'dist/index.d.ts')]}},
  {name: 'mdast', file: 'test/types/mdast-consumer.ts'}
]
const settings = [false, true] as const

const dir = mkdtempSync(join(tmpdir(), 'kamerbrief-types-bench-'))
const config = (program: Program, skipLibCheck: boolean) => join(dir, `${program.name}-${skipLibCheck ? 'skip' : 'check'}.json`)

/** Time in s and memory in MB of one `tsc --extendedDiagnostics -p project`. */
function measure(project: string): {time: number; memory: number} {
  const run = spawnSync(process.execPath, [tsc, '--extendedDiagnostics', '-p', project], {cwd: root, encoding: 'utf8'})
  const figure = (label: string) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(run.stdout)?.[1])
  const time = figure('Total time')
  const memory = figure('Memory used') / 1024
  // A program that does not compile measures nothing: show why.
  if (run.status !== 0 || Number.isNaN(time) || Number.isNaN(memory)) throw new Error(`tsc -p ${project} exited with ${run.status}:\n${run.stdout}${run.stderr}`)
  return {time, memory}
}

let commit = '-'
try {
  const git = (...a: string[]) => execFileSync('git', a, {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim()
  commit = git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--', 'src', 'test/types') ? '+' : '')
} catch {
  // Not a git checkout: no commit to print.
}

const best = new Map<string, {time: number; memory: number}>()
try {
  for (const program of programs) {
    for (const skipLibCheck of settings) {
      const tsconfig = {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2022', 'DOM'],
          types: ['node'],
          // The folder is outside the repository: @types/node is found here.
          typeRoots: [join(root, 'node_modules/@types')],
          strict: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck,
          noEmit: true,
          ...(program.paths && {paths: program.paths})
        },
        files: [join(root, program.file)]
      }
      writeFileSync(config(program, skipLibCheck), `${JSON.stringify(tsconfig, null, 2)}\n`)
    }
  }
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...programs].reverse() : programs
    for (const skipLibCheck of settings) {
      for (const program of order) {
        const key = `${program.name} ${skipLibCheck}`
        const {time, memory} = measure(config(program, skipLibCheck))
        const before = best.get(key) ?? {time: Infinity, memory: Infinity}
        best.set(key, {time: Math.min(before.time, time), memory: Math.min(before.memory, memory)})
      }
    }
    process.stderr.write(`round ${round + 1} of ${rounds} done\n`)
  }
} finally {
  rmSync(dir, {recursive: true, force: true})
}

const version = execFileSync(process.execPath, [tsc, '--version'], {encoding: 'utf8'}).trim()
console.log(`tsc --extendedDiagnostics (${version}): node ${process.version}, ${cpus()[0]?.model.trim() ?? 'unknown CPU'} × ${cpus().length}, load ${loadavg()[0]!.toFixed(1)}, ${new Date().toISOString().slice(0, 10)}, commit ${commit}`)
console.log(`${programs.map((p) => p.file).join(' against ')}, types: ['node'], lib ES2022 + DOM; fastest time and lowest memory of ${rounds} round${rounds === 1 ? '' : 's'}\n`)
console.log('| skipLibCheck | time, kamerbrief | time, mdast | ratio | memory, kamerbrief | memory, mdast | ratio |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const skipLibCheck of settings) {
  const ours = best.get(`kamerbrief ${skipLibCheck}`)!
  const mdast = best.get(`mdast ${skipLibCheck}`)!
  const cells = [
    skipLibCheck ? 'on' : 'off',
    `${ours.time.toFixed(2)} s`,
    `${mdast.time.toFixed(2)} s`,
    (ours.time / mdast.time).toFixed(2),
    `${ours.memory.toFixed(0)} MB`,
    `${mdast.memory.toFixed(0)} MB`,
    (ours.memory / mdast.memory).toFixed(2)
  ]
  console.log(`| ${cells.join(' | ')} |`)
}
