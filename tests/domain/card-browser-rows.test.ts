// The card browser's rows over the owner's real notes, at an exact `now`: figures per card, sorting, filtering.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardBrowserRows, filterRows, NO_FILTER, reviewCounts, sortRows, type CardRow, type RowFilter } from '../../src/domain/card-browser-rows';
import { cardHistory } from '../../src/domain/card-history';
import { defaultStudySettings, Rating, State, type CardProgress, type Grade, type ReviewEntry } from '../../src/domain/progress';
import { gradeCard, newSchedulingState, schedulerOptionsFrom } from '../../src/domain/scheduler';
import { buildDeck } from '../../src/pipeline/build-deck';
import { sharedNotesPath } from '../paths';
import { deckProgress } from '../study-data-kit';

const deck = buildDeck([{ path: 'notes/kubernetes-notes.md', text: readFileSync(sharedNotesPath('kubernetes-notes.md'), 'utf8') }]);
const options = schedulerOptionsFrom(defaultStudySettings, false);
/** 27 Nov 2026, 09:00 UTC (TZ is UTC in tests; study days start at 04:00). */
const NOW = Date.UTC(2026, 10, 27, 9, 0);
const DAY = 86_400_000;
const CLOCK = { now: NOW, dayStartHour: 4 };

const byTerm = (term: string, reverse = false) => {
  const card = deck.cards.find((candidate) => candidate.kind === 'definition' && candidate.reverse === reverse && candidate.term === term);
  if (!card) throw new Error(`no card for ${term}`);
  return card;
};
const KUBELET = byTerm('Kubelet');
const ETCD = byTerm('ETCD');
const POD = deck.cards.find((card) => card.term === 'Pod' && !card.reverse)!;

/** Kubelet graded Good 10 and 3 days ago (from the review screen, then a quiz); ETCD suspended and flagged red; Pod a leech. */
function studied(): { progress: Record<string, CardProgress>; log: ReviewEntry[] } {
  const log: ReviewEntry[] = [];
  const grade = (cardId: string, state: CardProgress['scheduling'] | null, rating: Grade, at: number, origin: ReviewEntry['origin']) => {
    const before = state ?? newSchedulingState(at);
    log.push({ cardId, at, rating, stateBefore: before.state, durationMs: 4000, origin });
    return gradeCard(before, rating, at, options).next;
  };
  let kubelet = grade(KUBELET.id, null, Rating.Good, NOW - 10 * DAY, 'review');
  kubelet = grade(KUBELET.id, kubelet, Rating.Good, NOW - 3 * DAY, 'quiz');
  const etcd = grade(ETCD.id, null, Rating.Easy, NOW - 5 * DAY, 'review');
  const pod = { ...grade(POD.id, null, Rating.Good, NOW - 20 * DAY, 'review'), lapses: 9, state: State.Review };
  return {
    progress: {
      [KUBELET.id]: { scheduling: kubelet, suspended: false },
      [ETCD.id]: { scheduling: etcd, suspended: true, flag: 'red' },
      [POD.id]: { scheduling: pod, suspended: false, flag: 'blue' },
    },
    log,
  };
}

function rows(): CardRow[] {
  const { progress, log } = studied();
  return cardBrowserRows({ deck, progress: deckProgress(progress), reviews: reviewCounts(log), now: NOW, options });
}
const rowOf = (all: readonly CardRow[], cardId: string) => all.find((row) => row.card.id === cardId)!;
const ids = (all: readonly CardRow[]) => all.map((row) => row.card.id);

