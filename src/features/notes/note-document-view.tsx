// A chapter rendered from its note document, with the concepts in it marked and their mastery shown.
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Chapter, Deck } from '../../domain/deck';
import { masteryOfCards } from '../../domain/mastery';
import type { NoteBlock, NoteDocument } from '../../domain/note-document';
import { schedulerOptionsFrom } from '../../domain/scheduler';
import { selectSettings } from '../../store/study-selectors';
import { useStudyStore, useDeckProgress } from '../../store/study-store-context';
import { conceptsByLine } from './note-concepts';
import { Blocks } from './note-blocks';
import { type NotesView, NotesViewContext } from './notes-view-context';
import './notes.css';

interface NoteDocumentViewProps {
  deck: Deck;
  chapter: Chapter;
  document: NoteDocument;
  clock: () => number;
  /** The concept to show open at first (a link to a card). */
  initialOpenKey: string | null;
  /** True while the notes load and `document` is the chapter's outline only. */
  loading: boolean;
}

/** Sections, and runs of notes outside any section (before the first one, or after a topic ended) kept together. */
function groupLoose(blocks: readonly NoteBlock[]): Array<NoteBlock | NoteBlock[]> {
  const groups: Array<NoteBlock | NoteBlock[]> = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.type === 'section') groups.push(block);
    else if (Array.isArray(last)) last.push(block);
    else groups.push([block]);
  }
  return groups;
}

export function NoteDocumentView({ deck, chapter, document, clock, initialOpenKey, loading }: NoteDocumentViewProps) {
  const store = useStudyStore();
  const [openKey, setOpenKey] = useState(initialOpenKey);
  const conceptsAt = useMemo(() => conceptsByLine(deck.cards, chapter.id), [deck.cards, chapter.id]);
  const progress = useDeckProgress(deck.id);
  const settings = useStore(store, selectSettings);
  const mastery = useMemo(() => {
    const chapterCards = deck.cards.filter((card) => card.chapterId === chapter.id);
    return masteryOfCards(chapterCards, progress, clock(), schedulerOptionsFrom(settings, false));
  }, [deck.cards, chapter.id, progress, settings, clock]);
  const view = useMemo<NotesView>(() => ({ deck, conceptsAt, mastery, openKey, setOpenKey, clock }), [deck, conceptsAt, mastery, openKey, clock]);
  return (
    <NotesViewContext value={view}>
      <div className="note-document" aria-busy={loading || undefined}>
        {groupLoose(document.blocks).map((group) =>
          Array.isArray(group) ? (
            <div key={`loose-${group[0].line}`} className="notes-loose">
              <Blocks blocks={group} />
            </div>
          ) : (
            <Blocks key={`section-${group.line}`} blocks={[group]} />
          ),
        )}
      </div>
    </NotesViewContext>
  );
}
