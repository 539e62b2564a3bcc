// Home's exam panel on the real notes and a real store: mastery per chapter, and with an exam date the countdown,
// predicted recall on exam day per chapter, the cards at risk, the daily plan and, in the last week, Cram.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HomeScreen } from '../../../src/features/home/home-screen';
import { deckSource } from '../../../src/store/deck-library/deck-source';
import type { StudyStore } from '../../../src/store/create-study-store';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { deck, ETCD, KUBE_PROXY, KUBELET, NOMAD, POD, renderInApp, reviewCard, setProgress } from '../weak-topics/insights-harness';
import { DAY, makeStore, T0 } from '../screen-test-kit';

/** Local midnight (TZ is UTC in tests) of the day `days` after T0's. */
const examIn = (days: number) => Date.UTC(2026, 10, 27 + days);

function renderHome(store: StudyStore, now = T0) {
  return renderInApp(
    <StudyStoreContext value={store}>
      <HomeScreen source={deckSource(deck)} clock={() => now} />
    </StudyStoreContext>,
  );
}

/** Five cards studied: four in chapter 3 (Kubelet fading), Nomad in chapter 1. */
function studiedStore(examDate: number | null): StudyStore {
  const store = makeStore();
  setProgress(store, {
    [KUBELET]: reviewCard({ daysAgo: 6, stability: 3, lapses: 2 }),
    [KUBE_PROXY]: reviewCard({ daysAgo: 2, stability: 60, dueInDays: 58 }),
    [POD]: reviewCard({ daysAgo: 2, stability: 60, dueInDays: 58 }),
    [ETCD]: reviewCard({ daysAgo: 2, stability: 8, dueInDays: 6 }),
    [NOMAD]: reviewCard({ daysAgo: 1, stability: 30, dueInDays: 29 }),
  });
  if (examDate !== null) store.getState().updateSettings({ examDate }, T0);
  return store;
}

/** The dashboard part of Home loads on demand (the first time, with the scheduler), so it may take a moment. */
const findPanel = (name: string) => screen.findByRole('region', { name }, { timeout: 10_000 });

const chapterCount = (chapterId: string) => deck.cards.filter((card) => card.chapterId === chapterId).length;

