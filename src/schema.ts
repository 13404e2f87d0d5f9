/**
 * The `kamerbrief/schema` entry: the zod schema of every node, typed as a zod type of its
 * interface, to compose with zod. They are the objects the main entry exports under the same
 * names, typed there {@link kamerbrief!Schema | Schema}: only a program that imports this entry
 * loads zod's declarations.
 *
 * Each is declared through `agree`, which fails to compile when a schema and its interface drift
 * apart.
 *
 * @example
 * import * as z from 'zod'
 * import {Paragraph} from 'kamerbrief/schema'
 *
 * // A paragraph that must carry a plugin's `data.score`:
 * const Scored = Paragraph.and(z.object({data: z.object({score: z.number()})}))
 * Scored.safeParse(paragraph).success
 *
 * @module kamerbrief/schema
 */
// A namespace import lets bundlers drop the parts of zod we do not use (locales, JSON Schema import):
// zod's share of a minified browser bundle drops from 443 KiB (`import {z}`) to 96 KiB.
import * as z from 'zod'
import {agree} from './agree.js'
import type * as ast from './ast.js'
import {fast} from './compiled.js'
import {CHAMBER_NAMES} from './dutch/letterhead.js'
import {RULE_IDS} from './diagnostics.js'
import {FORMATS} from './options.js'
import {TREE_VERSION} from './version.js'

/**
 * The zod schema of `T`: `.safeParse()` and `.parse()` check a value and return a `T`, `.meta()`
 * gives the JSON Schema id and description; it can be an option of `z.discriminatedUnion('type', …)`.
 *
 * The schemas are declared as this type, not as zod object schemas, so that their declarations
 * stay small; `.extend()` is therefore not in their type. To require more, intersect (`.and()`).
 *
 * @example
 * const Items = z.array(z.discriminatedUnion('type', [Paragraph, List]))
 */
export type ZodSchema<T> = z.ZodType<T> & z.core.$ZodTypeDiscriminable

/** The zod schema of {@link kamerbrief!Point:interface | Point}. */
export const Point = agree<ast.Point>()(z
  .looseObject({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.number().int().min(0)
  })
  .meta({id: 'Point', description: 'A place in the original input.'}))

/** The zod schema of {@link kamerbrief!Position:interface | Position}. */
export const Position = agree<ast.Position>()(fast(z
  .looseObject({start: Point, end: Point})
  .meta({id: 'Position', description: 'The span of the original input a node was read from; end is exclusive.'})))

/** The zod schema of {@link kamerbrief!Box:interface | Box}. */
export const Box = agree<ast.Box>()(z
  .looseObject({
    page: z.number().int().min(1),
    x: z.number().min(0),
    y: z.number().min(0),
    width: z.number().min(0),
    height: z.number().min(0)
  })
  .meta({id: 'Box', description: 'Where text stands on a page of a PDF: in points from the top-left corner of the page as shown (its crop box).'}))

const NodeData = z.looseObject({
  page: z.number().int().min(1).optional(),
  boxes: z.array(Box).optional()
})

const node = {position: Position, data: NodeData.optional()}

/** The zod schema of {@link kamerbrief!Text:interface | Text}. */
export const Text = agree<ast.Text>()(z
  .looseObject({type: z.literal('text'), value: z.string(), ...node})
  .meta({id: 'Text', description: 'Reading text: line breaks inside a paragraph read as one space, words hyphenated across lines are joined.'}))

/** The zod schema of {@link kamerbrief!Link:interface | Link}. */
export const Link = agree<ast.Link>()(z
  .looseObject({
    type: z.literal('link'),
    url: z.string(),
    target: z.string().optional(),
    children: z.array(Text),
    ...node
  })
  .meta({id: 'Link', description: 'A web address; `target` is the real address behind a redirect.'}))

/** The zod schema of {@link kamerbrief!CrossReference:interface | CrossReference}. */
export const CrossReference = agree<ast.CrossReference>()(z
  .looseObject({
    type: z.literal('crossReference'),
    targets: z.array(z.string()),
    resolved: z.array(z.string()),
    children: z.array(Text),
    ...node
  })
  .meta({
    id: 'CrossReference',
    description: 'A reference to other answers ("Zie antwoord op vraag 15"): question numbers as written, and the ids of the questionAnswer nodes they resolve to.'
  }))

