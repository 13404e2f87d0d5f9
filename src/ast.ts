/**
 * The syntax tree of a Kamerbrief, as zod schemas with the inferred types under the same names.
 *
 * Every node is unist-compatible: a `type`, a `position` into the original input (1-based line and
 * column, 0-based offset, end exclusive) and our own fields. The tree is plain JSON.
 */
import {z} from 'zod'

export const Point = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.number().int().min(0)
  })
  .meta({id: 'Point', description: 'A place in the original input.'})
export type Point = z.infer<typeof Point>

export const Position = z
  .object({start: Point, end: Point})
  .meta({id: 'Position', description: 'The span of the original input a node was read from; end is exclusive.'})
export type Position = z.infer<typeof Position>

const node = {position: Position, data: z.record(z.string(), z.unknown()).optional()}

// ---------------------------------------------------------------- phrasing

export const Text = z
  .object({type: z.literal('text'), value: z.string(), ...node})
  .meta({id: 'Text', description: 'Reading text: line breaks inside a paragraph read as one space, words hyphenated across lines are joined.'})
export type Text = z.infer<typeof Text>

export const Link = z
  .object({
    type: z.literal('link'),
    url: z.string(),
    target: z.string().optional(),
    children: z.array(Text),
    ...node
  })
  .meta({id: 'Link', description: 'A web address; `target` is the real address behind a redirect.'})
export type Link = z.infer<typeof Link>

export const CrossReference = z
  .object({
    type: z.literal('crossReference'),
    targets: z.array(z.string()),
    resolved: z.array(z.string()),
    children: z.array(Text),
    ...node
  })
  .meta({
    id: 'CrossReference',
    description: 'A reference to other answers ("Zie antwoord op vraag 15"): question numbers as written, and the ids of the questionAnswer nodes they resolve to.'
  })
export type CrossReference = z.infer<typeof CrossReference>

export const FootnoteReference = z
  .object({type: z.literal('footnoteReference'), identifier: z.string(), label: z.string(), ...node})
  .meta({id: 'FootnoteReference', description: 'A footnote marker (¹, ^[1], [1], or digits glued to a word); `label` is as written.'})
export type FootnoteReference = z.infer<typeof FootnoteReference>

