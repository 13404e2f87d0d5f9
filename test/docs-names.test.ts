/**
 * The lists of names in docs/ast.md (and the README's table of nodes) against the code: every node
 * type, every interface's fields (with their optionality, literal values and content), the layouts
 * and the content maps, read from the zod schemas at run time and from src/ast.ts. Where the doc and
 * the code part, one of them is wrong.
 */
import {readFileSync} from 'node:fs'
import * as kamerbrief from 'kamerbrief'
import {RULES} from 'kamerbrief'
import {describe, expect, it} from 'vitest'
import {codeBlocks} from './examples.js'

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')
const doc = read('docs/ast.md')

// ------------------------------------------------------------------------------------------------ the notation of ast.md

/** A type in the notation of the unist specifications, as ast.md writes it. */
type Idl =
  | {kind: 'name'; name: string}
  | {kind: 'literal'; value: string | number}
  | {kind: 'union'; options: Idl[]}
  | {kind: 'array'; element: Idl}
  | {kind: 'object'; fields: IdlField[]}

interface IdlField {
  name: string
  type: Idl
  optional: boolean
}

interface IdlInterface {
  name: string
  base?: string
  fields: IdlField[]
}

const TOKEN = /\s*(?:\/\/[^\n]*|('(?:[^'\\]|\\.)*')|(\d+)|(\w+)|(<:|>=|<=|[{}[\]():,?|=]))/y

function tokens(source: string): string[] {
  const out: string[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex
    const match = TOKEN.exec(source)
    if (!match) {
      if (/^\s*$/.test(source.slice(at))) break
      throw new Error(`cannot read the notation at "${source.slice(at, at + 20)}"`)
    }
    const token = match[1] ?? match[2] ?? match[3] ?? match[4]
    if (token !== undefined) out.push(token)
  }
  return out
}

/** The interfaces and type aliases of every `idl` block of ast.md. */
function readIdl(markdown: string): {interfaces: Map<string, IdlInterface>; aliases: Map<string, Idl>} {
  const interfaces = new Map<string, IdlInterface>()
  const aliases = new Map<string, Idl>()
  for (const block of codeBlocks(markdown).filter((b) => b.language === 'idl')) {
    const list = tokens(block.code)
    let at = 0
    const peek = () => list[at]
    const next = () => list[at++]!
    const expectToken = (token: string) => {
      if (next() !== token) throw new Error(`ast.md:${block.line}: "${token}" expected before "${list.slice(at - 1, at + 4).join(' ')}"`)
    }
    const primary = (): Idl => {
      const token = next()
      if (token === '(') {
        const inner = union()
        expectToken(')')
        return inner
      }
      if (token === '[') {
        const element = union()
        expectToken(']')
        return {kind: 'array', element}
      }
      if (token === '{') {
        const fields: IdlField[] = []
        while (peek() !== '}') {
          fields.push(field())
          if (peek() === ',') next()
        }
        next()
        return {kind: 'object', fields}
      }
      if (token.startsWith("'")) return {kind: 'literal', value: token.slice(1, -1)}
      // A bound ("number >= 1", "1 <= number <= 6") says more than the type; the schemas hold it.
      if (/^\d+$/.test(token) && peek() === '<=') {
        next()
        return primary()
      }
      if (/^\d+$/.test(token)) return {kind: 'literal', value: Number(token)}
      if (peek() === '>=' || peek() === '<=') at += 2
      return {kind: 'name', name: token}
    }
    const union = (): Idl => {
      if (peek() === '|') next()
      const options = [primary()]
      while (peek() === '|') {
        next()
        options.push(primary())
      }
      return options.length === 1 ? options[0]! : {kind: 'union', options}
    }
    const field = (): IdlField => {
      const name = next()
      expectToken(':')
      const type = union()
      const optional = peek() === '?'
      if (optional) next()
      return {name, type, optional}
    }
    while (at < list.length) {
      const keyword = next()
      const name = next()
      if (keyword === 'type') {
        expectToken('=')
        aliases.set(name, union())
        continue
      }
      if (keyword !== 'interface') throw new Error(`ast.md:${block.line}: "interface" or "type" expected, not "${keyword}"`)
      let base: string | undefined
      if (peek() === '<:') {
        next()
        base = next()
      }
      expectToken('{')
      const fields: IdlField[] = []
      while (peek() !== '}') fields.push(field())
      next()
      interfaces.set(name, {name, ...(base ? {base} : {}), fields})
    }
  }
  return {interfaces, aliases}
}

