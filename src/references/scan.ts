/** The shape every recogniser shares, and the loop that runs one over a string. */

import type {Trigger} from './triggers.js'
import type {FoundReference, ReferenceNode} from './types.js'

/**
 * A named pattern. `pattern` has the global flag; `read` turns a match into a node (its span is the whole
 * match), into several references with their own spans (a list such as "29 754, nrs. 520 en 548"), or into
 * nothing when the match turns out not to be a citation.
 */
export interface NamedPattern {
  name: string
  pattern: RegExp
  /** What every match needs somewhere in the text (see triggers.ts): most paragraphs cite nothing, and this skips the full pattern for them. */
  trigger: Trigger
  /** A finer test where the trigger is broad ("amerstuk" where the trigger also admits "Kamers tuk"), run only when the trigger is there. */
  hint?: RegExp
  read: (match: RegExpExecArray) => ReferenceNode | FoundReference[] | undefined
}

/** The references one match stands for; they belong together and are kept or dropped as one. */
export type FoundGroup = FoundReference[]

/** Runs `named` over all of `value` (its trigger is the caller's to check). */
export function scan(value: string, named: NamedPattern): FoundGroup[] {
  const groups: FoundGroup[] = []
  if (named.hint && !named.hint.test(value)) return groups
  const re = named.pattern
  re.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = re.exec(value)) !== null) {
    const group = toGroup(match, named.read(match))
    if (group === undefined) {
      // Not a citation after all: look again from the next character, as a failed match would.
      re.lastIndex = match.index + 1
      continue
    }
    groups.push(group)
    for (const found of group) if (found.end > re.lastIndex) re.lastIndex = found.end
  }
  return groups
}

const stickyCache = new WeakMap<RegExp, RegExp>()

/** The first of `patterns` that reads a citation starting exactly at `at`. */
export function readAt(value: string, at: number, patterns: readonly NamedPattern[]): FoundGroup | undefined {
  for (const named of patterns) {
    let sticky = stickyCache.get(named.pattern)
    if (sticky === undefined) {
      sticky = new RegExp(named.pattern.source, named.pattern.flags.replace('g', '') + 'y')
      stickyCache.set(named.pattern, sticky)
    }
    sticky.lastIndex = at
    const match = sticky.exec(value)
    if (match === null) continue
    const group = toGroup(match, named.read(match))
    if (group !== undefined) return group
  }
  return undefined
}

function toGroup(match: RegExpExecArray, read: ReferenceNode | FoundReference[] | undefined): FoundGroup | undefined {
  if (read === undefined) return undefined
  if (Array.isArray(read)) return read.length > 0 ? read : undefined
  return [{start: match.index, end: match.index + match[0].length, node: read}]
}
