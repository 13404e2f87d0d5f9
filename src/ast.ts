/**
 * The syntax tree of a Kamerbrief: an interface per node, written out as `@types/mdast` does, and
 * under the same name the zod schema that validates it.
 *
 * Every node is unist-compatible: a `type`, a `position` into the original input (1-based line and
 * column, 0-based offset, end exclusive) and our own fields. The tree is plain JSON.
 *
 * The interfaces are what users' editors and compilers read, so they are small and named; types
 * inferred from the schemas would be spelled out in full wherever a tree is used. The schemas are
 * written in schema.ts (`kamerbrief/schema`), where `agree` makes the compiler check each against
 * its interface; here they are typed {@link Schema} (the compiler checks that they fit it), so that
 * these declarations do not import zod.
 */
import type {RuleId} from './diagnostics.js'
import type {Format} from './options.js'
import type {Quality} from './quality.js'
import * as schemas from './schema.js'
import type {TREE_VERSION} from './version.js'

/**
 * What the schemas of this entry offer: `.parse()` and `.safeParse()` check a value against an
 * interface and return it as one, `.meta()` gives the JSON Schema id and description, and
 * `'~standard'` makes each a [Standard Schema](https://standardschema.dev) for libraries that take
 * any validator. Each is a zod schema at run time, typed this way so that a program that imports
 * kamerbrief does not load zod's declarations (nor, without `skipLibCheck`, check them).
 *
 * Unknown fields pass the schemas and are kept. To compose them with zod (`z.array(Paragraph)`,
 * `Paragraph.and(…)`), import the same objects, typed as zod types, from `kamerbrief/schema`.
 *
 * @example
 * const result = Root.safeParse(JSON.parse(stored))
 * if (result.success) result.data.treeVersion // 1
 * else result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
 */
export interface Schema<T> {
  /** Checks `value` and returns it as a `T` (a copy, unknown fields kept); throws zod's `ZodError` when it does not hold. */
  parse(value: unknown): T
  /** Checks `value`: `data` when it holds, else the `issues` that `parse` would have thrown. */
  safeParse(value: unknown): {success: true; data: T; error?: undefined} | {success: false; data?: undefined; error: {issues: readonly SchemaIssue[]}}
  /** The JSON Schema id (the interface's name) and description. */
  meta(): {readonly id?: string | undefined; readonly description?: string | undefined} | undefined
  /** The [Standard Schema](https://standardschema.dev) v1 interface, declared here as the specification writes it. */
  readonly '~standard': {
    /** The version of the specification. */
    readonly version: 1
    /** Who wrote the validator: `'zod'`. */
    readonly vendor: string
    /** Checks `value`: the value, or the issues. */
    readonly validate: (
      value: unknown,
      options?: {readonly libraryOptions?: Record<string, unknown> | undefined} | undefined
    ) => StandardResult<T> | Promise<StandardResult<T>>
    /** The types of what it takes and returns, for type inference only. */
    readonly types?: {readonly input: unknown; readonly output: T} | undefined
  }
}

/**
 * One problem a {@link Schema} found: the fields every zod issue has.
 *
 * @example
 * // Root.safeParse({...tree, format: 'odt'}).error.issues[0]:
 * const issue: SchemaIssue = {code: 'invalid_value', path: ['format'], message: 'Invalid option: expected one of "markdown"|"text"|"flattened"|"pdf"|"docx"'}
 */
export interface SchemaIssue {
  /** Zod's issue code: `'invalid_type'`, `'invalid_value'`, `'invalid_union'`, `'too_small'`, … */
  readonly code: string
  /** Where in the value: keys and indices from its top. */
  readonly path: readonly PropertyKey[]
  /** What is wrong, in English. */
  readonly message: string
}

/** What a Standard Schema's `validate` returns: the value, or the issues. */
type StandardResult<T> =
  | {readonly value: T; readonly issues?: undefined}
  | {readonly issues: ReadonlyArray<{readonly message: string; readonly path?: ReadonlyArray<PropertyKey | {readonly key: PropertyKey}> | undefined}>}

/**
 * The {@link Schema} of a {@link Point}: `line` and `column` are whole numbers from 1, `offset`
 * from 0.
 *
 * @example
 * Point.meta()?.id // 'Point'
 */
export const Point: Schema<Point> = schemas.Point
/**
 * A place in the original input: 1-based `line` and `column`, 0-based `offset` (in UTF-16 code
 * units, as JavaScript strings count).
 *
 * @example
 * // Where "Geachte voorzitter," starts in the Markdown of the Defensie letter of 21 May 2026:
 * const start: Point = {line: 30, column: 1, offset: 458}
 */
export interface Point {
  /** 1-based line. */
  line: number
  /** 1-based column. */
  column: number
  /** 0-based offset, in UTF-16 code units. */
  offset: number
}

/**
 * The {@link Schema} of a {@link Position}, two points; compiled, as it is checked on every node of
 * a tree.
 *
 * @example
 * Position.meta()?.id // 'Position'
 */
export const Position: Schema<Position> = schemas.Position
/**
 * The span of the input a node was read from. `end` is exclusive, so
 * `input.slice(position.start.offset, position.end.offset)` is the text of the node.
 *
 * @example
 * const input = 'Vraag 4\n\nKunt u deze vragen nog deze week beantwoorden?\n\nAntwoord 4\n\nJa.\n'
 * const [entry] = questions(parseKamerbrief(input))
 * entry.node.position // {start: {line: 1, column: 1, offset: 0}, end: {line: 7, column: 4, offset: 72}}
 * input.slice(0, 72).endsWith('Ja.') // true
 */
export interface Position {
  /** Where the node starts. */
  start: Point
  /** Where it ends: exclusive. */
  end: Point
}

/**
 * The {@link Schema} of a {@link Box}: a page from 1, and coordinates and sizes that are never
 * negative.
 *
 * @example
 * Box.meta()?.id // 'Box'
 */
export const Box: Schema<Box> = schemas.Box
/**
 * Where text stands on a page of a PDF, in points from the top-left corner of the page's crop box.
 *
 * @example
 * // "Geachte voorzitter," on the first page of a letter:
 * const box: Box = {page: 1, x: 85.04, y: 361.2, width: 76.5, height: 9.9}
 */
export interface Box {
  /** 1-based page. */
  page: number
  /** Points from the left of the page's crop box. */
  x: number
  /** Points from its top. */
  y: number
  width: number
  height: number
}

