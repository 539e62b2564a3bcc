import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// Browser tests on the app built with 1 MB of generated notes (bench/big-notes-build.ts), served from its own folder
// on its own port, so they run beside the usual build's. BIG_NOTES_DIR is the work folder of that build (its notes/
// and dist/); E2E_BIG_PORT the port (E2E_PORT + 1 by default).
const port = Number(process.env.E2E_BIG_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1);
const workDir = process.env.BIG_NOTES_DIR ?? 'big-notes';

export default defineConfig({
  ...base,
  testDir: 'tests/e2e-big',
  // Reading and decoding 14,000 cards on a busy machine: more time than the small deck's screens need.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}/` },
  webServer: {
    command: `npx vite preview --configLoader runner --port ${port} --strictPort --outDir ${workDir}/dist`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
