// Importing your own notes in the built app: the note reader is not part of the first load, an imported deck can be
// studied and survives a reload with its progress, and the built-in deck is one switch away with its own progress.
import type { Page, Request } from '@playwright/test';
import { expect, expectNoAxeViolations, scrollsSideways, test } from './fixtures';
import { repoPath } from '../paths';

const NOTES_FILE = repoPath('tests/fixtures/import/networking-notes.md');

// Chunk file names follow their modules: the import screen, and the pipeline entry it loads.
const isImportScreenChunk = (url: string) => /\/import-notes-screen-[\w-]+\.js$/.test(new URL(url).pathname);
const isPipelineChunk = (url: string) => /\/browser-import-[\w-]+\.js$/.test(new URL(url).pathname);

function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: Request) => {
    if (request.resourceType() === 'script') urls.push(request.url());
  });
  return urls;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const brand = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Study Deck/ });
const reviewedToday = (page: Page) => page.locator('.reviewed-today');

async function importNotesFile(page: Page) {
  await nav(page).getByRole('link', { name: 'Decks' }).click();
  await page.getByRole('link', { name: 'Import notes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import notes' })).toBeVisible();
  await page.getByLabel('Markdown files').setInputFiles(NOTES_FILE);
  await expect(page.getByRole('region', { name: 'Preview: Networking Basics' })).toBeVisible();
}

test('the first load leaves the note reader out; importing a file loads it and adds a deck to study', async ({ page }) => {
  const scripts = recordScripts(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Chapters' })).toBeVisible();
  expect(scripts.filter(isImportScreenChunk), 'import screen chunk on first load').toEqual([]);
  expect(scripts.filter(isPipelineChunk), 'pipeline chunk on first load').toEqual([]);

  await nav(page).getByRole('link', { name: 'Decks' }).click();
  await page.getByRole('link', { name: 'Import notes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import notes' })).toBeVisible();
  expect(scripts.filter(isImportScreenChunk)).toHaveLength(1);
  expect(scripts.filter(isPipelineChunk), 'the note reader waits for notes').toEqual([]);

  await page.getByLabel('Markdown files').setInputFiles(NOTES_FILE);
  const preview = page.getByRole('region', { name: 'Preview: Networking Basics' });
  await expect(preview).toBeVisible();
  expect(scripts.filter(isPipelineChunk)).toHaveLength(1);
  await expect(preview.getByRole('list', { name: 'Addressing' }).getByRole('listitem')).toHaveCount(4);
  await expect(preview.getByRole('region', { name: '1 warning' })).toContainText('networking-notes.md:22');
  await expectNoAxeViolations(page);

  await preview.getByRole('button', { name: 'Add deck' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Networking Basics' })).toBeVisible();
  await expect(brand(page)).toContainText('Networking Basics');
});

test('an imported deck is studied, kept with its progress across a reload, and the built-in deck keeps its own', async ({ page }) => {
  await page.goto('./');
  await importNotesFile(page);
  await page.getByRole('button', { name: 'Add deck' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Networking Basics' })).toBeVisible();

  await nav(page).getByRole('link', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Networking Basics' })).toBeVisible();
  await expect(reviewedToday(page)).toHaveText('0 reviewed today');
  const prompt = page.getByRole('heading', { level: 2 });
  await expect(prompt).toHaveText(/IP address|Subnet|Gateway|Addressing|Which protocol|TTL|DNS name|resolver|addresses|host/);
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('group', { name: 'How well did you recall it?' }).getByRole('button', { name: /Good/ }).click();
  await expect(reviewedToday(page)).toHaveText('1 reviewed today');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Networking Basics' })).toBeVisible();
  await expect(brand(page)).toContainText('Networking Basics');
  await expect(reviewedToday(page)).toHaveText('1 reviewed today');

  await nav(page).getByRole('link', { name: 'Decks' }).click();
  const networking = page.getByRole('listitem', { name: 'Networking Basics' });
  await expect(networking).toContainText('Studying now');
  await expect(networking).toContainText('1 card studied, 1 review');
  await expectNoAxeViolations(page);

  await page.getByRole('listitem', { name: 'Kubernetes' }).getByRole('button', { name: 'Study this deck' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes' })).toBeVisible();
  await expect(brand(page)).toContainText('Kubernetes');
  await nav(page).getByRole('link', { name: 'Review' }).click();
  await expect(reviewedToday(page)).toHaveText('0 reviewed today');

  await page.reload();
  await expect(brand(page)).toContainText('Kubernetes');
});

test('the decks and import screens fit 360 px, light and dark', async ({ page }) => {
  // Colours change at once between schemes (no transitions), so axe measures the final ones.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  await importNotesFile(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await scrollsSideways(page), `import in ${colorScheme} scrolls sideways`).toBe(false);
    await expectNoAxeViolations(page);
  }
  await page.getByRole('button', { name: 'Add deck' }).click();
  await nav(page).getByRole('link', { name: 'Decks' }).click();
  await page.getByRole('listitem', { name: 'Networking Basics' }).getByRole('button', { name: 'Delete…' }).click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await scrollsSideways(page), `decks in ${colorScheme} scrolls sideways`).toBe(false);
    await expectNoAxeViolations(page);
  }
});
