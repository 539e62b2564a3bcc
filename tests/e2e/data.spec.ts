// Backup & export in the built app: progress exported after a review and imported after a reset gives the same
// counts; hostile files are refused and change nothing; the Anki file has its headers and one line per card.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import type { Deck } from '../../src/domain/deck';
import { buildDeck } from '../../src/pipeline/build-deck';
import { readNotes } from '../../src/pipeline/node/read-notes';
import { expect, expectNoAxeViolations, scrollsSideways, test } from './fixtures';
import { repoPath } from '../paths';

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
  expect(JSON.parse(exported.text)).toMatchObject({ format: 'study-deck-progress', version: 5 });

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
    '#columns:GUID\tNotetype\tDeck\tFront/Text\tBack/Back Extra\tTags',
    '#guid column:1',
    '#notetype column:2',
    '#deck column:3',
    '#tags column:6',
  ]);
  // A Basic note per card, a Cloze note per cloze sentence.
  const clozes = deck.cards.filter((card) => card.kind === 'cloze');
  expect(lines).toHaveLength(headers.length + deck.cards.length - clozes.length + new Set(clozes.map((card) => card.noteId)).size);
  const basic = lines.slice(headers.length).filter((line) => line.split('\t')[1] === 'Basic');
  expect(basic.map((line) => line.split('\t')[0])).toEqual(deck.cards.filter((card) => card.kind !== 'cloze').map((card) => `kubernetes/${card.id}`));
});

test('the Anki files of two decks with the same title and the same cards have no GUID in common', async ({ page }) => {
  const guids = (text: string) =>
    text
      .trimEnd()
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .map((line) => line.split('\t')[0]!);
  await page.goto('./#/data');
  const builtIn = guids((await downloadFrom(page, 'Export for Anki')).text);

  // The first chapter of the same notes, imported as a deck of its own: also titled "Kubernetes", with the same card ids.
  await page.goto('./#/import');
  await page.getByLabel('Markdown files').setInputFiles(repoPath('content/01-container-orchestration.md'));
  const preview = page.getByRole('region', { name: 'Preview: Kubernetes' });
  await preview.getByRole('button', { name: 'Add deck' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes' })).toBeVisible();
  await page.goto('./#/data');
  const imported = guids((await downloadFrom(page, 'Export for Anki')).text);

  // Most of chapter 1's cards have the same id in both decks (a front also written in another chapter is merged
  // there in the whole deck, so not all).
  const cardIds = (list: string[]) => new Set(list.map((guid) => guid.slice(guid.indexOf('/') + 1)));
  const shared = [...cardIds(imported)].filter((cardId) => cardIds(builtIn).has(cardId));
  expect(shared.length, 'cards with the same id in both decks').toBeGreaterThan(cardIds(imported).size / 2);
  expect(imported.filter((guid) => builtIn.includes(guid))).toEqual([]);
  expect(new Set(imported.map((guid) => guid.split('/')[0]))).toEqual(new Set(['kubernetes-2']));
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
