/**
 * What the citation recognisers return. Every node is plain JSON: optional fields are left out when unknown,
 * never set to `undefined`.
 */
import type * as ast from '../ast.js'

/** One citation found in a string, with UTF-16 offsets into that string. */
export interface FoundReference {
  /** Inclusive offset into the searched string. */
  start: number
  /** Exclusive offset: `value.slice(start, end)` is exactly the cited text. */
  end: number
  node: ReferenceNode
  /** Nested references: the Kamerstukken a motion cites, the Kamerstuk a written-out "kst-…" id names. */
  children?: FoundReference[]
}

export type ReferenceNode = KamerstukReference | DocumentReference | MotionReference | LinkReference

/**
 * The node a recogniser returns is the tree's node (ast.ts) without what the tree adds: its text
 * as `children`, its `position` and `data`. Types only: nothing of the tree is loaded here.
 */
type Found<T> = Omit<T, 'children' | 'position' | 'data'>

/**
 * "Kamerstuk 36800-X, nr. 78", "Kamerstukken II 2019/20, 35 300-XV, nr. 28", "33.763-176". The
 * `dossier` is digits only ("36 800" and "36.800" give "36800"), the `suffix` upper-cased ("X",
 * "VII", "02"), the `number` as written without spaces ("78", "E", "42e"), the `chamber` `'tk'` for
 * "Kamerstukken II" and `'ek'` for "Kamerstukken I", the `session` read from "2019/20",
 * "2019–2020" or "2003-2004" as "2019-2020", the `rijkswet` number as "R2064"; `id`
 * ("kst-36800-X-78") and `url` only when both dossier and number are known.
 */
export type KamerstukReference = Found<ast.KamerstukReference>

export type DocumentKind = ast.DocumentReference['kind']

/**
 * "2026D20156", "2025Z19577", "ah-tk-20242025-1028", "Aanhangsel Handelingen II 2019/20, nr. 89",
 * "MINDEF20260028717". The `value` is the identifier as written (white space runs collapsed,
 * letter-spaced ministry references closed up); `id` the canonical officielebekendmakingen id,
 * where there is one ("ah-tk-20242025-1028").
 */
export type DocumentReference = Found<ast.DocumentReference>

/**
 * "de motie-Piri c.s. (36 800-X34)", "motie van het lid Boswijk c.s.", "motie 36 045–191". `by`
 * lists the members who submitted it, as written (["Bruins Slot", "Pia Dijkstra"]); number, dossier
 * and id are those of the cited Kamerstuk, when exactly one is cited.
 */
export type MotionReference = Found<ast.MotionReference>

/**
 * A bare web address: "https://…" or "www.…". A bare "www.…" gets "https://" in front; `target`
 * is the real address behind a redirect (a Google "/url?…&url=<target>" link), decoded.
 */
export type LinkReference = Found<ast.Link>
