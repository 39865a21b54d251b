import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` needs no build and gives feedback in seconds
 * (`npm run test:unit`); `built` reads dist/, dist-offline/ and dist-guide/ and
 * drives the browsers (`npm test` builds first, then runs both).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts', 'tests/wizards/**/*.test.ts', 'tests/integrations/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'built',
          include: ['tests/content/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
