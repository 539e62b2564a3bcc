// Shared set-up for browser tests: a test fails on any console error or uncaught page error,
// and `expectNoAxeViolations` checks a page with axe-core (WCAG 2.1 A/AA rules).
import { createRequire } from 'node:module';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

// Chromium asks for /favicon.ico on its own when the page names no icon; that miss is not the app's error.
const isFaviconMiss = (url: string) => new URL(url, 'http://host/').pathname.endsWith('/favicon.ico');

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error' || isFaviconMiss(message.location().url)) return;
      problems.push(`console error: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await use(page);
    expect(problems, 'the page reported errors').toEqual([]);
  },
});

export { expect };

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core on the current page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Colours fade between states (a theme switch, a hover); contrast is judged on where they settle, not mid-fade.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  await page.addScriptTag({ path: axeScript });
  const options: RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };
  const results = await page.evaluate(
    (runOptions) => (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(document, runOptions),
    options,
  );
  const violations = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(violations, `axe found problems on ${page.url()}`).toEqual([]);
}

/** True when the page is wider than the viewport (a horizontal scrollbar would appear). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
