// Waiting for the app's service worker in browser tests: offline checks must start once it controls the page.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Waits until the service worker is installed, activated and in control of this page. */
export async function waitForServiceWorkerControl(page: Page, timeout?: number): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
  // Control is claimed while the worker activates; its precache is complete once it is activated.
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout }).toBe('activated');
}
