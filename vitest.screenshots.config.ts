import { defineConfig } from 'vitest/config';

// `npm run screenshots` only: writes docs/screenshots/, so it is kept out of `npm test` (which must leave git clean).
export default defineConfig({
  test: {
    include: ['test/screenshots/**/*.shots.ts'],
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
