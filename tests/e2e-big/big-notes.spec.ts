// The app built with 1 MB of generated notes (about 14,000 cards in 96 chapters): Home shows the right counts without
// ever showing a wrong one first, a review of the last chapter works, search finds a term from the last chapter, and
// after the first visit the app reloads offline and still reaches a review.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { BIG_NOTES_FILE } from '../../bench/big-notes-build';
import type { Deck } from '../../src/domain/deck';
import { buildDeck } from '../../src/pipeline/build-deck';
import { expect, test } from '../e2e/fixtures';
import { waitForServiceWorkerControl } from '../e2e/service-worker';

const workDir = process.env.BIG_NOTES_DIR ?? 'big-notes';

let deck: Deck;
test.beforeAll(async () => {
  const text = await readFile(path.join(workDir, 'notes', BIG_NOTES_FILE), 'utf8');
  deck = buildDeck([{ path: BIG_NOTES_FILE, text }]);
});

const lastChapter = () => [...deck.chapters].sort((a, b) => a.order - b.order).at(-1)!;

function todayFigure(page: Page, label: string): Locator {
  return page.getByRole('region', { name: 'Today' }).locator('.today-stat', { hasText: label }).locator('.today-figure');
}

function chapterFigure(page: Page, title: string, label: 'Due' | 'New'): Locator {
  return page.getByRole('listitem', { name: title, exact: true }).locator('.chapter-today-item', { hasText: label }).getByRole('definition');
}

test('Home shows every chapter and today’s counts, with no wrong figure on the way', async ({ page }) => {
  // Every figure Home shows, from the first paint on, by place ("Today: New today", "<chapter>: Due"): each must be
  // "–" (not known yet) or the figure that place finally shows.
  await page.addInitScript(() => {
    const seen: Record<string, string[]> = {};
    const figures = () =>
      [...document.querySelectorAll('.today-figure, .chapter-today dd')].map((figure) => {
        const chapter = figure.closest('li')?.getAttribute('aria-labelledby') ?? 'Today';
        const label = figure.closest('.today-stat, .chapter-today-item')?.querySelector('dt')?.textContent;
        return { place: `${chapter}: ${label}`, text: figure.textContent ?? '' };
      });
    Object.assign(window, { figuresSeen: seen, figuresNow: figures });
    const record = () =>
      figures().forEach(({ place, text }) => {
        const texts = (seen[place] ??= []);
        if (!texts.includes(text)) texts.push(text);
      });
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('./');
  const last = lastChapter();
  await expect(page.getByRole('heading', { level: 1, name: 'Generated Course' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Chapters' }).getByRole('listitem')).toHaveCount(deck.chapters.length);
  await expect(page.getByText(`${deck.chapters.length} chapters ·`)).toContainText(`${deck.cards.length} cards`);

  await expect(todayFigure(page, 'New today')).toHaveText('20');
  await expect(todayFigure(page, 'Due now')).toHaveText('0');
  await expect(chapterFigure(page, last.title, 'New')).toHaveText('20');
  await expect(chapterFigure(page, last.title, 'Due')).toHaveText('0');
  const { seen, final } = await page.evaluate(() => {
    const { figuresSeen, figuresNow } = window as unknown as {
      figuresSeen: Record<string, string[]>;
      figuresNow: () => { place: string; text: string }[];
    };
    return { seen: figuresSeen, final: Object.fromEntries(figuresNow().map(({ place, text }) => [place, text])) };
  });
  expect(Object.keys(seen).length).toBeGreaterThan(deck.chapters.length * 2);
  const wrong = Object.entries(seen).flatMap(([place, texts]) =>
    texts.filter((text) => text !== '–' && text !== final[place]).map((text) => `${place} showed ${text}`),
  );
  expect(wrong).toEqual([]);
  expect(Object.values(final)).not.toContain('–');
});

test('a review of the last chapter shows its cards and takes a grade', async ({ page }) => {
  const last = lastChapter();
  await page.goto('./');
  await page
    .getByRole('listitem', { name: last.title, exact: true })
    .getByRole('link', { name: `Study ${last.title}` })
    .click();
  await expect(page.getByText(`Review · Chapter ${last.order}`)).toBeVisible();
  const prompts = new Set(deck.cards.filter((card) => card.chapterId === last.id).map((card) => card.prompt));
  const prompt = page.getByRole('heading', { level: 2 });
  await expect(prompt).toBeVisible();
  expect(prompts.has((await prompt.textContent()) ?? '')).toBe(true);

  await page.getByRole('button', { name: /Show answer/ }).click();
  await page
    .getByRole('group', { name: 'How well did you recall it?' })
    .getByRole('button', { name: /^Good\b/ })
    .click();
  await expect(page.locator('.reviewed-today')).toHaveText('1 reviewed today');
});

test('search finds a term from the last chapter and opens it in that chapter’s notes', async ({ page }) => {
  const last = lastChapter();
  const term = deck.cards.findLast((card) => card.chapterId === last.id && card.kind === 'definition' && !card.reverse && card.term !== null)!;
  await page.goto('./');
  // The app has taken over the prerendered Home (whose Search button only draws) once today's figures are filled in.
  await expect(todayFigure(page, 'New today')).toHaveText('20');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search notes and cards' });
  await dialog.getByRole('combobox').fill(term.term!);
  const hit = dialog
    .getByRole('option')
    .filter({ hasText: `Chapter ${last.order}: ${last.title}` })
    .first();
  await expect(hit).toContainText(term.term!);
  await hit.click();
  await expect(page.getByRole('heading', { level: 1, name: last.title })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(term.answer.slice(0, 30));
});

test('after the first visit, the app reloads offline and still reaches a review', async ({ page, context }) => {
  await page.goto('./');
  // 250 files to precache on a first visit.
  await waitForServiceWorkerControl(page, 60_000);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Generated Course' })).toBeVisible();
  await expect(todayFigure(page, 'New today')).toHaveText('20');

  await page.getByRole('link', { name: 'Start review' }).click();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page
    .getByRole('group', { name: 'How well did you recall it?' })
    .getByRole('button', { name: /^Good\b/ })
    .click();
  await expect(page.locator('.reviewed-today')).toHaveText('1 reviewed today');
  // A chapter far from the first, never opened before, from the precache.
  await page.goto(`./#/review?chapter=${lastChapter().id}`);
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
});
