/**
 * Bare web addresses: "https://www.rijksoverheid.nl/…", "www.defensie.nl". Punctuation after an address is the
 * sentence's, not the address's, unless it closes a bracket opened inside the address.
 */

import type {NamedPattern} from './scan.js'
import type {FoundReference, LinkReference} from './types.js'

/** Characters that end an address: white space, angle brackets (Markdown "<https://…>"), quotes. */
const ADDRESS_CHAR = `[^\\s<>"“”«»‘’\\u00a0]`

/**
 * Accepts: "https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2025Z19577&did=2025D45926",
 * "(https://www.bd.nl/binnenland/…~a1b2a0fc/?cb=dbaa9fe0cf5ce3793898530f1307b5d2&auth_rd=1)." (without ")."),
 * "<https://www.rijksoverheid.nl/onderwerpen/migratie/tijdelijke-binnengrenscontroles>" (without "<>"),
 * "www.defensie.nl", "https://en.wikipedia.org/wiki/Staten-Generaal_(Nederland)" (balanced bracket kept).
 * Rejects: "https://" alone, "www." alone, "brzoplus .nl", "pdf (overheid.nl)" (no scheme, no "www.").
 */
const bareAddress: NamedPattern = {
  name: 'bare-address',
  trigger: 'address',
  pattern: new RegExp(`(?<![\\p{L}\\d@./])(?:[Hh][Tt][Tt][Pp][Ss]?:\\/\\/|[Ww][Ww][Ww]\\.)${ADDRESS_CHAR}+`, 'gu'),
  read: readAddress
}

/** In order of precedence. */
export const patterns: readonly NamedPattern[] = [bareAddress]

const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '*', '_'])
const CLOSING: Readonly<Record<string, string>> = {')': '(', ']': '[', '}': '{'}

function readAddress(match: RegExpExecArray): FoundReference[] | undefined {
  const text = trimAddress(match[0])
  const www = /^www\./i.test(text)
  // Something must follow the scheme or "www.": a host name.
  if (!/^(?:[a-z]+:\/\/|www\.)[\p{L}\d]/iu.test(text)) return undefined
  const node: LinkReference = {type: 'link', url: www ? `https://${text}` : text}
  const target = redirectTarget(text)
  if (target !== undefined) node.target = target
  return [{start: match.index, end: match.index + text.length, node}]
}

/** Drops sentence punctuation and unbalanced closing brackets from the end, in one pass from the right. */
function trimAddress(text: string): string {
  // Brackets counted by char code: an address is read for every link in every paragraph.
  const open: Record<string, number> = {'(': 0, '[': 0, '{': 0}
  const close: Record<string, number> = {')': 0, ']': 0, '}': 0}
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 40 || code === 91 || code === 123) open[text[i]!]!++
    else if (code === 41 || code === 93 || code === 125) close[text[i]!]!++
  }
  let end = text.length
  while (end > 0) {
    const char = text[end - 1]!
    if (TRAILING.has(char)) {
      end--
      continue
    }
    const opener = CLOSING[char]
    if (opener !== undefined && close[char]! > open[opener]!) {
      close[char]!--
      end--
      continue
    }
    break
  }
  return text.slice(0, end)
}

/**
 * The real address behind a Google redirect: "https://www.google.com/url?sa=t&…&url=https://www.sipri.org/…pdf&ved=…"
 * gives "https://www.sipri.org/…pdf".
 */
function redirectTarget(address: string): string | undefined {
  if (!/^https?:\/\/(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?\/url\?/i.test(address)) return undefined
  const query = address.slice(address.indexOf('?') + 1).split('#')[0]!
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=')
    const key = pair.slice(0, eq)
    if (eq < 0 || (key !== 'url' && key !== 'q')) continue
    let decoded: string
    try {
      decoded = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '))
    } catch {
      continue
    }
    if (/^https?:\/\//i.test(decoded)) return decoded
  }
  return undefined
}