/**
 * What a node carries beside its fields (unist `data`). In a tree read from a PDF, every node that
 * owns text has the page of its first character and one box per page it covers; other data is
 * free: plugins add fields by augmenting this interface, as with unist's `Data`.
 *
 * @example
 * declare module 'kamerbrief' {
 *   interface Data {
 *     score?: number | undefined
 *   }
 * }
 */
export interface Data {
  /** In a tree read from a PDF: the 1-based page of the node's first character. */
  page?: number | undefined
  /** In a tree read from a PDF: one box per page the node covers, the union of its lines' boxes there. */
  boxes?: Box[] | undefined
}

/**
 * What the root carries beside its fields: the text its positions point into, for a tree read
 * from a file's bytes, and how far to trust the parse.
 *
 * @example
 * const tree = parseKamerbrief(source)
 * tree.data?.quality?.score // 1 for a letter read without a gap
 */
export interface RootData extends Data {
  /** The text laid out from a PDF or Word file: positions point into it. */
  text?: string | undefined
  /** How far to trust the parse: see {@link Quality}. */
  quality?: Quality | undefined
}

/** The data of a `footnoteDefinition`: the footnote's numbers as the parser read them. */
export interface FootnoteDefinitionData extends Data {
  /** The footnote's number as read, so that it stays covered without being read as text. */
  markers?: Marker[] | undefined
}

/** The data of a `signatory`: where its name stands when it has a line of its own. */
export interface SignatoryData extends Data {
  /** Where the name is, when it stands on a line of its own below the role. */
  namePosition?: Position | undefined
}

/** The data of a `questionAnswer`: whether its number was given by its place. */
export interface QuestionAnswerData extends Data {
  /** True when the question has no number of its own and is numbered by its place ("list" layout). */
  implicitNumber?: boolean | undefined
}

/**
 * The fields every node has, as in unist: `position`, where in the input the node was read (every
 * node the parser makes has one; a node a plugin adds may not), and `data`.
 */
export interface NodeFields {
  /** Where in the input the node was read; absent only on nodes added after parsing. */
  position?: Position | undefined
  /** Information from the ecosystem (see {@link Data}). */
  data?: Data | undefined
}

// ---------------------------------------------------------------- phrasing

/**
 * The {@link Schema} of a `text` node: a `value` that is a string, and the fields every node has.
 *
 * @example
 * Text.meta()?.id // 'Text'
 * Text.safeParse(node).success // true for every `text` node parseKamerbrief returns
 */
export const Text: Schema<Text> = schemas.Text
/**
 * A `text` node: reading text, with the line breaks inside a paragraph read as one space and words
 * hyphenated across lines joined.
 *
 * @example
 * // From pdftotext: "Bent u bekend met de brief van het Nederlands Juristen Comité voor de Mensenrechten
 * // over zorgen om coronamaatregelen in de strafrechtspleging?1"
 * const text: Text = {
 *   type: 'text',
 *   value: 'Bent u bekend met de brief van het Nederlands Juristen Comité voor de Mensenrechten over zorgen om coronamaatregelen in de strafrechtspleging?',
 *   position: {start: {line: 2, column: 1, offset: 8}, end: {line: 3, column: 59, offset: 150}}
 * }
 */
export interface Text extends NodeFields {
  type: 'text'
  value: string
}

/**
 * The {@link Schema} of a `link` node: its `url`, the `target` behind a redirect where there is
 * one, and text children only.
 *
 * @example
 * Link.meta()?.id // 'Link'
 * Link.safeParse(node).success // true for every `link` node parseKamerbrief returns
 */
export const Link: Schema<Link> = schemas.Link
/**
 * A `link` node: a web address, bare or as a Markdown link; `target` is the real address behind a
 * redirect.
 *
 * @example
 * // "… in het realisatiedashboard op [Rijksfinancien.nl](https://rijksfinancien.nl)."
 * const link: Omit<Link, 'position'> = {
 *   type: 'link',
 *   url: 'https://rijksfinancien.nl',
 *   children: [{type: 'text', value: 'Rijksfinancien.nl', position: {…}}]
 * }
 */
export interface Link extends NodeFields {
  type: 'link'
  url: string
  target?: string | undefined
  children: Text[]
}

/**
 * The {@link Schema} of a `crossReference` node: the question numbers as written and the question
 * ids they resolve to, both lists of strings.
 *
 * @example
 * CrossReference.meta()?.id // 'CrossReference'
 * CrossReference.safeParse(node).success // true for every `crossReference` node parseKamerbrief returns
 */
export const CrossReference: Schema<CrossReference> = schemas.CrossReference
/**
 * A `crossReference` node: "Zie antwoord op vraag 1", with the question numbers as written
 * (`targets`) and the ids of the questions they name (`resolved`).
 *
 * @example
 * // "Antwoord 2 / Zie antwoord op vraag 1" in the answers to the member Eerdmans (JA21):
 * const reference: Omit<CrossReference, 'position'> = {
 *   type: 'crossReference',
 *   targets: ['1'],
 *   resolved: ['s1-q1'],
 *   children: [{type: 'text', value: 'Zie antwoord op vraag 1', position: {…}}]
 * }
 */
export interface CrossReference extends NodeFields {
  type: 'crossReference'
  /** The question numbers as written. */
  targets: string[]
  /** The ids of the `questionAnswer` nodes they name. */
  resolved: string[]
  children: Text[]
}

/**
 * The {@link Schema} of a `footnoteReference` node: the `identifier` its definition shares and the
 * `label` as written.
 *
 * @example
 * FootnoteReference.meta()?.id // 'FootnoteReference'
 * FootnoteReference.safeParse(node).success // true for every `footnoteReference` node parseKamerbrief returns
 */
export const FootnoteReference: Schema<FootnoteReference> = schemas.FootnoteReference
/**
 * A `footnoteReference` node: a footnote marker in the text ("¹", "^[1]", "[1 ]", or digits glued
 * to a word); `label` is as written, `identifier` the number its footnoteDefinition shares.
 *
 * @example
 * // "… gepubliceerd op de website van de Rijksoverheid². …"
 * const marker: Omit<FootnoteReference, 'position'> = {type: 'footnoteReference', identifier: '2', label: '²'}
 */
export interface FootnoteReference extends NodeFields {
  type: 'footnoteReference'
  identifier: string
  label: string
}

