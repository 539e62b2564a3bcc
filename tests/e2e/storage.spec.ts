// Saved progress in the built app, over Chromium's real localStorage: kept over several keys, a damaged record costs
// only itself (and its backup imports), an import that cannot be stored changes nothing and says so, and every
// deck's progress, an imported deck's too, goes into "Export progress".
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const NOTES_FILE = path.resolve('tests/fixtures/import/networking-notes.md');
const importRegion = (page: Page) => page.getByRole('region', { name: 'Import progress' });
const exportRegion = (page: Page) => page.getByRole('region', { name: 'Export progress' });

async function gradeGood(page: Page, times: number) {
  await page.goto('./#/review');
  for (let graded = 0; graded < times; graded += 1) {
    await page.getByRole('button', { name: /^Show answer/ }).click();
    await page.getByRole('group', { name: 'How well did you recall it?' }).getByRole('button', { name: /^Good/ }).click();
  }
  // Each grade is saved at once: the next screen reads it back.
  await expect(page.getByRole('button', { name: /^Show answer/ })).toBeVisible();
}

/** Every key the store keeps, with its text. */
function storedKeys(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key === 'study-deck' || /^study-deck:(cards|quizzes):/.test(key))
        .map((key) => [key, localStorage.getItem(key)!]),
    ),
  );
}

/** "In this browser now: …" on the Backup & export screen. */
async function savedSummary(page: Page): Promise<string> {
  await page.goto('./#/data');
  const hint = exportRegion(page).getByText(/^In this browser now:/);
  await expect(hint).toBeVisible();
  return (await hint.textContent()) ?? '';
}

test('progress is kept over several keys, and a grade rewrites its card’s chunk and the root', async ({ page }) => {
  await gradeGood(page, 3);
  const before = await storedKeys(page);
  expect(Object.keys(before).sort()).toEqual(['study-deck', 'study-deck:cards:kubernetes:1:0']);
  expect(JSON.parse(before['study-deck'])).toMatchObject({ version: 5, state: { decks: { kubernetes: { buckets: 1, chunks: [0] } } } });
  await gradeGood(page, 1);
  const after = await storedKeys(page);
  expect(after['study-deck']).not.toBe(before['study-deck']);
  expect(after['study-deck:cards:kubernetes:1:0']).not.toBe(before['study-deck:cards:kubernetes:1:0']);
  await page.reload();
  expect(await savedSummary(page)).toBe('In this browser now: 4 cards with progress, 4 reviews and 0 quizzes.');
});

test('one damaged card record costs only itself: every review is still there, and the backup imports', async ({ page }) => {
  await gradeGood(page, 3);
  await page.evaluate(() => {
    const key = 'study-deck:cards:kubernetes:1:0';
    const chunk = JSON.parse(localStorage.getItem(key)!);
    chunk.states[0] = 'garbage,,,';
    localStorage.setItem(key, JSON.stringify(chunk));
  });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Part of your saved progress could not be read: 1 record. It was kept as a backup.');
  await expect(alert).toContainText('Everything else was kept');
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('link', { name: 'Download backup' }).click()]);
  const backup = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(backup)).toMatchObject({ format: 'study-deck-backup', problem: 'damaged-records' });
  await expectNoAxeViolations(page);

  // The damaged card's state is gone; its review, and the other two cards, are kept.
  expect(await savedSummary(page)).toBe('In this browser now: 2 cards with progress, 3 reviews and 0 quizzes.');
  await importRegion(page)
    .getByLabel('Progress file')
    .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(backup) });
  const summary = importRegion(page).getByRole('region', { name: 'What the file holds' });
  await expect(summary).toContainText('a backup of progress this browser could not read');
  await expect(summary).toContainText('1 damaged record could not be read and is left out.');
  await importRegion(page).getByRole('button', { name: 'Merge progress' }).click();
  await expect(importRegion(page).getByRole('status')).toContainText('was merged in');
  await page.reload();
  expect(await savedSummary(page)).toBe('In this browser now: 2 cards with progress, 3 reviews and 0 quizzes.');
});

/** A valid progress file of about 8.5 MB: 6,000 quizzes, each naming many cards. */
function hugeProgressFile(): string {
  const cardIds = Array.from({ length: 20 }, (_, index) => `kubernetes-architecture/definition/a-card-with-a-long-name-${index}`);
  const start = Date.UTC(2026, 0, 1);
  const quizzes: Record<string, object[]> = {};
  for (let n = 0; n < 6000; n += 1) {
    const finishedAt = start + n * 3_600_000;
    const month = new Date(finishedAt).toISOString().slice(0, 7);
    (quizzes[month] ??= []).push({
      id: `quiz-${n}`,
      deckId: 'kubernetes',
      startedAt: finishedAt - 600_000,
      finishedAt,
      mode: 'practice',
      questionCount: 20,
      score: 10,
      wrongCardIds: cardIds,
    });
  }
  const settings = {
    newCardsPerDay: 20,
    reviewsPerDay: 200,
    desiredRetention: 0.9,
    maximumIntervalDays: 36500,
    dayStartHour: 4,
    studyReverseCards: true,
    examDate: null,
    theme: 'system',
  };
  return JSON.stringify({
    format: 'study-deck-progress',
    version: 3,
    exportedAt: '2026-12-01T10:00:00.000Z',
    app: { version: '0.1.0' },
    data: { settings, settingsChangedAt: null, progressResetAt: null, quizzes, decks: {} },
  });
}

test('an import too big for the storage is not reported as done: the old progress stays, also after a reload, and the reason is given', async ({ page }) => {
  // Handing an 8.5 MB file to the browser takes seconds on a busy machine: a limit, not a speed check.
  test.setTimeout(120_000);
  await gradeGood(page, 2);
  const before = await storedKeys(page);
  const file = hugeProgressFile();
  expect(file.length).toBeGreaterThan(8_000_000);
  expect(file.length).toBeLessThan(10 * 1024 * 1024);
  await page.goto('./#/data');
  await importRegion(page)
    .getByLabel('Progress file')
    .setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await importRegion(page).getByRole('radio', { name: 'Replace this browser’s progress' }).check();
  await importRegion(page).getByRole('button', { name: 'Replace progress…' }).click();
  await importRegion(page).getByRole('button', { name: 'Replace all progress' }).click();
  const alert = importRegion(page).getByRole('alert');
  await expect(alert).toContainText('huge.json was not imported. Storage is full');
  await expect(alert).toContainText('Nothing was replaced');
  expect(await storedKeys(page)).toEqual(before);
  // Studying goes on and is saved, as before the import.
  await gradeGood(page, 1);
  await page.reload();
  expect(await savedSummary(page)).toBe('In this browser now: 3 cards with progress, 3 reviews and 0 quizzes.');
});

test('an imported deck’s progress goes into “Export progress”, and the screen says so', async ({ page }) => {
  await page.goto('./#/import');
  await page.getByLabel('Markdown files').setInputFiles(NOTES_FILE);
  const preview = page.getByRole('region', { name: 'Preview: Networking Basics' });
  await preview.getByRole('button', { name: 'Add deck' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Networking Basics' })).toBeVisible();
  await gradeGood(page, 2);

  await page.goto('./#/data');
  await expect(exportRegion(page).getByRole('list', { name: 'Progress by deck' })).toContainText('Networking Basics (imported deck): 2 cards, 2 reviews');
  await expect(exportRegion(page)).toContainText('Every deck’s progress is in the file, imported decks’ too.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(Object.keys(exported.data.decks)).toEqual(['networking-basics']);
  await expectNoAxeViolations(page);
});