// ------------------------------------------------------------------------------------------------ the schemas

interface ZodLike {
  _zod: {def: {type: string; [key: string]: unknown}}
}

const isSchema = (value: unknown): value is ZodLike => typeof value === 'object' && value !== null && '_zod' in value
/** Every zod schema the package exports, by name: each node's schema has its interface's name. */
const schemas = new Map(Object.entries(kamerbrief as Record<string, unknown>).filter((entry): entry is [string, ZodLike] => isSchema(entry[1])))
/** The exported name of a schema; the options of the unions are the exported schemas themselves. */
const nameOf = new Map([...schemas].map(([name, schema]) => [schema, name]))
const def = (schema: ZodLike) => schema._zod.def
const shapeOf = (schema: ZodLike) => def(schema).shape as Record<string, ZodLike>

/** Types ast.md names whose values are a list in the code, not a schema of their own. */
const NAMED_VALUES: Record<string, readonly string[]> = {RuleId: Object.keys(RULES)}
/** unist's own interfaces, which ast.md shows as the base of every node: the fields they add are checked on every node that extends them. */
const UNIST = {Node: ['position', 'data'], Parent: ['position', 'data'], Literal: ['position', 'data']} as const
const PRIMITIVES = new Set(['string', 'number', 'boolean'])

const {interfaces, aliases} = readIdl(doc)

/** The interfaces a name stands for, aliases (`FlowContent`) followed to their members. */
function idlLeaves(type: Idl): Set<string> {
  if (type.kind === 'union') return new Set(type.options.flatMap((option) => [...idlLeaves(option)]))
  if (type.kind === 'name' && aliases.has(type.name)) return idlLeaves(aliases.get(type.name)!)
  return new Set([type.kind === 'name' ? type.name : JSON.stringify(type)])
}

/** The node schemas a schema stands for, unions (`Flow`) followed to their options. */
function zodLeaves(schema: ZodLike): Set<string> {
  const d = def(schema)
  if (d.type === 'union') return new Set((d.options as ZodLike[]).flatMap((option) => [...zodLeaves(option)]))
  return new Set([nameOf.get(schema) ?? `(a ${d.type} schema no name exports)`])
}

const sorted = (values: Iterable<unknown>) => [...values].map(String).sort()

/** Where the type ast.md gives and the schema part, each as "path: what". */
function compare(type: Idl, schema: ZodLike, path: string): string[] {
  const d = def(schema)
  if (type.kind === 'name' && PRIMITIVES.has(type.name)) return d.type === type.name ? [] : [`${path}: ${type.name} in ast.md, ${d.type} in the schema`]
  if (type.kind === 'name' && type.name in NAMED_VALUES) {
    const values = d.type === 'enum' ? Object.values(d.entries as object) : []
    return sorted(values).join() === sorted(NAMED_VALUES[type.name]!).join() ? [] : [`${path}: ${type.name} in ast.md, ${d.type} [${sorted(values).join(', ')}] in the schema`]
  }
  const literals = type.kind === 'literal' ? [type.value] : type.kind === 'union' && type.options.every((o) => o.kind === 'literal') ? type.options.map((o) => (o as {value: string | number}).value) : undefined
  if (literals) {
    const values = d.type === 'literal' ? [...(d.values as Iterable<unknown>)] : d.type === 'enum' ? Object.values(d.entries as object) : undefined
    return values && sorted(values).join() === sorted(literals).join() ? [] : [`${path}: ${literals.join(' | ')} in ast.md, ${d.type} ${values ? values.join(' | ') : ''} in the schema`]
  }
  if (type.kind === 'array') return d.type === 'array' ? compare(type.element, d.element as ZodLike, `${path}[]`) : [`${path}: a list in ast.md, ${d.type} in the schema`]
  if (type.kind === 'object') return d.type === 'object' ? compareFields(type.fields, shapeOf(schema), path) : [`${path}: an object in ast.md, ${d.type} in the schema`]
  const idl = sorted(idlLeaves(type))
  const zod = sorted(zodLeaves(schema))
  return idl.join() === zod.join() ? [] : [`${path}: ${idl.join(' | ')} in ast.md, ${zod.join(' | ')} in the schema`]
}