/**
 * The {@link Schema} of a `kamerstukReference` node: a `dossier` always, `chamber` only `'tk'` or
 * `'ek'`, and the other parts of the citation where they are known.
 *
 * @example
 * KamerstukReference.meta()?.id // 'KamerstukReference'
 * KamerstukReference.safeParse(node).success // true for every `kamerstukReference` node parseKamerbrief returns
 */
export const KamerstukReference: Schema<KamerstukReference> = schemas.KamerstukReference
/**
 * A `kamerstukReference` node: a citation of a Kamerstuk, normalised however it was written.
 *
 * @example
 * // "(Kamerstuk 33.763-176)" in the Defensie letter of 21 May 2026:
 * const citation: Omit<KamerstukReference, 'position'> = {
 *   type: 'kamerstukReference',
 *   dossier: '33763',
 *   number: '176',
 *   id: 'kst-33763-176',
 *   url: 'https://zoek.officielebekendmakingen.nl/kst-33763-176',
 *   children: [{type: 'text', value: 'Kamerstuk 33.763-176', position: {…}}]
 * }
 */
export interface KamerstukReference extends NodeFields {
  type: 'kamerstukReference'
  dossier: string
  suffix?: string | undefined
  number?: string | undefined
  chamber?: 'tk' | 'ek' | undefined
  session?: string | undefined
  rijkswet?: string | undefined
  id?: string | undefined
  url?: string | undefined
  children: Text[]
}

/**
 * The {@link Schema} of a `documentReference` node: one of six kinds, the value as written, and as
 * children text or the Kamerstuk a `kst-` id names.
 *
 * @example
 * DocumentReference.meta()?.id // 'DocumentReference'
 * DocumentReference.safeParse(node).success // true for every `documentReference` node parseKamerbrief returns
 */
export const DocumentReference: Schema<DocumentReference> = schemas.DocumentReference
/**
 * A `documentReference` node: a document number or id (a Tweede Kamer document or zaak number, an
 * officielebekendmakingen.nl id, an Aanhangsel or Handelingen citation, a ministry kenmerk).
 *
 * @example
 * // "Zoals in de beleidsbrief Defensie – die 26 april jl. naar Uw Kamer is gestuurd – staat (2026D20156), …"
 * const reference: Omit<DocumentReference, 'position'> = {
 *   type: 'documentReference',
 *   kind: 'tk-document',
 *   value: '2026D20156',
 *   children: [{type: 'text', value: '2026D20156', position: {…}}]
 * }
 */
export interface DocumentReference extends NodeFields {
  type: 'documentReference'
  kind: 'tk-document' | 'tk-zaak' | 'officielebekendmakingen' | 'aanhangsel' | 'handelingen' | 'ministry-reference'
  value: string
  id?: string | undefined
  url?: string | undefined
  children: Array<Text | KamerstukReference>
}

/**
 * The {@link Schema} of a `motionReference` node: who submitted the motion and its Kamerstuk, each
 * where known, and as children text or that Kamerstuk.
 *
 * @example
 * MotionReference.meta()?.id // 'MotionReference'
 * MotionReference.safeParse(node).success // true for every `motionReference` node parseKamerbrief returns
 */
export const MotionReference: Schema<MotionReference> = schemas.MotionReference
/**
 * A `motionReference` node: a motion, with who submitted it and, when cited, its Kamerstuk.
 *
 * @example
 * // "… conform onder andere moties Timmermans en Yesilgöz-Zegerius (motie 36 045–191, 18 februari 2025) …"
 * const motion: Omit<MotionReference, 'position'> = {
 *   type: 'motionReference',
 *   by: ['Timmermans', 'Yesilgöz-Zegerius'],
 *   number: '191',
 *   dossier: '36045',
 *   id: 'kst-36045-191',
 *   children: [
 *     {type: 'text', value: 'moties Timmermans en Yesilgöz-Zegerius (motie ', position: {…}},
 *     {type: 'kamerstukReference', dossier: '36045', number: '191', id: 'kst-36045-191', url: 'https://zoek.officielebekendmakingen.nl/kst-36045-191', children: […], position: {…}},
 *     {type: 'text', value: ', 18 februari 2025)', position: {…}}
 *   ]
 * }
 */
export interface MotionReference extends NodeFields {
  type: 'motionReference'
  by?: string[] | undefined
  number?: string | undefined
  dossier?: string | undefined
  id?: string | undefined
  children: Array<Text | KamerstukReference>
}

/**
 * The {@link Schema} of phrasing content: the text of a paragraph and the citations in it, one schema per node, chosen by `type`.
 *
 * @example
 * const result = Phrasing.safeParse(node)
 * if (result.success) result.data.type // 'text', 'kamerstukReference', …
 */
export const Phrasing: Schema<Phrasing> = schemas.Phrasing
/**
 * Phrasing content: the text of a paragraph and the references found in it.
 *
 * @example
 * function kamerstukken(paragraph: Paragraph): string[] {
 *   // "Kamerstuk 36800-X, nr. 78" → 'kst-36800-X-78'
 *   return paragraph.children.flatMap((node: Phrasing) => (node.type === 'kamerstukReference' && node.id ? [node.id] : []))
 * }
 */
export type Phrasing = PhrasingContentMap[keyof PhrasingContentMap]

// ---------------------------------------------------------------- leaf blocks

/**
 * The {@link Schema} of a `paragraph` node: phrasing children and an optional boolean
 * `continuation`; compiled, as paragraphs are the most frequent blocks.
 *
 * @example
 * Paragraph.meta()?.id // 'Paragraph'
 * Paragraph.safeParse(node).success // true for every `paragraph` node parseKamerbrief returns
 */
export const Paragraph: Schema<Paragraph> = schemas.Paragraph
/**
 * A `paragraph` node. `continuation: true` marks a paragraph that continues the previous one after
 * a page break or a block of footnotes.
 *
 * @example
 * // pdftotext: "Voor schoolleiders, leraren, leerlingen, studenten en ouders leidt het tekort tot
 * // veel stress, onmacht en ongemak. Wij voelen dat ook."
 * const paragraph: Omit<Paragraph, 'position'> = {
 *   type: 'paragraph',
 *   children: [
 *     {
 *       type: 'text',
 *       value: 'Voor schoolleiders, leraren, leerlingen, studenten en ouders leidt het tekort tot veel stress, onmacht en ongemak. Wij voelen dat ook.',
 *       position: {…}
 *     }
 *   ]
 * }
 */
export interface Paragraph extends NodeFields {
  type: 'paragraph'
  continuation?: boolean | undefined
  children: Phrasing[]
}