describe('exam readiness on Home', () => {
  it('without an exam date, shows each chapter’s mastery and a way to set one', async () => {
    renderHome(studiedStore(null));
    const panel = await findPanel('Mastery by chapter');
    expect(within(panel).getByRole('link', { name: 'Set an exam date' })).toHaveAttribute('href', '#/settings');
    const bars = within(panel).getAllByRole('img');
    expect(bars).toHaveLength(3);
    expect(bars[2]).toHaveAccessibleName(
      `Mastery of Kubernetes Architecture: 2 mature, 2 young, 0 learning, ${chapterCount('kubernetes-architecture') - 4} new. 4 of ${chapterCount('kubernetes-architecture')} cards studied · 95% average recall.`,
    );
    expect(within(panel).queryByText(/to your exam/)).toBeNull();
  });

  it('counts down to the exam and predicts each chapter’s recall on the day, with the cards at risk', async () => {
    renderHome(studiedStore(examIn(12)));
    const panel = await findPanel('Your exam');
    expect(within(panel).getByText('12 days to your exam')).toBeInTheDocument();
    expect(panel).toHaveTextContent('Wednesday 9 December 2026');
    // Every new card is at risk, and so are Kubelet and ETCD, fading below 90% by then.
    expect(panel).toHaveTextContent(`90% predicted recall on the day · ${deck.cards.length - 3} cards at risk (below your 90% target)`);
    const chapters = within(panel).getByRole('list', { name: 'Mastery by chapter' });
    const lines = within(chapters)
      .getAllByText(/^On exam day:/)
      .map((line) => line.textContent);
    expect(lines).toEqual([
      `On exam day: 95% predicted recall · ${chapterCount('container-orchestration') - 1} at risk`,
      `On exam day: nothing studied yet · ${chapterCount('kubernetes')} at risk`,
      `On exam day: 89% predicted recall · ${chapterCount('kubernetes-architecture') - 2} at risk`,
    ]);
    // Nothing is due today; the new cards are spread over the 12 days (the larger shares first), and ETCD and Kubelet
    // fall due on later days that also take their share of them.
    const newCards = deck.cards.length - 5;
    const today = Math.ceil(newCards / 12);
    expect(panel.querySelector('.exam-plan')).toHaveTextContent(
      `${today} reviews today (0 due, ${today} to catch up), then up to ${today + 1} reviews a day until then: 2 due by the schedule, 0 fading cards to refresh and ${newCards} new cards to learn.`,
    );
    expect(within(panel).queryByRole('link', { name: 'Cram' })).toBeNull();
  });

  it('offers Cram in the last week: a session of the cards most at risk on exam day, lowest recall first', async () => {
    renderHome(studiedStore(examIn(5)));
    const panel = await findPanel('Your exam');
    expect(within(panel).getByText('5 days to your exam')).toBeInTheDocument();
    const cram = within(panel).getByRole('link', { name: 'Cram' });
    const cardIds = new URLSearchParams(cram.getAttribute('href')!.split('?')[1]).get('cards')!.split(',');
    expect(cram.getAttribute('href')).toMatch(/&custom=1$/);
    expect(cardIds).toHaveLength(50);
    // Studied cards by recall on exam day, lowest first, then new cards in deck order.
    expect(cardIds.slice(0, 5)).toEqual([KUBELET, ETCD, NOMAD, POD, KUBE_PROXY]);
    expect(cardIds[5]).toBe(deck.cards[0]!.id);
    expect(panel).toHaveTextContent('A session of the 50 cards with the lowest predicted recall on exam day, lowest first.');
  });

  it('says when the exam is today, and when its date has passed', async () => {
    const { unmount } = renderHome(studiedStore(examIn(0)));
    const today = await findPanel('Your exam');
    expect(within(today).getByText('Your exam is today')).toBeInTheDocument();
    expect(within(today).getByRole('link', { name: 'Cram' })).toBeInTheDocument();
    unmount();

    renderHome(studiedStore(examIn(0)), T0 + 2 * DAY);
    const passed = await findPanel('Your exam');
    expect(within(passed).getByText('Your exam date has passed')).toBeInTheDocument();
    expect(within(passed).getByRole('link', { name: 'Set a new date or clear it in Settings' })).toHaveAttribute('href', '#/settings');
    expect(within(passed).queryByText(/^On exam day/)).toBeNull();
  });
});

describe('what if I study N minutes a day', () => {
  it('predicts more recalled on exam day with enough minutes a day to keep up, against stopping now, and refuses a bad figure', async () => {
    const { default: userEvent } = await import('@testing-library/user-event');
    const user = userEvent.setup();
    renderHome(studiedStore(examIn(12)));
    const panel = await findPanel('Your exam');
    const form = await within(panel).findByRole('form', { name: 'What if I study every day' }, { timeout: 10_000 });
    const minutes = within(form).getByLabelText('What if I study, minutes a day');
    const recallAt = async (value: string) => {
      await user.clear(minutes);
      await user.type(minutes, value);
      await user.click(within(form).getByRole('button', { name: 'Predict' }));
      const text = within(form).getByRole('status').textContent ?? '';
      const match = /: (\d+)% recalled on the day; (\d+)% if you stop now\.$/.exec(text);
      if (!match) throw new Error(`no prediction in “${text}”`);
      return { recall: Number(match[1]), idle: Number(match[2]), text };
    };
    // One minute a day cannot even learn the new cards; half an hour keeps up with the schedule.
    const one = await recallAt('1');
    const thirty = await recallAt('30');
    expect(one.text).toMatch(/^With 1 minute a day \(about \d+ cards a day\) until the exam: /);
    expect(thirty.recall).toBeGreaterThan(one.recall);
    expect(one.recall).toBeGreaterThan(one.idle);
    expect(await recallAt('30')).toEqual(thirty);
    await user.clear(minutes);
    await user.type(minutes, '0');
    await user.click(within(form).getByRole('button', { name: 'Predict' }));
    expect(within(form).getByRole('status')).toHaveTextContent('Minutes a day must be a whole number from 1 to 600.');
  }, 30_000);
});