export const KamerstukReference = z
  .object({
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
  .meta({id: 'KamerstukReference', description: 'A citation of a Kamerstuk ("Kamerstuk 36800-X, nr. 78"), normalised.'})
export type KamerstukReference = z.infer<typeof KamerstukReference>

export const DocumentReference = z
  .object({
    type: z.literal('documentReference'),
    kind: z.enum(['tk-document', 'tk-zaak', 'officielebekendmakingen', 'aanhangsel', 'handelingen', 'ministry-reference']),
    value: z.string(),
    id: z.string().optional(),
    url: z.string().optional(),
    children: z.array(z.union([Text, KamerstukReference])),
    ...node
  })
  .meta({id: 'DocumentReference', description: 'A document number or id: 2026D20156, 2025Z19577, ah-tk-20242025-1028, MINDEF20260028717. A written-out Kamerstuk id (kst-30552-3) holds its kamerstukReference as a child.'})
export type DocumentReference = z.infer<typeof DocumentReference>

export const MotionReference = z
  .object({
    type: z.literal('motionReference'),
    by: z.array(z.string()).optional(),
    number: z.string().optional(),
    dossier: z.string().optional(),
    id: z.string().optional(),
    children: z.array(z.discriminatedUnion('type', [Text, KamerstukReference])),
    ...node
  })
  .meta({id: 'MotionReference', description: 'A motion ("de motie-Piri c.s. (36 800-X34)").'})
export type MotionReference = z.infer<typeof MotionReference>

export const Phrasing = z.discriminatedUnion('type', [
  Text,
  Link,
  CrossReference,
  FootnoteReference,
  KamerstukReference,
  DocumentReference,
  MotionReference
])
export type Phrasing = z.infer<typeof Phrasing>

// ---------------------------------------------------------------- leaf blocks

export const Paragraph = z
  .object({
    type: z.literal('paragraph'),
    continuation: z.boolean().optional(),
    children: z.array(Phrasing),
    ...node
  })
  .meta({
    id: 'Paragraph',
    description: 'A paragraph. `continuation: true` when it continues the previous paragraph across a page break or footnote block.'
  })
export type Paragraph = z.infer<typeof Paragraph>

export const Heading = z
  .object({type: z.literal('heading'), depth: z.number().int().min(1).max(6), children: z.array(Phrasing), ...node})
  .meta({id: 'Heading', description: 'A heading inside a letter or section ("Inleiding", "Voorgestelde regeling").'})
export type Heading = z.infer<typeof Heading>

export const Marker = z
  .object({type: z.literal('marker'), label: z.string(), ...node})
  .meta({id: 'Marker', description: 'Structural text that is not content: "Vraag 1", "Antwoord 1", "12.", "Nota".'})
export type Marker = z.infer<typeof Marker>

export const FootnoteDefinition = z
  .object({
    type: z.literal('footnoteDefinition'),
    identifier: z.string(),
    label: z.string(),
    url: z.string().optional(),
    children: z.array(Paragraph),
    ...node
  })
  .meta({id: 'FootnoteDefinition', description: 'The text of a footnote, where it stood in the input.'})
export type FootnoteDefinition = z.infer<typeof FootnoteDefinition>

export const PageFurniture = z
  .object({
    type: z.literal('pageFurniture'),
    kind: z.enum(['running-header', 'page-number', 'footer', 'colophon', 'page-break', 'site-navigation']),
    raw: z.string(),
    ...node
  })
  .meta({id: 'PageFurniture', description: 'Text printed on every page (headers, footers, page numbers): kept as `raw`, but not part of the reading text.'})
export type PageFurniture = z.infer<typeof PageFurniture>

export const Unknown = z
  .object({type: z.literal('unknown'), value: z.string(), ...node})
  .meta({id: 'Unknown', description: 'Text no recogniser claimed; always reported with a diagnostic.'})
export type Unknown = z.infer<typeof Unknown>

// ---------------------------------------------------------------- lists (recursive)

// Every union of nodes is discriminated by `type`: a plain union tries each option in turn, and a
// wrong option fails only after checking its whole subtree. Recursive schemas need a declared
// type; this one keeps them usable as discriminated options.
type Recursive<T> = z.ZodType<T> & z.core.$ZodTypeDiscriminable

export interface ListItem {
  type: 'listItem'
  marker: string
  children: Array<Paragraph | List>
  position: Position
  data?: Record<string, unknown> | undefined
}
export interface List {
  type: 'list'
  ordered: boolean
  children: ListItem[]
  position: Position
  data?: Record<string, unknown> | undefined
}
export const ListItem: Recursive<ListItem> = z
  .object({
    type: z.literal('listItem'),
    marker: z.string(),
    get children() {
      return z.array(z.discriminatedUnion('type', [Paragraph, List]))
    },
    ...node
  })
  .meta({id: 'ListItem', description: 'An item of a list; `marker` is the bullet or number as written.'})
export const List: Recursive<List> = z
  .object({
    type: z.literal('list'),
    ordered: z.boolean(),
    get children() {
      return z.array(ListItem)
    },
    ...node
  })
  .meta({id: 'List', description: 'A bulleted or numbered list.'})

/** Content of a question, an answer, a letter body or a nota section. */
export const Flow = z.discriminatedUnion('type', [Paragraph, List, Heading, Marker, FootnoteDefinition, PageFurniture, Unknown])
export type Flow = z.infer<typeof Flow>

// ---------------------------------------------------------------- letter

export const Field = z
  .object({
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
  .meta({id: 'Field', description: 'One label/value pair of the letterhead as written ("Datum" / "21 mei 2026"), labels we do not know included.'})
export type Field = z.infer<typeof Field>

export const Member = z
  .object({name: z.string(), party: z.string().optional()})
  .meta({id: 'Member', description: 'A member of parliament who asked questions.'})
export type Member = z.infer<typeof Member>

export const Letterhead = z
  .object({
    type: z.literal('letterhead'),
    sender: z
      .object({organisation: z.string().optional(), addressLines: z.array(z.string()), website: z.string().optional()})
      .optional(),
    returnAddress: z.string().optional(),
    addressee: z.object({lines: z.array(z.string()), chamber: z.enum(['Eerste Kamer', 'Tweede Kamer']).optional()}).optional(),
    date: z.string().optional(),
    questionsSubmitted: z.string().optional(),
    subject: z.string().optional(),
    reference: z.string().optional(),
    yourReference: z.string().optional(),
    attachments: z.number().int().optional(),
    askedBy: z.array(Member).optional(),
    answeredBy: z.string().optional(),
    committee: z.string().optional(),
    kamerstuk: z.object({dossier: z.string(), suffix: z.string().optional(), number: z.string().optional(), title: z.string().optional()}).optional(),
    aanhangsel: z.object({number: z.string(), session: z.string().optional()}).optional(),
    fields: z.array(Field),
    ...node
  })
  .meta({id: 'Letterhead', description: 'What the letter says about itself: sender, addressee, date, subject, references.'})
export type Letterhead = z.infer<typeof Letterhead>

export const Salutation = z
  .object({type: z.literal('salutation'), children: z.array(Phrasing), ...node})
  .meta({id: 'Salutation', description: '"Geachte voorzitter,"'})
export type Salutation = z.infer<typeof Salutation>

export const Closing = z
  .object({type: z.literal('closing'), children: z.array(Phrasing), ...node})
  .meta({id: 'Closing', description: '"Hoogachtend,"'})
export type Closing = z.infer<typeof Closing>

export const Signatory = z
  .object({type: z.literal('signatory'), role: z.string(), name: z.string().optional(), ...node})
  .meta({id: 'Signatory', description: 'Who signs: a role ("DE MINISTER VAN DEFENSIE") and a name, paired in order.'})
export type Signatory = z.infer<typeof Signatory>

export const Letter = z
  .object({
    type: z.literal('letter'),
    children: z.array(z.discriminatedUnion('type', [Letterhead, Salutation, Closing, Signatory, Flow])),
    ...node
  })
  .meta({id: 'Letter', description: 'The letter itself: letterhead, salutation, body, closing and signatories.'})
export type Letter = z.infer<typeof Letter>

// ---------------------------------------------------------------- questions

export const Question = z
  .object({type: z.literal('question'), sharedWith: z.string().optional(), children: z.array(Flow), ...node})
  .meta({id: 'Question', description: 'The text of a question, without its number or heading.'})
export type Question = z.infer<typeof Question>

export const Answer = z
  .object({
    type: z.literal('answer'),
    sharedWith: z.string().optional(),
    children: z.array(Flow),
    ...node
  })
  .meta({
    id: 'Answer',
    description: 'The answer to a question. A joint answer ("Antwoord 4 en 5") is repeated under each number; the repeats carry `sharedWith` = the id of the first.'
  })
export type Answer = z.infer<typeof Answer>

export const QuestionAnswer = z
  .object({
    type: z.literal('questionAnswer'),
    id: z.string(),
    number: z.string().optional(),
    fractie: z.string().optional(),
    children: z.array(z.discriminatedUnion('type', [Question, Answer, Flow])),
    ...node
  })
  .meta({id: 'QuestionAnswer', description: 'A numbered (or, in verslagen, unnumbered) question with its answer.'})
export type QuestionAnswer = z.infer<typeof QuestionAnswer>

export const QuestionSection = z
  .object({
    type: z.literal('questionSection'),
    title: z.string().optional(),
    kamerstuk: z.object({dossier: z.string(), suffix: z.string().optional()}).optional(),
    children: z.array(z.discriminatedUnion('type', [QuestionAnswer, Flow])),
    ...node
  })
  .meta({id: 'QuestionSection', description: 'A series of questions and answers; numbering restarts per section.'})
export type QuestionSection = z.infer<typeof QuestionSection>

// ---------------------------------------------------------------- nota

export const NotaHeader = z
  .object({
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
  .meta({id: 'NotaHeader', description: 'The header block of a nota: Aan, Van, Afgestemd met, In afschrift aan, purpose, Datum, Onze referentie, Opgesteld door.'})
export type NotaHeader = z.infer<typeof NotaHeader>

export interface NotaSection {
  type: 'notaSection'
  heading: string
  children: Array<Flow | NotaSection>
  position: Position
  data?: Record<string, unknown> | undefined
}
export const NotaSection: Recursive<NotaSection> = z
  .object({
    type: z.literal('notaSection'),
    heading: z.string(),
    get children() {
      return z.array(z.discriminatedUnion('type', [Flow, NotaSection]))
    },
    ...node
  })
  .meta({id: 'NotaSection', description: 'A section of a nota ("Aanleiding", "Toelichting"), nested for subsections.'})

export const Nota = z
  .object({
    type: z.literal('nota'),
    title: z.string().optional(),
    children: z.array(z.discriminatedUnion('type', [NotaHeader, NotaSection, Signatory, Flow])),
    ...node
  })
  .meta({id: 'Nota', description: 'The internal nota (beslisnota) published with the letter.'})
export type Nota = z.infer<typeof Nota>

// ---------------------------------------------------------------- root

export const Diagnostic = z
  .object({
    ruleId: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    source: z.literal('kamerbrief'),
    position: Position.optional(),
    actual: z.string().optional(),
    expected: z.string().optional()
  })
  .meta({id: 'Diagnostic', description: 'Something odd about the document, with a stable ruleId.'})
export type Diagnostic = z.infer<typeof Diagnostic>

export const Root = z
  .object({
    type: z.literal('root'),
    format: z.enum(['markdown', 'text']),
    children: z.array(z.discriminatedUnion('type', [Letter, QuestionSection, Nota, Flow])),
    diagnostics: z.array(Diagnostic),
    ...node
  })
  .meta({id: 'Root', description: 'The whole document.'})
export type Root = z.infer<typeof Root>

export type Node =
  | Root
  | Letter
  | Letterhead
  | Salutation
  | Closing
  | Signatory
  | QuestionSection
  | QuestionAnswer
  | Question
  | Answer
  | Nota
  | NotaHeader
  | NotaSection
  | Flow
  | List
  | ListItem
  | Phrasing
