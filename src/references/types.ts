/**
 * What the citation recognisers return. Every node is plain JSON: optional fields are left out when unknown,
 * never set to `undefined`.
 */

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

/** "Kamerstuk 36800-X, nr. 78", "Kamerstukken II 2019/20, 35 300-XV, nr. 28", "33.763-176". */
export interface KamerstukReference {
  type: 'kamerstukReference'
  /** Digits only: "36 800" and "36.800" give "36800". */
  dossier: string
  /** Upper-cased: "X", "VII", "02", "L", "K". */
  suffix?: string
  /** As written, without spaces: "78", "E", "42e". */
  number?: string
  /** "Kamerstukken II" is the Tweede Kamer, "Kamerstukken I" the Eerste Kamer. */
  chamber?: 'tk' | 'ek'
  /** "2019-2020", read from "2019/20", "2019–2020" or "2003-2004". */
  session?: string
  /** The Rijkswet number: "R2064". */
  rijkswet?: string
  /** The officielebekendmakingen id, only when both dossier and number are known: "kst-36800-X-78". */
  id?: string
  /** `https://zoek.officielebekendmakingen.nl/<id>`. */
  url?: string
}

export type DocumentKind =
  | 'tk-document'
  | 'tk-zaak'
  | 'officielebekendmakingen'
  | 'aanhangsel'
  | 'handelingen'
  | 'ministry-reference'

/** "2026D20156", "2025Z19577", "ah-tk-20242025-1028", "Aanhangsel Handelingen II 2019/20, nr. 89", "MINDEF20260028717". */
export interface DocumentReference {
  type: 'documentReference'
  kind: DocumentKind
  /** The identifier as written (whitespace runs collapsed; letter-spaced ministry references closed up). */
  value: string
  /** The canonical officielebekendmakingen id, where there is one: "ah-tk-20242025-1028". */
  id?: string
  url?: string
}

/** "de motie-Piri c.s. (36 800-X34)", "motie van het lid Boswijk c.s.", "motie 36 045–191". */
export interface MotionReference {
  type: 'motionReference'
  /** The members who submitted it, as written: ["Bruins Slot", "Pia Dijkstra"]. */
  by?: string[]
  /** Number, dossier and id of the cited Kamerstuk, when exactly one is cited. */
  number?: string
  dossier?: string
  id?: string
}

/** A bare web address: "https://…" or "www.…". */
export interface LinkReference {
  type: 'link'
  /** The address; a bare "www.…" gets "https://" in front. */
  url: string
  /** The real address behind a redirect (a Google "/url?…&url=<target>" link), decoded. */
  target?: string
}