/**
 * The {@link Schema} of a `heading` node: a whole `depth` from 1 to 6 and phrasing children.
 *
 * @example
 * Heading.meta()?.id // 'Heading'
 * Heading.safeParse(node).success // true for every `heading` node parseKamerbrief returns
 */
export const Heading: Schema<Heading> = schemas.Heading
/**
 * A `heading` node: a Markdown heading (`#` to `######`) in a letter.
 *
 * @example
 * // "## Wat is gepast gebruik?"
 * const heading: Omit<Heading, 'position'> = {type: 'heading', depth: 2, children: [{type: 'text', value: 'Wat is gepast gebruik?', position: {…}}]}
 */
export interface Heading extends NodeFields {
  type: 'heading'
  /** 1 to 6. */
  depth: number
  children: Phrasing[]
}

/**
 * The {@link Schema} of a `marker` node: its `label` as written, and no children.
 *
 * @example
 * Marker.meta()?.id // 'Marker'
 * Marker.safeParse(node).success // true for every `marker` node parseKamerbrief returns
 */
export const Marker: Schema<Marker> = schemas.Marker
/**
 * A `marker` node: text that structures the document but is not content ("Vraag 4", "Antwoord 4",
 * "12.", "Nota", the heading line of a nota section).
 *
 * @example
 * const marker: Omit<Marker, 'position'> = {type: 'marker', label: 'Vraag 4'}
 */
export interface Marker extends NodeFields {
  type: 'marker'
  label: string
}

/**
 * The {@link Schema} of a `footnoteDefinition` node: the number its references share, the label as
 * written, paragraphs as children, and `url` for a note that is only an address.
 *
 * @example
 * FootnoteDefinition.meta()?.id // 'FootnoteDefinition'
 * FootnoteDefinition.safeParse(node).success // true for every `footnoteDefinition` node parseKamerbrief returns
 */
export const FootnoteDefinition: Schema<FootnoteDefinition> = schemas.FootnoteDefinition
/**
 * A `footnoteDefinition` node: the text of a footnote where it stands in the input; `url` when the
 * footnote is only a web address.
 *
 * @example
 * // "² <https://www.rijksoverheid.nl/onderwerpen/migratie/tijdelijke-binnengrenscontroles>"
 * const footnote: Omit<FootnoteDefinition, 'position'> = {
 *   type: 'footnoteDefinition',
 *   identifier: '2',
 *   label: '²',
 *   url: 'https://www.rijksoverheid.nl/onderwerpen/migratie/tijdelijke-binnengrenscontroles',
 *   children: [{type: 'paragraph', children: [{type: 'link', url: 'https://www.rijksoverheid.nl/onderwerpen/migratie/tijdelijke-binnengrenscontroles', children: […], position: {…}}], position: {…}}]
 * }
 */
export interface FootnoteDefinition extends NodeFields {
  type: 'footnoteDefinition'
  identifier: string
  label: string
  url?: string | undefined
  children: Paragraph[]
  data?: FootnoteDefinitionData | undefined
}

/**
 * The {@link Schema} of a `pageFurniture` node: one of six kinds of furniture and the text as
 * written in `raw`.
 *
 * @example
 * PageFurniture.meta()?.id // 'PageFurniture'
 * PageFurniture.safeParse(node).success // true for every `pageFurniture` node parseKamerbrief returns
 */
export const PageFurniture: Schema<PageFurniture> = schemas.PageFurniture
/**
 * A `pageFurniture` node: what the layout prints on every page or around a web page (running
 * headers, page numbers, footers, colophons, page breaks, navigation), kept as `raw` but not part
 * of the reading text.
 *
 * @example
 * // pdftotext of the verzamelbrief luchtvaart (18 October 2023), letter-spaced:
 * const furniture: Omit<PageFurniture, 'position'> = {type: 'pageFurniture', kind: 'page-number', raw: 'P agina 1 van 7'}
 */
export interface PageFurniture extends NodeFields {
  type: 'pageFurniture'
  kind: 'running-header' | 'page-number' | 'footer' | 'colophon' | 'page-break' | 'site-navigation'
  raw: string
}

/**
 * The {@link Schema} of an `unknown` node: the text no reader recognised, as written in `value`.
 *
 * @example
 * Unknown.meta()?.id // 'Unknown'
 * Unknown.safeParse(node).success // true for every `unknown` node parseKamerbrief returns
 */
export const Unknown: Schema<Unknown> = schemas.Unknown
/**
 * An `unknown` node: text that no reader recognised, kept as written and always reported with a
 * diagnostic.
 *
 * @example
 * // A page excerpt that stops inside question 2: "Vraag 2 / Kunt u aangeven hoeveel jaar groei van de Rijksoverheid wordt teruggedraaid via de"
 * const rest: Omit<Unknown, 'position'> = {
 *   type: 'unknown',
 *   value: 'Kunt u aangeven hoeveel jaar groei van de Rijksoverheid wordt teruggedraaid via de'
 * }
 */
export interface Unknown extends NodeFields {
  type: 'unknown'
  value: string
}

// ---------------------------------------------------------------- lists (recursive)

/**
 * A `listItem` node; `marker` is the bullet or number as written.
 *
 * @example
 * // "• Steeds vaker zijn scholen genoodzaakt om groepen te vragen een dag thuis te blijven."
 * const item: Omit<ListItem, 'position'> = {
 *   type: 'listItem',
 *   marker: '•',
 *   children: [{type: 'paragraph', children: [{type: 'text', value: 'Steeds vaker zijn scholen genoodzaakt om groepen te vragen een dag thuis te blijven.', position: {…}}], position: {…}}]
 * }
 */
export interface ListItem extends NodeFields {
  type: 'listItem'
  marker: string
  children: ListItemContent[]
}
/**
 * A `list` node: a bulleted list (`ordered: false`) or a numbered one.
 *
 * @example
 * // "• Het is zeven uur. De telefoon gaat. …" / "• Steeds vaker zijn scholen genoodzaakt …"
 * const list: Omit<List, 'position'> = {type: 'list', ordered: false, children: [{type: 'listItem', marker: '•', children: […], position: {…}}, {type: 'listItem', marker: '•', children: […], position: {…}}]}
 */
