import {parseKamerbrief, type Root} from 'kamerbrief'
import {afterEach, describe, expect, it} from 'vitest'

/** Keys that reach an object's prototype or shadow its methods when used as map keys. */
const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf']

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype, RegExp.prototype]
const snapshot = () => prototypes.map((p) => Object.getOwnPropertyNames(p).sort().join(','))
const before = snapshot()

afterEach(() => {
  expect(snapshot()).toEqual(before)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

/** Every object in the tree is a plain object or array of JSON values, as `JSON.parse` would make. */
function plainDataProblems(value: unknown, path = 'root', out: string[] = []): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return out
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path}: ${value}`)
    return out
  }
  if (typeof value !== 'object') {
    out.push(`${path}: a ${typeof value}`)
    return out
  }
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto !== (Array.isArray(value) ? Array.prototype : Object.prototype)) out.push(`${path}: an unusual prototype`)
  if (Object.getOwnPropertySymbols(value).length > 0) out.push(`${path}: symbol keys`)
  for (const key of Object.getOwnPropertyNames(value)) {
    if (Array.isArray(value) && key === 'length') continue
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!
    if (!('value' in descriptor)) out.push(`${path}.${key}: an accessor`)
    else if (descriptor.value === undefined) out.push(`${path}.${key}: undefined`)
    else plainDataProblems(descriptor.value, `${path}.${key}`, out)
  }
  return out
}

function fieldsOf(tree: Root): Array<{key: string; label?: string; value: string}> {
  const out: Array<{key: string; label?: string; value: string}> = []
  const visit = (node: Record<string, unknown>) => {
    for (const field of (node.fields as Array<{key: string; label?: string; value: string}> | undefined) ?? []) out.push(field)
    for (const child of (node.children as Array<Record<string, unknown>> | undefined) ?? []) visit(child)
  }
  visit(tree as unknown as Record<string, unknown>)
  return out
}

describe('labels that name prototype properties', () => {
  for (const key of KEYS) {
    const letterhead = [
      'Ministerie van Defensie',
      '',
      'Datum 21 mei 2026',
      `${key} 21 mei 2026`,
      `Betreft ${key}`,
      'Onze referentie',
      key,
      `Uw kenmerk ${key} Onderwerp ${key}`,
      '',
      'Geachte voorzitter,',
      '',
      `Zie antwoord op vraag ${key}.`,
      '',
      'Hoogachtend,',
      '',
      'DE MINISTER VAN DEFENSIE',
      key
    ].join('\n')

    const nota = ['TER BESLISSING', '', `Aan ${key}`, `Van ${key}`, `Afgestemd met ${key}, ${key} en ${key}`, 'Datum', key, key, '', 'Nota', `${key}`, '', 'Aanleiding', `${key} is een label.`].join('\n')

    const questions = [`Vraag 1`, `${key}?`, '', `Antwoord 1`, `${key}.`, '', `Vragen van het lid ${key} (${key}) aan de minister over ${key} (ingezonden 1 mei 2023).`].join('\n')

    it.each([
      ['a letterhead', letterhead],
      ['a nota header', nota],
      ['questions', questions]
    ])(`should keep "${key}" in %s as ordinary data`, (_, input) => {
      for (const format of ['markdown', 'text', 'flattened'] as const) {
        const tree = parseKamerbrief(input, {format})
        expect(plainDataProblems(tree)).toEqual([])
        expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
      }
      // In Markdown "__proto__" is bold "proto"; as text the key must survive as written.
      expect(JSON.stringify(parseKamerbrief(input, {format: 'text'}))).toContain(key)
    })

    it(`should read "${key}" as a label or value string in the letterhead`, () => {
      const fields = fieldsOf(parseKamerbrief(letterhead, {format: 'text'}))
      expect(fields.some((field) => field.value.includes(key) || field.label?.includes(key))).toBe(true)
      for (const field of fields) {
        expect(typeof field.value).toBe('string')
        expect(Object.getPrototypeOf(field)).toBe(Object.prototype)
      }
    })
  }
})

describe('the plain-data check', () => {
  // A check that cannot fail proves nothing: each of these is not plain JSON data.
  it.each([
    ['a null-prototype object', {a: Object.create(null) as object}],
    ['an object whose prototype was replaced', {a: Object.setPrototypeOf({}, {polluted: true}) as object}],
    ['an undefined value', {a: undefined}],
    ['an accessor', Object.defineProperty({}, 'a', {get: () => 1, enumerable: true})],
    ['a class instance', {a: new Map()}],
    ['a function', {a: () => 1}],
    ['NaN', {a: Number.NaN}]
  ])('should flag %s', (_, value) => {
    expect(plainDataProblems(value)).not.toEqual([])
  })

  it('should pass JSON data', () => {
    expect(plainDataProblems(JSON.parse('{"a": [1, "b", null, {"c": true}]}'))).toEqual([])
  })
})
