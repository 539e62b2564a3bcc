// Reading the notes in the built app: search from anywhere with `/`, links that land on their place (highlighted
// and in view), the notes loaded only when the notes screen opens, and the screen accessible at 360 px and in dark.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, scrollsSideways, test } from './fixtures';

const COMPONENTS = 'Explain different components for master and worker nodes';
const COMPONENTS_ID = 'kubernetes-architecture/explain-different-components-for-master-and-worker-nodes';

/** The note documents ship as JSON inside their chunk (quoted one way or another); this text is in no other file. */
const NOTES_MARKERS = ['"blocks":[', '\\"blocks\\":['];

/** The list item whose own line holds a concept's button (not the items around it). */
const itemOf = (page: Page, concept: string) => page.getByRole('button', { name: concept }).locator('xpath=ancestor::li[1]');

/** Scripts the page itself has fetched so far (the service worker's own precaching is not the page's). */
function scriptsLoaded(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /\.js(?:$|\?)/.test(name)),
  );
}

async function holdsNotes(page: Page, url: string): Promise<boolean> {
  const code = await (await page.request.get(url)).text();
  return NOTES_MARKERS.some((marker) => code.includes(marker));
}

test('`/` opens search anywhere; "kubelet" opens its place in the notes, highlighted, focused and in view', async ({ page }) => {
  await page.goto('./#/stats');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search notes and cards' });
  const box = dialog.getByRole('combobox', { name: 'Search notes and cards' });
  await expect(box).toBeFocused();
  await box.pressSequentially('kubelet');
  const first = dialog.getByRole('option').first();
  await expect(first).toContainText('Kubelet');
  await expect(first).toContainText('Chapter 3: Kubernetes Architecture');
  await expect(first.locator('mark')).toHaveText('Kubelet');
  await expectNoAxeViolations(page);

  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/chapters\/kubernetes-architecture\?section=[^&]+&card=kubernetes-architecture\/definition\/kubelet$/);
  const place = itemOf(page, 'Kubelet, mastery: new');
  await expect(place).toBeFocused();
  await expect(place).toHaveClass(/\bis-arrived\b/);
  await expect(place).toBeInViewport();
  await expect(place.getByRole('group', { name: 'Cards: Kubelet' })).toBeVisible();
});

test('a card’s source link on the review screen lands on its place in the notes, highlighted and in view', async ({ page }) => {
  await page.goto('./#/review?cards=kubernetes-architecture/definition/kubelet&custom=1');
  await page.getByRole('button', { name: /Show answer/ }).click();
  const source = page.getByRole('link', { name: `Chapter 3 › ${COMPONENTS}` });
  await expect(source).toHaveAttribute('href', `#/chapters/kubernetes-architecture?section=${COMPONENTS_ID}&card=kubernetes-architecture/definition/kubelet`);
  await source.click();

  // It lands on the card's own line, focused and in view, with the card shown.
  const line = itemOf(page, 'Kubelet, mastery: new');
  await expect(line).toBeFocused();
  await expect(line).toBeInViewport();
  await expect(line.getByRole('group', { name: 'Cards: Kubelet' })).toBeVisible();

  // A link that names only the section lands on its title.
  await page.goto(`./#/chapters/kubernetes-architecture?section=${COMPONENTS_ID}`);
  const title = page.getByRole('heading', { level: 2, name: COMPONENTS });
  await expect(title).toBeFocused();
  await expect(title).toHaveClass(/\bis-arrived\b/);
  await expect(title).toBeInViewport();
});

test('the notes load only when the notes screen opens', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Today' })).toBeVisible();
  const initial = await scriptsLoaded(page);
  for (const url of initial) expect(await holdsNotes(page, url), `${url} holds the notes`).toBe(false);

  // Home swaps its first drawing for the dashboard's just after loading; a click in between can be lost, so retry.
  await expect(async () => {
    await page.getByRole('list', { name: 'Chapters' }).getByRole('link', { name: 'Kubernetes Architecture', exact: true }).click();
    await expect(page).toHaveURL(/#\/chapters\/kubernetes-architecture$/, { timeout: 1000 });
  }).toPass();
  await expect(page.getByRole('region', { name: COMPONENTS }).getByRole('listitem').first()).toBeVisible();
  const opened = (await scriptsLoaded(page)).filter((url) => !initial.includes(url));
  const withNotes = [];
  for (const url of opened) if (await holdsNotes(page, url)) withNotes.push(url);
  expect(withNotes).toHaveLength(1);
});

test('the notes screen with a concept open, and search, are accessible and fit 360 px in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./#/chapters/kubernetes-architecture');
  const section = page.getByRole('region', { name: COMPONENTS });
  await section.getByRole('button', { name: 'API Server, mastery: new' }).click();
  await expect(section.getByRole('group', { name: 'Cards: API Server' })).toBeVisible();
  await expect(section.getByRole('link', { name: 'Quiz this section' }).first()).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);
  await expectNoAxeViolations(page);

  await page.keyboard.press('Escape');
  await expect(section.getByRole('group', { name: 'Cards: API Server' })).toBeHidden();
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('combobox', { name: 'Search notes and cards' }).pressSequentially('contr man');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
});
