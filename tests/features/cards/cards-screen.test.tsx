// The card browser on the owner's real deck over a real store: filter, sort, select many (mouse and keyboard), act on
// the selection (suspend → out of the review queue, forget, reschedule, flag) and undo, and the focused card's
// history listing a review and a quiz answer with their sources.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CardsScreen } from '../../../src/features/cards/cards-screen';
import { Rating, State } from '../../../src/domain/progress';
import { cardValue } from '../../../src/domain/card-map';
import { buildReviewQueue } from '../../../src/domain/review-queue';
import { WHOLE_DECK } from '../../../src/domain/study-scope';
import type { StudyStore } from '../../../src/store/create-study-store';
import { deck, ETCD, KUBELET, POD, reviewCard, setProgress } from '../weak-topics/insights-harness';
import { DAY, makeStore, MINUTE, renderAt, T0 } from '../screen-test-kit';
import { deckLog, deckProgress } from '../../study-data-kit';

const KUBE_PROXY = 'kubernetes-architecture/definition/kube-proxy';

/** Kubelet, ETCD and Pod in review, due today; Kube-proxy due in 10 days. */
function studiedStore(): StudyStore {
  const store = makeStore();
  setProgress(store, {
    [KUBELET]: reviewCard({ daysAgo: 3, stability: 3, dueInDays: 0 }),
    [ETCD]: reviewCard({ daysAgo: 4, stability: 4, dueInDays: 0 }),
    [POD]: reviewCard({ daysAgo: 5, stability: 5, dueInDays: 0, lapses: 9 }),
    [KUBE_PROXY]: reviewCard({ daysAgo: 5, stability: 15, dueInDays: 10 }),
  });
  return store;
}

function renderCards(store: StudyStore) {
  renderAt('#/cards', store, <CardsScreen deck={deck} clock={() => T0} />);
  return screen.getByRole('grid', { name: 'Cards' });
}

const bodyRows = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('aria-selected'));
const frontOf = (row: HTMLElement) => within(row).getAllByRole('gridcell')[0].textContent;
const progressOf = (store: StudyStore, cardId: string) => cardValue(store.getState().progress[deck.id], cardId);
const cardOf = (id: string) => deck.cards.find((card) => card.id === id)!;
const todaysQueue = (store: StudyStore) =>
  buildReviewQueue({
    cards: deck.cards,
    progress: store.getState().progress[deck.id] ?? deckProgress({}),
    log: store.getState().log[deck.id] ?? deckLog([]),
    settings: store.getState().settings,
    now: T0,
    scope: WHOLE_DECK,
  });

async function filterText(user: ReturnType<typeof userEvent.setup>, text: string) {
  const box = screen.getByRole('searchbox', { name: 'Text' });
  await user.clear(box);
  if (text) await user.type(box, text);
}

/** Shows only Kubelet, ETCD, Pod and Kube-proxy: the review cards, in deck order. */
async function showStudied(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'review');
}

// jsdom lays nothing out: the table's scroll box is given a screenful of height, as a browser gives it, so the
// virtualised table draws its first rows.
beforeEach(() => {
  const box = (size: number, measured: () => number) =>
    function (this: Element) {
      return this.classList.contains('card-table-scroll') ? size : measured.call(this);
    };
  const height = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!.get!;
  const width = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!.get!;
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(box(600, height));
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(box(1000, width));
  return () => vi.restoreAllMocks();
});

