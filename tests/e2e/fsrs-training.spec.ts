// Training FSRS parameters in the built app: the optimizer's worker and wasm load only when asked, train on a saved
// history (a simulated learner's, stored as the app stores it), show each step and both scores, and apply the
// trained parameters after confirming; they survive a reload.
import { makeFsrsSyntheticLog } from '../../bench/fsrs-synthetic-log';
import { STORAGE_KEY, createStudyStore } from '../../src/store/create-study-store';
import { createMemoryStorage } from '../../src/store/persist/memory-storage';
import { deckLog } from '../study-data-kit';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** localStorage keys holding a saved history of 150 cards × 6 reviews, as the app writes them. */
function storedHistory(): Record<string, string> {
  const storage = createMemoryStorage();
  const now = Date.now();
  const store = createStudyStore({ storage, enableFuzz: false, tabSyncSource: null, clock: () => now });
  const log = makeFsrsSyntheticLog({ cards: 150, reviewsPerCard: 6, seed: 5, start: now - 400 * 86_400_000 });
  store.setState({ log: { kubernetes: deckLog(log) } });
  const keys: Record<string, string> = {};
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index)!;
    keys[key] = storage.getItem(key)!;
  }
  expect(Object.keys(keys)).toContain(STORAGE_KEY);
  return keys;
}

test('trains on the saved reviews in a worker, shows the scores and applies the parameters after confirming', async ({ page }) => {
  test.setTimeout(120_000);
  const wasmRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasmRequests.push(request.url());
  });
  await page.addInitScript((keys) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [key, text] of Object.entries(keys)) localStorage.setItem(key, text);
      sessionStorage.setItem('seeded', 'yes');
    }
  }, storedHistory());
  await page.goto('./#/settings');
  const section = page.getByRole('region', { name: 'Memory model' });
  await expect(section).toContainText('The schedule uses the default FSRS parameters.');
  expect(wasmRequests).toEqual([]);

  await section.getByRole('button', { name: 'Train on my reviews' }).click();
  await expect(section.getByRole('progressbar', { name: 'Training progress' })).toBeVisible();
  const table = section.getByRole('table');
  await expect(table).toContainText('How well each set predicts your 750 reviews', { timeout: 90_000 });
  expect(wasmRequests).toHaveLength(1);
  const losses = await table.locator('tbody tr td:first-of-type').allTextContents();
  expect(Number(losses[1])).toBeLessThan(Number(losses[0]));
  await expectNoAxeViolations(page);

  await section.getByRole('button', { name: 'Use these parameters…' }).click();
  await section.getByRole('group', { name: 'Confirm new parameters' }).getByRole('button', { name: 'Use the trained parameters' }).click();
  await expect(section.getByRole('status')).toHaveText('Now using the parameters trained on your reviews.');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Memory model' })).toContainText('The schedule uses parameters trained on your reviews.');
  await expect(page.getByRole('button', { name: 'Go back to the default parameters' })).toBeVisible();
});
