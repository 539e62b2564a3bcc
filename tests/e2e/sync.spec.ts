// Sync in the built app: two browser contexts are two devices, syncing through a real pouchdb-server started here
// (tests/sync-server.ts). Grades cross over, offline grades on both converge with every review kept, settings
// changed on both resolve alike, a server that goes away and comes back is caught up with, and a wrong password or
// a server without CORS is said in words.
import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { startSyncServer, SYNC_ADMIN, type SyncServer } from '../sync-server';
import { expectNoAxeViolations, scrollsSideways } from './fixtures';

// Two devices and two servers per file; each device is its own context, so the app's page fixture is not used.
const test = base;
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let server: SyncServer;
let noCors: SyncServer;
let dbNumber = 0;

test.beforeAll(async () => {
  server = await startSyncServer();
  noCors = await startSyncServer({ cors: false });
});
test.afterAll(async () => {
  await server?.dispose();
  await noCors?.dispose();
});

interface Device {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** Network failures are what these tests provoke (offline, a stopped server, CORS); any other console error fails. */
const isProvokedNetworkError = (text: string) => /Failed to load resource|net::ERR_|blocked by CORS policy|Failed to fetch/.test(text);

async function openDevice(browser: Browser): Promise<Device> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !isProvokedNetworkError(message.text()) && !message.location().url.endsWith('/favicon.ico')) {
      problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems };
}

async function closeDevice(device: Device) {
  expect(device.problems, 'the page reported errors').toEqual([]);
  await device.context.close();
}

async function newDatabaseUrl(): Promise<string> {
  dbNumber += 1;
  const name = `e2e-${Date.now()}-${dbNumber}`;
  await server.createDatabase(name);
  return `${server.origin}/${name}`;
}

const syncRegion = (page: Page) => page.getByRole('region', { name: 'Sync' });

async function fillServer(page: Page, url: string, password: string = SYNC_ADMIN.password) {
  await page.goto('./#/data');
  const region = syncRegion(page);
  await region.getByLabel('Database URL').fill(url);
  await region.getByLabel('User name').fill(SYNC_ADMIN.username);
  await region.getByLabel('Password').fill(password);
  await region.getByRole('button', { name: 'Test connection' }).click();
}

async function turnSyncOn(page: Page, url: string) {
  await fillServer(page, url);
  const region = syncRegion(page);
  await expect(region.getByTestId('sync-test-result')).toHaveText(/^Connected/);
  await expect(region.getByTestId('sync-preview')).toBeVisible();
  await region.getByRole('button', { name: 'Turn sync on' }).click();
  await expect(page.getByTestId('sync-indicator')).toContainText('Synced', { timeout: 20_000 });
}

/** Two devices with sync on against a new database (its URL third), each with `screen` loaded (so it works offline too). */
async function twoSyncedDevices(browser: Browser, screen: string, ready: (page: Page) => Locator): Promise<[Device, Device, string]> {
  const url = await newDatabaseUrl();
  const devices: [Device, Device] = [await openDevice(browser), await openDevice(browser)];
  for (const { page } of devices) {
    await turnSyncOn(page, url);
    // The screen's code is loaded while online (a fresh browser may not have it cached yet).
    await page.goto(screen);
    await expect(ready(page)).toBeVisible();
  }
  return [...devices, url];
}

async function setOffline(devices: readonly Device[], offline: boolean) {
  for (const device of devices) await device.context.setOffline(offline);
}

/** Grades the next `times` cards of the review queue with `grade`. */
async function grade(page: Page, times: number, grade: 'Again' | 'Good' = 'Good') {
  await page.goto('./#/review');
  for (let graded = 0; graded < times; graded += 1) {
    await page.getByRole('button', { name: /^Show answer/ }).click();
    await page
      .getByRole('group', { name: 'How well did you recall it?' })
      .getByRole('button', { name: new RegExp(`^${grade}`) })
      .click();
  }
}

/**
 * The reviews this browser holds, as Backup & export counts them. Replication retries with back-off (up to a minute)
 * after a failure, so the wait covers one full back-off.
 */
async function expectReviews(page: Page, reviews: number) {
  if (!page.url().includes('#/data')) await page.goto('./#/data');
  await expect(page.getByRole('region', { name: 'Export progress' }).getByText(/^In this browser now:/)).toContainText(`, ${reviews} review`, {
    timeout: 75_000,
  });
}

