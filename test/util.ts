/** Shared test helpers: fixtures, tree walking and a dedent tag for inline inputs. */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import type {Root} from 'kamerbrief'

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url))

export interface Fixture {
  name: string
  input: string
  file: string
}

/** Every fixture case: folders in fixtures/ with an input.md or input.txt. */
export function fixtures(): Fixture[] {
  const out: Fixture[] = []
  for (const name of readdirSync(fixturesDir, {withFileTypes: true})) {
    if (!name.isDirectory()) continue
    for (const file of ['input.md', 'input.txt']) {
      try {
        const path = join(fixturesDir, name.name, file)
        out.push({name: name.name, input: readFileSync(path, 'utf8'), file: path})
      } catch {
        // not this extension
      }
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name))
}

export function fixture(name: string): string {
  return fixtures().find((f) => f.name === name)!.input
}

export type AnyNode = {type: string; children?: AnyNode[]; position?: Root['position']; [key: string]: unknown}

export function all(node: unknown, type: string, out: AnyNode[] = []): AnyNode[] {
  const n = node as AnyNode
  if (!n || typeof n !== 'object') return out
  if (n.type === type) out.push(n)
  for (const child of n.children ?? []) all(child, type, out)
  return out
}

export const first = (node: unknown, type: string): AnyNode | undefined => all(node, type)[0]

/** Reading text of a node: inline content joined as written, blocks with a space; markers and furniture left out. */
export function text(node: unknown): string {
  const n = node as AnyNode
  if (!n) return ''
  if (n.type === 'pageFurniture' || n.type === 'marker' || n.type === 'footnoteReference') return ''
  if (typeof n.value === 'string') return n.value
  const children = n.children ?? []
  const inline = children.some((c) => c.type === 'text')
  return children.map(text).join(inline ? '' : ' ')
}

export const squash = (s: string) => s.replace(/\*+/g, '').replace(/\s+/g, ' ').trim()

/** Removes common indentation and the first newline: inline inputs read like the letter. */
export function dedent(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = String.raw({raw: strings}, ...values).replace(/^\n/, '')
  const indents = raw.split('\n').filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length)
  const cut = Math.min(...indents)
  return raw.split('\n').map((l) => l.slice(cut)).join('\n')
}

/** The diagnostics of a tree as [ruleId, line] pairs, for assertions that do not depend on wording. */
export const rules = (tree: Root) => tree.diagnostics.map((d) => [d.ruleId, d.position?.start.line] as const)

/** Builds the CLI as tsup does (cli.js with batch-worker.js beside it) into `out`; returns the path of cli.js. */
export async function buildCli(out: string): Promise<string> {
  const root = fileURLToPath(new URL('..', import.meta.url))
  await build({
    entryPoints: {cli: join(root, 'src/cli.ts'), 'batch-worker': join(root, 'src/batch/worker.ts')},
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: out,
    logLevel: 'silent'
  })
  return join(out, 'cli.js')
}
