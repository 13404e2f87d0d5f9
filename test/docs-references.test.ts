/**
 * docs/references.md against the recognisers: every citation it shows is read by `findReferences`
 * as the node its section names, with the ids, fields and spans it states; everything it says is no
 * citation gives none; its tables of fields and kinds are the schemas'; and every recogniser of
 * src/references/ has an example in it.
 *
 * How the page states what a citation gives, in its lists and tables:
 * - a list item that opens with code spans (`Kamerstuk 36800-X, nr 78` · `…`) shows citations, each
 *   read as its section's node (`## Kamerstukken: \`kamerstukReference\``); a span with `<…>` is a
 *   grammar, and then every other span of the item is a citation;
 * - `→` and ids after the citations: the ids of the nodes each gives, in order;
 * - `key: value`: a field of each of those nodes (the value as JavaScript);
 * - "span"/"spans" and code spans: the text each node covers, in order;
 * - `x` is no citation / is not read: `x` gives no node at all.
 */
import {readFileSync} from 'node:fs'
import {type Citation, DocumentReference, findReferences, KamerstukReference} from 'kamerbrief'
import {describe, expect, it} from 'vitest'
import {families} from '../src/references/find.js'
import {scan} from '../src/references/scan.js'

const doc = readFileSync(new URL('../docs/references.md', import.meta.url), 'utf8')

/** Inline code as written, `\n` in it standing for a line break. */
const code = (span: string) => span.replace(/\\n/g, '\n')
const spansOf = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => code(m[1]!))
// "<dossier>", "<tk|ek>", "<5 digits>"; not an address in angle brackets ("<https://…>").
const isGrammar = (span: string) => /<[\w|\s]+>/.test(span)
const CLAIM = /^(\w+): (.+)$/s
const valueOf = (source: string): unknown => new Function(`return (${source})`)()

type Def = {type: string; shape?: Record<string, {_zod: {def: Def}}>; entries?: Record<string, string>}
/** The fields of a node's schema, as zod holds them at run time. */
const shapeOf = (schema: unknown) => (schema as {_zod: {def: Def}})._zod.def.shape!

interface Section {
  heading: string
  /** The node type a `##` heading names, which its `###` sections share. */
  type?: string
  body: string
}

function sections(): Section[] {
  let type: string | undefined
  return doc.split(/^(?=##+ )/m).slice(1).map((part) => {
    const heading = part.slice(0, part.indexOf('\n'))
    if (heading.startsWith('## ')) type = /: `(\w+)`$/.exec(heading)?.[1]
    return {heading, ...(type ? {type} : {}), body: part.slice(heading.length)}
  })
}

/** The top-level items of the lists in `body`, each with its continuation lines joined. */
function items(body: string): string[] {
  const out: string[] = []
  for (const line of body.split('\n')) {
    if (line.startsWith('- ')) out.push(line.slice(2))
    else if (/^ {2}\S/.test(line) && out.length > 0) out[out.length - 1] += ` ${line.trim()}`
    else if (!line.startsWith('  ')) out.push('\u0000')
  }
  return out.filter((item) => item !== '\u0000')
}

