// Accessibility sweep of the built app in Chromium: axe-core finds nothing on any screen, in the light and dark
// themes, whether they come from the system or from the header toggle; the keyboard reaches every control, and
// every control shows where focus is.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { openScreen, screensOfApp, uncoveredRoutes, waitForHomeTakeover, type ScreenVisit } from './screens';

test('every route of the app is in the sweep', () => {
  expect(uncoveredRoutes()).toEqual([]);
});

const themeToggle = (page: Page) => page.getByRole('banner').getByRole('group', { name: 'Theme' });

async function chooseTheme(page: Page, theme: 'System' | 'Light' | 'Dark') {
  const option = themeToggle(page).getByRole('radio', { name: theme });
  await option.check();
  await expect(option).toBeChecked();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no problems on any screen with the system in ${colorScheme} mode`, async ({ page }) => {
    // Visits every screen (or every step of a screen) and checks each: more than one ordinary test's 30 s on a busy machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    for (const visit of screensOfApp()) {
      await openScreen(page, visit);
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme')), visit.name).toBeNull();
      await expectNoAxeViolations(page);
    }
  });
}

for (const [systemScheme, chosen] of [
  ['light', 'Dark'],
  ['dark', 'Light'],
] as const) {
  test(`axe finds no problems on any screen with ${chosen.toLowerCase()} chosen in the toggle (system: ${systemScheme})`, async ({ page }) => {
    // Visits every screen (or every step of a screen) and checks each: more than one ordinary test's 30 s on a busy machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: systemScheme });
    await page.goto('./');
    await chooseTheme(page, chosen);
    await expect(page.locator('html')).toHaveAttribute('data-theme', chosen.toLowerCase());
    for (const visit of screensOfApp()) {
      await openScreen(page, visit);
      await expect(page.locator('html')).toHaveAttribute('data-theme', chosen.toLowerCase());
      await expectNoAxeViolations(page);
    }
  });
}

// Review and quiz change most after they open: the answer side has the grade buttons, a quiz its questions.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no problems on the answer side of a review card (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openScreen(page, { route: '/review', name: 'review', url: './#/review?chapter=kubernetes-architecture' });
    await page.getByRole('button', { name: /Show answer/ }).click();
    await expect(page.getByRole('group', { name: 'How well did you recall it?' }).getByRole('button')).toHaveCount(4);
    await expectNoAxeViolations(page);
  });

  test(`axe finds no problems on a quiz question (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openScreen(page, { route: '/quiz', name: 'quiz', url: './#/quiz' });
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

/**
 * Tabs through the whole page from the top and reports which controls were never reached. A radio group is one
 * Tab stop, so it counts as reached when any of its radios gets focus. Every control that gets focus must show a
 * focus indicator (an outline on it, on its label, or on the ::after that draws its hit area); the browser draws
 * its own for the parts inside a field (a date field's calendar button).
 */
async function tabThroughPage(page: Page): Promise<{ unreached: string[]; withoutFocusRing: string[]; stops: number }> {
  const total = await page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const isShown = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return style.visibility !== 'hidden' && style.display !== 'none' && (box.width > 0 || box.height > 0 || element.closest('label') !== null);
    };
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) => !(element as HTMLButtonElement).disabled && !element.closest('[inert], [hidden], details:not([open]) > :not(summary)') && isShown(element),
    );
    controls.forEach((element, index) => element.setAttribute('data-tab-check', String(index)));
    return controls.length;
  });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => window.scrollTo(0, 0));

  const reached = new Set<string>();
  const withoutFocusRing: string[] = [];
  let stops = 0;
  let first: string | null = null;
  // A date field takes several presses (day, month, year), so allow more presses than controls.
  for (let press = 0; press < total * 3 + 10; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const visible = (style: CSSStyleDeclaration) => style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      // Focus inside a field's own browser parts (a date field's calendar button) is drawn by the browser.
      const ring =
        !element.matches(':focus') ||
        visible(getComputedStyle(element)) ||
        visible(getComputedStyle(element, '::after')) ||
        (element.closest('label') !== null && visible(getComputedStyle(element.closest('label')!)));
      const name = element.getAttribute('aria-label') ?? (element.textContent?.trim() || element.getAttribute('name') || element.tagName);
      return {
        index: element.getAttribute('data-tab-check'),
        group: element instanceof HTMLInputElement && element.type === 'radio' ? element.name : null,
        description: `${element.tagName.toLowerCase()} "${name.slice(0, 40)}"`,
        ring,
      };
    });
    if (!focused) break;
    // Back at the first stop: the Tab order has gone round the page once.
    if (stops > 0 && focused.index !== null && focused.index === first) break;
    stops += 1;
    first ??= focused.index;
    if (focused.index !== null) reached.add(focused.index);
    if (focused.group !== null) reached.add(`group:${focused.group}`);
    if (!focused.ring && !withoutFocusRing.includes(focused.description)) withoutFocusRing.push(focused.description);
  }

  const unreached = await page.evaluate(
    (reachedKeys) => {
      const done = new Set(reachedKeys);
      return [...document.querySelectorAll<HTMLElement>('[data-tab-check]')]
        .filter((element) => {
          const radioGroup = element instanceof HTMLInputElement && element.type === 'radio' ? `group:${element.name}` : null;
          return !done.has(element.getAttribute('data-tab-check')!) && !(radioGroup && done.has(radioGroup));
        })
        .map((element) => `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`);
    },
    [...reached],
  );
  return { unreached, withoutFocusRing, stops };
}

// The notes screen (the most links) and the settings screen (the most form controls).
const keyboardScreens: readonly ScreenVisit[] = [
  { route: '/chapters/:chapterId', name: 'chapter notes', url: './#/chapters/kubernetes-architecture' },
  { route: '/settings', name: 'settings', url: './#/settings' },
];

for (const visit of keyboardScreens) {
  test(`the keyboard reaches every control of the ${visit.name} screen, each with a visible focus ring`, async ({ page }) => {
    await openScreen(page, visit);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toHaveCount(0);
    const { unreached, withoutFocusRing, stops } = await tabThroughPage(page);
    expect(stops, 'Tab stops on the page').toBeGreaterThan(5);
    expect(unreached, 'controls Tab never reached').toEqual([]);
    expect(withoutFocusRing, 'controls without a visible focus ring').toEqual([]);
  });
}

test('the skip link is the first Tab stop and moves focus to the screen', async ({ page }) => {
  await openScreen(page, screensOfApp()[0]!);
  await waitForHomeTakeover(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});