/** Where the fields ast.md lists and a schema's shape part; `inherited` are the fields unist's base interfaces add. */
function compareFields(fields: readonly IdlField[], shape: Record<string, ZodLike>, path: string, inherited: readonly string[] = []): string[] {
  const problems: string[] = []
  const own = Object.keys(shape).filter((key) => !inherited.includes(key))
  const listed = fields.map((field) => field.name)
  for (const key of own.filter((key) => !listed.includes(key))) problems.push(`${path}.${key}: in the schema, not in ast.md`)
  for (const name of listed.filter((name) => !own.includes(name))) problems.push(`${path}.${name}: in ast.md, not in the schema`)
  for (const field of fields) {
    const schema = shape[field.name]
    if (!schema || inherited.includes(field.name)) continue
    const optional = def(schema).type === 'optional'
    if (optional !== field.optional) problems.push(`${path}.${field.name}: ${field.optional ? 'optional' : 'required'} in ast.md, ${optional ? 'optional' : 'required'} in the schema`)
    problems.push(...compare(field.type, optional ? (def(schema).innerType as ZodLike) : schema, `${path}.${field.name}`))
  }
  return problems
}

/** The `type` every node schema requires, by schema name. */
const nodeTypes = new Map(
  [...schemas].flatMap(([name, schema]) => {
    const type = def(schema).type === 'object' ? shapeOf(schema).type : undefined
    return type && def(type).type === 'literal' ? [[name, [...(def(type).values as Iterable<string>)][0]!] as const] : []
  })
)

// ------------------------------------------------------------------------------------------------ tests

