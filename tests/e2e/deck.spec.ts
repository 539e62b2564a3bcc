// The built app on the real notes, in Chromium.
import type { Deck } from '../../src/domain/deck';
import { buildDeck } from '../../src/pipeline/build-deck';
import { readNotes } from '../../src/pipeline/node/read-notes';
import { expect, expectNoAxeViolations, scrollsSideways, test } from './fixtures';

const CHAPTERS = ['Container Orchestration', 'Kubernetes', 'Kubernetes Architecture', 'Installing Kubernetes'];

// The same deck the build serves as `virtual:deck`, to know which counts the screens must show.
let deck: Deck;
test.beforeAll(async () => {
  deck = buildDeck((await readNotes(['content'])).sources);
});

function expectedCounts(chapterId: string) {
  const cards = deck.cards.filter((card) => card.chapterId === chapterId);
  const notes = (kinds: string[]) => new Set(cards.filter((card) => !card.reverse && kinds.includes(card.kind)).map((card) => card.noteId)).size;
  return {
    definitions: notes(['definition']),
    lists: notes(['enumeration']),
    other: notes(['question', 'cloze']),
    cards: cards.length,
    reverse: cards.filter((card) => card.reverse).length,
  };
}

test('home shows the deck title and the four chapters with their card counts', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('Kubernetes · Study Deck');
  await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes' })).toBeVisible();
  const chapters = page.getByRole('list', { name: 'Chapters' }).getByRole('listitem');
  await expect(chapters.getByRole('heading', { level: 2 })).toHaveText(CHAPTERS);

  for (const [index, chapter] of deck.chapters.slice(0, 3).entries()) {
    const counts = expectedCounts(chapter.id);
    expect(counts.definitions, `${chapter.title} has definitions`).toBeGreaterThan(0);
    const item = chapters.nth(index);
    await expect(item.locator('.count', { hasText: 'Definitions' }).locator('dd')).toHaveText(String(counts.definitions));
    await expect(item.locator('.count', { hasText: 'Lists' }).locator('dd')).toHaveText(String(counts.lists));
    await expect(item.locator('.count', { hasText: 'Other' }).locator('dd')).toHaveText(String(counts.other));
    await expect(item).toContainText(`${counts.cards} cards to study, including ${counts.reverse} reverse cards`);
  }
  await expect(chapters.nth(3)).toContainText('No notes yet');
  await expectNoAxeViolations(page);
});

test('chapter 3 shows its concepts, with Kubelet’s definition', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Kubernetes Architecture', exact: true }).click();
  await expect(page).toHaveURL(/#\/chapters\/kubernetes-architecture$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes Architecture' })).toBeVisible();
  // The notes are rendered as the author's outline; each concept's term is marked with its mastery.
  const kubelet = page.getByRole('button', { name: 'Kubelet, mastery: new' });
  await expect(page.getByRole('listitem').filter({ has: kubelet }).last()).toContainText('Agent that runs on each WN and communicates with MN');
  const apiServer = page.getByRole('button', { name: 'API Server, mastery: new' });
  await expect(page.getByRole('listitem').filter({ has: apiServer }).last()).toContainText('admin tasks performed via API server in MN');
  await kubelet.click();
  await expect(page.getByText(/From your notes: content\/03-kubernetes-architecture\.md:\d+/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('chapter 4 says it has no notes yet', async ({ page }) => {
  await page.goto('./#/chapters/installing-kubernetes');
  await expect(page.getByRole('heading', { level: 1, name: 'Installing Kubernetes' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'No notes yet' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
});

test('a deep link opens the chapter at its section, and survives a reload', async ({ page }) => {
  const section = deck.chapters
    .find((chapter) => chapter.id === 'kubernetes-architecture')
    ?.sections.find((candidate) => candidate.title === 'Networking Challenges');
  expect(section).toBeDefined();
  await page.goto(`./#/chapters/kubernetes-architecture?section=${section!.id}`);
  const heading = page.getByRole('heading', { level: 2, name: 'Networking Challenges' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Networking Challenges' })).toBeFocused();
});

test('an unknown route shows not found, with a way home', async ({ page }) => {
  await page.goto('./#/no/such/screen');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to home' }).click();
  await expect(page.getByRole('list', { name: 'Chapters' })).toBeVisible();
});

test('works at 360 px wide without sideways scrolling, in light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const route of ['./', './#/chapters/kubernetes-architecture', './#/chapters/installing-kubernetes']) {
      await page.goto(route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await scrollsSideways(page), `${route} in ${colorScheme} scrolls sideways`).toBe(false);
      await expectNoAxeViolations(page);
    }
  }
});
