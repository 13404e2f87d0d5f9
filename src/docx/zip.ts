/**
 * A zip reader for the few parts of a Word file the parser needs: the central directory is read
 * once, and an entry is inflated only when asked for, with `DecompressionStream('deflate-raw')`
 * (Node.js 20 and browsers alike, no dependency). Every size is checked while the bytes flow, so
 * a zip bomb (a small file that inflates to gigabytes) is refused after at most the limit, and a
 * header that lies about a size is caught. The caller's bytes are read, never changed.
 */
import {KamerbriefError} from '../errors.js'

export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated. */
  method: number
  flags: number
  crc: number
  compressedSize: number
  size: number
  /** Offset of the entry's local header. */
  offset: number
}

export interface Zip {
  bytes: Uint8Array
  entries: Map<string, ZipEntry>
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
/** The end record is 22 bytes and its comment at most 65,535. */
const MAX_EOCD_SEARCH = 22 + 0xffff
/** More entries than any Word file holds (ours: about 30); a directory claiming more is not one. */
const MAX_ENTRIES = 10_000

const invalid = (message: string): never => {
  throw new KamerbriefError('INVALID_DOCX', message)
}

/** The entries of the zip in `bytes`; throws `INVALID_DOCX` for what is no zip or a broken one. */
export function openZip(bytes: Uint8Array): Zip {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u32 = (at: number) => view.getUint32(at, true)
  const u16 = (at: number) => view.getUint16(at, true)
  if (bytes.length < 22 || u32(0) !== LOCAL) invalid(`Expected a Word file (a zip), got ${bytes.length} bytes that are not a zip`)
  let eocd = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - MAX_EOCD_SEARCH); at--) {
    if (u32(at) === EOCD) {
      eocd = at
      break
    }
  }
  if (eocd < 0) invalid('The zip has no end record: the file is cut off or damaged')
  const count = u16(eocd + 10)
  const directorySize = u32(eocd + 12)
  const directoryOffset = u32(eocd + 16)
  if (count === 0xffff || directoryOffset === 0xffffffff) invalid('The zip is a zip64 archive, which no Word file needs')
  if (count > MAX_ENTRIES) invalid(`The zip lists ${count} entries, more than a Word file holds`)
  if (directoryOffset + directorySize > eocd) invalid('The zip directory lies outside the file: the file is cut off or damaged')
  const entries = new Map<string, ZipEntry>()
  const decoder = new TextDecoder('utf-8')
  let at = directoryOffset
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(at) !== CENTRAL) invalid('The zip directory is damaged')
    const nameLength = u16(at + 28)
    const end = at + 46 + nameLength + u16(at + 30) + u16(at + 32)
    if (end > eocd) invalid('The zip directory is damaged')
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(at + 8),
      method: u16(at + 10),
      crc: u32(at + 16),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      offset: u32(at + 42)
    }
    // The first of two entries of one name wins, as in the readers Word files are made for.
    if (!entries.has(entry.name)) entries.set(entry.name, entry)
    at = end
  }
  return {bytes, entries}
}

/** What may be inflated: per entry and over all the entries one read asks for. */
export interface Budget {
  /** Bytes still allowed in total. */
  left: number
}

/**
 * The bytes of `entry`, inflated. Refuses with `INPUT_TOO_LARGE` an entry larger than what is left
 * of `budget` (a zip bomb, whatever its header claims), with `INVALID_DOCX` one whose bytes do
 * not match its header (damaged, cut off, encrypted).
 */
export async function readEntry(zip: Zip, entry: ZipEntry, budget: Budget): Promise<Uint8Array> {
  const {bytes} = zip
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (entry.flags & 1) invalid(`The part ${entry.name} is encrypted`)
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== LOCAL) invalid(`The part ${entry.name} is damaged: no local header`)
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true)
  if (start + entry.compressedSize > bytes.length) invalid(`The part ${entry.name} is cut off`)
  if (entry.size > budget.left) tooLarge(entry, budget)
  const data = bytes.subarray(start, start + entry.compressedSize)
  let out: Uint8Array
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) invalid(`The part ${entry.name} is damaged: its sizes differ`)
    out = data.slice()
  } else if (entry.method === 8) out = await inflate(data, entry, budget)
  else return invalid(`The part ${entry.name} is compressed with method ${entry.method}, which Word does not use`)
  if (out.length !== entry.size) invalid(`The part ${entry.name} is damaged: ${out.length} bytes where its header says ${entry.size}`)
  if (crc32(out) !== entry.crc) invalid(`The part ${entry.name} is damaged: its checksum does not match`)
  budget.left -= out.length
  return out
}

function tooLarge(entry: ZipEntry, budget: Budget): never {
  throw new KamerbriefError('INPUT_TOO_LARGE', `The part ${entry.name} inflates to more than the ${budget.left} bytes a Word file is allowed here (a zip bomb, or a document far larger than a letter)`)
}

/** Inflates `data`, stopping as soon as it passes the entry's stated size or the budget. */
async function inflate(data: Uint8Array, entry: ZipEntry, budget: Budget): Promise<Uint8Array> {
  const limit = Math.min(entry.size, budget.left)
  const stream = new DecompressionStream('deflate-raw')
  const writer = stream.writable.getWriter()
  // A copy: the stream may take over what it is given, and the caller's bytes stay theirs.
  writer.write(data.slice()).catch(() => {})
  writer.close().catch(() => {})
  const reader = stream.readable.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  try {
    for (;;) {
      const {done, value} = await reader.read()
      if (done) break
      length += value.length
      if (length > limit) {
        void reader.cancel().catch(() => {})
        if (length > budget.left) tooLarge(entry, budget)
        invalid(`The part ${entry.name} is damaged: it inflates to more than the ${entry.size} bytes its header says`)
      }
      chunks.push(value)
    }
  } catch (error) {
    if (error instanceof KamerbriefError) throw error
    invalid(`The part ${entry.name} is damaged: ${error instanceof Error ? error.message : String(error)}`)
  }
  const out = new Uint8Array(length)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

let table: Uint32Array | undefined

/** The CRC-32 a zip stores for every entry. */
export function crc32(data: Uint8Array): number {
  if (table === undefined) {
    table = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      table[n] = c >>> 0
    }
  }
  let crc = 0xffffffff
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
