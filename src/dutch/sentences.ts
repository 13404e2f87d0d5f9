/** How Dutch sentences join: the items of a list, and the short words a sentence goes on after. */

/**
 * The ", " and " en " between the items of a list: "HDFC, CDS en CIO", "2, 3 en 4". A match starts
 * only where white space starts: from inside a run of spaces every start would scan the rest again.
 */
export const LIST_SPLIT = /(?<!\s)\s*,\s*|(?<!\s)\s+en\s+/

/**
 * Words no sentence ends with: a paragraph that ends in one goes on after a page break ("Het
 * ministerie van Justitie en" + "Veiligheid coördineert …").
 */
export const JOINING_WORDS = ['en', 'of', 'van', 'de', 'het', 'een', 'in', 'op', 'te', 'voor', 'met', 'aan', 'naar', 'door', 'dat', 'die'] as const

/**
 * Words that follow a hyphen which leaves the rest of a compound out ("Voedsel- en
 * Warenautoriteit", "land- of tuinbouw"): there a hyphen and a space are no word broken at a line end.
 */
export const ELISION_WORDS: ReadonlySet<string> = new Set(['en', 'of', 'tot', 'noch', 'als', 'dan', 'c.q.', 'en/of', 'resp.', 'respectievelijk', 't/m', 'versus', 'vs.'])
