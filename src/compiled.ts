/**
 * Zod's compiled validation for the schemas of the tree. `z.compile` turns a schema into code that
 * checks a value several times faster than zod's general parser, with the same results and issues;
 * it cannot compile recursion, so the nodes below the recursive ones (lists, nota sections) and
 * positions are compiled one by one, and the recursive ones call them. Measured on whole parses,
 * this choice is the fastest: compiling only positions, or also questions and answers (with lists
 * made flat), made a parse slower.
 */
import * as z from 'zod'

/** Set while {@link checkingOnly} runs: the compiled schemas then check, and build no parsed copy. */
let checking = false

/**
 * `schema`, validated by the code zod generates for it. The code is generated on the first
 * validation, not on import, so that a program that never validates never pays for it.
 */
export function fast<T extends z.ZodType>(schema: T): T {
  let compiled: T | undefined
  const clone = z.withParser(schema, (input) => {
    compiled ??= z.compile(schema)
    // A valid node stands for itself: nothing reads the parsed copy of a tree being checked.
    if (checking) return compiled.validate(input) ? (input as z.output<T>) : z.INVALID
    // parse, not safeParse: a valid node, the rule, returns its value without a result object.
    try {
      return compiled.parse(input)
    } catch {
      return z.INVALID
    }
  })
  // The clone is a schema of its own to zod's registry: the id and description move to it, the
  // schema users get (`Paragraph.meta()?.id`), and stay once in the JSON Schema.
  const meta = z.globalRegistry.get(schema)
  if (meta !== undefined) {
    z.globalRegistry.remove(schema)
    z.globalRegistry.add(clone, meta)
  }
  return clone
}

/**
 * Runs `validate` (a `safeParse` of a tree the caller keeps) with the compiled schemas only
 * checking: the result holds the same issues, but its `data` shares the nodes below the recursive
 * ones with the input instead of copying them.
 */
export function checkingOnly<T>(validate: () => T): T {
  checking = true
  try {
    return validate()
  } finally {
    checking = false
  }
}
