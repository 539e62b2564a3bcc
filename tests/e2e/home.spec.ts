// The dashboard in the built app on the real notes, and the storage notice it shows when saved data is unreadable.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import type { Deck } from '../../src/domain/deck';
import { buildDeck } from '../../src/pipeline/build-deck';
import { readNotes } from '../../src/pipeline/node/read-notes';
import { expect, expectNoAxeViolations, scrollsSideways, test } from './fixtures';

let deck: Deck;
test.beforeAll(async () => {
  deck = buildDeck((await readNotes(['content'])).sources);
});

/** Notes in a chapter: each note gives at most one new card a day (siblings wait). */
const notesIn = (chapterId: string) => new Set(deck.cards.filter((card) => card.chapterId === chapterId).map((card) => card.noteId)).size;

function todayFigure(page: Page, label: string): Locator {
  return page.getByRole('region', { name: 'Today' }).locator('.today-stat', { hasText: label }).locator('.today-figure');
}

test('home shows what is due and new today, for the deck and for each chapter', async ({ page }) => {
  await page.goto('./');
  await expect(todayFigure(page, 'Due now')).toHaveText('0');
  await expect(todayFigure(page, 'New today')).toHaveText('20');
  await expect(todayFigure(page, 'Reviewed today')).toHaveText('0');
  await expect(todayFigure(page, 'Day streak')).toHaveText('0');
  await expect(page.getByRole('link', { name: 'Start review' })).toHaveAttribute('href', '#/review');

  for (const chapter of deck.chapters.filter((candidate) => !candidate.empty)) {
    const item = page.getByRole('listitem', { name: chapter.title, exact: true });
    await expect(item.locator('.chapter-today-item', { hasText: 'Due' }).getByRole('definition'), `${chapter.title} due`).toHaveText('0');
    await expect(item.locator('.chapter-today-item', { hasText: 'New' }).getByRole('definition'), `${chapter.title} new`).toHaveText(
      String(Math.min(20, notesIn(chapter.id))),
    );
    await expect(item.getByRole('link', { name: `Study ${chapter.title}` })).toHaveAttribute('href', `#/review?chapter=${chapter.id}`);
  }
  await expect(page.getByRole('listitem', { name: 'Installing Kubernetes' }).getByRole('link', { name: /^Study/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('home fits 360 px without sideways scrolling, in light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('./');
    await expect(todayFigure(page, 'New today')).toHaveText('20');
    expect(await scrollsSideways(page), `home in ${colorScheme} scrolls sideways`).toBe(false);
    await expectNoAxeViolations(page);
  }
});

test('unreadable saved progress is reported, and its backup downloads holding the original text', async ({ page }) => {
  const unreadable = '{"state":{"progress":{"kubernetes":';
  await page.addInitScript((text) => {
    // Only before the first load: the app's own writes must not be replaced on reload.
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('study-deck', text);
      sessionStorage.setItem('seeded', 'yes');
    }
  }, unreadable);
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your saved progress could not be read. It was kept as a backup.');
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('link', { name: 'Download backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^study-deck-backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z\.json$/);
  expect(JSON.parse(await readFile(await download.path(), 'utf8'))).toMatchObject({ format: 'study-deck-backup', keys: { 'study-deck': unreadable } });
  await expectNoAxeViolations(page);

  await alert.getByRole('button', { name: 'Dismiss this notice' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
