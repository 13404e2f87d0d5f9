/**
 * Turns the inputs of `kamerbrief parse` into a list of files: a folder gives every .md, .txt, .pdf and .docx
 * file under it, a glob (`*`, `**`, `?`) the files it matches, anything else is taken as a file
 * (one that does not exist fails later, with its error in the output).
 */
import {readdirSync, statSync, type Dirent} from 'node:fs'
import {join, resolve, sep} from 'node:path'

const DOCUMENT = /\.(?:md|txt|pdf|docx)$/i
const WILDCARD = /[*?]/

/** Whether an input of `kamerbrief parse` is a glob (`*`, `?`) to expand, rather than a file or folder to take as named. */
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
export function expandGlob(glob: string): FilePath[] {
  const segments = normalise(glob).split('/')
  // Walk from the longest leading run of segments without wildcards.
  let fixed = 0
  while (fixed < segments.length - 1 && !isGlob(segments[fixed]!)) fixed++
  const base = segments.slice(0, fixed).join('/') || (glob.startsWith('/') ? '/' : '')
  const rest = segments.slice(fixed)
  const depth = rest.includes('**') ? Number.POSITIVE_INFINITY : rest.length
  const pattern = globToRegExp(glob)
  const found: FilePath[] = []
  walk(base, depth, (path) => {
    if (pattern.test(normalise(displayName(path)))) found.push(path)
  })
  return sortPaths(found)
}

/** Paths in the order of their names. */
const sortPaths = (paths: FilePath[]) => paths.sort((a, b) => (displayName(a) < displayName(b) ? -1 : displayName(a) > displayName(b) ? 1 : 0))

/**
 * Every .md, .txt, .pdf and .docx file under `folder`, sorted; also the folders under it that cannot
 * be listed and the links that lead nowhere, so that each gets its failure in the output instead of
 * vanishing from the run.
 */
export function expandFolder(folder: string): FilePath[] {
  const found: FilePath[] = []
  walk(
    folder,
    Number.POSITIVE_INFINITY,
    (path) => {
      if (DOCUMENT.test(displayName(path))) found.push(path)
    },
    (path) => found.push(path)
  )
  return sortPaths(found)
}

/**
 * The files named by `inputs`, each once however it is spelled ("in/a.txt", "./in/a.txt",
 * "in//a.txt"), in the order given, under the first spelling; `unmatched` are globs that matched
 * nothing.
 */
export function expandInputs(inputs: readonly string[]): {files: FilePath[]; unmatched: string[]} {
  const files = new Map<string, FilePath>()
  const unmatched: string[] = []
  for (const input of inputs) {
    let found: FilePath[]
    if (isGlob(input)) {
      found = expandGlob(input)
      if (found.length === 0) unmatched.push(input)
    } else if (isDirectory(input)) found = expandFolder(input)
    else found = [input]
    for (const file of found) {
      const key = typeof file === 'string' ? resolve(file) : `${resolve(displayName(file))}\u0000${file.toString('base64')}`
      if (!files.has(key)) files.set(key, file)
    }
  }
  return {files: [...files.values()], unmatched}
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * A file's path as the system gives it: a string, or its bytes where the name is not UTF-8
 * ("caf\xe9.txt" written by an old Windows tool), so that the file is read under its real name.
 */
export type FilePath = string | Buffer

/** A path for people and records: bytes that are not UTF-8 shown with U+FFFD. */
export const displayName = (path: FilePath | Uint8Array): string => (typeof path === 'string' ? path : Buffer.from(path).toString('utf8'))

/** A path back from a worker message, where a Buffer arrives as a plain Uint8Array. */
export const fromMessage = (path: string | Uint8Array): FilePath => (typeof path === 'string' ? path : Buffer.from(path.buffer, path.byteOffset, path.byteLength))

/** `dir` joined with an entry's name, as a string while both are UTF-8, else as bytes. */
function child(dir: FilePath, name: Buffer): FilePath {
  const text = name.toString('utf8')
  if (typeof dir === 'string' && Buffer.from(text, 'utf8').equals(name)) return dir ? join(dir, text) : text
  const base = typeof dir === 'string' ? Buffer.from(dir) : dir
  return base.length === 0 ? name : Buffer.concat([base, Buffer.from(sep), name])
}

/** Folders no document is looked for in: installed packages. Dot-folders are skipped too. */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules'])

/**
 * Calls `visit` with the path of every file under `dir`, `depth` levels deep at most; dot-folders
 * and installed packages are skipped. `lost`, when given, gets what would otherwise vanish without a
 * word: a folder below `dir` that cannot be listed, a link that leads nowhere.
 */
function walk(dir: FilePath, depth: number, visit: (path: FilePath) => void, lost?: (path: FilePath) => void): void {
  if (depth <= 0) return
  let entries: Array<Dirent<Buffer>>
  try {
    // Names as bytes: one that is not UTF-8 would come back as a string no file has.
    entries = readdirSync(dir.length === 0 ? '.' : dir, {withFileTypes: true, encoding: 'buffer'})
  } catch {
    return
  }
  for (const entry of entries) {
    const path = child(dir, entry.name)
    const name = entry.name.toString('utf8')
    // Symbolic links are followed to files only, so a link cannot lead the walk in circles.
    if (entry.isDirectory()) {
      if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue
      if (lost && depth > 1 && !canList(path)) lost(path)
      else walk(path, depth - 1, visit, lost)
    } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(path))) visit(path)
    else if (lost && entry.isSymbolicLink() && !exists(path)) lost(path)
    // A named pipe, socket or device with a document's name: named, so the run refuses it in its record.
    else if (!entry.isSymbolicLink()) visit(path)
  }
}

function canList(path: FilePath): boolean {
  try {
    readdirSync(path)
    return true
  } catch {
    return false
  }
}

function exists(path: FilePath): boolean {
  try {
    statSync(path)
    return true
  } catch {
    return false
  }
}

function isFile(path: FilePath): boolean {
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