// Each test renders the screen on the whole deck and clicks through it: seconds on a busy machine.
describe('the card browser', { timeout: 20_000 }, () => {
  it('lists every card of the deck and filters by text, state, chapter, leech and due date', async () => {
    const user = userEvent.setup();
    const grid = renderCards(studiedStore());
    expect(grid).toHaveAttribute('aria-rowcount', String(deck.cards.length + 1));
    expect(screen.getByText(new RegExp(`^${deck.cards.length} cards shown of ${deck.cards.length}`))).toBeInTheDocument();

    await showStudied(user);
    expect(bodyRows(grid).map(frontOf)).toEqual(deck.cards.filter((card) => [KUBELET, KUBE_PROXY, ETCD, POD].includes(card.id)).map((card) => card.prompt));
    await user.click(screen.getByRole('checkbox', { name: 'Leeches only' }));
    expect(bodyRows(grid).map(frontOf)).toEqual([cardOf(POD).prompt]);
    expect(within(bodyRows(grid)[0]).getByText('9 (leech)')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Leeches only' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Due within (days)' }), '0');
    expect(bodyRows(grid)).toHaveLength(3);
    expect(bodyRows(grid).map(frontOf)).not.toContain(cardOf(KUBE_PROXY).prompt);

    await user.clear(screen.getByRole('spinbutton', { name: 'Due within (days)' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), '');
    await filterText(user, 'kube-proxy');
    const matching = deck.cards.filter((card) => `${card.prompt} ${card.answer} ${card.term}`.toLowerCase().includes('kube-proxy'));
    expect(bodyRows(grid).map(frontOf)).toEqual(matching.map((card) => card.prompt));
    expect(bodyRows(grid).map(frontOf)).toContain(cardOf(KUBE_PROXY).prompt);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Chapter' }), 'container-orchestration');
    expect(bodyRows(grid)).toHaveLength(0);
  });

  it('sorts by a column header, both ways, marked with aria-sort', async () => {
    const user = userEvent.setup();
    const grid = renderCards(studiedStore());
    await showStudied(user);
    const stabilityHeader = within(grid).getByRole('columnheader', { name: 'Stability' });
    await user.click(within(stabilityHeader).getByRole('button'));
    expect(stabilityHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyRows(grid).map(frontOf)).toEqual([KUBELET, ETCD, POD, KUBE_PROXY].map((id) => cardOf(id).prompt));
    await user.click(within(stabilityHeader).getByRole('button'));
    expect(stabilityHeader).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRows(grid).map(frontOf)).toEqual([KUBE_PROXY, POD, ETCD, KUBELET].map((id) => cardOf(id).prompt));
    expect(within(grid).getByRole('columnheader', { name: 'Front' })).not.toHaveAttribute('aria-sort');
  });

  it('selects many with clicks (shift for a range, ctrl to add) and the keyboard, and suspends them out of the review queue', async () => {
    const user = userEvent.setup();
    const store = studiedStore();
    const grid = renderCards(store);
    await showStudied(user);
    const sortByStability = within(within(grid).getByRole('columnheader', { name: 'Stability' })).getByRole('button');
    await user.click(sortByStability);
    // Kubelet, ETCD, Pod, Kube-proxy.
    await user.click(bodyRows(grid)[0]);
    await user.keyboard('{Shift>}');
    await user.click(bodyRows(grid)[2]);
    await user.keyboard('{/Shift}');
    expect(bodyRows(grid).map((row) => row.getAttribute('aria-selected'))).toEqual(['true', 'true', 'true', 'false']);
    await user.keyboard('{Control>}');
    await user.click(bodyRows(grid)[1]);
    await user.keyboard('{/Control}');
    expect(screen.getByText('2 cards selected')).toBeInTheDocument();

    // Keyboard: the grid takes focus; ctrl+A, then arrows and shift+arrows.
    grid.focus();
    await user.keyboard('{Control>}a{/Control}');
    expect(screen.getByText('4 cards selected')).toBeInTheDocument();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByText('1 card selected')).toBeInTheDocument();
    await user.keyboard('{Shift>}{ArrowUp}{/Shift}');
    expect(screen.getByText('2 cards selected')).toBeInTheDocument();
    await user.keyboard('{ArrowDown}{ArrowDown} ');
    expect(bodyRows(grid).map((row) => row.getAttribute('aria-selected'))).toEqual(['false', 'false', 'false', 'false']);
    await user.keyboard('{Home}{Shift>}{ArrowDown}{ArrowDown}{/Shift}');
    expect(screen.getByText('3 cards selected')).toBeInTheDocument();

    expect(todaysQueue(store).cardIds).toEqual(expect.arrayContaining([KUBELET, ETCD, POD]));
    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    expect([KUBELET, ETCD, POD].map((id) => progressOf(store, id)?.suspended)).toEqual([true, true, true]);
    expect(todaysQueue(store).cardIds).not.toEqual(expect.arrayContaining([KUBELET]));
    expect(todaysQueue(store).cardIds.filter((id) => [KUBELET, ETCD, POD].includes(id))).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('Suspend: 3 cards changed.');
    // Filtered to cards in review, the suspended ones leave the table.
    expect(bodyRows(grid).map(frontOf)).toEqual([cardOf(KUBE_PROXY).prompt]);

    await user.click(screen.getByRole('button', { name: 'Undo suspend' }));
    expect([KUBELET, ETCD, POD].map((id) => progressOf(store, id)?.suspended)).toEqual([false, false, false]);
    expect(todaysQueue(store).cardIds).toEqual(expect.arrayContaining([KUBELET, ETCD, POD]));
  });

  it('flags, forgets and reschedules the selection, each undone with Ctrl+Z', async () => {
    const user = userEvent.setup();
    const store = studiedStore();
    const grid = renderCards(store);
    await showStudied(user);
    await user.click(bodyRows(grid)[0]);
    const [first] = [KUBELET, KUBE_PROXY, ETCD, POD].filter((id) => cardOf(id).prompt === frontOf(bodyRows(grid)[0]));
    const before = progressOf(store, first)!;

    await user.click(screen.getByRole('button', { name: 'Flag Orange' }));
    expect(progressOf(store, first)?.flag).toBe('orange');
    expect(within(bodyRows(grid)[0]).getByText('Orange')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Flag' }), 'orange');
    expect(bodyRows(grid)).toHaveLength(1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Flag' }), '');

    await user.click(screen.getByRole('button', { name: 'Forget' }));
    expect(progressOf(store, first)?.scheduling.state).toBe(State.New);
    expect(progressOf(store, first)?.flag).toBe('orange');

    grid.focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(progressOf(store, first)?.scheduling).toEqual(before.scheduling);
    await user.keyboard('{Control>}z{/Control}');
    expect(progressOf(store, first)).toEqual(before);

    await user.click(bodyRows(grid)[0]);
    await user.type(screen.getByLabelText('Due on'), '2026-12-24');
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));
    expect(progressOf(store, first)?.scheduling.due).toBe(Date.UTC(2026, 11, 24, 4));
    expect(within(bodyRows(grid)[0]).getByText('2026-12-24')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo reschedule' }));
    expect(progressOf(store, first)).toEqual(before);
  });

  it('shows the focused card’s history with a review and a quiz answer and their sources, its note lines and siblings', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    store.getState().gradeCard(deck.id, KUBELET, Rating.Good, T0 - 3 * DAY, 4000, 'review');
    store.getState().gradeCard(deck.id, KUBELET, Rating.Again, T0 - DAY + 5 * MINUTE, 4000, 'quiz');
    const grid = renderCards(store);
    await filterText(user, 'kubelet');
    await user.click(bodyRows(grid).find((row) => frontOf(row) === cardOf(KUBELET).prompt)!);
    const detail = screen.getByRole('region', { name: 'Kubelet' });
    const history = within(detail).getByRole('table', { name: 'Review history' });
    const lines = within(history).getAllByRole('row').slice(1);
    expect(
      lines.map((line) =>
        within(line)
          .getAllByRole('cell')
          .slice(1, 3)
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Good', 'Review'],
      ['Again', 'Quiz'],
    ]);
    expect(lines[0]).toHaveTextContent('2026-11-24');
    const kubelet = cardOf(KUBELET);
    expect(detail).toHaveTextContent(`From your notes: ${kubelet.source.file}:${kubelet.source.line}`);
    expect(within(detail).getByRole('link', { name: 'Open in notes' })).toHaveAttribute(
      'href',
      `#/chapters/kubernetes-architecture?section=${kubelet.sectionId}&card=${KUBELET}`,
    );
    const siblings = within(within(detail).getByRole('list', { name: 'Siblings' })).getAllByRole('listitem');
    expect(siblings.map((item) => item.textContent)).toEqual([expect.stringMatching(/^Kubelet \(reverse\)/)]);
    await user.click(within(siblings[0]).getByRole('button'));
    expect(screen.getByRole('region', { name: 'Kubelet' })).toHaveTextContent('definition (reverse)');
    expect(within(screen.getByRole('region', { name: 'Kubelet' })).getByText('Never graded.')).toBeInTheDocument();
  });

  it('links the selection to a review of exactly those cards and to a quiz on them', async () => {
    const user = userEvent.setup();
    const grid = renderCards(studiedStore());
    await showStudied(user);
    grid.focus();
    await user.keyboard('{Control>}a{/Control}');
    const ids = [KUBELET, KUBE_PROXY, ETCD, POD].sort((a, b) => deck.cards.findIndex((c) => c.id === a) - deck.cards.findIndex((c) => c.id === b));
    expect(screen.getByRole('link', { name: 'Study these now' })).toHaveAttribute('href', `#/review?cards=${ids.join(',')}&custom=1`);
    expect(screen.getByRole('link', { name: 'Quiz me on these' })).toHaveAttribute('href', `#/quiz?cards=${ids.join(',')}`);
  });
});