export interface List extends NodeFields {
  type: 'list'
  ordered: boolean
  children: ListItem[]
}
/**
 * The {@link Schema} of a `listItem` node: its bullet or number as written, and paragraphs or
 * nested lists; recursive, so not compiled.
 *
 * @example
 * ListItem.meta()?.id // 'ListItem'
 * ListItem.safeParse(node).success // true for every `listItem` node parseKamerbrief returns
 */
export const ListItem: Schema<ListItem> = schemas.ListItem
/**
 * The {@link Schema} of a `list` node: whether it is `ordered`, and its items, which may hold lists
 * in turn.
 *
 * @example
 * List.meta()?.id // 'List'
 * List.safeParse(node).success // true for every `list` node parseKamerbrief returns
 */
export const List: Schema<List> = schemas.List

/**
 * The {@link Schema} of flow content: paragraphs, lists, headings, markers, footnotes, furniture and unknown text, one schema per node, chosen by `type`.
 *
 * @example
 * const result = Flow.safeParse(node)
 * if (result.success) result.data.type // 'paragraph', 'list', …
 */
export const Flow: Schema<Flow> = schemas.Flow
/**
 * Flow content: the content of a letter body, a question, an answer or a nota section.
 *
 * @example
 * // The paragraphs of an answer, without markers, footnotes or page furniture:
 * const paragraphs = answer.children.filter((node: Flow) => node.type === 'paragraph')
 */
export type Flow = FlowContentMap[keyof FlowContentMap]

// ---------------------------------------------------------------- letter

/**
 * The {@link Schema} of a `field`: one of twelve keys, the value as written and, where one is
 * printed, the label.
 *
 * @example
 * Field.meta()?.id // 'Field'
 * Field.safeParse(node).success // true for every `field` node parseKamerbrief returns
 */
export const Field: Schema<Field> = schemas.Field
/**
 * A `field`: one label/value pair of a letterhead or nota header as written, labels the parser does
 * not know included (`key: 'other'`).
 *
 * @example
 * // "> Retouradres Postbus 20701 2500 ES Den Haag"
 * const field: Omit<Field, 'position'> = {type: 'field', key: 'returnAddress', label: 'Retouradres', value: 'Postbus 20701 2500 ES Den Haag'}
 */
export interface Field extends NodeFields {
  type: 'field'
  key: 'sender' | 'returnAddress' | 'addressee' | 'date' | 'subject' | 'reference' | 'yourReference' | 'attachments' | 'contact' | 'title' | 'documentId' | 'other'
  label?: string | undefined
  value: string
}

/**
 * The {@link Schema} of a {@link Member}: a `name` always, a `party` where the letter gives one.
 *
 * @example
 * Member.meta()?.id // 'Member'
 */
export const Member: Schema<Member> = schemas.Member
/**
 * A member of parliament who asked questions, with their fractie as `party`. The `name` is as it
 * is written, letters and accents composed (Unicode NFC), however the text printed the accent.
 *
 * @example
 * // "Vragen van het lid Eerdmans (JA21) aan de Staatssecretaris van Justitie en Veiligheid …"
 * const member: Member = {name: 'Eerdmans', party: 'JA21'}
 */
export interface Member {
  name: string
  party?: string | undefined
}

/**
 * The {@link Schema} of a `letterhead` node: its layout, what the parser read from its fields (a
 * whole number of attachments, an addressee's chamber by name), and the fields themselves.
 *
 * @example
 * Letterhead.meta()?.id // 'Letterhead'
 * Letterhead.safeParse(node).success // true for every `letterhead` node parseKamerbrief returns
 */
export const Letterhead: Schema<Letterhead> = schemas.Letterhead
/**
 * A `letterhead` node: what a letter says about itself (sender, addressee, date, subject, kenmerk,
 * who asked and who answered), read from its `fields`.
 *
 * @example
 * // "Vragen van het lid Eerdmans (JA21) aan de Staatssecretaris van Justitie en Veiligheid over de aantallen
 * // asielzoekers die gemeenten moeten opvangen als gevolg van de dwangwet (ingezonden 3 november 2022)." and
 * // "Antwoord van Staatssecretaris Van der Burg (Justitie en Veiligheid) (ontvangen 4 november 2022)" yield
 * const letterhead: Partial<Letterhead> = {
 *   type: 'letterhead',
 *   askedBy: [{name: 'Eerdmans', party: 'JA21'}],
 *   subject: 'de aantallen asielzoekers die gemeenten moeten opvangen als gevolg van de dwangwet',
 *   questionsSubmitted: '2022-11-03',
 *   answeredBy: 'Staatssecretaris Van der Burg (Justitie en Veiligheid)',
 *   date: '2022-11-04'
 * }
 */
export interface Letterhead extends NodeFields {
  type: 'letterhead'
  layout: 'kamerstuk' | 'aanhangsel' | 'labelled' | 'plain'
  sender?: {organisation?: string | undefined; addressLines: string[]; website?: string | undefined} | undefined
  returnAddress?: string | undefined
  addressee?: {lines: string[]; chamber?: 'Eerste Kamer' | 'Tweede Kamer' | undefined} | undefined
  /** ISO date (`2026-05-21`). */
  date?: string | undefined
  /** ISO date the questions were submitted. */
  questionsSubmitted?: string | undefined
  subject?: string | undefined
  /** Our own reference ("Onze referentie"). */
  reference?: string | undefined
  /** The reference replied to ("Uw kenmerk"). */
  yourReference?: string | undefined
  attachments?: number | undefined
  askedBy?: Member[] | undefined
  answeredBy?: string | undefined
  committee?: string | undefined
  kamerstuk?: {dossier: string; suffix?: string | undefined; number?: string | undefined; title?: string | undefined} | undefined
  aanhangsel?: {number: string; session?: string | undefined} | undefined
  /** Every label/value pair as written. */
  fields: Field[]
}

/**
 * The {@link Schema} of a `salutation` node, the "Geachte voorzitter," that opens a letter, with
 * its phrasing as children.
 *
 * @example
 * Salutation.meta()?.id // 'Salutation'
 * Salutation.safeParse(node).success // true for every `salutation` node parseKamerbrief returns
 */
export const Salutation: Schema<Salutation> = schemas.Salutation
/**
 * A `salutation` node: the greeting that opens a letter.
 *
 * @example
 * const salutation: Omit<Salutation, 'position'> = {type: 'salutation', children: [{type: 'text', value: 'Geachte voorzitter,', position: {…}}]}
 */
export interface Salutation extends NodeFields {
  type: 'salutation'
  children: Phrasing[]
}

