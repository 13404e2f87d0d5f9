import {KamerbriefError} from './errors.js'

/** Takes a string, or UTF-8 bytes, and returns the text; anything else is unusable input. */
export function decodeInput(input: unknown, maxInputLength: number): string {
  let text: string
  if (typeof input === 'string') text = input
  else if (input instanceof Uint8Array) {
    if (input.length > maxInputLength * 4) tooLarge(input.length, maxInputLength)
    try {
      text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(input)
    } catch {
      const at = firstInvalidUtf8(input)
      throw new KamerbriefError('INVALID_ENCODING', `Expected UTF-8 text, but the byte at offset ${at} (0x${input[at]!.toString(16).padStart(2, '0')}) is not valid UTF-8: give the file's encoding (windows-1252, latin1, utf-16)`)
    }
  } else {
    const kind = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input
    throw new KamerbriefError('INVALID_INPUT', `Expected a string or UTF-8 bytes (Uint8Array), got ${kind}`)
  }
  if (text.length > maxInputLength) tooLarge(text.length, maxInputLength)
  return text
}

function tooLarge(length: number, max: number): never {
  throw new KamerbriefError('INPUT_TOO_LARGE', `The input is ${length} long, more than options.maxInputLength (${max})`)
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence (asked only once decoding failed). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (length === 0 || i + length > bytes.length) return i
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]!
      // The second byte's range depends on the first: no overlong forms, no surrogates, nothing past U+10FFFF.
      const low = k === 1 && b === 0xe0 ? 0xa0 : k === 1 && b === 0xf0 ? 0x90 : 0x80
      const high = k === 1 && b === 0xed ? 0x9f : k === 1 && b === 0xf4 ? 0x8f : 0xbf
      if (c < low || c > high) return i
    }
    i += length
  }
  return bytes.length
}
