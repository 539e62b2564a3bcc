// What every line of a rendered chapter needs: its concepts, their mastery, and which concept is open.
import { createContext, useContext } from 'react';
import type { Deck } from '../../domain/deck';
import type { CardMastery } from '../../domain/mastery';
import type { NoteConcept } from './note-concepts';

export interface NotesView {
  deck: Deck;
  conceptsAt: ReadonlyMap<number, NoteConcept[]>;
  mastery: Readonly<Record<string, CardMastery>>;
  /** Key of the concept whose cards are shown, or null. */
  openKey: string | null;
  setOpenKey: (key: string | null) => void;
  clock: () => number;
}

export const NotesViewContext = createContext<NotesView | null>(null);

export function useNotesView(): NotesView {
  const view = useContext(NotesViewContext);
  if (view === null) throw new Error('useNotesView needs a NotesViewContext provider');
  return view;
}

const NO_CONCEPTS: NoteConcept[] = [];

export function useConceptsAt(line: number): NoteConcept[] {
  return useNotesView().conceptsAt.get(line) ?? NO_CONCEPTS;
}
