import {defineConfig} from 'vitest/config'

/** End-to-end tests: the real Studio, built and served, in Debian's Chromium. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The Studio's first paint and its live updates take seconds, not vitest's default 1 s.
    expect: {poll: {timeout: 20_000, interval: 200}},
  },
})
