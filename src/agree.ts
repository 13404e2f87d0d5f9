/**
 * How each schema of ast.ts is declared against its interface: the compiler checks that the two
 * have the same fields, each of the same type and equally optional, so that a schema and its
 * interface cannot drift apart (test/ast.test.ts shows a drift failing).
 */
import type * as z from 'zod'
import type {Schema} from './ast.js'

// `position` is left out: the schemas require it, the interfaces make it optional, as unist's do,
// so that plugins can add nodes. `data` is left out: free, typed by the interfaces only. Optional
// fields are compared without `undefined`, which zod adds to their output and the tree never holds.
type Known<X> = {[K in keyof X as string extends K ? never : K]: X[K]}
type Defined<X> = X extends {type: string}
  ? X
  : X extends ReadonlyArray<infer E>
    ? Array<Defined<E>>
    : X extends object
      ? {[K in keyof X]: Defined<Exclude<X[K], undefined>>}
      : X
type Fields<X> = X extends unknown ? Defined<Omit<Known<X>, 'position' | 'data'>> : never
type Keys<X> = X extends unknown ? keyof X : never
// Mutual assignability: a field optional on one side only fails one direction. The keys are
// compared too, as an optional field on one side only would pass both.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? ([Keys<A>] extends [Keys<B>] ? ([Keys<B>] extends [Keys<A>] ? true : false) : false) : false) : false

/** `unknown` when a schema's output has the fields of `T`; else a type that shows both sides. */
export type Agrees<T, Output> = Same<Fields<T>, Fields<Output>> extends true ? unknown : {schemaDrift: [Fields<T>, Fields<Output>]}

/**
 * Declares `schema` as the zod schema of `T` once the compiler has checked that it agrees with `T`;
 * at run time it returns `schema` itself.
 */
export function agree<T>() {
  return <S extends z.ZodType>(schema: S & Agrees<T, z.output<S>>): Schema<T> => schema as unknown as Schema<T>
}
