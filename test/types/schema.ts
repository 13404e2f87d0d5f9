/**
 * A user's program over the schemas, type-checked against the built declarations (dist/) by
 * test/declarations.test.ts: the main entry's schemas check values and are Standard Schemas, and
 * the same schemas from kamerbrief/schema compose with zod.
 */
import {Paragraph, Root, type SchemaIssue} from 'kamerbrief'
import * as schemas from 'kamerbrief/schema'
import * as z from 'zod'

/** The Standard Schema interface, as a library that takes any validator declares it (https://standardschema.dev). */
interface StandardSchemaV1<Output> {
  readonly '~standard': {
    readonly version: 1
    readonly vendor: string
    readonly validate: (value: unknown, options?: {readonly libraryOptions?: Record<string, unknown> | undefined} | undefined) => Result<Output> | Promise<Result<Output>>
    readonly types?: {readonly input: unknown; readonly output: Output} | undefined
  }
}
type Result<Output> =
  | {readonly value: Output; readonly issues?: undefined}
  | {readonly issues: ReadonlyArray<{readonly message: string; readonly path?: ReadonlyArray<PropertyKey | {readonly key: PropertyKey}> | undefined}>}

const standard: StandardSchemaV1<Root> = Root
const result = Root.safeParse(JSON.parse('{}'))
const tree: Root | undefined = result.data
const issues: readonly SchemaIssue[] = result.success ? [] : result.error.issues
const where: string[] = issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`)
const id: string | undefined = Paragraph.meta()?.id
// The main entry's schemas are not typed as zod types: composing needs kamerbrief/schema.
// @ts-expect-error not a zod schema
z.array(Paragraph)

const Scored = schemas.Paragraph.and(z.object({data: z.object({score: z.number()})}))
const items = z.array(z.discriminatedUnion('type', [schemas.Paragraph, schemas.List]))
const score: number = Scored.parse({}).data.score
const first: schemas.ZodSchema<Paragraph> = schemas.Paragraph
const paragraph: Paragraph | undefined = first.safeParse({}).data
const kinds: Array<'paragraph' | 'list'> = items.parse([]).map((item) => item.type)
export {first, id, kinds, paragraph, score, standard, tree, where}
