/**
 * Validation of a tree `parseKamerbrief` built, against {@link Root}.
 *
 * Lists and nota sections nest, so `Root` is recursive, and zod guards every container above a
 * cycle against cyclic input: per container node it keeps a WeakMap entry, some 7 % of a text-mode
 * parse of the Defensie letter. A tree we built has no cycles and nests a few levels at most (one
 * list level and two of nota sections in the corpus), so it is checked first by the same schemas
 * unrolled to {@link DEPTH} levels. Those accept only trees that `Root` accepts (each container is
 * its own schema with `children` narrowed; test/schema.test.ts checks it); a tree they reject
 * (nested deeper, or invalid) is checked by `Root` itself, whose issues are the ones reported.
 */
import * as z from 'zod'
import {
  Answer,
  Closing,
  FootnoteDefinition,
  Heading,
  Letter,
  Letterhead,
  List,
  ListItem,
  Marker,
  Nota,
  NotaHeader,
  NotaSection,
  PageFurniture,
  Paragraph,
  Question,
  QuestionAnswer,
  QuestionSection,
  Root,
  Salutation,
  Signatory,
  Unknown
} from './schema.js'
import {checkingOnly} from './compiled.js'

/** Levels of lists in lists, and of nota sections in nota sections, the unrolled schemas accept. */
export const DEPTH = 6

type Shape = Record<string, z.ZodType>
// The recursive schemas are typed as plain schemas (their type refers to itself); they are objects.
const asObject = (schema: z.ZodType) => schema as unknown as z.ZodObject<Shape>
type Option = z.core.$ZodTypeDiscriminable
const oneOf = (...options: [Option, ...Option[]]) => z.discriminatedUnion('type', options)
const withChildren = (schema: z.ZodType, child: z.ZodType) => asObject(schema).extend({children: z.array(child)})

let unrolled: z.ZodType | undefined

/** {@link Root}, with lists and nota sections unrolled to {@link DEPTH} levels: built on first use. */
export function unrolledRoot(): z.ZodType {
  return (unrolled ??= unroll())
}

function unroll(): z.ZodType {
  let list = withChildren(List, withChildren(ListItem, Paragraph))
  for (let depth = 1; depth < DEPTH; depth++) list = withChildren(List, withChildren(ListItem, oneOf(Paragraph, list)))
  const flow = oneOf(Paragraph, list, Heading, Marker, FootnoteDefinition, PageFurniture, Unknown)
  let section = withChildren(NotaSection, flow)
  for (let depth = 1; depth < DEPTH; depth++) section = withChildren(NotaSection, oneOf(flow, section))
  const questionAnswer = withChildren(QuestionAnswer, oneOf(withChildren(Question, flow), withChildren(Answer, flow), flow))
  return withChildren(
    Root,
    oneOf(
      withChildren(Letter, oneOf(Letterhead, Salutation, Closing, Signatory, flow)),
      withChildren(QuestionSection, oneOf(questionAnswer, flow)),
      withChildren(Nota, oneOf(NotaHeader, section, Signatory, flow)),
      flow
    )
  )
}

/**
 * Checks `root` against {@link Root}: no issues when it holds, else zod's issues for it.
 */
export function validateTree(root: unknown): z.core.$ZodIssue[] {
  const tree = unrolledRoot()
  // The tree is returned as built: the parsed copy the check makes is not needed.
  if (checkingOnly(() => tree.safeParse(root).success)) return []
  const result = checkingOnly(() => Root.safeParse(root))
  return result.success ? [] : result.error.issues
}
