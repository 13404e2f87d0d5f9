/**
 * Labels inside a line, where a header is printed on one line: "Datum 28 oktober 2009 Uw kenmerk
 * 18106-t96/2009D46472 Onderwerp kamervragen", "Aan: MOCW Van Datum 25 november 2024 Referentie
 * 49312071 Bijlagen". Used by the letterhead and the nota header, each with its own labels.
 */

/** A label found at `at` in a line, as printed, with what it stands for. */
export interface LabelCut<K> {
  at: number
  label: string
  key: K
}

/**
 * The labels of `labels` (lower-case names, longest first where one ends another) that start inside
 * `text` after `from`: after a space, with a capital in the source, and followed by what `ends`
 * accepts. Where two overlap, the longer is kept ("Uw kenmerk" over "kenmerk"). `cuts` are labels
 * found already (the one that opens the line), which others may not overlap; the result holds them
 * too, in order of place.
 */
export function labelCuts<K>(text: string, labels: ReadonlyArray<readonly [string, K]>, from: number, ends: (next: string | undefined) => boolean, found: Array<LabelCut<K>> = []): Array<LabelCut<K>> {
  const cuts = [...found]
  const lower = text.toLowerCase()
  // Offsets inside a label or just after it, where no other label may start (a set, not a search: a line may hold thousands).
  const taken = new Set<number>()
  const take = (cut: LabelCut<K>) => {
    for (let p = cut.at; p <= cut.at + cut.label.length; p++) taken.add(p)
  }
  for (const cut of cuts) take(cut)
  for (const [name, key, wanted] of searched(labels)) {
    let at = lower.indexOf(wanted, from)
    while (at >= 0) {
      // Labels inside a value start with a capital in the source: "Uw kenmerk", "Onderwerp".
      if (CAPITAL.test(text[at + 1]!) && !taken.has(at + 1) && ends(text[at + 1 + name.length])) {
        const cut = {at: at + 1, label: text.slice(at + 1, at + 1 + name.length), key}
        cuts.push(cut)
        take(cut)
      }
      at = lower.indexOf(wanted, at + 1)
    }
  }
  return cuts
}

const CAPITAL = /\p{Lu}/u

/** Each label with what is searched for, a space and its name: made once per list, not per line. */
const searches = new WeakMap<ReadonlyArray<readonly [string, unknown]>, ReadonlyArray<readonly [string, unknown, string]>>()
function searched<K>(labels: ReadonlyArray<readonly [string, K]>): ReadonlyArray<readonly [string, K, string]> {
  let found = searches.get(labels)
  if (found === undefined) {
    found = labels.map(([name, key]) => [name, key, ` ${name}`] as const)
    searches.set(labels, found)
  }
  return found as ReadonlyArray<readonly [string, K, string]>
}

/** `cuts` in order of place, without those a longer label that starts before covers. */
export function keptCuts<K>(cuts: Array<LabelCut<K>>): Array<LabelCut<K>> {
  cuts.sort((a, b) => a.at - b.at)
  // Labels are short, so only one starting at most `longest` characters before a label can cover it.
  const startingAt = new Map<number, Array<LabelCut<K>>>()
  for (const c of cuts) startingAt.set(c.at, [...(startingAt.get(c.at) ?? []), c])
  const longest = cuts.reduce((max, c) => Math.max(max, c.label.length), 0)
  const covered = (c: LabelCut<K>) => {
    for (let p = c.at - longest + 1; p <= c.at; p++) {
      for (const d of startingAt.get(p) ?? []) if (d !== c && d.at + d.label.length > c.at && d.label.length > c.label.length) return true
    }
    return false
  }
  return cuts.filter((c) => !covered(c))
}
