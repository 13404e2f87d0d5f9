import {defineConfig} from 'tsup'
import {define} from './scripts/define.js'
import {writeSchema} from './scripts/schema.js'

export default defineConfig([
  {
    // The unified plugin and the PDF and Word readers are entries of their own, so the core never
    // imports unified or pdfjs-dist, and its bundle holds no zip or XML reader. The schemas typed
    // as zod types are one too, so that the main entry's declarations do not import zod.
    entry: {index: 'src/index.ts', unified: 'src/unified.ts', pdf: 'src/pdf.ts', docx: 'src/docx.ts', schema: 'src/schema.ts'},
    format: ['esm', 'cjs'],
    // Shared chunks in CommonJS too: every entry then uses one copy of the parser and the schemas
    // (`require('kamerbrief').Root === require('kamerbrief/schema').Root`), as in ESM.
    splitting: true,
    dts: {compilerOptions: {ignoreDeprecations: '6.0'}},
    sourcemap: true,
    clean: true,
    // The language level, not 'node20': for Node targets esbuild rewrites every regular expression
    // literal with \p{…} into a RegExp constructor call, made anew on each call of the readers.
    target: 'es2022',
    define,
    // ESM-only dependencies stay external; Node >= 20.19 can require() them from the CJS build.
    // pdfjs-dist is an optional peer dependency, loaded by the PDF entry when a PDF is read.
    external: ['mdast-util-from-markdown', 'zod', 'pdfjs-dist'],
    // The JSON Schema ships in dist/ (`kamerbrief/schema.json`); docs/ keeps the reviewed copy.
    onSuccess: async () => writeSchema()
  },
  {
    // Node.js only: parseFiles starts the worker beside it by its URL, which the CommonJS build
    // takes from the shim of import.meta.url.
    entry: {node: 'src/node.ts'},
    format: ['esm', 'cjs'],
    dts: {compilerOptions: {ignoreDeprecations: '6.0'}},
    shims: true,
    sourcemap: true,
    target: 'es2022',
    define,
    external: ['mdast-util-from-markdown', 'zod', 'pdfjs-dist']
  },
  {
    // The worker of `kamerbrief parse` is loaded by path, so it is an entry of its own next to cli.js.
    entry: {cli: 'src/cli.ts', 'batch-worker': 'src/batch/worker.ts'},
    format: ['esm'],
    target: 'es2022',
    banner: {js: '#!/usr/bin/env node'},
    define,
    // pdfjs-dist is an optional peer: loaded, if installed, only when a PDF is read.
    external: ['mdast-util-from-markdown', 'zod', 'pdfjs-dist']
  }
])
