// A section's mastery on the notes screen: the state bar, its words, and keeping up with the store.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SectionMastery } from '../../src/components/section-mastery';
import { ChapterScreen } from '../../src/features/notes/chapter-screen';
import { appStudyStore } from '../../src/store/study-store';
import { StudyStoreContext } from '../../src/store/study-store-context';
import { ARCHITECTURE_SECTION, deck, POD, renderInApp, reviewCard, setProgress } from '../features/weak-topics/insights-harness';
import { makeStore, T0 } from '../features/screen-test-kit';

const WORKER_NODE = 'kubernetes-architecture/definition/worker-node';

describe('section mastery', () => {
  it('shows the section’s cards by state, with the share studied and their average recall', () => {
    const store = makeStore();
    setProgress(store, { [POD]: reviewCard({ daysAgo: 2, stability: 30 }) });
    renderInApp(
      <StudyStoreContext value={store}>
        <SectionMastery deck={deck} sectionId={ARCHITECTURE_SECTION} title="Discuss Kubernetes Architecture" clock={() => T0} />
      </StudyStoreContext>,
    );
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Mastery of Discuss Kubernetes Architecture: 1 mature, 0 young, 0 learning, 7 new. 1 of 8 cards studied · 99% average recall.',
    );
    expect(screen.getByText('1 of 8 cards studied · 99% average recall')).toBeInTheDocument();

    act(() => setProgress(store, { [WORKER_NODE]: reviewCard({ daysAgo: 1, stability: 5 }) }));
    expect(screen.getByText('2 of 8 cards studied · 98% average recall')).toBeInTheDocument();
  });

  it('says when nothing in the section is studied yet, and shows under each section of the notes screen', () => {
    renderInApp(<ChapterScreen deck={deck} chapterId="kubernetes-architecture" />, '#/chapters/kubernetes-architecture');
    const section = screen.getByRole('region', { name: 'Discuss Kubernetes Architecture' });
    expect(within(section).getByRole('img', { name: /^Mastery of Discuss Kubernetes Architecture/ })).toBeInTheDocument();
    expect(within(section).getByText('8 cards, none studied yet')).toBeInTheDocument();
    const withMastery = screen.getAllByRole('img', { name: /^Mastery of / });
    // Under each section with cards: ETCD's second fact, the one card of "Discuss Cluster State Management with etcd",
    // is a detail of the ETCD card of the section before it.
    const sections = deck.chapters.find((chapter) => chapter.id === 'kubernetes-architecture')!.sections;
    expect(withMastery).toHaveLength(sections.filter((section) => deck.cards.some((card) => card.sectionId === section.id)).length);
    expect(withMastery).toHaveLength(sections.length - 1);
    expect(appStudyStore().getState().progress).toEqual({});
  });
});
