// The notes screen over the user's real notes (read from ../shared/ beside the repo), a real study store over memory
// storage (fuzz off, no tab sync) and a fixed clock, inside the app's hash router so links read `#/…`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, waitFor, within } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import { Router } from 'wouter';
import { useHashPath, useHashSearch } from '../../../src/app/hash-location';
import type { Deck } from '../../../src/domain/deck';
import type { NoteDocuments } from '../../../src/domain/note-document';
import type { SchedulingState } from '../../../src/domain/progress';
import { ChapterScreen } from '../../../src/features/notes/chapter-screen';
import { buildDeck } from '../../../src/pipeline/build-deck';
import { buildNoteDocuments } from '../../../src/pipeline/note-document';
import { createStudyStore, type StudyStore } from '../../../src/store/create-study-store';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';

/** Friday 27 Nov 2026, 09:00 UTC. */
export const T0 = Date.UTC(2026, 10, 27, 9, 0);
const DAY = 86_400_000;

const NOTES_PATH = path.resolve(__dirname, '../../../../shared/notes/kubernetes-notes.md');

export function notesOf(text: string, file = 'notes.md'): { deck: Deck; documents: NoteDocuments } {
  const sources = [{ path: file, text }];
  const deck = buildDeck(sources);
  return { deck, documents: buildNoteDocuments(sources, deck) };
}

export const userNotes = notesOf(readFileSync(NOTES_PATH, 'utf8'), 'kubernetes-notes.md');

const stores: StudyStore[] = [];

afterEach(() => {
  for (const store of stores.splice(0)) store.stopTabSync();
  window.history.replaceState(null, '', '/');
});

export function makeStore(): StudyStore {
  const store = createStudyStore({ storage: createMemoryStorage(), enableFuzz: false, tabSyncSource: null, clock: () => T0 });
  stores.push(store);
  return store;
}

interface RenderNotesOptions {
  deck?: Deck;
  documents?: Promise<NoteDocuments | null>;
  store?: StudyStore;
}

/** Waits until the chapter's document is in (the sections show first, empty, while it loads). */
export async function notesLoaded(): Promise<void> {
  // The section index is a list too, so wait for the rendered note document itself: a whole chapter, which on a busy
  // machine takes more than the default second to draw.
  await waitFor(() => expect(document.querySelector('.note-document')).not.toBeNull(), { timeout: 10_000 });
}

export function renderNotes(chapterId: string, query = '', { deck = userNotes.deck, documents, store = makeStore() }: RenderNotesOptions = {}) {
  window.history.replaceState(null, '', `/#/chapters/${chapterId}${query}`);
  const view = render(
    <Router hook={useHashPath} searchHook={useHashSearch}>
      <ChapterScreen deck={deck} chapterId={chapterId} document={(documents ?? Promise.resolve(userNotes.documents)).then((all) => all?.[chapterId] ?? null)} store={store} clock={() => T0} />
    </Router>,
  );
  return { ...view, store };
}

/** Puts cards into a scheduling state, as if studied before. */
export function setScheduling(store: StudyStore, deckId: string, cardIds: string[], scheduling: SchedulingState) {
  store.setState((state) => ({
    progress: { ...state.progress, [deckId]: { ...state.progress[deckId], ...Object.fromEntries(cardIds.map((id) => [id, { scheduling, suspended: false }])) } },
  }));
}

/** A card in review with an interval of `days` days (21 or more is mature). */
export function inReview(days: number): SchedulingState {
  return { due: T0 + DAY, stability: days, difficulty: 5, scheduledDays: days, learningSteps: 0, reps: 3, lapses: 0, state: 2, lastReview: T0 - days * DAY };
}

export function inLearning(): SchedulingState {
  return { due: T0 + 600_000, stability: 0.5, difficulty: 6, scheduledDays: 0, learningSteps: 1, reps: 1, lapses: 0, state: 1, lastReview: T0 - 60_000 };
}

/** The list items directly in a list (not those of lists nested in them). */
export function itemsOf(list: HTMLElement): HTMLElement[] {
  return within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
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