/** The zod schema of {@link kamerbrief!FootnoteReference:interface | FootnoteReference}. */
export const FootnoteReference = agree<ast.FootnoteReference>()(z
  .looseObject({type: z.literal('footnoteReference'), identifier: z.string(), label: z.string(), ...node})
  .meta({id: 'FootnoteReference', description: 'A footnote marker (¹, ^[1], [1], or digits glued to a word); `label` is as written.'}))

/** The zod schema of {@link kamerbrief!KamerstukReference:interface | KamerstukReference}. */
export const KamerstukReference = agree<ast.KamerstukReference>()(z
  .looseObject({
    type: z.literal('kamerstukReference'),
    dossier: z.string(),
    suffix: z.string().optional(),
    number: z.string().optional(),
    chamber: z.enum(['tk', 'ek']).optional(),
    session: z.string().optional(),
    rijkswet: z.string().optional(),
    id: z.string().optional(),
    url: z.string().optional(),
    children: z.array(Text),
    ...node
  })
  .meta({id: 'KamerstukReference', description: 'A citation of a Kamerstuk ("Kamerstuk 36800-X, nr. 78"), normalised.'}))

/** The zod schema of {@link kamerbrief!DocumentReference:interface | DocumentReference}. */
export const DocumentReference = agree<ast.DocumentReference>()(z
  .looseObject({
    type: z.literal('documentReference'),
    kind: z.enum(['tk-document', 'tk-zaak', 'officielebekendmakingen', 'aanhangsel', 'handelingen', 'ministry-reference']),
    value: z.string(),
    id: z.string().optional(),
    url: z.string().optional(),
    children: z.array(z.discriminatedUnion('type', [Text, KamerstukReference])),
    ...node
  })
  .meta({id: 'DocumentReference', description: 'A document number or id: 2026D20156, 2025Z19577, ah-tk-20242025-1028, MINDEF20260028717. A written-out Kamerstuk id (kst-30552-3) holds its kamerstukReference as a child.'}))

/** The zod schema of {@link kamerbrief!MotionReference:interface | MotionReference}. */
export const MotionReference = agree<ast.MotionReference>()(z
  .looseObject({
    type: z.literal('motionReference'),
    by: z.array(z.string()).optional(),
    number: z.string().optional(),
    dossier: z.string().optional(),
    id: z.string().optional(),
    children: z.array(z.discriminatedUnion('type', [Text, KamerstukReference])),
    ...node
  })
  .meta({id: 'MotionReference', description: 'A motion ("de motie-Piri c.s. (36 800-X34)").'}))

/** The zod schema of {@link kamerbrief!Phrasing:type | Phrasing}. */
export const Phrasing = agree<ast.Phrasing>()(z.discriminatedUnion('type', [
  Text,
  Link,
  CrossReference,
  FootnoteReference,
  KamerstukReference,
  DocumentReference,
  MotionReference
]).meta({id: 'Phrasing', description: 'Phrasing content: the text of a paragraph and the references found in it.'}))

/** The zod schema of {@link kamerbrief!Paragraph:interface | Paragraph}. */
export const Paragraph = agree<ast.Paragraph>()(fast(z
  .looseObject({
    type: z.literal('paragraph'),
    continuation: z.boolean().optional(),
    children: z.array(Phrasing),
    ...node
  })
  .meta({
    id: 'Paragraph',
    description: 'A paragraph. `continuation: true` when it continues the previous paragraph across a page break or footnote block.'
  })))

/** The zod schema of {@link kamerbrief!Heading:interface | Heading}. */
export const Heading = agree<ast.Heading>()(fast(z
  .looseObject({type: z.literal('heading'), depth: z.number().int().min(1).max(6), children: z.array(Phrasing), ...node})
  .meta({id: 'Heading', description: 'A heading inside a letter or section ("Inleiding", "Voorgestelde regeling").'})))

/** The zod schema of {@link kamerbrief!Marker:interface | Marker}. */
export const Marker = agree<ast.Marker>()(fast(z
  .looseObject({type: z.literal('marker'), label: z.string(), ...node})
  .meta({id: 'Marker', description: 'Structural text that is not content: "Vraag 1", "Antwoord 1", "12.", "Nota".'})))