/**
 * The {@link Schema} of a `closing` node, the "Hoogachtend," above the signatures, with its
 * phrasing as children.
 *
 * @example
 * Closing.meta()?.id // 'Closing'
 * Closing.safeParse(node).success // true for every `closing` node parseKamerbrief returns
 */
export const Closing: Schema<Closing> = schemas.Closing
/**
 * A `closing` node: the words that close a letter.
 *
 * @example
 * const closing: Omit<Closing, 'position'> = {type: 'closing', children: [{type: 'text', value: 'Hoogachtend,', position: {…}}]}
 */
export interface Closing extends NodeFields {
  type: 'closing'
  children: Phrasing[]
}

/**
 * The {@link Schema} of a `signatory` node: a `role` always, a `name` where one is printed.
 *
 * @example
 * Signatory.meta()?.id // 'Signatory'
 * Signatory.safeParse(node).success // true for every `signatory` node parseKamerbrief returns
 */
export const Signatory: Schema<Signatory> = schemas.Signatory
/**
 * A `signatory` node: a role and, when printed, a name; two roles above two names are paired in
 * order.
 *
 * @example
 * // "DE MINISTER VAN DEFENSIE" … "Dilan Yeşilgöz-Zegerius"
 * const signatory: Omit<Signatory, 'position'> = {type: 'signatory', role: 'DE MINISTER VAN DEFENSIE', name: 'Dilan Yeşilgöz-Zegerius'}
 */
export interface Signatory extends NodeFields {
  type: 'signatory'
  role: string
  name?: string | undefined
  data?: SignatoryData | undefined
}

/**
 * The {@link Schema} of a `letter` node: as children a letterhead, a salutation, a closing,
 * signatories and the flow content of the body.
 *
 * @example
 * Letter.meta()?.id // 'Letter'
 * Letter.safeParse(node).success // true for every `letter` node parseKamerbrief returns
 */
export const Letter: Schema<Letter> = schemas.Letter
/**
 * A `letter` node: letterhead, salutation, body, closing and signatories.
 *
 * @example
 * const tree = parseKamerbrief(source)
 * const letter = tree.children.find((node): node is Letter => node.type === 'letter')
 * letter?.children.map((node) => node.type)
 * // ['letterhead', 'salutation', 'paragraph', 'paragraph', 'closing', 'signatory', 'signatory'] for the Defensie letter of 21 May 2026
 */
export interface Letter extends NodeFields {
  type: 'letter'
  children: LetterContent[]
}

// ---------------------------------------------------------------- questions

/**
 * The {@link Schema} of a `question` node: flow content, and `sharedWith` where the question's text
 * stands under another number.
 *
 * @example
 * Question.meta()?.id // 'Question'
 * Question.safeParse(node).success // true for every `question` node parseKamerbrief returns
 */
export const Question: Schema<Question> = schemas.Question
/**
 * A `question` node: the text of a question, without its number or "Vraag" marker.
 *
 * @example
 * // "Vraag 4 / Kunt u deze vragen nog deze week beantwoorden?"
 * const question: Omit<Question, 'position'> = {
 *   type: 'question',
 *   children: [{type: 'paragraph', children: [{type: 'text', value: 'Kunt u deze vragen nog deze week beantwoorden?', position: {…}}], position: {…}}]
 * }
 */
export interface Question extends NodeFields {
  type: 'question'
  sharedWith?: string | undefined
  children: Flow[]
}

/**
 * The {@link Schema} of an `answer` node: flow content, or none at all with `sharedWith` for the
 * other numbers of a joint answer.
 *
 * @example
 * Answer.meta()?.id // 'Answer'
 * Answer.safeParse(node).success // true for every `answer` node parseKamerbrief returns
 */
export const Answer: Schema<Answer> = schemas.Answer
/**
 * An `answer` node. Questions answered together ("Antwoord 4 en 5") each get one: the first holds
 * the text, the others none, with `sharedWith`, the id of the first.
 *
 * @example
 * // "Antwoord 4 / Ja."
 * const answer: Omit<Answer, 'position'> = {
 *   type: 'answer',
 *   children: [{type: 'paragraph', children: [{type: 'text', value: 'Ja.', position: {…}}], position: {…}}]
 * }
 */
export interface Answer extends NodeFields {
  type: 'answer'
  sharedWith?: string | undefined
  children: Flow[]
}

/**
 * The {@link Schema} of a `questionAnswer` node: an `id` always, the `number` and `fractie` where
 * read, and the question, the answer, their markers and what stands between them.
 *
 * @example
 * QuestionAnswer.meta()?.id // 'QuestionAnswer'
 * QuestionAnswer.safeParse(node).success // true for every `questionAnswer` node parseKamerbrief returns
 */
export const QuestionAnswer: Schema<QuestionAnswer> = schemas.QuestionAnswer
/**
 * A `questionAnswer` node: one question with its answer, its markers and what stands between them;
 * `id` is unique in the document.
 *
 * @example
 * // "Vraag 4 / Kunt u deze vragen nog deze week beantwoorden? / Antwoord 4 / Ja."
 * const item: Omit<QuestionAnswer, 'position'> = {
 *   type: 'questionAnswer',
 *   id: 's1-q4',
 *   number: '4',
 *   children: [
 *     {type: 'marker', label: 'Vraag 4', position: {…}},
 *     {type: 'question', children: […], position: {…}},
 *     {type: 'marker', label: 'Antwoord 4', position: {…}},
 *     {type: 'answer', children: […], position: {…}}
 *   ]
 * }
 */
export interface QuestionAnswer extends NodeFields {
  type: 'questionAnswer'
  id: string
  number?: string | undefined
  fractie?: string | undefined
  children: QuestionAnswerContent[]
  data?: QuestionAnswerData | undefined
}

/**
 * The {@link Schema} of a `questionSection` node: one of five layouts, its title and Kamerstuk
 * where read, and question–answer pairs with flow content between them.
 *
 * @example
 * QuestionSection.meta()?.id // 'QuestionSection'
 * QuestionSection.safeParse(node).success // true for every `questionSection` node parseKamerbrief returns
 */
export const QuestionSection: Schema<QuestionSection> = schemas.QuestionSection
/**
 * A `questionSection` node: a series of questions and answers; numbering restarts in each section.
 *
 * @example
 * // The first section of the Defensie letter of 21 May 2026 is titled
 * // "Antwoorden op schriftelijke vragen over de Ontwerpbegroting Defensie (X) over het jaar 2026 (Kamerstuk 36800-X)":
 * section.title // 'Antwoorden op schriftelijke vragen over de Ontwerpbegroting Defensie (X) over het jaar 2026 (Kamerstuk 36800-X)'
 * section.kamerstuk // {dossier: '36800', suffix: 'X'}
 */
