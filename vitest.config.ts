import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// TEST_DIST=1 runs the same tests against the built package instead of src/.
const dist = Boolean(process.env.TEST_DIST)
const path = (file: string) => fileURLToPath(new URL(file, import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      {find: /^kamerbrief$/, replacement: path(dist ? './dist/index.js' : './src/index.ts')},
      {find: /^kamerbrief\/unified$/, replacement: path(dist ? './dist/unified.js' : './src/unified.ts')}
    ]
  },
  test: {include: ['test/**/*.test.ts'], testTimeout: 30_000}
})
