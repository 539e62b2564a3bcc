// Small screens and themes in Chromium: no screen scrolls sideways at 360 px, the main nav and the primary actions
// are comfortable tap targets, the theme follows the system until the learner picks one in the header and is
// remembered across reloads, and nothing moves for a learner who asked for reduced motion.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openScreen, screensOfApp, waitForHomeTakeover } from './screens';

const PHONE = { width: 360, height: 740 };
const MIN_TAP = 44;

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Buttons and links of the header and the primary actions whose box is under 44 px in either direction. */
function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate((minimum) => {
    const targets = document.querySelectorAll<HTMLElement>(
      'header a, header button, header label, .button, button.button-primary, .actions a, .actions button',
    );
    return [...targets]
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < minimum || box.height < minimum)
      .map(
        ({ element, box }) =>
          `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 30) ?? ''}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  }, MIN_TAP);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no screen is wider than 360 px, and tap targets are at least 44 px (${colorScheme})`, async ({ page }, testInfo) => {
    // Visits every screen (or every step of a screen) and checks each: more than one ordinary test's 30 s on a busy machine.
    test.setTimeout(120_000);
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme });
    for (const visit of screensOfApp()) {
      await openScreen(page, visit);
      expect(await pageWidth(page), `${visit.name} scrolls sideways`).toBeLessThanOrEqual(PHONE.width);
      expect(await smallTapTargets(page), `small tap targets on ${visit.name}`).toEqual([]);
      await testInfo.attach(`${visit.name}-${colorScheme}-360.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    }
  });
}

test('the header keeps brand, nav and theme toggle inside 360 px, brand and toggle on one row, and every nav link whole when wide', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('./');
  await waitForHomeTakeover(page);
  const header = page.getByRole('banner');
  for (const part of [
    header.getByRole('link', { name: /Study Deck/ }),
    header.getByRole('navigation', { name: 'Main' }),
    header.getByRole('group', { name: 'Theme' }),
  ]) {
    await expect(part).toBeVisible();
    const box = (await part.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  }

  await page.setViewportSize({ width: 1280, height: 800 });
  const brandBox = (await header.getByRole('link', { name: /Study Deck/ }).boundingBox())!;
  const toggleBox = (await header.getByRole('group', { name: 'Theme' }).boundingBox())!;
  expect(Math.abs(brandBox.y + brandBox.height / 2 - (toggleBox.y + toggleBox.height / 2))).toBeLessThan(4);

  // From a small laptop up, every link of the nav shows whole: none is cut off at the nav's edge.
  for (const width of [800, 1280, 1600]) {
    await page.setViewportSize({ width, height: 800 });
    const nav = header.getByRole('navigation', { name: 'Main' });
    const navBox = (await nav.boundingBox())!;
    for (const link of await nav.getByRole('link').all()) {
      const box = (await link.boundingBox())!;
      expect(box.x, `${await link.textContent()} at ${width} px`).toBeGreaterThanOrEqual(navBox.x);
      expect(box.x + box.width, `${await link.textContent()} at ${width} px`).toBeLessThanOrEqual(navBox.x + navBox.width);
    }
  }
});

const backgroundOf = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme follows the system until one is chosen, and the choice is remembered across reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const toggle = page.getByRole('banner').getByRole('group', { name: 'Theme' });
  await expect(toggle.getByRole('radio', { name: 'System' })).toBeChecked();
  const lightBackground = await backgroundOf(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const darkBackground = await backgroundOf(page);
  expect(darkBackground).not.toBe(lightBackground);
  await expect(page.locator('meta[name="theme-color"][media*="dark"]')).toHaveAttribute('content', '#1a1e28');

  // The system says dark, the learner says light.
  await toggle.getByRole('radio', { name: 'Light' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await backgroundOf(page)).toBe(lightBackground);
  await expect(page.locator('meta[name="theme-color"][media*="dark"]')).toHaveAttribute('content', '#ffffff');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('banner').getByRole('radio', { name: 'Light' })).toBeChecked();
  expect(await backgroundOf(page)).toBe(lightBackground);

  // Back to the system's choice, also remembered.
  await page.getByRole('banner').getByRole('radio', { name: 'System' }).check();
  await page.reload();
  await expect(page.getByRole('banner').getByRole('radio', { name: 'System' })).toBeChecked();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await backgroundOf(page)).toBe(darkBackground);
});

test('the stored theme is on the page before the app renders (no flash of the other theme)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  await page.getByRole('banner').getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Record the theme at the moment the app first puts anything in #root.
  await page.addInitScript(() => {
    new MutationObserver((_changes, observer) => {
      const root = document.getElementById('root');
      if (!root || root.childElementCount === 0) return;
      (window as unknown as { themeAtFirstRender: string | null }).themeAtFirstRender = document.documentElement.getAttribute('data-theme');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { themeAtFirstRender: string | null }).themeAtFirstRender)).toBe('dark');
});

test('nothing animates for a learner who asked for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const visit of screensOfApp()) {
    await openScreen(page, visit);
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => {
          const style = getComputedStyle(element);
          const durations = `${style.transitionDuration},${style.animationDuration}`.split(',').map((value) => parseFloat(value) || 0);
          return durations.some((seconds) => seconds > 0) || element.getAnimations().length > 0;
        })
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    );
    expect(moving, `${visit.name} animates under reduced motion`).toEqual([]);
  }
});