export interface QuestionSection extends NodeFields {
  type: 'questionSection'
  layout: 'headed' | 'numbered' | 'bareNumber' | 'fractie' | 'list'
  title?: string | undefined
  kamerstuk?: {dossier: string; suffix?: string | undefined} | undefined
  children: QuestionSectionContent[]
}

// ---------------------------------------------------------------- nota

/**
 * The {@link Schema} of a `notaHeader` node: the lists `coordinatedWith` and `copyTo` always, every
 * other fact of the header where it is read, and its fields.
 *
 * @example
 * NotaHeader.meta()?.id // 'NotaHeader'
 * NotaHeader.safeParse(node).success // true for every `notaHeader` node parseKamerbrief returns
 */
export const NotaHeader: Schema<NotaHeader> = schemas.NotaHeader
/**
 * A `notaHeader` node: Aan, Van, Afgestemd met, In afschrift aan, the purpose, Datum, Onze
 * referentie and Opgesteld door of a nota, read from its `fields`.
 *
 * @example
 * // "Aan MINDEF en STASDEF / Van DGB / Afgestemd met HDFC, CDS en CIO / In afschrift aan DJZ en DCO /
 * // TER BESLISSING / Datum 13 mei 2026 / Onze referentie MINDEF20260034272"
 * const header: Partial<NotaHeader> = {
 *   type: 'notaHeader',
 *   to: 'MINDEF en STASDEF',
 *   from: 'DGB',
 *   coordinatedWith: ['HDFC', 'CDS', 'CIO'],
 *   copyTo: ['DJZ', 'DCO'],
 *   purpose: 'TER BESLISSING',
 *   date: '2026-05-13',
 *   reference: 'MINDEF20260034272'
 * }
 */
export interface NotaHeader extends NodeFields {
  type: 'notaHeader'
  to?: string | undefined
  from?: string | undefined
  coordinatedWith: string[]
  copyTo: string[]
  purpose?: string | undefined
  date?: string | undefined
  reference?: string | undefined
  author?: string | undefined
  deadline?: string | undefined
  attachments?: number | undefined
  subject?: string | undefined
  fields: Field[]
}

/**
 * A `notaSection` node: a section of a nota under its heading, with subsections nested.
 *
 * @example
 * // "Toelichting / Financiële overwegingen / De financiële informatie is afgestemd met HDFC."
 * const section: Omit<NotaSection, 'position'> = {
 *   type: 'notaSection',
 *   heading: 'Toelichting',
 *   children: [
 *     {type: 'marker', label: 'Toelichting', position: {…}},
 *     {type: 'notaSection', heading: 'Financiële overwegingen', children: […], position: {…}}
 *   ]
 * }
 */
export interface NotaSection extends NodeFields {
  type: 'notaSection'
  heading: string
  children: NotaSectionContent[]
}
/**
 * The {@link Schema} of a `notaSection` node: a heading, and flow content or subsections;
 * recursive, so not compiled.
 *
 * @example
 * NotaSection.meta()?.id // 'NotaSection'
 * NotaSection.safeParse(node).success // true for every `notaSection` node parseKamerbrief returns
 */
export const NotaSection: Schema<NotaSection> = schemas.NotaSection

/**
 * The {@link Schema} of a `nota` node: how it opens (`layout`), its title, and its header,
 * sections, signatories and flow content.
 *
 * @example
 * Nota.meta()?.id // 'Nota'
 * Nota.safeParse(node).success // true for every `nota` node parseKamerbrief returns
 */
export const Nota: Schema<Nota> = schemas.Nota
/**
 * A `nota` node: the internal nota (beslisnota) published with a letter.
 *
 * @example
 * nota.title // 'Beantwoording schriftelijke vragen Eerste Kamer over de Begroting van Defensie (X) en DMF (K) van het jaar 2026'
 * nota.children.filter((node) => node.type === 'notaSection').map((node) => node.heading)
 * // ['Aanleiding', 'Geadviseerd besluit', 'Kernpunten', 'Toelichting', 'Informatie die niet openbaar wordt gemaakt']
 */
export interface Nota extends NodeFields {
  type: 'nota'
  layout: 'purpose' | 'addressed' | 'labelled'
  title?: string | undefined
  children: NotaContent[]
}

// ---------------------------------------------------------------- root

/**
 * The {@link Schema} of a {@link Diagnostic}: a `ruleId` of {@link RULES}, a severity, `source:
 * 'kamerbrief'`, and where it applies when there is a place.
 *
 * @example
 * Diagnostic.meta()?.id // 'Diagnostic'
 */
export const Diagnostic: Schema<Diagnostic> = schemas.Diagnostic
/**
 * Something odd about a document, shaped like a unified `VFileMessage`: a stable `ruleId` (see
 * {@link RULES}), a `message` for people, the `url` of the rule's explanation and, where it
 * applies, a `position`. vfile names three fields differently (`reason`, `place`, `fatal`); the
 * unified plugin maps them, as docs/diagnostics.md lists.
 *
 * @example
 * // A pdftotext question with a footnote number but no footnote text:
 * // "… over zorgen om coronamaatregelen in de strafrechtspleging?1"
 * const diagnostic: Diagnostic = {
 *   ruleId: 'footnote-undefined',
 *   severity: 'info',
 *   message: 'Footnote 1 has no text',
 *   source: 'kamerbrief',
 *   url: 'docs/diagnostics.md#footnote-undefined',
 *   position: {start: {line: 3, column: 59, offset: 150}, end: {line: 3, column: 60, offset: 151}},
 *   actual: '1'
 * }
 */
export interface Diagnostic {
  /** What kind of oddity: one of the keys of {@link RULES}; never changes meaning. Match on this. */
  ruleId: RuleId
  /** How serious: the rule's severity. vfile's `fatal` is `true` for an error, `false` for a warning, absent for info. */
  severity: 'error' | 'warning' | 'info'
  /** What is odd, in English, for people; the wording may change. vfile's `reason`. */
  message: string
  source: 'kamerbrief'
  /** Where the rule is explained: `docs/diagnostics.md#<ruleId>`, in the package (see {@link RULE_DOCS}). */
  url: string
  /** Where in the input, when there is a place. vfile's `place`. */
  position?: Position | undefined
  /** What was found, where it helps. */
  actual?: string | undefined
  /** What was expected, where it helps. */
  expected?: string | undefined
}

