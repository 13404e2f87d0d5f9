/**
 * Finds the citations in a plain string of reading text: Kamerstukken, document ids, Handelingen, motions and web
 * addresses. See docs/references.md for every form recognised.
 */

import {patterns as documentIdPatterns} from './document-id.js'
import {patterns as handelingenPatterns} from './handelingen.js'
import {patterns as kamerstukPatterns} from './kamerstuk.js'
import {patterns as motionPatterns} from './motion.js'
import {scan, type FoundGroup, type NamedPattern} from './scan.js'
import {bitOf, triggers, type Triggers} from './triggers.js'
import type {FoundReference} from './types.js'
import {patterns as urlPatterns} from './url.js'

export type {FoundReference, ReferenceNode} from './types.js'

/**
 * The families in order of precedence, which only breaks ties: of overlapping citations the one that starts
 * first wins, then the longest. An address wins over the id inside it, a motion over the Kamerstuk it cites.
 */
export const families: ReadonlyArray<{name: string; patterns: readonly NamedPattern[]}> = [
  {name: 'url', patterns: urlPatterns},
  {name: 'document-id', patterns: documentIdPatterns},
  {name: 'handelingen', patterns: handelingenPatterns},
  {name: 'motion', patterns: motionPatterns},
  {name: 'kamerstuk', patterns: kamerstukPatterns}
]

/** Every recogniser with its trigger's bit and its rank, the order of precedence. */
const PLAN = families.flatMap((family) => family.patterns).map((named, rank) => ({named, trigger: bitOf(named.trigger), rank}))

interface Candidate {
  start: number
  end: number
  rank: number
  group: FoundGroup
}

/**
 * Every citation in `value`, sorted by `start`, none overlapping another. `found`: the triggers in
 * `value`, when the caller has them already.
 */
export function scanReferences(value: string, found: Triggers = triggers(value)): FoundReference[] {
  // Most paragraphs cite nothing.
  if (found === 0) return []
  const candidates: Candidate[] = []
  for (const {named, trigger, rank} of PLAN) {
    if ((found & trigger) === 0) continue
    for (const group of scan(value, named)) {
      let start = Infinity
      let end = -Infinity
      for (const reference of group) {
        start = Math.min(start, reference.start)
        end = Math.max(end, reference.end)
      }
      candidates.push({start, end, rank, group})
    }
  }
  // Most paragraphs hold one citation or none: nothing to sort.
  if (candidates.length < 2) return candidates.length === 0 ? [] : candidates[0]!.group.slice()
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank)
  const out: FoundReference[] = []
  let reached = 0
  for (const candidate of candidates) {
    if (candidate.start < reached) continue
    // A list ("Kamerstukken 33 009, 32 637 en 31 288, nr. 117") is kept whole.
    for (const reference of candidate.group) out.push(reference)
    reached = candidate.end
  }
  return out
}
