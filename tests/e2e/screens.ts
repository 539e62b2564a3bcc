// Every screen of the app, for the sweeps (axe in both themes, 360 px layout, offline): one or more URLs per
// route of src/app/routes.tsx. `routePathsInApp` reads the route table itself, so a screen added there without
// an entry here fails the sweep instead of going unchecked.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { paths } from '../../src/config/paths';
import { expect } from './fixtures';

export interface ScreenVisit {
  /** The route pattern in src/app/routes.tsx. */
  route: string;
  name: string;
  url: string;
}

const visits: readonly ScreenVisit[] = [
  { route: '/', name: 'home', url: './' },
  { route: '/chapters/:chapterId', name: 'chapter notes', url: './#/chapters/kubernetes-architecture' },
  { route: '/chapters/:chapterId', name: 'chapter without notes', url: './#/chapters/installing-kubernetes' },
  { route: '/review', name: 'review', url: './#/review' },
  { route: '/review', name: 'chapter review', url: './#/review?chapter=container-orchestration' },
  { route: '/quiz', name: 'quiz', url: './#/quiz' },
  { route: '/quiz/results/:quizId', name: 'quiz results of a quiz not in the history', url: './#/quiz/results/no-such-quiz' },
  { route: '/weak', name: 'weak topics', url: './#/weak' },
  { route: '/cards', name: 'cards', url: './#/cards' },
  { route: '/stats', name: 'stats', url: './#/stats' },
  { route: '/settings', name: 'settings', url: './#/settings' },
  { route: '/decks', name: 'decks', url: './#/decks' },
  { route: '/import', name: 'import notes', url: './#/import' },
  { route: '/data', name: 'data', url: './#/data' },
];

/** Not in the route table: the fallback for any other path. */
export const notFoundVisit: ScreenVisit = { route: '*', name: 'not found', url: './#/no/such/screen' };

/** The `path:` entries of the route table (`paths.<name>.path`, or a path written out), in order. */
export function routePathsInApp(): string[] {
  const source = readFileSync(fileURLToPath(new URL('../../src/app/routes.tsx', import.meta.url)), 'utf8');
  return [...source.matchAll(/\bpath:\s*(?:paths\.(\w+)\.path\b|['"`]([^'"`]+)['"`])/g)].map(([, name, written]) =>
    name ? paths[name as keyof typeof paths].path : written!,
  );
}

/** One visit (or more) per route the app has now, plus not found. */
export function screensOfApp(): ScreenVisit[] {
  const routes = new Set(routePathsInApp());
  return [...visits.filter((visit) => routes.has(visit.route)), notFoundVisit];
}

/** Routes of the app that no visit covers (should be none). */
export function uncoveredRoutes(): string[] {
  return routePathsInApp().filter((route) => !visits.some((visit) => visit.route === route));
}

/** Opens a screen and waits until it has rendered (its h1 shows, nothing is loading). */
export async function openScreen(page: Page, visit: ScreenVisit): Promise<void> {
  await page.goto(visit.url);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}

/**
 * Waits until the app has taken over the prerendered Home of a fresh profile: the prerender only draws (its figures
 * are "–"), and the first render replaces its DOM, so a key pressed or a box measured before then meets the old one.
 */
export async function waitForHomeTakeover(page: Page): Promise<void> {
  const newToday = page.getByRole('region', { name: 'Today' }).locator('.today-stat', { hasText: 'New today' }).locator('.today-figure');
  await expect(newToday).toHaveText('20');
}
