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
      throw new KamerbriefError('INVALID_ENCODING', `Expected UTF-8 text, got ${input.length} bytes that are not valid UTF-8`)
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
