/**
 * Codes of {@link KamerbriefError}; each is documented in docs/diagnostics.md.
 *
 * @example
 * try {
 *   parseKamerbrief(readFileSync('brief.txt'), {maxInputLength: 1_000_000})
 * } catch (error) {
 *   if (error instanceof KamerbriefError && error.code === 'INPUT_TOO_LARGE') console.error('Meer dan een miljoen tekens: geen Kamerbrief')
 * }
 */
export type KamerbriefErrorCode = 'INVALID_INPUT' | 'INVALID_ENCODING' | 'INPUT_TOO_LARGE' | 'INVALID_OPTIONS' | 'INVALID_PDF' | 'ENCRYPTED_PDF' | 'NO_TEXT_LAYER' | 'MISSING_DEPENDENCY' | 'INVALID_DOCX' | 'UNSUPPORTED_FORMAT'

/**
 * Thrown only for unusable input (not text at all, or too large) and wrong options; odd documents
 * never throw but get diagnostics.
 *
 * @example
 * try {
 *   parseKamerbrief(42 as never)
 * } catch (error) {
 *   if (error instanceof KamerbriefError) console.log(error.code) // 'INVALID_INPUT'
 * }
 */
export class KamerbriefError extends Error {
  readonly code: KamerbriefErrorCode
  constructor(code: KamerbriefErrorCode, message: string) {
    super(message)
    this.name = 'KamerbriefError'
    this.code = code
  }
}
