// Offline and storage problems in Chromium: after the first visit the service worker serves the whole app (every
// screen, reloads included) with no network; the app is installable (manifest, icons); a new version waits until
// the learner reloads from the update banner; and with no localStorage at all (private mode) the app still opens,
// says its progress will not be kept, and grading works for the session.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { openScreen, screensOfApp } from './screens';
import { waitForServiceWorkerControl } from './service-worker';

test('the first visit is enough: going offline right after, a screen that was never opened still loads', async ({ page, context }) => {
  await page.goto('./');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);

  // The chapter screen is a lazy chunk this page has not loaded yet: it must come from the precache.
  await page.getByRole('link', { name: 'Kubernetes Architecture', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes Architecture' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Agent that runs on each WN');
});

test('offline, the app reloads and every screen works', async ({ page, context }) => {
  // Two page loads per screen of the route table (about 17 s on a quiet machine): its time grows with the routes.
  test.setTimeout(90_000);
  await page.goto('./');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Chapters' }).getByRole('listitem')).toHaveCount(4);

  await page.getByRole('link', { name: 'Kubernetes Architecture', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes Architecture' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('admin tasks performed via API server in MN');

  // A deep link opened fresh (not from inside the app) while offline.
  await page.goto('./#/chapters/container-orchestration');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Container Orchestration' })).toBeVisible();

  // Every screen of the route table (home, chapters, review, settings, and quiz, stats, … as they are added).
  for (const visit of screensOfApp()) {
    await page.goto(visit.url);
    await page.reload();
    await openScreen(page, visit);
  }
});

test('offline, a review can be studied and graded', async ({ page, context }) => {
  await page.goto('./');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.goto('./#/review?chapter=kubernetes-architecture');
  await page.reload();

  await page.getByRole('button', { name: /Show answer/ }).click();
  await page
    .getByRole('group', { name: 'How well did you recall it?' })
    .getByRole('button', { name: /^Good\b/ })
    .click();
  await expect(page.getByRole('button', { name: 'End session' })).toBeVisible();
});

test('offline, a quiz can be started and shows its first question', async ({ page, context }) => {
  await page.goto('./');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.goto('./#/quiz');
  await page.reload();

  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
});

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

interface BuildCopy {
  url: string;
  /** Serves a changed service worker from now on, as a new deployment would. */
  deployNewVersion: () => void;
  close: () => Promise<void>;
}

/**
 * A copy of the built app on a server of its own (fetched from the preview server: the worker script, its
 * Workbox runtime and every file it precaches), so a test can deploy a "new version" without touching the build.
 */
async function serveCopyOfBuild(request: APIRequestContext, baseURL: string): Promise<BuildCopy> {
  const files = new Map<string, Buffer>();
  const fetchFile = async (file: string) => {
    const response = await request.get(new URL(file, baseURL).href);
    expect(response.ok(), file).toBe(true);
    files.set(`/${file}`, await response.body());
  };
  await fetchFile('sw.js');
  const worker = files.get('/sw.js')!.toString('utf8');
  const precached = [...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
  const runtime = [...worker.matchAll(/"\.\/(workbox-[\w-]+)"/g)].map((match) => `${match[1]}.js`);
  expect(precached).toContain('index.html');
  for (const file of new Set([...precached, ...runtime])) await fetchFile(file);

  let version = 1;
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://copy').pathname;
    const file = pathname === '/' ? '/index.html' : pathname;
    let body = files.get(file);
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    if (file === '/sw.js') body = Buffer.concat([body, Buffer.from(`\n// version ${version}\n`)]);
    const type = CONTENT_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    deployNewVersion: () => {
      version += 1;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('a new version waits for the learner: the banner offers Reload, and Later asks again on the next visit', async ({ page, request, baseURL }) => {
  const app = await serveCopyOfBuild(request, baseURL!);
  try {
    await page.goto(app.url);
    await waitForServiceWorkerControl(page);
    const banner = page.getByRole('region', { name: 'App update' });
    await expect(banner).toHaveCount(0);

    app.deployNewVersion();
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await expect(banner.getByRole('status')).toHaveText('A new version is available');

    // Later: the new version keeps waiting, and the next visit offers it again.
    await banner.getByRole('button', { name: 'Later' }).click();
    await expect(banner).toHaveCount(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
    await page.reload();
    await expect(banner).toBeVisible();

    // Reload: the waiting version takes over and the page reloads into it.
    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes' })).toBeVisible();
    await expect(banner).toHaveCount(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  } finally {
    await app.close();
  }
});

test('the banner’s Reload reloads into the new version on the visit that installed the app, too', async ({ page, request, baseURL }) => {
  const app = await serveCopyOfBuild(request, baseURL!);
  try {
    // The first visit installs the app; a new version is deployed before the learner leaves.
    await page.goto(app.url);
    await waitForServiceWorkerControl(page);
    app.deployNewVersion();
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const banner = page.getByRole('region', { name: 'App update' });
    await expect(banner.getByRole('status')).toHaveText('A new version is available');
    await page.evaluate(() => {
      (window as unknown as { beforeReload: boolean }).beforeReload = true;
    });

    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    expect(await page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload ?? false), 'the page reloaded').toBe(false);
    await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes' })).toBeVisible();
    await expect(banner).toHaveCount(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  } finally {
    await app.close();
  }
});

test('the app is installable: a manifest with name, start, scope, display, colours and icons that load', async ({ page }) => {
  await page.goto('./');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBeTruthy();
  const manifestUrl = new URL(manifestHref!, page.url());
  const response = await page.request.get(manifestUrl.href);
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Study Deck', short_name: 'Study Deck', start_url: './', scope: './', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.type}${icon.purpose ? ` ${icon.purpose}` : ''}`)).toEqual(
    expect.arrayContaining(['192x192 image/png', '512x512 image/png', '512x512 image/png maskable']),
  );
  for (const icon of manifest.icons) {
    const iconResponse = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(iconResponse.ok(), icon.src).toBe(true);
    expect(iconResponse.headers()['content-type'], icon.src).toContain(icon.type);
    if (icon.type === 'image/png') {
      // PNG width and height live at bytes 16–23 of the IHDR chunk.
      const png = await iconResponse.body();
      const [width, height] = icon.sizes.split('x').map(Number);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], icon.src).toEqual([width, height]);
    }
  }
});

test('with localStorage unavailable (private mode) the app opens, says so, and grading works for the session', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Progress can’t be saved in this browser mode' })).toBeVisible();

  await page.goto('./#/review?chapter=kubernetes-architecture');
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page
    .getByRole('group', { name: 'How well did you recall it?' })
    .getByRole('button', { name: /^Good\b/ })
    .click();
  await expect(page.getByRole('button', { name: 'End session' })).toBeVisible();

  // The grade is kept in memory: home counts it, and the notice is still there.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.locator('.today-stat', { hasText: 'Reviewed today' }).locator('.today-figure')).toHaveText('1');
  await expect(page.getByRole('status').filter({ hasText: 'Progress can’t be saved in this browser mode' })).toBeVisible();
});