test('a grade on one device shows on the other; the Sync section is labelled, fits 360 px and passes axe', async ({ browser }) => {
  const [laptop, phone] = await twoSyncedDevices(browser, './#/data', (page) => syncRegion(page));
  await grade(laptop.page, 1);
  await expectReviews(phone.page, 1);
  await expect(phone.page.getByTestId('sync-state')).toContainText('Synced');
  await expectNoAxeViolations(phone.page);
  await phone.page.setViewportSize({ width: 360, height: 800 });
  expect(await scrollsSideways(phone.page)).toBe(false);
  await closeDevice(laptop);
  await closeDevice(phone);
});

test('both offline, grading the same and different cards: back online, both keep every review', async ({ browser }) => {
  // Both devices may wait out a back-off after coming back online: up to a minute each.
  test.setTimeout(240_000);
  const [laptop, phone] = await twoSyncedDevices(browser, './#/review', (page) => page.getByRole('button', { name: /^Show answer/ }));
  await setOffline([laptop, phone], true);
  // The queues are alike: the first card is the same on both, the laptop's second is one the phone leaves.
  await grade(laptop.page, 2);
  await grade(phone.page, 1, 'Again');
  await expect(laptop.page.getByTestId('sync-indicator')).toContainText(/Offline|Synced/);
  await expectReviews(laptop.page, 2);
  await expectReviews(phone.page, 1);
  await setOffline([laptop, phone], false);
  await expectReviews(laptop.page, 3);
  await expectReviews(phone.page, 3);
  await closeDevice(laptop);
  await closeDevice(phone);
});

test('a setting changed on both devices resolves to the later change on both', async ({ browser }) => {
  const [laptop, phone] = await twoSyncedDevices(browser, './#/settings', (page) => page.getByLabel('New cards per day'));
  await setOffline([laptop, phone], true);
  const setNewCards = async (page: Page, value: string) => {
    await page.goto('./#/settings');
    await page.getByLabel('New cards per day').fill(value);
    await page.getByRole('button', { name: 'Save settings' }).click();
  };
  await setNewCards(laptop.page, '15');
  // A second later, so the phone's change is the later one.
  await phone.page.waitForTimeout(1100);
  await setNewCards(phone.page, '25');
  await setOffline([laptop, phone], false);
  for (const device of [laptop, phone]) {
    await device.page.goto('./#/settings');
    await expect(device.page.getByLabel('New cards per day')).toHaveValue('25', { timeout: 30_000 });
  }
  await closeDevice(laptop);
  await closeDevice(phone);
});

test('a server stopped mid-sync and restarted: the devices catch up with each other', async ({ browser }) => {
  const [laptop, phone, url] = await twoSyncedDevices(browser, './#/review', (page) => page.getByRole('button', { name: /^Show answer/ }));
  await grade(laptop.page, 2);
  await expectReviews(phone.page, 2);
  await server.stop();
  await grade(laptop.page, 2);
  await expect(laptop.page.getByTestId('sync-indicator')).toContainText('Offline', { timeout: 30_000 });
  await server.start();
  // In memory, the server comes back empty; a real CouchDB keeps its databases.
  await server.createDatabase(url.split('/').pop()!);
  await expectReviews(phone.page, 4);
  await expectReviews(laptop.page, 4);
  await expect(laptop.page.getByTestId('sync-indicator')).toContainText('Synced', { timeout: 60_000 });
  await closeDevice(laptop);
  await closeDevice(phone);
});

test('a wrong password and a server without CORS are said in words, and sync stays off', async ({ browser }) => {
  const url = await newDatabaseUrl();
  const device = await openDevice(browser);
  await fillServer(device.page, url, 'not the password');
  const result = syncRegion(device.page).getByTestId('sync-test-result');
  await expect(result).toHaveText('The server refused the user name or password (401). Check them and try again.');
  await expect(syncRegion(device.page).getByRole('button', { name: 'Turn sync on' })).toBeDisabled();
  await fillServer(device.page, `${noCors.origin}/study`);
  await expect(result).toContainText('does not let this page talk to it: CORS is not enabled');
  await expect(device.page.getByTestId('sync-indicator')).toHaveCount(0);
  await closeDevice(device);
});
