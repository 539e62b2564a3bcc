// index.html arrives with Home already drawn: it reads without JavaScript, the app takes it over without errors
// (a click made meanwhile is not lost), and any other route starts from a clean page.
import { expect, test } from './fixtures';

const DECK_TITLE = 'Kubernetes';
const CHAPTERS = ['Container Orchestration', 'Kubernetes', 'Kubernetes Architecture', 'Installing Kubernetes'];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('home shows the deck title and its chapters', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: DECK_TITLE })).toBeVisible();
    const chapters = page.getByRole('list', { name: 'Chapters' }).getByRole('listitem');
    await expect(chapters).toHaveCount(CHAPTERS.length);
    for (const [index, title] of CHAPTERS.entries()) await expect(chapters.nth(index)).toContainText(title);
    await expect(page.getByRole('listitem', { name: 'Installing Kubernetes' })).toContainText('No notes yet');
    // The figures need stored study data: placeholders until the app runs.
    await expect(page.getByRole('region', { name: 'Today' }).locator('.today-figure').first()).toHaveText('–');
  });
});

test('the app takes over the prerendered home without errors and fills in the figures', async ({ page }) => {
  await page.goto('./');
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today.locator('.today-stat', { hasText: 'New today' }).locator('.today-figure')).toHaveText('20');
  await expect(page.getByRole('heading', { level: 1, name: DECK_TITLE })).toHaveCount(1);
  await expect(page).toHaveTitle(`${DECK_TITLE} · Study Deck`);
  // Taken over, not just painted: the header's links navigate inside the app.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
  await expect(page).toHaveURL(/#\/review$/);
  // The review screen's title is the deck's too: Home is gone when its chapters are, and the review is there.
  await expect(page.getByRole('list', { name: 'Chapters' })).toHaveCount(0);
  await expect(page.getByText('Review · all chapters')).toBeVisible();
});

test('a chapter link clicked as soon as home shows still opens the chapter', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Kubernetes Architecture', exact: true }).click();
  await expect(page).toHaveURL(/#\/chapters\/kubernetes-architecture$/);
  await expect(page.getByRole('list', { name: 'Chapters' })).toHaveCount(0);
});

test('opening another route directly shows that screen and nothing of home', async ({ page }) => {
  await page.goto('./#/review');
  await expect(page.getByRole('progressbar', { name: 'Session progress' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Chapters' })).toHaveCount(0);
  await expect(page.getByText('Your deck')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' })).toHaveAttribute('aria-current', 'page');
});
