import {fileURLToPath} from 'node:url'
import {configDefaults, defineConfig} from 'vitest/config'
import {define} from './scripts/define.js'

// TEST_DIST=1 runs the same tests against the built package instead of src/.
const dist = Boolean(process.env.TEST_DIST)
const path = (file: string) => fileURLToPath(new URL(file, import.meta.url))

/**
 * The slow tests: properties and limits on hostile input, ReDoS, security, the CLI and batch runs,
 * the browser bundle, the Basic Multilingual Plane sweep, every real document through coverage and
 * the schemas, the reference patterns against adversarial input, the PDF reader on real files (its
 * extraction test also replaces a module, which needs a module graph of its own).
 * Everything else is `unit`, which `npm run test:fast` runs.
 */
const robustness = [
  'test/batch.test.ts',
  'test/browser.test.ts',
  'test/amplification.test.ts',
  'test/cli.test.ts',
  'test/coverage-documents.test.ts',
  'test/declarations.test.ts',
  'test/files.test.ts',
  'test/parse-files.test.ts',
  'test/docx-documents.test.ts',
  'test/docx-robustness.test.ts',
  'test/limits.test.ts',
  'test/pdf-files.test.ts',
  'test/pdf-lines.test.ts',
  'test/properties.test.ts',
  'test/quality-ranking.test.ts',
  'test/redos.test.ts',
  'test/renderings.test.ts',
  'test/references-speed.test.ts',
  'test/schema-documents.test.ts',
  'test/security.test.ts',
  'test/starts.test.ts',
  'test/values.test.ts'
]

export default defineConfig({
  // As the build does: the package version every root carries.
  define,
  resolve: {
    alias: [
      {find: /^kamerbrief$/, replacement: path(dist ? './dist/index.js' : './src/index.ts')},
      {find: /^kamerbrief\/unified$/, replacement: path(dist ? './dist/unified.js' : './src/unified.ts')},
      {find: /^kamerbrief\/pdf$/, replacement: path(dist ? './dist/pdf.js' : './src/pdf.ts')},
      {find: /^kamerbrief\/docx$/, replacement: path(dist ? './dist/docx.js' : './src/docx.ts')},
      {find: /^kamerbrief\/node$/, replacement: path(dist ? './dist/node.js' : './src/node.ts')},
      {find: /^kamerbrief\/schema$/, replacement: path(dist ? './dist/schema.js' : './src/schema.ts')}
    ]
  },
  test: {
    testTimeout: 30_000,
    projects: [
      // The unit files share one module graph per worker (isolate: false): each would otherwise load
      // src/ and zod afresh, which costs more than all their tests. None changes global state (the
      // one that mocks a module undoes it after its test), and they pass in any order (--sequence.shuffle).
      {extends: true, test: {name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...robustness], isolate: false}},
      {extends: true, test: {name: 'robustness', include: robustness}}
    ]
  }
})
