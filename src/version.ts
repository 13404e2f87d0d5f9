/**
 * What a stored tree says about the code that made it. `treeVersion` changes with every change to the
 * tree that breaks its readers (see README, Compatibility); the package version is put in when the
 * package is built, from package.json (scripts/define.ts, for every build of this code).
 */

declare const __KAMERBRIEF_VERSION__: string | undefined

/**
 * The version of the tree's shape: raised by one with every tree-breaking change (a field renamed,
 * removed or changed in meaning), and only then. Every root carries it as `treeVersion`.
 *
 * @example
 * import {parseKamerbrief, TREE_VERSION} from 'kamerbrief'
 *
 * const tree = parseKamerbrief('Vraag 1\n\nKlopt dit?\n\nAntwoord 1\n\nJa.\n')
 * tree.treeVersion === TREE_VERSION // true; a stored tree with another number needs the migration notes of the changelog
 */
export const TREE_VERSION = 1

/** The version in package.json of the build; code run from source without `define` (scripts) says so. */
export const PACKAGE_VERSION: string = typeof __KAMERBRIEF_VERSION__ === 'string' ? __KAMERBRIEF_VERSION__ : '0.0.0-source'
