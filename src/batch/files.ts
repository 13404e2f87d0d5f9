/**
 * Turns the inputs of `kamerbrief parse` into a list of files: a folder gives every .md, .txt, .pdf and .docx
 * file under it, a glob (`*`, `**`, `?`) the files it matches, anything else is taken as a file
 * (one that does not exist fails later, with its error in the output).
 */
import {readdirSync, statSync, type Dirent} from 'node:fs'
import {join, sep} from 'node:path'

const DOCUMENT = /\.(?:md|txt|pdf|docx)$/i
const WILDCARD = /[*?]/

export const isGlob = (input: string) => WILDCARD.test(input)

/**
 * A glob as a regular expression over `/`-separated paths. `*` is any run of characters within one
 * path segment, `?` one such character, `**` as a whole segment any number of segments. As in a
 * shell, a wildcard does not match a name that starts with a dot.
 */
export function globToRegExp(glob: string): RegExp {
  const segments = normalise(glob).split('/')
  let source = ''
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1
    if (segment === '**') {
      source += last ? '(?:(?!\\.)[^/]+/)*(?!\\.)[^/]+' : '(?:(?!\\.)[^/]+/)*'
      return
    }
    if (/^[*?]/.test(segment)) source += '(?!\\.)'
    for (const char of segment) {
      if (char === '*') source += '[^/]*'
      else if (char === '?') source += '[^/]'
      else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    }
    if (!last) source += '/'
  })
  return new RegExp(`^${source}$`)
}

/** The files a glob matches, sorted. */
export function expandGlob(glob: string): string[] {
  const segments = normalise(glob).split('/')
  // Walk from the longest leading run of segments without wildcards.
  let fixed = 0
  while (fixed < segments.length - 1 && !isGlob(segments[fixed]!)) fixed++
  const base = segments.slice(0, fixed).join('/') || (glob.startsWith('/') ? '/' : '')
  const rest = segments.slice(fixed)
  const depth = rest.includes('**') ? Number.POSITIVE_INFINITY : rest.length
  const pattern = globToRegExp(glob)
  const found: string[] = []
  walk(base, depth, (path) => {
    if (pattern.test(normalise(path))) found.push(path)
  })
  return found.sort()
}

/** Every .md, .txt, .pdf and .docx file under `folder`, sorted. */
export function expandFolder(folder: string): string[] {
  const found: string[] = []
  walk(folder, Number.POSITIVE_INFINITY, (path) => {
    if (DOCUMENT.test(path)) found.push(path)
  })
  return found.sort()
}

/** The files named by `inputs`, each once, in the order given; `unmatched` are globs that matched nothing. */
export function expandInputs(inputs: readonly string[]): {files: string[]; unmatched: string[]} {
  const files = new Set<string>()
  const unmatched: string[] = []
  for (const input of inputs) {
    let found: string[]
    if (isGlob(input)) {
      found = expandGlob(input)
      if (found.length === 0) unmatched.push(input)
    } else if (isDirectory(input)) found = expandFolder(input)
    else found = [input]
    for (const file of found) files.add(file)
  }
  return {files: [...files], unmatched}
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** Calls `visit` with the path of every file under `dir`, `depth` levels deep at most; dot-folders are skipped. */
function walk(dir: string, depth: number, visit: (path: string) => void): void {
  if (depth <= 0) return
  let entries: Dirent[]
  try {
    entries = readdirSync(dir || '.', {withFileTypes: true})
  } catch {
    return
  }
  for (const entry of entries) {
    const path = dir ? join(dir, entry.name) : entry.name
    // Symbolic links are followed to files only, so a link cannot lead the walk in circles.
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) walk(path, depth - 1, visit)
    } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(path))) visit(path)
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** Forward slashes (Windows paths too), no leading `./`. */
function normalise(path: string): string {
  return (sep === '\\' ? path.replaceAll('\\', '/') : path).replace(/^(?:\.\/)+/, '')
}