/** The zod schema of {@link kamerbrief!FootnoteDefinition:interface | FootnoteDefinition}. */
export const FootnoteDefinition = agree<ast.FootnoteDefinition>()(fast(z
  .looseObject({
    type: z.literal('footnoteDefinition'),
    identifier: z.string(),
    label: z.string(),
    url: z.string().optional(),
    children: z.array(Paragraph),
    ...node
  })
  .meta({id: 'FootnoteDefinition', description: 'The text of a footnote, where it stood in the input.'})))

/** The zod schema of {@link kamerbrief!PageFurniture:interface | PageFurniture}. */
export const PageFurniture = agree<ast.PageFurniture>()(fast(z
  .looseObject({
    type: z.literal('pageFurniture'),
    kind: z.enum(['running-header', 'page-number', 'footer', 'colophon', 'page-break', 'site-navigation']),
    raw: z.string(),
    ...node
  })
  .meta({id: 'PageFurniture', description: 'Text printed on every page (headers, footers, page numbers): kept as `raw`, but not part of the reading text.'})))

/** The zod schema of {@link kamerbrief!Unknown:interface | Unknown}. */
export const Unknown = agree<ast.Unknown>()(fast(z
  .looseObject({type: z.literal('unknown'), value: z.string(), ...node})
  .meta({id: 'Unknown', description: 'Text no recogniser claimed; always reported with a diagnostic.'})))

// Every union of nodes is discriminated by `type`: a plain union tries each option in turn, and a
// wrong option fails only after checking its whole subtree. Recursive schemas need their declared
// type (`ZodSchema<T>`, which keeps them usable as discriminated options).

/** The zod schema of {@link kamerbrief!ListItem:interface | ListItem}. */
export const ListItem: ZodSchema<ast.ListItem> = agree<ast.ListItem>()(z
  .looseObject({
    type: z.literal('listItem'),
    marker: z.string(),
    get children() {
      return z.array(z.discriminatedUnion('type', [Paragraph, List]))
    },
    ...node
  })
  .meta({id: 'ListItem', description: 'An item of a list; `marker` is the bullet or number as written.'}))

/** The zod schema of {@link kamerbrief!List:interface | List}. */
export const List: ZodSchema<ast.List> = agree<ast.List>()(z
  .looseObject({
    type: z.literal('list'),
    ordered: z.boolean(),
    get children() {
      return z.array(ListItem)
    },
    ...node
  })
  .meta({id: 'List', description: 'A bulleted or numbered list.'}))

/** The zod schema of {@link kamerbrief!Flow:type | Flow}. */
export const Flow = agree<ast.Flow>()(
  z
    .discriminatedUnion('type', [Paragraph, List, Heading, Marker, FootnoteDefinition, PageFurniture, Unknown])
    .meta({id: 'Flow', description: 'Flow content: the content of a letter body, a question, an answer or a nota section.'})
)

/** The zod schema of {@link kamerbrief!Field:interface | Field}. */
export const Field = agree<ast.Field>()(z
  .looseObject({
    type: z.literal('field'),
    key: z.enum([
      'sender',
      'returnAddress',
      'addressee',
      'date',
      'subject',
      'reference',
      'yourReference',
      'attachments',
      'contact',
      'title',
      'documentId',
      'other'
    ]),
    label: z.string().optional(),
    value: z.string(),
    ...node
  })
  .meta({id: 'Field', description: 'One label/value pair of the letterhead as written ("Datum" / "21 mei 2026"), labels we do not know included.'}))

/** The zod schema of {@link kamerbrief!Member:interface | Member}. */
export const Member = agree<ast.Member>()(z
  .looseObject({name: z.string(), party: z.string().optional()})
  .meta({id: 'Member', description: 'A member of parliament who asked questions.'}))

/**
 * How a letterhead is laid out: `'kamerstuk'` (dossier and number, "35 510 Parlementaire
 * ondervraging …" / "Nr. 130"), `'aanhangsel'` ("Vragen van het lid …" / "Antwoord van …"),
 * `'labelled'` (labels and values: the Rijkshuisstijl sidebar "Datum" / "Onze referentie" /
 * "Betreft", or an old one-line header), `'plain'` (none of these: a date line, an addressee).
 */
const LETTERHEAD_LAYOUTS = ['kamerstuk', 'aanhangsel', 'labelled', 'plain'] as const

