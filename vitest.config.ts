import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Vitest's default on two cores is one worker; a second lets unit tests and a rebuild run while Chromium waits.
    maxWorkers: 2,
    projects: [
      // Unit files share one module graph per worker: each would otherwise import and parse content/ again.
      // 30 s, not vitest's 5: a few unit tests run git or a dev server, and this machine is shared (timeouts seen at load average 29–35).
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          isolate: false,
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'editors',
          include: ['tests/editors/**/*.test.ts'],
          testTimeout: 120_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'site',
          // One module graph per worker, as for the unit files: each file would otherwise load Playwright and parse
          // content/ again (the site project took 176 CPU-s instead of 196, measured on a prebuilt dist/).
          isolate: false,
          include: ['tests/site/**/*.test.ts'],
          // Builds its own site, not the one global-setup.ts builds (project 'other-plan').
          exclude: ['tests/site/other-plan.test.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
          // Waits for the build global-setup.ts starts; the unit and editors' groups run while it builds.
          setupFiles: ['tests/support/build-wait.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // Up to four concurrent tests a file: spawned commands side by side, or browser checks waiting for their page
          // pool (one page each: Chromium's processes and the test's already share the two cores on one page's load).
          maxConcurrency: 4,
        },
      },
      // Another plan's content, built once in a copy of the project: no need for the main build and nginx.
      {
        test: {
          name: 'other-plan',
          include: ['tests/site/other-plan.test.ts'],
          testTimeout: 120_000,
          // Its own build runs beside the unit tests and the main build.
          sequence: { groupOrder: 0 },
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