/**
 * The {@link Schema} of a whole tree: the `treeVersion` of this release (a stored tree of another
 * fails), the format, every node below and the diagnostics.
 *
 * @example
 * Root.meta()?.id // 'Root'
 * Root.safeParse(node).success // true for every `root` node parseKamerbrief returns
 */
export const Root: Schema<Root> = schemas.Root
/**
 * The `root` node: the whole document, with `format` (how it was read) and `diagnostics`.
 *
 * @example
 * const tree: Root = parseKamerbrief('Vraag 4\n\nKunt u deze vragen nog deze week beantwoorden?\n\nAntwoord 4\n\nJa.\n')
 * tree.format // 'text'
 * tree.children.map((node) => node.type) // ['questionSection']
 * tree.diagnostics // []
 */
export interface Root extends NodeFields {
  type: 'root'
  /** The version of the tree's shape ({@link TREE_VERSION}): a stored tree with another needs the changelog's migration notes. */
  treeVersion: typeof TREE_VERSION
  /** The version of kamerbrief that made the tree. */
  packageVersion: string
  /** How the input was read. */
  format: Format
  children: RootContent[]
  /** What was odd about the document. */
  diagnostics: Diagnostic[]
  data?: RootData | undefined
}

// ---------------------------------------------------------------- content

/**
 * The nodes that can stand in phrasing content ({@link Phrasing}), by `type`. Plugins that add a
 * phrasing node register it here by module augmentation, as with mdast's `PhrasingContentMap`.
 *
 * @example
 * interface Emphasis extends NodeFields {
 *   type: 'emphasis'
 *   children: Phrasing[]
 * }
 * declare module 'kamerbrief' {
 *   interface PhrasingContentMap {
 *     emphasis: Emphasis
 *   }
 * }
 */
export interface PhrasingContentMap {
  text: Text
  link: Link
  crossReference: CrossReference
  footnoteReference: FootnoteReference
  kamerstukReference: KamerstukReference
  documentReference: DocumentReference
  motionReference: MotionReference
}

/**
 * The nodes that can stand in flow content ({@link Flow}), by `type`: in a letter body, a
 * question, an answer, a nota section and the root. Augment it to add a block node everywhere
 * flow content may be.
 *
 * @example
 * declare module 'kamerbrief' {
 *   interface FlowContentMap {
 *     table: Table
 *   }
 * }
 */
export interface FlowContentMap {
  paragraph: Paragraph
  list: List
  heading: Heading
  marker: Marker
  footnoteDefinition: FootnoteDefinition
  pageFurniture: PageFurniture
  unknown: Unknown
}

/** The nodes that can be children of the root, by `type`: the parts of a document and flow content. */
export interface RootContentMap extends FlowContentMap {
  letter: Letter
  questionSection: QuestionSection
  nota: Nota
}

/** The nodes that can be children of a `letter`, by `type`: its letterhead, salutation, closing and signatories, and the flow content of its body. */
export interface LetterContentMap extends FlowContentMap {
  letterhead: Letterhead
  salutation: Salutation
  closing: Closing
  signatory: Signatory
}

/** The nodes that can be children of a `questionSection`, by `type`: its question–answer pairs, and flow content such as its title or furniture between them. */
export interface QuestionSectionContentMap extends FlowContentMap {
  questionAnswer: QuestionAnswer
}

/** The nodes that can be children of a `questionAnswer`, by `type`: the question, the answer, their markers and what stands between. */
export interface QuestionAnswerContentMap extends FlowContentMap {
  question: Question
  answer: Answer
}

/** The nodes that can be children of a `nota`, by `type`: its header, sections and signatories, and flow content. */
export interface NotaContentMap extends FlowContentMap {
  notaHeader: NotaHeader
  notaSection: NotaSection
  signatory: Signatory
}

/** The nodes that can be children of a `notaSection`, by `type`: flow content and subsections. */
export interface NotaSectionContentMap extends FlowContentMap {
  notaSection: NotaSection
}

/** The nodes that can be children of a `listItem`, by `type`: paragraphs and nested lists, no other flow content. */
export interface ListItemContentMap {
  paragraph: Paragraph
  list: List
}

/** A child of the root. */
export type RootContent = RootContentMap[keyof RootContentMap]
/** A child of a `letter`: its letterhead, salutation or closing, a signatory, or flow content of its body. */
export type LetterContent = LetterContentMap[keyof LetterContentMap]
/** A child of a `questionSection`: a question–answer pair, or flow content between them. */
export type QuestionSectionContent = QuestionSectionContentMap[keyof QuestionSectionContentMap]
/** A child of a `questionAnswer`: the question, the answer, or flow content such as their markers. */
export type QuestionAnswerContent = QuestionAnswerContentMap[keyof QuestionAnswerContentMap]
/** A child of a `nota`: its header, a section, a signatory, or flow content. */
export type NotaContent = NotaContentMap[keyof NotaContentMap]
/** A child of a `notaSection`: flow content, or a subsection. */
export type NotaSectionContent = NotaSectionContentMap[keyof NotaSectionContentMap]
/** A child of a `listItem`: a paragraph or a nested list. */
export type ListItemContent = ListItemContentMap[keyof ListItemContentMap]

/**
 * Any node that can stand in the tree: the root and everything in `children`, those added by
 * augmenting a content map included. A {@link Field} is not one, as it stands in the `fields` of a
 * letterhead or nota header.
 *
 * @example
 * function count(node: Nodes, type: Nodes['type']): number {
 *   const own = node.type === type ? 1 : 0
 *   return own + ('children' in node ? (node.children as Nodes[]).reduce((sum, child) => sum + count(child, type), 0) : 0)
 * }
 * count(parseKamerbrief(source), 'questionAnswer') // 67 for the Defensie letter of 21 May 2026
 */
export type Nodes =
  | Root
  | RootContent
  | LetterContent
  | QuestionSectionContent
  | QuestionAnswerContent
  | NotaContent
  | NotaSectionContent
  | ListItem
  | ListItemContent
  | Phrasing

/**
 * The same as {@link Nodes}: any node that can stand in the tree.
 *
 * @example
 * const types = new Set<Node['type']>(['questionAnswer', 'kamerstukReference'])
 */
export type Node = Nodes
