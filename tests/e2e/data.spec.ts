// Backup & export in the built app: progress exported after a review and imported after a reset gives the same
// counts; hostile files are refused and change nothing; the Anki file has its headers and one line per card.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import type { Deck } from '../../src/domain/deck';
import { buildDeck } from '../../src/pipeline/build-deck';
import { readNotes } from '../../src/pipeline/node/read-notes';
import { expect, expectNoAxeViolations, scrollsSideways, test } from './fixtures';

let deck: Deck;
test.beforeAll(async () => {
  deck = buildDeck((await readNotes(['content'])).sources);
});

interface HomeCounts {
  due: string;
  new: string;
}

const todayFigure = (page: Page, label: string) =>
  page.getByRole('region', { name: 'Today' }).locator('.today-stat', { hasText: label }).locator('.today-figure');

async function homeCounts(page: Page): Promise<HomeCounts> {
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Today' })).toHaveAttribute('aria-busy', 'false');
  return { due: (await todayFigure(page, 'Due now').textContent()) ?? '', new: (await todayFigure(page, 'New today').textContent()) ?? '' };
}

async function gradeGood(page: Page, times: number) {
  await page.goto('./#/review');
  for (let graded = 0; graded < times; graded += 1) {
    await page.getByRole('button', { name: /^Show answer/ }).click();
    await page.getByRole('group', { name: 'How well did you recall it?' }).getByRole('button', { name: /^Good/ }).click();
  }
}

async function downloadFrom(page: Page, button: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { download, text: await readFile(await download.path(), 'utf8') };
}

const importRegion = (page: Page) => page.getByRole('region', { name: 'Import progress' });

async function chooseFile(page: Page, name: string, text: string) {
  await importRegion(page)
    .getByLabel('Progress file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('progress exported after a review and imported after a reset gives the same counts again', async ({ page }) => {
  await gradeGood(page, 3);
  const studied = await homeCounts(page);
  // Three new cards learnt: each is a learning card due within minutes.
  expect(studied.due).toBe('3');

  await page.goto('./#/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Backup & export' })).toBeVisible();
  const exported = await downloadFrom(page, 'Export progress');
  expect(exported.download.suggestedFilename()).toMatch(/^study-deck-progress-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(exported.text)).toMatchObject({ format: 'study-deck-progress', version: 4 });

  await page.goto('./#/settings');
  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  await page.getByLabel('Deck name').fill('Kubernetes');
  await page.getByRole('button', { name: 'Reset all progress', exact: true }).click();
  expect(await homeCounts(page)).toEqual({ due: '0', new: '20' });

  await page.goto('./#/settings');
  await page.getByRole('link', { name: 'Export or import progress…' }).click();
  await expect(page).toHaveURL(/#\/data$/);
  await chooseFile(page, exported.download.suggestedFilename(), exported.text);
  await expect(importRegion(page).getByRole('region', { name: 'What the file holds' })).toBeVisible();
  const today = importRegion(page).getByRole('table', { name: 'Kubernetes today' });
  await expect(today.getByRole('row', { name: /^Due now/ })).toHaveText(/Due now\s*0\s*3/);
  await expectNoAxeViolations(page);
  await importRegion(page).getByRole('button', { name: 'Merge progress' }).click();
  await expect(importRegion(page).getByRole('status')).toContainText('was merged in');

  expect(await homeCounts(page)).toEqual(studied);
  await page.reload();
  expect(await homeCounts(page)).toEqual(studied);
});

test('a hostile or truncated file is refused with its reason, and nothing changes', async ({ page }) => {
  await gradeGood(page, 1);
  const before = await homeCounts(page);
  const stored = await page.evaluate(() => localStorage.getItem('study-deck'));
  expect(stored).not.toBeNull();

  await page.goto('./#/data');
  const files: Array<[string, string, RegExp]> = [
    ['polluting.json', '{"__proto__": {"polluted": "yes"}, "format": "study-deck-progress", "version": 2}', /the key “__proto__”/],
    ['cut-short.json', '{"format": "study-deck-progress", "version": 2, "data": {"settings": {"newCardsPerDay": 5', /cut short/],
  ];
  for (const [name, text, reason] of files) {
    await chooseFile(page, name, text);
    const alert = importRegion(page).getByRole('alert');
    await expect(alert).toContainText(`${name} was not imported. Nothing was changed.`);
    await expect(alert).toContainText(reason);
  }
  await expect(importRegion(page).getByRole('button', { name: 'Merge progress' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
  expect(await page.evaluate(() => localStorage.getItem('study-deck'))).toBe(stored);
  expect(await homeCounts(page)).toEqual(before);
});

test('the Anki export downloads the headers and one line per card', async ({ page }) => {
  await page.goto('./#/data');
  const anki = await downloadFrom(page, 'Export for Anki');
  expect(anki.download.suggestedFilename()).toBe('study-deck-kubernetes.txt');
  const lines = anki.text.trimEnd().split('\n');
  const headers = lines.filter((line) => line.startsWith('#'));
  expect(headers).toEqual([
    '#separator:tab',
    '#html:false',
    '#notetype:Basic',
    '#columns:GUID\tDeck\tFront\tBack\tTags',
    '#guid column:1',
    '#deck column:2',
    '#tags column:5',
  ]);
  expect(lines).toHaveLength(headers.length + deck.cards.length);
  expect(lines.slice(headers.length).map((line) => line.split('\t')[0])).toEqual(deck.cards.map((card) => card.id));
});

test('backup & export fits 360 px without sideways scrolling, with a preview open, in light and dark', async ({ page }) => {
  const fixture = await readFile(new URL('../fixtures/transfer/progress-kubernetes.json', import.meta.url), 'utf8');
  await page.setViewportSize({ width: 360, height: 740 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('./#/data');
    await chooseFile(page, 'study-deck-progress-2026-11-27.json', fixture);
    await importRegion(page).getByRole('radio', { name: 'Replace this browser’s progress' }).check();
    await importRegion(page).getByRole('button', { name: 'Replace progress…' }).click();
    await expect(importRegion(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
    expect(await scrollsSideways(page), `backup & export in ${colorScheme} scrolls sideways`).toBe(false);
    await expectNoAxeViolations(page);
  }
});