describe('card browser rows', () => {
  it('has one row per card of the deck, in deck order, with each card’s schedule as figures', () => {
    const all = rows();
    expect(ids(all)).toEqual(deck.cards.map((card) => card.id));
    const { progress } = studied();
    const kubelet = rowOf(all, KUBELET.id);
    expect(kubelet).toMatchObject({
      front: KUBELET.prompt,
      kind: 'definition',
      chapterTitle: deck.chapters.find((chapter) => chapter.id === KUBELET.chapterId)!.title,
      state: 'review',
      due: progress[KUBELET.id].scheduling.due,
      intervalDays: progress[KUBELET.id].scheduling.scheduledDays,
      stability: progress[KUBELET.id].scheduling.stability,
      reviews: 2,
      lapses: 0,
      flag: null,
      leech: false,
    });
    expect(kubelet.retrievability).toBeGreaterThan(0.8);
    expect(kubelet.retrievability).toBeLessThan(1);
    expect(rowOf(all, ETCD.id)).toMatchObject({ state: 'suspended', flag: 'red', reviews: 1 });
    expect(rowOf(all, POD.id)).toMatchObject({ leech: true, lapses: 9, flag: 'blue' });
    expect(rowOf(all, KUBELET.id.concat('/reverse'))).toMatchObject({ state: 'new', due: null, retrievability: null, reviews: 0 });
  });

  it('sorts by any column, either way, new cards’ missing figures last, ties in deck order', () => {
    const all = rows();
    const byDue = sortRows(all, { column: 'due', direction: 'ascending' });
    const dues = byDue.slice(0, 3).map((row) => row.due!);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(ids(byDue.slice(0, 3)).sort()).toEqual([KUBELET.id, ETCD.id, POD.id].sort());
    expect(byDue[3].due).toBeNull();
    expect(ids(byDue.slice(3))).toEqual(ids(all).filter((id) => ![KUBELET.id, ETCD.id, POD.id].includes(id)));
    const byDueDown = sortRows(all, { column: 'due', direction: 'descending' });
    expect(ids(byDueDown.slice(0, 3))).toEqual(ids(byDue.slice(0, 3)).reverse());
    expect(ids(sortRows(all, { column: 'lapses', direction: 'descending' }).slice(0, 1))).toEqual([POD.id]);
    expect(ids(sortRows(all, { column: 'flag', direction: 'ascending' }).slice(0, 2))).toEqual([ETCD.id, POD.id]);
    const fronts = sortRows(all, { column: 'front', direction: 'ascending' }).map((row) => row.front.toLowerCase());
    expect(fronts).toEqual([...fronts].sort((a, b) => a.localeCompare(b)));
  });

  it('filters by chapter, section, state, leech, flag, due date and text', () => {
    const all = rows();
    const only = (filter: Partial<RowFilter>) => ids(filterRows(all, { ...NO_FILTER, ...filter }, CLOCK));
    const chapterCards = deck.cards.filter((card) => card.chapterId === KUBELET.chapterId).map((card) => card.id);
    expect(only({ chapterId: KUBELET.chapterId })).toEqual(chapterCards);
    expect(only({ sectionId: KUBELET.sectionId })).toEqual(deck.cards.filter((card) => card.sectionId === KUBELET.sectionId).map((card) => card.id));
    expect(only({ state: 'suspended' })).toEqual([ETCD.id]);
    expect(only({ state: 'review' }).sort()).toEqual([KUBELET.id, POD.id].sort());
    expect(only({ state: 'new' })).toHaveLength(deck.cards.length - 3);
    expect(only({ leechesOnly: true })).toEqual([POD.id]);
    expect(only({ flag: 'red' })).toEqual([ETCD.id]);
    expect(only({ flag: 'any' }).sort()).toEqual([ETCD.id, POD.id].sort());
    expect(only({ flag: 'none' })).toHaveLength(deck.cards.length - 2);
    expect(only({ text: 'KUBELET' })).toContain(KUBELET.id);
    expect(only({ text: 'kubelet' }).every((id) => rowOf(all, id).searchText.includes('kubelet'))).toBe(true);
    expect(only({ text: 'no card says this' })).toEqual([]);
  });

  it('keeps the cards due by the end of the Nth study day from today, suspended ones left out', () => {
    const all = rows();
    const kubeletDue = rowOf(all, KUBELET.id).due!;
    const podDue = rowOf(all, POD.id).due!;
    const dayStart = Date.UTC(2026, 10, 28, 4);
    const daysUntil = (due: number) => Math.max(0, Math.ceil((due - dayStart) / DAY));
    const within = (days: number) => ids(filterRows(all, { ...NO_FILTER, dueWithinDays: days }, CLOCK)).sort();
    const expected = (days: number) => [KUBELET.id, POD.id].filter((id) => rowOf(all, id).due! < dayStart + days * DAY).sort();
    for (const days of [0, daysUntil(kubeletDue), daysUntil(podDue), 400]) expect(within(days)).toEqual(expected(days));
    expect(within(400)).toEqual([KUBELET.id, POD.id].sort());
  });
});

describe('a card’s history', () => {
  it('lists every grade with its source and the interval it left, and a forget, oldest first', () => {
    const { log } = studied();
    const reviews = log.filter((entry) => entry.cardId === KUBELET.id);
    const history = cardHistory(reviews, [{ cardId: KUBELET.id, at: NOW - DAY, action: 'forget' }], options);
    const first = gradeCard(newSchedulingState(NOW - 10 * DAY), Rating.Good, NOW - 10 * DAY, options).next;
    const second = gradeCard(first, Rating.Good, NOW - 3 * DAY, options).next;
    expect(history).toEqual([
      { kind: 'grade', at: NOW - 10 * DAY, rating: Rating.Good, origin: 'review', intervalAfterMs: first.due - (NOW - 10 * DAY) },
      { kind: 'grade', at: NOW - 3 * DAY, rating: Rating.Good, origin: 'quiz', intervalAfterMs: second.due - (NOW - 3 * DAY) },
      { kind: 'forget', at: NOW - DAY },
    ]);
  });
});
