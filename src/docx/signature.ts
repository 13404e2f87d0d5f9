/** The part every Word file holds: a zip that has it is a Word file, whatever its name. */
export const WORD_DOCUMENT_PART = 'word/document.xml'
