import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// TEST_DIST=1 runs the same tests against the built package instead of src/.
const target = process.env.TEST_DIST ? './dist/index.js' : './src/index.ts'

export default defineConfig({
  resolve: {alias: {kamerbrief: fileURLToPath(new URL(target, import.meta.url))}},
  test: {include: ['test/**/*.test.ts'], testTimeout: 30_000}
})