/** The zod schema of {@link kamerbrief!Letterhead:interface | Letterhead}. */
export const Letterhead = agree<ast.Letterhead>()(fast(z
  .looseObject({
    type: z.literal('letterhead'),
    layout: z.enum(LETTERHEAD_LAYOUTS),
    sender: z
      .object({organisation: z.string().optional(), addressLines: z.array(z.string()), website: z.string().optional()})
      .optional(),
    returnAddress: z.string().optional(),
    addressee: z.looseObject({lines: z.array(z.string()), chamber: z.enum(CHAMBER_NAMES).optional()}).optional(),
    date: z.string().optional(),
    questionsSubmitted: z.string().optional(),
    subject: z.string().optional(),
    reference: z.string().optional(),
    yourReference: z.string().optional(),
    attachments: z.number().int().optional(),
    askedBy: z.array(Member).optional(),
    answeredBy: z.string().optional(),
    committee: z.string().optional(),
    kamerstuk: z.looseObject({dossier: z.string(), suffix: z.string().optional(), number: z.string().optional(), title: z.string().optional()}).optional(),
    aanhangsel: z.looseObject({number: z.string(), session: z.string().optional()}).optional(),
    fields: z.array(Field),
    ...node
  })
  .meta({id: 'Letterhead', description: 'What the letter says about itself: sender, addressee, date, subject, references.'})))

/** The zod schema of {@link kamerbrief!Salutation:interface | Salutation}. */
export const Salutation = agree<ast.Salutation>()(fast(z
  .looseObject({type: z.literal('salutation'), children: z.array(Phrasing), ...node})
  .meta({id: 'Salutation', description: '"Geachte voorzitter,"'})))

/** The zod schema of {@link kamerbrief!Closing:interface | Closing}. */
export const Closing = agree<ast.Closing>()(fast(z
  .looseObject({type: z.literal('closing'), children: z.array(Phrasing), ...node})
  .meta({id: 'Closing', description: '"Hoogachtend,"'})))

/** The zod schema of {@link kamerbrief!Signatory:interface | Signatory}. */
export const Signatory = agree<ast.Signatory>()(fast(z
  .looseObject({type: z.literal('signatory'), role: z.string(), name: z.string().optional(), ...node})
  .meta({id: 'Signatory', description: 'Who signs: a role ("DE MINISTER VAN DEFENSIE") and a name, paired in order.'})))

/** The zod schema of {@link kamerbrief!Letter:interface | Letter}. */
export const Letter = agree<ast.Letter>()(z
  .looseObject({
    type: z.literal('letter'),
    children: z.array(z.discriminatedUnion('type', [Letterhead, Salutation, Closing, Signatory, Flow])),
    ...node
  })
  .meta({id: 'Letter', description: 'The letter itself: letterhead, salutation, body, closing and signatories.'}))

/** The zod schema of {@link kamerbrief!Question:interface | Question}. */
export const Question = agree<ast.Question>()(z
  .looseObject({type: z.literal('question'), sharedWith: z.string().optional(), children: z.array(Flow), ...node})
  .meta({id: 'Question', description: 'The text of a question, without its number or heading.'}))

/** The zod schema of {@link kamerbrief!Answer:interface | Answer}. */
export const Answer = agree<ast.Answer>()(z
  .looseObject({
    type: z.literal('answer'),
    sharedWith: z.string().optional(),
    children: z.array(Flow),
    ...node
  })
  .meta({
    id: 'Answer',
    description: 'The answer to a question. A joint answer ("Antwoord 4 en 5") stands under the first number; each other number has an answer without children whose `sharedWith` is the id of the first.'
  }))

/** The zod schema of {@link kamerbrief!QuestionAnswer:interface | QuestionAnswer}. */
export const QuestionAnswer = agree<ast.QuestionAnswer>()(z
  .looseObject({
    type: z.literal('questionAnswer'),
    id: z.string(),
    number: z.string().optional(),
    fractie: z.string().optional(),
    children: z.array(z.discriminatedUnion('type', [Question, Answer, Flow])),
    ...node
  })
  .meta({id: 'QuestionAnswer', description: 'A numbered (or, in verslagen, unnumbered) question with its answer.'}))

/**
 * How the questions of a section are laid out: `'headed'` ("Vraag 1" / "Antwoord 1"), `'numbered'`
 * ("1. Is het waar …?" with the answer below), `'bareNumber'` ("1" on its own line above "Vraag:" or above the question itself),
 * `'fractie'` (unnumbered, by fractie: "De leden van de VVD-fractie vragen …"), `'list'`
 * (unnumbered lines ending in "?", each answered below).
 */
