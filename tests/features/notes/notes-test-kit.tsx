// The notes screen over the user's real notes (read from ../shared/ beside the repo), a test's own study store and a
// fixed clock (screen-test-kit.tsx), inside the app's hash router so links read `#/…`.
import { readFileSync } from 'node:fs';
import { waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { emptyCardMap, withCards } from '../../../src/domain/card-map';
import type { Deck } from '../../../src/domain/deck';
import type { NoteDocuments } from '../../../src/domain/note-document';
import { State, type SchedulingState } from '../../../src/domain/progress';
import { ChapterScreen } from '../../../src/features/notes/chapter-screen';
import { buildDeck } from '../../../src/pipeline/build-deck';
import { buildNoteDocuments } from '../../../src/pipeline/note-document';
import type { StudyStore } from '../../../src/store/create-study-store';
import { sharedNotesPath } from '../../paths';
import { DAY, makeStore, renderAt, T0 } from '../screen-test-kit';

const NOTES_PATH = sharedNotesPath('kubernetes-notes.md');

export function notesOf(text: string, file = 'notes.md'): { deck: Deck; documents: NoteDocuments } {
  const sources = [{ path: file, text }];
  const deck = buildDeck(sources);
  return { deck, documents: buildNoteDocuments(sources, deck) };
}

export const userNotes = notesOf(readFileSync(NOTES_PATH, 'utf8'), 'kubernetes-notes.md');

interface RenderNotesOptions {
  deck?: Deck;
  documents?: Promise<NoteDocuments | null>;
  store?: StudyStore;
}

/**
 * Waits until the chapter's note has rendered. While it loads, the sections show empty in a note document marked
 * busy; the same element then holds the note, no longer busy.
 */
export async function notesLoaded(): Promise<void> {
  // A whole chapter, which on a busy machine takes more than the default second to draw.
  await waitFor(() => expect(document.querySelector('.note-document:not([aria-busy])')).not.toBeNull(), { timeout: 10_000 });
}

export function renderNotes(chapterId: string, query = '', { deck = userNotes.deck, documents, store = makeStore() }: RenderNotesOptions = {}) {
  const view = renderAt(
    `#/chapters/${chapterId}${query}`,
    store,
    <ChapterScreen
      deck={deck}
      chapterId={chapterId}
      document={(documents ?? Promise.resolve(userNotes.documents)).then((all) => all?.[chapterId] ?? null)}
      clock={() => T0}
    />,
  );
  return { ...view, store };
}

/** Puts cards into a scheduling state, as if studied before. */
export function setScheduling(store: StudyStore, deckId: string, cardIds: string[], scheduling: SchedulingState) {
  store.setState((state) => ({
    progress: {
      ...state.progress,
      [deckId]: withCards(
        state.progress[deckId] ?? emptyCardMap(),
        cardIds.map((id) => [id, { scheduling, suspended: false }] as const),
      ),
    },
  }));
}

/** A card in review with an interval of `days` days (21 or more is mature). */
export function inReview(days: number): SchedulingState {
  return {
    due: T0 + DAY,
    stability: days,
    difficulty: 5,
    scheduledDays: days,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: State.Review,
    lastReview: T0 - days * DAY,
  };
}

export function inLearning(): SchedulingState {
  return {
    due: T0 + 600_000,
    stability: 0.5,
    difficulty: 6,
    scheduledDays: 0,
    learningSteps: 1,
    reps: 1,
    lapses: 0,
    state: State.Learning,
    lastReview: T0 - 60_000,
  };
}

/** The list items directly in a list (not those of lists nested in them). */
export function itemsOf(list: HTMLElement): HTMLElement[] {
  return within(list)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === list);
}

/** The lists directly under an element (a section or an item), not those nested in their items. */
export function listsIn(element: HTMLElement): HTMLElement[] {
  const lists = within(element).queryAllByRole('list');
  return lists.filter((list) => !lists.some((other) => other !== list && other.contains(list)));
}

/** An item's own line as shown (its nested lists, open cards and screen-reader-only words left out). */
export function lineOf(item: HTMLElement): string {
  const copy = item.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('ul, ol, .visually-hidden, [role="group"]').forEach((node) => node.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
