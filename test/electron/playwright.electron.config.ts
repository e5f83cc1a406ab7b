import { defineConfig } from '@playwright/test';

/**
 * `_electron` specs against the built app (out/). They need the Electron
 * binary (node_modules/electron/dist); where it is not installed they are
 * reported as skipped and the run still succeeds.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