describe('docs/ast.md against the schemas', () => {
  const sections = [...doc.matchAll(/^### `([a-z]\w*)`$/gm)].map((m) => m[1]!)

  it('should read the notation of every idl block', () => {
    expect(interfaces.size).toBeGreaterThanOrEqual(30)
    expect([...aliases.keys()]).toEqual(expect.arrayContaining(['FlowContent', 'PhrasingContent', 'RootContent']))
  })

  it('should have a section for every node type the schemas know, and no other', () => {
    expect(nodeTypes.size).toBeGreaterThanOrEqual(29)
    expect(sorted(sections)).toEqual(sorted(nodeTypes.values()))
  })

  it('should link every node section from its contents', () => {
    const contents = doc.slice(doc.indexOf('## Contents'), doc.indexOf('## Introduction'))
    expect(sorted([...contents.matchAll(/\[`([a-z]\w*)`\]\(#(\w+)\)/g)].map((m) => (m[2] === m[1]!.toLowerCase() ? m[1] : `${m[1]} → #${m[2]}`)))).toEqual(sorted(sections))
  })

  it('should describe each node section with the interface of that type', () => {
    for (const type of sections) {
      const name = [...nodeTypes].find(([, t]) => t === type)![0]
      const section = doc.slice(doc.indexOf(`### \`${type}\`\n`)).split(/^### /m)[1]!
      expect(section, type).toContain(`interface ${name} <:`)
      expect(interfaces.get(name)?.fields.find((field) => field.name === 'type')?.type, type).toEqual({kind: 'literal', value: type})
    }
  })

  it('should give every interface the fields of its schema: names, optionality, values and content', () => {
    const problems: string[] = []
    for (const [name, idl] of interfaces) {
      if (name in UNIST) continue
      const schema = schemas.get(name)
      if (!schema) {
        problems.push(`${name}: an interface in ast.md without a schema of that name`)
        continue
      }
      const inherited = idl.base && idl.base in UNIST ? UNIST[idl.base as keyof typeof UNIST] : []
      problems.push(...compareFields(idl.fields, shapeOf(schema), name, inherited))
      // A Parent has children, a Literal a value, a Node neither.
      const shape = shapeOf(schema)
      if (idl.base === 'Parent' && !('children' in shape)) problems.push(`${name}: a Parent in ast.md without children in the schema`)
      if (idl.base === 'Node' && 'children' in shape) problems.push(`${name}: a Node in ast.md with children in the schema`)
    }
    expect(problems).toEqual([])
  })

  it('should show unist\u2019s own interfaces only as the bases of the nodes', () => {
    expect([...interfaces.keys()].filter((name) => !schemas.has(name))).toEqual(Object.keys(UNIST).filter((name) => interfaces.has(name)))
    for (const idl of interfaces.values()) if (idl.base && !(idl.name in UNIST) && nodeTypes.has(idl.name)) expect(Object.keys(UNIST), idl.name).toContain(idl.base)
  })

  it('should have an interface for every object schema the package exports', () => {
    const objects = [...schemas].filter(([, schema]) => def(schema).type === 'object').map(([name]) => name)
    expect(objects.filter((name) => !interfaces.has(name))).toEqual([])
  })

  it('should say where each node can be used and what it holds, as the schemas of its parents and its children do', () => {
    const typeOf = (name: string) => nodeTypes.get(name) ?? name
    /** The node types a list of a schema holds, by type. */
    const held = (schema: ZodLike, key: 'children' | 'fields') => {
      const list = shapeOf(schema)[key]
      return list && def(list).type === 'array' ? new Set([...zodLeaves(def(list).element as ZodLike)].map(typeOf)) : new Set<string>()
    }
    const flow = [...zodLeaves(schemas.get('Flow')!)].map(typeOf)
    const phrasing = [...zodLeaves(schemas.get('Phrasing')!)].map(typeOf)
    const nodes = [...nodeTypes].map(([name, type]) => ({type, schema: schemas.get(name)!}))
    /** The node types a sentence of ast.md names: links and code spans of node types, and flow or phrasing content as the types it holds. */
    const named = (sentence: string) => [...sentence.matchAll(/`([a-z]\w*)`/g)].map((m) => m[1]!).filter((type) => nodes.some((node) => node.type === type))
    const content = (sentence: string) => [...named(sentence), ...(/\[flow\]/.test(sentence) ? flow : []), ...(/\[phrasing\]/.test(sentence) ? phrasing : [])]
    /** The parents that hold all of `types`, as "where flow content is expected" means. */
    const holdingAll = (types: readonly string[], key: 'children' | 'fields') => nodes.filter((node) => types.every((type) => held(node.schema, key).has(type))).map((node) => node.type)
    const problems: string[] = []
    for (const {type, schema} of nodes) {
      const section = doc.slice(doc.indexOf(`### \`${type}\`\n`)).split(/^### /m)[1]!.replace(/\s+/g, ' ')
      const key = /can be used in the `fields` of/.test(section) ? 'fields' : 'children'
      const parents = nodes.filter((node) => held(node.schema, key).has(type)).map((node) => node.type)
      const used = /can only be used as the root/.test(section) ? '' : /can be used ([^.;]*)/.exec(section)?.[1]
      if (used === undefined) problems.push(`${type}: ast.md does not say where it can be used`)
      else {
        const said = [...named(used), ...(/\[flow\]/.test(used) ? holdingAll(flow, key) : []), ...(/\[phrasing\]/.test(used) ? holdingAll(phrasing, key) : [])]
        if (sorted(new Set(said)).join() !== sorted(parents).join()) problems.push(`${type} can be used in: ${sorted(new Set(said)).join(', ')} in ast.md, ${sorted(parents).join(', ')} in the schemas`)
      }
      const children = held(schema, 'children')
      const model = /content model is ([^.:]*)/.exec(section)?.[1]
      if (model === undefined) {
        if (children.size > 0 && type !== 'text') problems.push(`${type}: ast.md gives no content model`)
        if (children.size === 0 && !/has no children/.test(section) && type !== 'text') problems.push(`${type}: ast.md does not say it has no children`)
      } else if (sorted(new Set(content(model))).join() !== sorted(children).join()) problems.push(`${type} holds: ${sorted(new Set(content(model))).join(', ')} in ast.md, ${sorted(children).join(', ')} in the schema`)
    }
    expect(problems).toEqual([])
  })

  it('should name the schemas of flow and phrasing content, and give them the nodes their unions hold', () => {
    for (const alias of ['FlowContent', 'PhrasingContent']) {
      const section = doc.slice(doc.indexOf(`### \`${alias}\``)).split(/^##+ /m)[1]!
      const name = /schema are named `(\w+)`/.exec(section)?.[1]
      expect(name, alias).toBeDefined()
      expect(sorted(idlLeaves({kind: 'name', name: alias})), alias).toEqual(sorted(zodLeaves(schemas.get(name!)!)))
    }
  })

  it('should list every layout of a node where it says what `layout` means, in the order of its schema', () => {
    const withLayout = [...nodeTypes].filter(([name]) => 'layout' in shapeOf(schemas.get(name)!))
    expect(withLayout.map(([, type]) => type).sort()).toEqual(['letterhead', 'nota', 'questionSection'])
    for (const [name, type] of withLayout) {
      const section = doc.slice(doc.indexOf(`### \`${type}\`\n`)).split(/^### /m)[1]!
      // The paragraph or item that explains `layout`, from where it names it.
      const explained = section.split(/\n\n|\n\*   /).find((part) => /`layout` (?:is|says)/.test(part))!
      const from = explained.slice(explained.indexOf('`layout`'))
      const named = [...from.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).filter((span) => span !== 'layout' && !/[/.]/.test(span))
      expect(named, type).toEqual(Object.values(def(shapeOf(schemas.get(name)!).layout!).entries as object))
    }
  })

  it('should name the content maps of src/ast.ts where it says how a plugin adds node types', () => {
    const maps = [...read('src/ast.ts').matchAll(/^export interface (\w+ContentMap)\b/gm)].map((m) => m[1]!)
    const paragraph = doc.slice(doc.indexOf('### Unknown fields and node types')).split('\n\n').find((part) => part.includes('ContentMap'))!
    expect(maps.length).toBeGreaterThanOrEqual(9)
    expect(sorted([...paragraph.matchAll(/`(\w+ContentMap)`/g)].map((m) => m[1]!))).toEqual(sorted(maps))
  })

  it('should name the nodes a PDF places on their pages as src/pdf/boxes.ts does', () => {
    // The set is not exported: read from the module's source.
    const owners = /const OWNERS[^=]*= new Set\(\[([^\]]*)\]\)/.exec(read('src/pdf/boxes.ts'))?.[1]
    expect(owners, 'src/pdf/boxes.ts declares OWNERS').toBeDefined()
    const paragraph = doc.split('\n\n').find((part) => part.includes('`data.page`') && part.includes('that owns text'))!
    const named = [...paragraph.slice(paragraph.indexOf('owns text')).matchAll(/`([a-z]\w*)`/g)].map((m) => m[1]!).filter((type) => [...nodeTypes.values()].includes(type))
    expect(sorted(named)).toEqual(sorted([...owners!.matchAll(/'(\w+)'/g)].map((m) => m[1]!)))
  })
})

describe('the README\u2019s table of nodes', () => {
  const readme = read('README.md')
  const table = readme.slice(readme.indexOf('| node | fields | children |')).split('\n\n')[0]!.split('\n').slice(2)
  const rows = table.map((row) => row.split('|').slice(1, -1).map((cell) => cell.trim()))

  it('should have a row for every node type', () => {
    expect(sorted(rows.flatMap(([nodes]) => [...nodes!.matchAll(/`(\w+)`/g)].map((m) => m[1]!)))).toEqual(sorted(nodeTypes.values()))
  })

  it('should list the fields of every node, and no other', () => {
    for (const [nodes, fields] of rows) {
      const types = [...nodes!.matchAll(/`(\w+)`/g)].map((m) => m[1]!)
      // What a field holds, in brackets, is not a field of the node; nor is a field of `data`.
      const listed = [...fields!.replace(/\([^)]*\)/g, '').matchAll(/`([\w.]+)`/g)].map((m) => m[1]!).filter((field) => !field.startsWith('data.'))
      const own = types.flatMap((type) => Object.keys(shapeOf(schemas.get([...nodeTypes].find(([, t]) => t === type)![0])!)))
      expect(sorted(new Set(listed)), nodes).toEqual(sorted(new Set(own.filter((key) => !['type', 'children', 'position', 'data'].includes(key)))))
    }
  })
})
