// Importing notes that used to freeze the page: a 5 MB file and a list nested 1,000 levels deep. The note reader
// works in a worker: the screen shows how far it is, a click on Cancel is handled at once, and the import ends with a
// deck (and a warning naming the line nested too deep) or a clear message.
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { generateNotes } from '../../bench/generate-notes';
import { expect, test } from './fixtures';

/** A click handled within this long leaves the page responsive to the learner. */
const RESPONSIVE_MS = 100;
const BIG_NOTES_BYTES = 4_900_000;

async function openImport(page: Page) {
  await page.goto('./#/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import notes' })).toBeVisible();
}

/**
 * Clicks Cancel and returns how long the page took from the click (as the browser received it) to showing that the
 * import was cancelled: a page busy reading notes would handle the click late.
 */
async function cancelAndTime(page: Page): Promise<number> {
  await page.evaluate(() => {
    const state = window as unknown as { cancelHandled: Promise<number> };
    state.cancelHandled = new Promise((resolve) => {
      document.addEventListener(
        'click',
        (event) => {
          if (!(event.target instanceof HTMLElement) || event.target.textContent !== 'Cancel') return;
          const clickedAt = event.timeStamp;
          const shown = () => document.querySelector('.import-status')?.textContent?.startsWith('Import cancelled');
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            observer.disconnect();
            resolve(performance.now() - clickedAt);
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        },
        { capture: true, once: true },
      );
    });
  });
  await page.getByRole('button', { name: 'Cancel' }).click();
  return page.evaluate(() => (window as unknown as { cancelHandled: Promise<number> }).cancelHandled);
}

test('a 5 MB file: progress shows, Cancel is handled at once, and read again it ends in a preview of its deck', async ({ page }, testInfo) => {
  // Reading 5 MB of notes takes a while on a busy machine; the page must stay usable meanwhile.
  test.setTimeout(240_000);
  const file = testInfo.outputPath('big-notes.md');
  await writeFile(file, generateNotes({ bytes: BIG_NOTES_BYTES, seed: 20_240_601 }));
  await openImport(page);

  await page.getByLabel('Markdown files').setInputFiles(file);
  const progress = page.getByRole('progressbar', { name: /^Reading big-notes\.md \(4\.9 MB\)$/ });
  await expect(progress).toBeVisible();
  await expect(page.getByText('Reading the notes…')).toBeVisible();
  // The page answers while the notes are read: the notes field takes typing.
  await page.getByLabel('Or paste Markdown').fill('Typed while reading');
  await expect(page.getByLabel('Or paste Markdown')).toHaveValue('Typed while reading');
  expect(await cancelAndTime(page)).toBeLessThan(RESPONSIVE_MS);
  await expect(page.getByRole('status')).toHaveText('Import cancelled: nothing was added.');
  await expect(progress).toBeHidden();

  await page.getByLabel('Markdown files').setInputFiles(file);
  await expect(page.getByText(/^Making cards: chapter \d+ of \d+…$/)).toBeVisible({ timeout: 180_000 });
  const preview = page.getByRole('region', { name: 'Preview: Generated Course' });
  await expect(preview).toBeVisible({ timeout: 180_000 });
  await expect(page.getByRole('status')).toHaveText(/^\d{2},?\d{3} cards found in big-notes\.md\.$|^\d+ cards found in big-notes\.md\.$/);
  // The first chapters list their cards; the rest list theirs on request, so the preview draws at once.
  await expect(preview.getByRole('button', { name: /^Show its \d+ cards$/ }).first()).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Add deck' })).toBeVisible();
});

test('a list nested 1,000 levels deep ends in a deck, with a warning naming the first line too deep', async ({ page }, testInfo) => {
  const levels = 1000;
  const lines = [
    '# Deep Notes',
    '',
    '## Chapter 1: Depth',
    '',
    'Nested terms',
    ...Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- Term ${level}: definition ${level}`),
  ];
  const file = testInfo.outputPath('deep-list.md');
  await writeFile(file, lines.join('\n'));
  await openImport(page);

  await page.getByLabel('Markdown files').setInputFiles(file);
  const preview = page.getByRole('region', { name: 'Preview: Deep Notes' });
  await expect(preview).toBeVisible({ timeout: 60_000 });
  await expect(preview.getByRole('region', { name: /warning/ })).toContainText(/deep-list\.md:\d+ Lines \d+–1005 are nested more than \d+ levels deep/);
  await preview.getByRole('button', { name: 'Add deck' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deep Notes' })).toBeVisible();
});

test('50,000 `>` on one line end in a deck or a clear message, never a frozen page', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('quotes.md');
  await writeFile(file, `# Quoted\n\n## Chapter 1: Quotes\n\nDefine Quote\n-Quote: repeated words\n\n${'>'.repeat(50_000)} deep\n`);
  await openImport(page);
  await page.getByLabel('Markdown files').setInputFiles(file);
  const preview = page.getByRole('region', { name: 'Preview: Quoted' });
  await expect(preview).toBeVisible({ timeout: 60_000 });
  await expect(preview.getByRole('region', { name: /warning/ })).toContainText('quotes.md:8 Line 8 is nested more than');
});
