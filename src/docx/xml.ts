/**
 * A small XML reader for the parts of a Word file: one pass from left to right that reports
 * elements and text to a handler, in time linear in the part. It reads what Office Open XML uses
 * (elements, attributes, text, the five named entities and character references, CDATA) and refuses
 * a document type declaration: no Word part has one, and its entities are how hostile XML makes a
 * small file expand (the "billion laughs"). Element names are given with a prefix of our own for
 * the namespaces we read (`w:` WordprocessingML, transitional or strict; `mc:` markup
 * compatibility), whatever prefix the file declares, so a file written with other prefixes reads
 * the same.
 */
import {KamerbriefError} from '../errors.js'

export interface XmlHandler {
  /** An element opens; `attributes` by local name. `empty` for `<x/>`, whose `close` follows at once. */
  open(name: string, attributes: Attributes, empty: boolean): void
  close(name: string): void
  text(value: string): void
}

/** Attributes by local name (`w:val` as `val`): Word writes each once, in its own namespace. */
export type Attributes = Map<string, string>

const NAMESPACES: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct'
}

/** Deeper than any Word part nests (tables in text boxes in tables stay far below). */
const MAX_DEPTH = 512

const invalid = (part: string, message: string): never => {
  throw new KamerbriefError('INVALID_DOCX', `The part ${part} is not well-formed XML: ${message}`)
}

const ENTITIES: Readonly<Record<string, string>> = {lt: '<', gt: '>', amp: '&', quot: '"', apos: "'"}

/** `value` with its entity and character references read. */
function decode(value: string, part: string): string {
  if (!value.includes('&')) return value
  return value.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{1,8});/g, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? invalid(part, `unknown entity ${whole}`)
    const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
    return code <= 0x10ffff && code > 0 ? String.fromCodePoint(code) : invalid(part, `character reference ${whole} out of range`)
  })
}

const isWhite = (c: number) => c === 32 || c === 9 || c === 10 || c === 13

/** Reads `xml` (the part named `part`, for messages) and reports what it holds to `handler`. */
export function readXml(xml: string, part: string, handler: XmlHandler): void {
  // Prefix to our name, per element that declares namespaces; most parts declare them once, on the root.
  const scopes: Array<Map<string, string> | undefined> = []
  let prefixes = new Map<string, string>()
  const names: string[] = []
  let at = 0
  const length = xml.length
  while (at < length) {
    const lt = xml.indexOf('<', at)
    if (lt < 0) {
      if (xml.slice(at).trim() !== '') handler.text(decode(xml.slice(at), part))
      break
    }
    if (lt > at) handler.text(decode(xml.slice(at, lt), part))
    const next = xml.charCodeAt(lt + 1)
    if (next === 63 /* ? */) {
      const end = xml.indexOf('?>', lt + 2)
      if (end < 0) invalid(part, 'an unclosed processing instruction')
      at = end + 2
      continue
    }
    if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4)
        if (end < 0) invalid(part, 'an unclosed comment')
        at = end + 3
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9)
        if (end < 0) invalid(part, 'an unclosed CDATA section')
        handler.text(xml.slice(lt + 9, end))
        at = end + 3
      } else invalid(part, 'a document type declaration, which Word never writes')
      continue
    }
    const gt = tagEnd(xml, lt + 1)
    if (gt < 0) invalid(part, 'an unclosed tag')
    if (next === 47 /* / */) {
      const name = xml.slice(lt + 2, gt).trim()
      const open = names.pop()
      if (open === undefined) invalid(part, `a closing tag </${name}> without its opening tag`)
      const scope = scopes.pop()
      const qualified = qualify(open!, prefixes)
      if (open !== name) invalid(part, `</${name}> closes <${open}>`)
      if (scope !== undefined) prefixes = scope
      handler.close(qualified)
      at = gt + 1
      continue
    }
    const end = gt
    let tag = xml.slice(lt + 1, end)
    const empty = tag.endsWith('/')
    if (empty) tag = tag.slice(0, -1)
    const space = tag.search(/\s/)
    const name = space < 0 ? tag : tag.slice(0, space)
    if (name === '') invalid(part, 'a tag without a name')
    const attributes: Attributes = new Map()
    let previous: Map<string, string> | undefined
    // By hand, not by one pattern over the tag: a pattern retried at every character of a long
    // run without "=" takes time quadratic in the run.
    let i = space < 0 ? tag.length : space
    while (i < tag.length) {
      while (i < tag.length && isWhite(tag.charCodeAt(i))) i++
      if (i >= tag.length) break
      const from = i
      while (i < tag.length && tag.charCodeAt(i) !== 61 && !isWhite(tag.charCodeAt(i))) i++
      const key = tag.slice(from, i)
      while (i < tag.length && isWhite(tag.charCodeAt(i))) i++
      if (tag.charCodeAt(i) !== 61) invalid(part, `attribute ${key.slice(0, 40)} without a value`)
      i++
      while (i < tag.length && isWhite(tag.charCodeAt(i))) i++
      const quote = tag.charCodeAt(i)
      if (quote !== 34 && quote !== 39) invalid(part, `attribute ${key.slice(0, 40)} without quotes`)
      const close = tag.indexOf(quote === 34 ? '"' : "'", i + 1)
      const value = decode(tag.slice(i + 1, close), part)
      i = close + 1
      if (key === 'xmlns' || key.startsWith('xmlns:')) {
        if (previous === undefined) {
          previous = prefixes
          prefixes = new Map(prefixes)
        }
        const ours = NAMESPACES[value]
        const prefix = key === 'xmlns' ? '' : key.slice(6)
        if (ours === undefined) prefixes.delete(prefix)
        else prefixes.set(prefix, ours)
        continue
      }
      const colon = key.indexOf(':')
      attributes.set(colon < 0 ? key : key.slice(colon + 1), value)
    }
    const qualified = qualify(name, prefixes)
    handler.open(qualified, attributes, empty)
    if (empty) {
      if (previous !== undefined) prefixes = previous
      handler.close(qualified)
    } else {
      if (names.length >= MAX_DEPTH) invalid(part, `elements nested more than ${MAX_DEPTH} deep`)
      names.push(name)
      scopes.push(previous)
    }
    at = end + 1
  }
  if (names.length > 0) invalid(part, `<${names[names.length - 1]}> is not closed`)
}

/** `w:p` for a paragraph in the WordprocessingML namespace, whatever its prefix; `?:p` for another. */
function qualify(name: string, prefixes: Map<string, string>): string {
  const colon = name.indexOf(':')
  const prefix = colon < 0 ? '' : name.slice(0, colon)
  return `${prefixes.get(prefix) ?? '?'}:${colon < 0 ? name : name.slice(colon + 1)}`
}

/** The offset of the '>' that ends the tag opened before `from`, past quoted values (XML allows '>' in them); -1 if none. */
function tagEnd(xml: string, from: number): number {
  let quote = 0
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i)
    if (quote === 0) {
      if (c === 62) return i
      if (c === 34 || c === 39) quote = c
    } else if (c === quote) quote = 0
  }
  return -1
}
