import {readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import {Paragraph, Position, Root, parseKamerbrief} from 'kamerbrief'
import {describe, expect, it} from 'vitest'
import {kamerbriefSchema} from '../scripts/schema.js'
import {checkingOnly} from '../src/compiled.js'
import * as schemas from '../src/schema.js'
import {checkOf, MAX_DEPTH, tableCheckOf, validateTree} from '../src/validate.js'

// Every real document against both the JSON Schema and the walk parseKamerbrief checks with: schema-documents.test.ts (robustness).

describe('kamerbrief.schema.json', () => {
  const text = kamerbriefSchema()

  it('should equal the committed docs/kamerbrief.schema.json (npm run schema rewrites it)', async () => {
    await expect(text).toMatchFileSnapshot('../docs/kamerbrief.schema.json')
  })

  it('should be a valid draft 2020-12 schema with a named definition per node', () => {
    const schema = JSON.parse(text) as {$schema: string; $defs: Record<string, unknown>}
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Root', 'Letter', 'QuestionAnswer', 'NotaSection', 'ListItem', 'KamerstukReference']))
    expect(Object.keys(schema.$defs).filter((key) => key.startsWith('__schema'))).toEqual([])
  })

  const validate = new Ajv2020({strict: true, allErrors: true}).compile(JSON.parse(text))

  it('should accept the tree of a short letter', () => {
    const tree = parseKamerbrief('Vraag 1\nKent u het bericht¹?\n\nAntwoord 1\nJa, zie Kamerstuk 36 800-X, nr. 78.\n\n¹ https://nos.nl/artikel/1\n')
    expect(validate(JSON.parse(JSON.stringify(tree)))).toBe(true)
    expect(validate.errors ?? []).toEqual([])
  })

  it('should reject a tree with a node type it does not know', () => {
    const tree = parseKamerbrief('Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n')
    const changed = JSON.parse(JSON.stringify(tree).replace('"questionAnswer"', '"vraagAntwoord"'))
    expect(validate(changed)).toBe(false)
  })

  // Unions of nodes choose their option by `type` (if/then), so a validator checks one option per
  // node and reports a wrong `type` once, without ajv's `discriminator` option.
  it.each([
    ['a question section\'s child', '"questionAnswer"', '"vraagAntwoord"'],
    ['phrasing deep in an answer', '"kamerstukReference"', '"kamerstuk"'],
    ['a footnote definition\'s paragraph', '"footnoteDefinition","identifier"', '"voetnoot","identifier"'],
    ['the root', '"type":"root"', '"type":"wortel"']
  ])('should report a wrong node type in %s in at most 10 errors, ajv with allErrors', (_, from, to) => {
    const tree = parseKamerbrief('Vraag 1\nKent u het bericht¹?\n\nAntwoord 1\nJa, zie Kamerstuk 36 800-X, nr. 78.\n\n¹ https://nos.nl/artikel/1\n')
    const json = JSON.stringify(tree)
    expect(json).toContain(from)
    expect(validate(JSON.parse(json.replace(from, to)))).toBe(false)
    expect(validate.errors!.length).toBeGreaterThan(0)
    expect(validate.errors!.length).toBeLessThanOrEqual(10)
    expect(validate.errors!.some((error) => ['enum', 'const'].includes(error.keyword) && error.instancePath.endsWith('/type'))).toBe(true)
  })

  // The schemas keep unknown fields, as users and plugins may add them; so does the JSON Schema.
  it('should accept, as the zod schemas do, fields it does not know', () => {
    const tree = JSON.parse(JSON.stringify(parseKamerbrief('Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n')))
    tree.children[0].children[0].reviewed = true
    tree.children[0].children[0].position.start.source = 'brief.txt'
    tree.stored = '2026-05-21'
    expect(validate(tree)).toBe(true)
    const parsed = Root.parse(tree) as unknown as typeof tree
    expect([parsed.stored, parsed.children[0].children[0].reviewed, parsed.children[0].children[0].position.start.source]).toEqual(['2026-05-21', true, 'brief.txt'])
  })
})

describe('the zod schemas', () => {
  // The schemas zod checks by generated code are clones (compiled.ts): their id and description
  // must move to them, or `Paragraph.meta()` would be empty.
  it('should carry each node schema\'s id under its own name', () => {
    const named = Object.entries(schemas).filter(([, value]) => typeof (value as {meta?: unknown}).meta === 'function')
    const ids = named.map(([name, value]) => [name, (value as {meta: () => {id?: string} | undefined}).meta()?.id])
    for (const [name, id] of ids) if (id !== undefined) expect(id, name).toBe(name)
    expect(ids.filter(([, id]) => id !== undefined).map(([name]) => name)).toEqual(expect.arrayContaining(['Paragraph', 'Heading', 'Position', 'Letterhead', 'Root']))
  })

  const tree = () => parseKamerbrief('Vraag 1\nKent u het bericht¹?\n\nAntwoord 1\nJa, zie Kamerstuk 36 800-X, nr. 78.\n\n¹ https://nos.nl/artikel/1\n')
  type Any = {type: string; children?: Any[]; position: {start: {column: number}}}
  const find = (node: Any, type: string): Any | undefined =>
    node.type === type ? node : (node.children ?? []).map((c) => find(c, type)).find(Boolean)

  it('should accept the trees the parser returns, each node on its own schema too', () => {
    const root = tree()
    expect(Root.safeParse(root).success).toBe(true)
    expect(Paragraph.safeParse(find(root as unknown as Any, 'paragraph')).success).toBe(true)
    expect(Position.safeParse(root.position).success).toBe(true)
  })

  // Positions and paragraphs are checked by code zod generates for them: a fault deep inside must
  // still fail the whole tree, with the path and issue zod's general parser gives.
  it.each([
    ['a column of 0 in a text node', (root: Any) => (find(root, 'text')!.position.start.column = 0), 'too_small'],
    ['a kamerstukReference without its dossier', (root: Any) => delete (find(root, 'kamerstukReference') as Partial<Record<string, unknown>>).dossier, 'invalid_type'],
    ['a footnoteDefinition with a number for its identifier', (root: Any) => ((find(root, 'footnoteDefinition') as unknown as {identifier: unknown}).identifier = 1), 'invalid_type']
  ])('should reject %s', (_, spoil, code) => {
    const root = tree()
    spoil(root as unknown as Any)
    const result = Root.safeParse(root)
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((issue) => issue.code)).toEqual([code])
    const path = result.error!.issues[0]!.path
    // The path leads from the root to the spoiled field.
    expect(path[0]).toBe('children')
    expect(path.at(-1)).toMatch(/^(column|dossier|identifier)$/)
    // parseKamerbrief's own validation, which only checks, finds the same.
    const checked = checkingOnly(() => Root.safeParse(root))
    expect(checked.success).toBe(false)
    expect(checked.error!.issues).toEqual(result.error!.issues)
    // So does the check parseKamerbrief runs, its walk first.
    expect(walk(root)).toBe(false)
    expect(validateTree(root)).toEqual(result.error!.issues)
  })

  it('should check a valid tree without copying what it need not', () => {
    const root = tree()
    const checked = checkingOnly(() => Root.safeParse(root))
    expect(checked.success).toBe(true)
    expect(checked.data).toEqual(root)
    // Outside checkingOnly, safeParse returns a copy, as zod's schemas do.
    const parsed = Root.safeParse(root)
    const paragraph = (data: unknown) => find(data as Any, 'paragraph')
    expect(paragraph(parsed.data)).toEqual(paragraph(root))
    expect(paragraph(parsed.data)).not.toBe(paragraph(root))
  })

  // parseKamerbrief checks its tree by a walk over it (src/validate.ts), and against Root itself
  // when the walk rejects it: the answer must always be Root's.
  const nest = (type: 'list' | 'notaSection', levels: number): unknown => {
    const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 4, offset: 3}}
    const paragraph = {type: 'paragraph', children: [{type: 'text', value: 'Ja.', position}], position}
    let node: unknown = paragraph
    for (let level = 0; level < levels; level++) {
      node =
        type === 'list'
          ? {type: 'list', ordered: false, children: [{type: 'listItem', marker: '•', children: [paragraph, node], position}], position}
          : {type: 'notaSection', heading: 'Toelichting', children: [paragraph, node], position}
    }
    const top = type === 'list' ? node : {type: 'nota', layout: 'purpose', children: [node], position}
    return {type: 'root', treeVersion: 1, packageVersion: '0.0.0', format: 'text', children: [top], diagnostics: [], position}
  }

  it.each(['list', 'notaSection'] as const)('should accept a %s nested deep, and one deeper than the walk goes by Root', (type) => {
    const deep = nest(type, 12)
    expect(walk(deep)).toBe(true)
    expect(validateTree(deep)).toEqual([])
    const deeper = nest(type, MAX_DEPTH)
    expect(Root.safeParse(deeper).success).toBe(true)
    expect(walk(deeper)).toBe(false)
    expect(validateTree(deeper)).toEqual([])
  })

  it('should report the issues Root gives for a fault deep down', () => {
    const deeper = nest('list', 12) as {children: Array<Record<string, unknown>>}
    let node = deeper.children[0]!
    while (node.type === 'list') node = (node.children as Array<{children: Array<Record<string, unknown>>}>)[0]!.children[1]!
    node.type = 'paragraf'
    const result = Root.safeParse(deeper)
    expect(result.success).toBe(false)
    expect(walk(deeper)).toBe(false)
    expect(validateTree(deeper)).toEqual(result.error!.issues)
  })

  // A host that forbids generated code gets the walk of valid() instead; this one must not, or every
  // parse pays for a call through the kind table at every node without any other test failing.
  it('should walk the tree by code generated for its kinds', () => {
    expect(String(checkOf(schemas.Root))).toContain('switch (child.type)')
  })

  // The walk must accept exactly what Root accepts. Spoil a real letter's tree one place at a time
  // (every field of every node given a value of another kind, every node put where another type
  // stands, children that are not a list) and compare the two answers.
  it('should accept a spoiled tree exactly where Root does', () => {
    const input = readFileSync(new URL('../fixtures/full-defensie-ek-begroting-2026/input.md', import.meta.url), 'utf8')
    const parsed = parseKamerbrief(input, {format: 'text', validate: false})
    const fresh = () => structuredClone(parsed) as unknown as Any
    const nodes = (root: Any): Any[] => [root, ...(root.children ?? []).flatMap(nodes)]
    const count = nodes(fresh()).length
    const types = [...new Set(nodes(fresh()).map((n) => n.type))]
    expect(types.length).toBeGreaterThan(15)
    let compared = 0
    let rejected = 0
    const compare = (spoil: (node: Record<string, unknown>) => void, at: number) => {
      const root = fresh()
      spoil(nodes(root)[at] as unknown as Record<string, unknown>)
      const expected = Root.safeParse(root).success
      expect(walk(root), `node ${at}`).toBe(expected)
      // And the walk a host that forbids generated code gets.
      expect(tableCheckOf(schemas.Root)(root, 0), `node ${at}, by the table`).toBe(expected)
      compared++
      if (!expected) rejected++
    }
    // Every 11th node: the tree has hundreds, and Root parses the whole tree for each comparison.
    for (let at = 0; at < count; at += 11) {
      const node = nodes(fresh())[at]!
      for (const key of Object.keys(node)) {
        compare((n) => (n[key] = typeof n[key] === 'string' ? 7 : 'x'), at)
        compare((n) => delete n[key], at)
      }
      compare((n) => (n.children = {}), at)
      // Four other types for each node, a different four from node to node.
      for (let k = 1; k <= 4; k++) compare((n) => (n.type = types[(at + k) % types.length]), at)
    }
    expect(compared).toBeGreaterThan(500)
    // Most spoilings are faults; some are not (an optional field removed, a type with the same fields).
    expect(rejected).toBeGreaterThan(compared / 2)
    expect(rejected).toBeLessThan(compared)
  })
})

/** The check parseKamerbrief runs first, before Root when it fails. */
const walk = (root: unknown) => checkOf(schemas.Root)(root, 0)