/** The rows of the tables in `body`, as cells, without their heading and rule. */
function rows(body: string): string[][] {
  const lines = body.split('\n').filter((line) => line.startsWith('|'))
  return lines.filter((line, k) => !/^\|[\s|-]+\|$/.test(line) && !/^\|[\s|-]+\|$/.test(lines[k + 1] ?? '')).map((line) => line.split(/\|(?=(?:[^`]*`[^`]*`)*[^`]*$)/).slice(1, -1).map((cell) => cell.trim()))
}

interface Claim {
  /** Where in the page: the item or row. */
  where: string
  citations: string[]
  /** The node type each citation gives (its section's), or any. */
  type?: string
  ids?: string[]
  fields: Array<[string, unknown]>
  spans?: string[]
}

/** What a list item says about the citations it opens with. */
function itemClaim(item: string, type: string): Claim | undefined {
  const parts = item.split('`')
  // parts: text, span, text, span, …
  const claim: Claim = {where: item.slice(0, 60), citations: [], type, fields: []}
  const spans = parts.filter((_, k) => k % 2 === 1).map(code)
  const grammar = parts[0]!.trim() === '' && isGrammar(spans[0] ?? '')
  if (grammar) claim.citations = spans.filter((span) => !isGrammar(span) && !CLAIM.test(span))
  else {
    for (let k = 1; k < parts.length; k += 2) {
      if (!/^(?:| · |, | and | en |,\s*)$/.test(parts[k - 1]!) && k > 1) break
      if (k === 1 && parts[0]!.trim() !== '') break
      claim.citations.push(code(parts[k]!))
      // "→ `kst-…`, `kst-…`": the ids of what the citations before give.
      if (/^\s*→\s*$/.test(parts[k + 1] ?? '')) {
        claim.ids = []
        for (let j = k + 2; j < parts.length; j += 2) {
          claim.ids.push(code(parts[j]!))
          if (!/^(?:, | and | en )$/.test(parts[j + 1] ?? '')) break
        }
        break
      }
    }
  }
  if (claim.citations.length === 0) return undefined
  for (const span of spans) {
    const field = CLAIM.exec(span)
    if (field) claim.fields.push([field[1]!, valueOf(field[2]!)])
  }
  const said = /\bspans? ((?:`[^`]+`(?:,\s*| and )?)+)/.exec(item.replace(/\s+/g, ' '))
  if (said) claim.spans = spansOf(said[1]!)
  return claim
}

/** The spans the page says are no citation. */
const NOT_A_CITATION = /`([^`]+)` is (?:no citation|not read)/g

/** Every node of `nodes` and below. */
const flatten = (nodes: readonly Citation[]): Array<{type: string}> => nodes.flatMap((node) => [node, ...flatten((node.children ?? []).filter((child) => child.type !== 'text') as Citation[])])

const found = sections().filter((section) => section.type)
const claims = found.flatMap((section) => items(section.body).map((item) => ({item, claim: itemClaim(item, section.type!)})))

describe('docs/references.md', () => {
  it('should have a section for every kind of node findReferences returns', () => {
    // Citation is a type only: read from the module's source.
    const citation = /export type Citation = ([^\n]+)/.exec(readFileSync(new URL('../src/find-references.ts', import.meta.url), 'utf8'))![1]!
    const types = citation.split('|').map((name) => name.trim().replace(/^./, (c) => c.toLowerCase()))
    expect(found.filter((section) => section.heading.startsWith('## ')).map((section) => section.type).sort()).toEqual(types.sort())
  })

  it('should show citations in every list item of the sections of found forms', () => {
    expect(claims.filter(({claim}) => !claim).map(({item}) => item)).toEqual([])
    expect(claims.length).toBeGreaterThan(40)
  })

  it.each(claims.filter(({claim}) => claim).map(({claim}) => [claim!.where, claim!] as const))('should read %s… as it says', (_, claim) => {
    for (const citation of claim.citations) {
      const nodes = findReferences(citation).filter((node) => node.type === claim.type)
      expect(nodes.length, `${citation} gives no ${claim.type}`).toBeGreaterThan(0)
      if (claim.ids) expect(nodes.map((node) => (node as {id?: string}).id), citation).toEqual(claim.ids)
      for (const [key, value] of claim.fields) for (const node of nodes) expect((node as unknown as Record<string, unknown>)[key], `${citation}: ${key}`).toEqual(value)
      if (claim.spans) expect(nodes.map((node) => citation.slice(node.position!.start.offset, node.position!.end.offset)), citation).toEqual(claim.spans)
    }
  })

  it('should find nothing in what it says is not a reference, or is not read', () => {
    const none = [
      ...sections().filter((section) => section.heading === '## What is not a reference').flatMap((section) => items(section.body).flatMap(spansOf)),
      ...items(doc.slice(doc.indexOf('\nNot read:\n'))).flatMap((item) => spansOf(item).slice(0, 1)),
      ...[...doc.matchAll(NOT_A_CITATION)].map((m) => code(m[1]!))
    ]
    expect(none.length).toBeGreaterThan(30)
    for (const text of none) expect(findReferences(text), text).toEqual([])
  })

  it('should give each kind of document reference an example that is read as that kind, and every kind the schema has', () => {
    const section = found.find((s) => s.type === 'documentReference')!
    const table = rows(section.body).filter((row) => row.length === 3)
    const kinds = table.map(([kind]) => /^`([\w-]+)`$/.exec(kind!)![1]!)
    expect(kinds).toEqual(Object.values(shapeOf(DocumentReference).kind!._zod.def.entries!))
    for (const [kind, , examples] of table) {
      const citations = spansOf(examples!)
      expect(citations.length, kind).toBeGreaterThan(0)
      for (const citation of citations) expect(findReferences(citation)[0], citation).toMatchObject({type: 'documentReference', kind: kind!.slice(1, -1)})
    }
  })

  it('should list the fields of a Kamerstuk reference its schema has', () => {
    const section = found.find((s) => s.type === 'kamerstukReference')!
    const fields = rows(section.body).filter((row) => row.length === 3).map(([field]) => /^`(\w+)`$/.exec(field!)![1]!)
    expect(fields).toEqual(Object.keys(shapeOf(KamerstukReference)).filter((key) => !['type', 'children', 'position', 'data'].includes(key)))
  })

  it('should read every form of the corpus table as the nodes it names', () => {
    const table = rows(doc.slice(doc.indexOf('## Forms found in the corpus'))).filter((row) => row.length === 2)
    expect(table.length).toBeGreaterThanOrEqual(10)
    for (const [forms, handled] of table) {
      const citations = spansOf(forms!)
      const types = spansOf(handled!).filter((span) => /^[a-z]+Reference$|^link$/.test(span))
      const fields = spansOf(handled!).flatMap((span) => (CLAIM.test(span) ? [CLAIM.exec(span)!.slice(1)] : []))
      for (const citation of citations) {
        const nodes = findReferences(citation)
        expect(nodes.length, citation).toBeGreaterThan(0)
        // The nodes it names are the nodes it gives, the citation's own and those it holds.
        if (types.length > 0) expect(new Set(flatten(nodes).map((node) => node.type)), citation).toEqual(new Set(types))
        for (const [key, value] of fields) expect((nodes[0] as unknown as Record<string, unknown>)[key!], `${citation}: ${key}`).toEqual(valueOf(value!))
      }
    }
  })

  it('should show an example of every recogniser of src/references/', () => {
    const citations = [...claims.flatMap(({claim}) => claim?.citations ?? []), ...rows(doc).flatMap((row) => spansOf(row.at(-1)!))]
    const silent: string[] = []
    for (const family of families) {
      for (const named of family.patterns) if (!citations.some((citation) => scan(citation, named).length > 0)) silent.push(`${family.name}: ${named.name}`)
    }
    expect(silent).toEqual([])
  })
})
