/**
 * The words of page furniture: page numbers ("Pagina 2 van 7"), the footer and colophon of the
 * Aanhangsel ("Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 3649", "’s-Gravenhage 2023") and a
 * web page's navigation ("Naar boven").
 */

/** "Pagina 2 van 7": the word, then the page and the count with "van" or "/" between them. */
export const PAGE = 'pagina'
export const PAGE_OF = 'van'

/** "ISSN 0921 - 7398", "ISSN 0921-7371" */
export const ISSN = String.raw`ISSN\s?\d{4}\s?-\s?\d{4}`
/** Where and when the Handelingen were printed: "’s-Gravenhage 2023". */
export const PRINTED = String.raw`[’']s-Gravenhage\s?\d{4}`
/** "Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel" (the number follows). Case-sensitive. */
export const AANHANGSEL_FOOTER = String.raw`Tweede Kamer, vergaderjaar \d{4}[–-]\d{4}, Aanhangsel`
/** How the lines of that footer begin, with the colophon glued before it: a line that does may go on with the footer on the next. */
export const FOOTER_OPENINGS = ['ISSN', '’s-Gravenhage', "'s-Gravenhage", 'Tweede'] as const

/** Back to the top of a web page: "Naar boven". */
export const BACK_TO_TOP = 'naar boven'
