// `#/decks`: every deck the learner can study (the built-in one and those imported in this browser), which one is
// active, and switching, renaming and deleting. Each deck keeps its own progress.
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useStore } from 'zustand';
import { plural } from '../../components/card-counts';
import { PageTitle } from '../../components/page-title';
import { useDeckLibrary } from '../../store/deck-library/use-active-deck';
import { deckProgressSize, forgetDeckProgress } from '../../store/deck-library/deck-library-progress';
import { useStudyStore } from '../../store/study-store-context';
import { deckSource } from '../../store/deck-library/deck-source';
import { DeckItem } from './deck-item';
import './decks.css';
import { paths } from '../../config/paths';

interface DecksScreenProps {
  clock?: () => number;
}

/** A message carried across a deck switch (the screen is made anew on the new deck), in the history entry. */
interface DecksHistoryState {
  decksNotice?: string;
}

function noticeFromHistory(): string {
  const state = window.history.state as DecksHistoryState | null;
  return typeof state?.decksNotice === 'string' ? state.decksNotice : '';
}

export function DecksScreen({ clock = Date.now }: DecksScreenProps) {
  const store = useStudyStore();
  const library = useDeckLibrary();
  const builtIn = useStore(library, (state) => state.builtIn.outline);
  const decks = useStore(library, (state) => state.decks);
  const activeDeckId = useStore(library, (state) => state.activeDeckId);
  const status = useStore(library, (state) => state.status);
  const problem = useStore(library, (state) => state.problem);
  const unreadable = useStore(library, (state) => state.unreadable);
  const progress = useStore(store, (state) => state.progress);
  const log = useStore(store, (state) => state.log);
  const [, navigate] = useLocation();
  const [notice, setNotice] = useState(noticeFromHistory);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const activeIsShown = activeDeckId === builtIn.id || decks.some((entry) => entry.deck.id === activeDeckId);

  useEffect(() => {
    void library.getState().load();
  }, [library]);

  // A notice carried over a deck switch is read out by moving focus to it (a new live region is not announced).
  useEffect(() => {
    if (noticeFromHistory()) noticeRef.current?.focus();
  }, []);

  const switchTo = (deckId: string) => {
    navigate(paths.home.href());
    library.getState().activateDeck(deckId);
  };

  const remove = async (deckId: string, title: string, forgetProgress: boolean) => {
    const message = `“${title}” was deleted${forgetProgress ? ' with its progress' : ''}.`;
    // Deleting the active deck switches to the built-in one, which makes this screen anew: the notice goes first.
    if (library.getState().activeDeckId === deckId) {
      navigate(paths.decks.href(), { replace: true, state: { decksNotice: message } satisfies DecksHistoryState });
    }
    await library.getState().deleteDeck(deckId, clock());
    if (forgetProgress) forgetDeckProgress(store, deckId);
    setNotice(message);
    noticeRef.current?.focus();
  };

  const rename = async (deckId: string, title: string) => {
    const { result } = await library.getState().renameDeck(deckId, title, clock());
    setNotice(`Renamed to “${result.deck.title}”.`);
  };

  return (
    <div className="screen container narrow decks-screen">
      <PageTitle title="Decks" />
      <div className="screen-header">
        <p className="eyebrow">Study Deck</p>
        <h1>Decks</h1>
        <p className="lead">Choose what to study. Each deck keeps its own progress.</p>
        <div className="actions">
          <Link href={paths.importNotes.href()} className="button button-primary">
            Import notes
          </Link>
        </div>
      </div>
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
      {unreadable.length > 0 && (
        <p className="notice">
          {plural(unreadable.length, 'stored deck')} could not be read and {unreadable.length === 1 ? 'is' : 'are'} not listed:{' '}
          {unreadable.map((item) => item.key).join(', ')}.
        </p>
      )}
      <p ref={noticeRef} role="status" className="decks-status" tabIndex={-1}>
        {notice}
      </p>
      <ul className="deck-list" aria-label="Decks" aria-busy={status === 'pending'}>
        <DeckItem
          deck={builtIn}
          imported={null}
          active={activeDeckId === builtIn.id || !activeIsShown}
          progress={deckProgressSize({ progress, log }, builtIn.id)}
          onSwitch={() => switchTo(builtIn.id)}
          onRename={() => Promise.resolve()}
          onDelete={() => Promise.resolve()}
        />
        {decks.map((entry) => (
          <DeckItem
            key={entry.deck.id}
            deck={deckSource(entry.deck).outline}
            imported={entry}
            active={entry.deck.id === activeDeckId}
            progress={deckProgressSize({ progress, log }, entry.deck.id)}
            onSwitch={() => switchTo(entry.deck.id)}
            onRename={(title) => rename(entry.deck.id, title)}
            onDelete={(forgetProgress) => remove(entry.deck.id, entry.deck.title, forgetProgress)}
          />
        ))}
      </ul>
      {status === 'ready' && decks.length === 0 && <p className="empty-note">No imported decks yet. Import your own notes to study them here.</p>}
    </div>
  );
}