const QUESTION_LAYOUTS = ['headed', 'numbered', 'bareNumber', 'fractie', 'list'] as const

/** The zod schema of {@link kamerbrief!QuestionSection:interface | QuestionSection}. */
export const QuestionSection = agree<ast.QuestionSection>()(z
  .looseObject({
    type: z.literal('questionSection'),
    layout: z.enum(QUESTION_LAYOUTS),
    title: z.string().optional(),
    kamerstuk: z.looseObject({dossier: z.string(), suffix: z.string().optional()}).optional(),
    children: z.array(z.discriminatedUnion('type', [QuestionAnswer, Flow])),
    ...node
  })
  .meta({id: 'QuestionSection', description: 'A series of questions and answers; numbering restarts per section.'}))

/** The zod schema of {@link kamerbrief!NotaHeader:interface | NotaHeader}. */
export const NotaHeader = agree<ast.NotaHeader>()(fast(z
  .looseObject({
    type: z.literal('notaHeader'),
    to: z.string().optional(),
    from: z.string().optional(),
    coordinatedWith: z.array(z.string()),
    copyTo: z.array(z.string()),
    purpose: z.string().optional(),
    date: z.string().optional(),
    reference: z.string().optional(),
    author: z.string().optional(),
    deadline: z.string().optional(),
    attachments: z.number().int().optional(),
    subject: z.string().optional(),
    fields: z.array(Field),
    ...node
  })
  .meta({id: 'NotaHeader', description: 'The header block of a nota: Aan, Van, Afgestemd met, In afschrift aan, purpose, Datum, Onze referentie, Opgesteld door.'})))

/** The zod schema of {@link kamerbrief!NotaSection:interface | NotaSection}. */
export const NotaSection: ZodSchema<ast.NotaSection> = agree<ast.NotaSection>()(z
  .looseObject({
    type: z.literal('notaSection'),
    heading: z.string(),
    get children() {
      return z.array(z.discriminatedUnion('type', [Flow, NotaSection]))
    },
    ...node
  })
  .meta({id: 'NotaSection', description: 'A section of a nota ("Aanleiding", "Toelichting"), nested for subsections.'}))

/** How a nota opens: `'purpose'` ("TER BESLISSING" first), `'addressed'` ("Aan" / "Van" first) or `'labelled'` (another of its labels first: "Datum", "Nota actief openbaar"). */
const NOTA_LAYOUTS = ['purpose', 'addressed', 'labelled'] as const

/** The zod schema of {@link kamerbrief!Nota:interface | Nota}. */
export const Nota = agree<ast.Nota>()(z
  .looseObject({
    type: z.literal('nota'),
    layout: z.enum(NOTA_LAYOUTS),
    title: z.string().optional(),
    children: z.array(z.discriminatedUnion('type', [NotaHeader, NotaSection, Signatory, Flow])),
    ...node
  })
  .meta({id: 'Nota', description: 'The internal nota (beslisnota) published with the letter.'}))

/** The zod schema of {@link kamerbrief!Diagnostic:interface | Diagnostic}. */
export const Diagnostic = agree<ast.Diagnostic>()(fast(z
  .looseObject({
    ruleId: z.enum(RULE_IDS),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    source: z.literal('kamerbrief'),
    url: z.string(),
    position: Position.optional(),
    actual: z.string().optional(),
    expected: z.string().optional()
  })
  .meta({id: 'Diagnostic', description: 'Something odd about the document, with a stable ruleId.'})))

/** The zod schema of {@link kamerbrief!Root:interface | Root}. */
export const Root = agree<ast.Root>()(z
  .looseObject({
    type: z.literal('root'),
    // Which shape the tree has, and which release made it (README, Compatibility).
    treeVersion: z.literal(TREE_VERSION),
    packageVersion: z.string(),
    format: z.enum(FORMATS),
    children: z.array(z.discriminatedUnion('type', [Letter, QuestionSection, Nota, Flow])),
    diagnostics: z.array(Diagnostic),
    ...node,
    // A tree read from a PDF carries the text its positions point into.
    data: NodeData.extend({text: z.string().optional()}).optional()
  })
  .meta({id: 'Root', description: 'The whole document. A tree read from a PDF (`format: \'pdf\'`) has in `data.text` the reading text its positions point into.'}))
