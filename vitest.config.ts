import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two files at a time, across projects: a browser test spends much of its time waiting on the
    // page and a build on its child process, so two keep both cores of a 2-core machine busy. Each
    // browser test file has its own Chromium and server.
    maxWorkers: 2,
    projects: [
      {
        // Only `npm run bench` runs this project; `npm test` leaves it out.
        test: { name: 'bench', include: ['tests/bench/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000 },
      },
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The content rules check every entry at once: 2 s on a quiet machine, far more on a busy one.
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // A hang guard, not a wait: two builds at once on a 2-core machine that also runs another
          // suite took over 7 minutes each.
          testTimeout: 900_000,
          // Each case builds its own copy of the project in a child process: two at once, so the file
          // keeps both cores busy even when it is the last one left.
          maxConcurrency: 2,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/helpers/buildSites.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // expect.poll gives up after 1 s by default, too soon for a search on a busy machine; the
          // polls still end as soon as the state they wait for is there.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
