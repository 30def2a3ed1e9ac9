import {defineConfig} from 'vitest/config'

export default defineConfig({
  // tsconfig keeps `jsx: preserve` for the Studio's bundler; tests compile JSX themselves.
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    environment: 'node',
    setupFiles: ['test/studio/setupDom.ts'],
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'dist/**', '.local/**', 'test/e2e/**'],
  },
})
