// Search in the built app: nothing typed right after `/` is lost while the search box's code and index load, and the
// results are those of everything typed.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForHomeTakeover } from './screens';

// Scripts must come from the network, where a route can slow them, not from the offline copy: the service worker is
// one that keeps nothing.
test.beforeEach(async ({ context }) => {
  await context.route(/\/sw\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: '// keeps no offline copy' }));
});

/** Every script asked for from now on arrives late, as on a slow connection. */
async function slowScripts(page: Page, delayMs: number): Promise<void> {
  await page.route(/\.js(?:$|\?)/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    await route.continue();
  });
}

async function openAndType(page: Page, text: string) {
  await page.keyboard.press('/');
  await page.keyboard.type(text);
  const dialog = page.getByRole('dialog', { name: 'Search notes and cards' });
  return { dialog, box: dialog.getByRole('combobox', { name: 'Search notes and cards' }) };
}

test('keys typed at once after `/` all reach the box', async ({ page }) => {
  await page.goto('./#/');
  await waitForHomeTakeover(page);
  const { dialog, box } = await openAndType(page, 'kube prox');
  await expect(box).toHaveValue('kube prox');
  await expect(box).toBeFocused();
  await expect(dialog.getByRole('option').first()).toHaveText(/^TermKube-proxy/);
});

test('keys typed while search is still loading are kept, and searched once it is ready', async ({ page }) => {
  await page.goto('./#/stats');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await slowScripts(page, 800);
  const { dialog, box } = await openAndType(page, 'raft');
  // The box is there at once, holding every key, while the rest of search is on its way.
  await expect(box).toHaveValue('raft', { timeout: 500 });
  await expect(dialog.getByRole('status')).toHaveText('Getting search ready…');
  await page.keyboard.type(' consensus');
  await page.keyboard.press('Backspace');
  await expect(box).toHaveValue('raft consensu');
  const first = dialog.getByRole('option').first();
  await expect(first).toContainText('etcd is based on Raft Consensus Algorithm', { timeout: 10_000 });
  await expect(box).toHaveValue('raft consensu');
  await expect(box).toBeFocused();

  // Typing goes on in the same box once search is ready.
  await page.keyboard.type('s');
  await expect(box).toHaveValue('raft consensus');
  await expect(first).toContainText('etcd is based on Raft Consensus Algorithm');
  await expect(first.locator('mark')).toHaveText(['Raft', 'Consensus']);
});
