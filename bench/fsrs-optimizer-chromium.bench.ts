// The FSRS optimizer in Chromium, as a learner runs it: the built app served on 127.0.0.1 with a saved history of
// 2,000 cards × 10 reviews (a simulated learner's, stored as the app stores it), Settings › Memory model › Train on my
// reviews, timed from the click to the scores. It includes loading the worker and the wasm, reading the reviews and
// scoring both parameter sets, so it is the wait the learner sees. One run: training takes seconds.
import { reviewLogOf } from '../src/domain/review-log';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { makeFsrsSyntheticLog } from './fsrs-synthetic-log';
import { ensureBuiltApp } from './lighthouse-build';
import { chromiumPath } from './lighthouse-chromium';
import { startStaticServer } from './lighthouse-server';
import { STORAGE_KEY, createStudyStore } from '../src/store/create-study-store';
import { createMemoryStorage } from '../src/store/persist/memory-storage';
import type { Bench } from './bench-row';

const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CARDS = 2_000;
const REVIEWS_PER_CARD = 10;
const DAY = 86_400_000;

/** localStorage keys holding the simulated history, as the app writes them. */
function storedHistory(now: number): Record<string, string> {
  const storage = createMemoryStorage();
  const store = createStudyStore({ storage, enableFuzz: false, tabSyncSource: null, clock: () => now });
  const log = makeFsrsSyntheticLog({ cards: CARDS, reviewsPerCard: REVIEWS_PER_CARD, seed: 20, start: now - 800 * DAY });
  store.setState({ log: { kubernetes: reviewLogOf(log) } });
  const keys: Record<string, string> = {};
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index)!;
    keys[key] = storage.getItem(key)!;
  }
  if (!(STORAGE_KEY in keys)) throw new Error(`the simulated history wrote no ${STORAGE_KEY} key`);
  return keys;
}

const bench: Bench = async () => {
  const dist = path.join(ROOT_DIR, 'dist');
  process.stderr.write(`  ${await ensureBuiltApp(ROOT_DIR, dist)}\n`);
  const server = await startStaticServer(dist);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    await page.addInitScript((keys) => {
      if (sessionStorage.getItem('seeded')) return;
      for (const [key, text] of Object.entries(keys)) localStorage.setItem(key, text);
      sessionStorage.setItem('seeded', 'yes');
    }, storedHistory(Date.now()));
    await page.goto(`${server.origin}/#/settings`);
    const section = page.getByRole('region', { name: 'Memory model' });
    const train = section.getByRole('button', { name: 'Train on my reviews' });
    await train.waitFor();
    const started = performance.now();
    await train.click();
    const table = section.getByRole('table');
    await table.getByText(/How well each set predicts your/).waitFor({ timeout: 600_000 });
    const elapsed = performance.now() - started;
    const caption = (await table.locator('caption').textContent())?.trim() ?? '';
    const losses = (await table.locator('tbody tr td:first-of-type').allTextContents()).map((text) => text.trim());
    return [
      {
        name: `fsrs optimizer: ${(CARDS * REVIEWS_PER_CARD).toLocaleString('en')} reviews (Chromium worker, click to scores)`,
        value: Math.round(elapsed),
        unit: 'ms',
        note: `${caption}; log loss default ${losses[0]} → trained ${losses[1]}`,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
};

export default bench;
