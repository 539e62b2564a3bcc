// A chapter's notes: rendered from the chapter's note document (the author's outline as nested lists, code, tables),
// concepts marked with their mastery; or, for a deck with no document, its concepts section by section.
// Links land on their place: `?section=`, `?card=` (the line the card came from, its cards shown), `?line=`.
import { Link, useSearchParams } from 'wouter';
import type { Chapter, Deck } from '../../domain/deck';
import type { NoteDocument } from '../../domain/note-document';
import { CardCountSummary } from '../../components/card-count-summary';
import { countChapterCards } from '../../components/card-counts';
import { PageTitle } from '../../components/page-title';
import { chapterLabel } from '../../components/scope-label';
import { paths } from '../../config/paths';
import { chapterConcepts } from './chapter-concepts';
import { ConceptSections } from './concept-sections';
import { NoteDocumentView } from './note-document-view';
import { documentOf, outlineDocument, useNoteDocument } from './note-documents';
import { type NotePlace, notePlaceFrom, placeElementId } from './note-place';
import { type Arrival, useArrival } from './use-arrival';

interface ChapterScreenProps {
  deck: Deck;
  chapterId: string;
  /** The chapter's note document (a stable promise); null (the default) for a deck with no documents. */
  document?: Promise<NoteDocument | null> | null;
  clock?: () => number;
}

function EmptyChapter({ chapter }: { chapter: Chapter }) {
  return (
    <div className="empty-state">
      <h2>No notes yet</h2>
      <p>
        This chapter has a heading in your notes and nothing under it. To add notes, write them under <code>{`## ${chapterLabel(chapter)}`}</code> in{' '}
        <code>{chapter.file}</code> in your usual style (a plain line as a section title, then <code>-item</code> lines and <code>Term: definition</code>), then
        rebuild. Preview what they give with <code>npm run cards -- {chapter.file}</code>.
      </p>
    </div>
  );
}

function ChapterPager({ previous, next }: { previous?: Chapter; next?: Chapter }) {
  if (!previous && !next) return null;
  return (
    <nav className="chapter-pager" aria-label="Previous and next chapter">
      {previous && (
        <Link href={paths.chapter.href(previous.id)} className="pager-link pager-previous" rel="prev">
          <span className="pager-direction">Previous chapter</span>
          <span className="pager-title">{chapterLabel(previous)}</span>
        </Link>
      )}
      {next && (
        <Link href={paths.chapter.href(next.id)} className="pager-link pager-next" rel="next">
          <span className="pager-direction">Next chapter</span>
          <span className="pager-title">{chapterLabel(next)}</span>
        </Link>
      )}
    </nav>
  );
}

function SectionIndex({ chapter }: { chapter: Chapter }) {
  const sections = chapter.sections;
  if (sections.length < 2) return null;
  return (
    <details className="section-index">
      <summary>Sections in this chapter ({sections.length})</summary>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <Link href={paths.chapter.href(chapter.id, { sectionId: section.id })}>{section.title}</Link>
          </li>
        ))}
      </ol>
    </details>
  );
}

function ChapterNotFound({ chapterId }: { chapterId: string }) {
  return (
    <div className="screen container narrow">
      <PageTitle title="Chapter not found" />
      <h1>Chapter not found</h1>
      <p>
        There is no chapter <code>{chapterId}</code> in this deck. It may have been renamed in your notes.
      </p>
      <p>
        <Link href={paths.home.href()} className="button">
          See all chapters
        </Link>
      </p>
    </div>
  );
}

/** Where a link lands: a line's element when the notes show lines (else its section), or a section's title. */
function arrivalAt(place: NotePlace, hasDocument: boolean): Arrival | null {
  const sectionTitle = (sectionId: string | null) => (sectionId === null ? [] : [`${sectionId}-title`]);
  switch (place.kind) {
    case 'line':
      // A card's line goes to the top, its cards open under it; a line of notes to the middle, among its neighbours.
      return { elementIds: [...(hasDocument ? [placeElementId(place.line)] : []), ...sectionTitle(place.sectionId)], block: place.card ? 'start' : 'center' };
    case 'section':
      return { elementIds: sectionTitle(place.sectionId), block: 'start' };
    case 'none':
      return null;
  }
}

export function ChapterScreen({ deck, chapterId, document: documentSource = null, clock = Date.now }: ChapterScreenProps) {
  const [searchParams] = useSearchParams();
  const loaded = useNoteDocument(documentSource);
  const chapters = [...deck.chapters].sort((a, b) => a.order - b.order);
  const index = chapters.findIndex((chapter) => chapter.id === chapterId);
  const chapter = chapters[index];
  // While the document loads, the sections show with nothing under them yet; then the notes fill in.
  const document = chapter ? (loaded.settled ? documentOf(loaded.document, chapter) : outlineDocument(chapter)) : null;
  const place = notePlaceFrom(searchParams, chapter ? deck.cards.filter((card) => card.chapterId === chapter.id) : []);
  const query = searchParams.toString();
  useArrival(chapter && loaded.settled ? arrivalAt(place, document !== null) : null, query);
  if (!chapter) return <ChapterNotFound chapterId={chapterId} />;

  const counts = countChapterCards(deck.cards, chapter.id);
  const isEmpty = chapter.empty || (counts.cards === 0 && chapter.sections.length === 0);
  const targetSectionId = place.kind === 'section' ? place.sectionId : null;
  const targetMissing = targetSectionId !== null && !chapter.sections.some((section) => section.id === targetSectionId);
  return (
    <div className="screen container narrow">
      <PageTitle title={chapter.title} />
      <p className="back-link">
        <Link href={paths.home.href()}>← All chapters</Link>
      </p>
      <div className="screen-header">
        <p className="eyebrow">Chapter {chapter.order}</p>
        <h1>{chapter.title}</h1>
        {!isEmpty && <CardCountSummary counts={counts} />}
      </div>
      {targetMissing && (
        <p className="notice" role="status">
          The section this link points to is no longer in this chapter; it may have been renamed in your notes.
        </p>
      )}
      {isEmpty ? (
        <EmptyChapter chapter={chapter} />
      ) : (
        <>
          <SectionIndex chapter={chapter} />
          {document ? (
            <NoteDocumentView
              // A link to another card opens that card's concept.
              key={place.kind === 'line' ? (place.card?.noteId ?? '') : ''}
              deck={deck}
              chapter={chapter}
              document={document}

              clock={clock}
              initialOpenKey={place.kind === 'line' ? (place.card?.noteId ?? null) : null}
              loading={!loaded.settled}
            />
          ) : (
            <ConceptSections deck={deck} groups={chapterConcepts(chapter, deck.cards)} targetSectionId={targetSectionId} clock={clock} />
          )}
        </>
      )}
      <ChapterPager previous={chapters[index - 1]} next={chapters[index + 1]} />
    </div>
  );
}
