// A chapter as readable notes: its sections in order, each with its concepts and where they come from.
import { Link, useSearchParams } from 'wouter';
import type { Chapter, Deck } from '../../domain/deck';
import { CardCountSummary } from '../../components/card-count-summary';
import { countChapterCards } from '../../components/card-counts';
import { PageTitle } from '../../components/page-title';
import { paths, SECTION_PARAM } from '../../components/paths';
import type { SectionConcepts } from './chapter-concepts';
import { chapterConcepts } from './chapter-concepts';
import { ConceptView } from './concept-view';
import { useScrollToSection } from './use-scroll-to-section';

interface ChapterScreenProps {
  deck: Deck;
  chapterId: string;
}

const chapterLabel = (chapter: Chapter) => `Chapter ${chapter.order}: ${chapter.title}`;

function SectionBlock({ group, isTarget }: { group: SectionConcepts; isTarget: boolean }) {
  const { section, concepts } = group;
  const id = section?.id ?? 'other-notes';
  const titleId = `${id}-title`;
  return (
    <section id={id} className={isTarget ? 'notes-section is-target' : 'notes-section'} aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title" tabIndex={-1}>
        {section?.title ?? 'Other notes'}
      </h2>
      {section?.note && <p className="section-note">{section.note}</p>}
      {concepts.length === 0 ? (
        <p className="muted">No cards from this section.</p>
      ) : (
        <div className="concepts">
          {concepts.map((concept) => (
            <ConceptView key={concept.key} concept={concept} />
          ))}
        </div>
      )}
    </section>
  );
}

function EmptyChapter({ chapter }: { chapter: Chapter }) {
  return (
    <div className="empty-state">
      <h2>No notes yet</h2>
      <p>
        This chapter has a heading in your notes and nothing under it. To add notes, write them under{' '}
        <code>{`## ${chapterLabel(chapter)}`}</code> in <code>{chapter.file}</code> in your usual style (a plain line as a section
        title, then <code>-item</code> lines and <code>Term: definition</code>), then rebuild. Preview what they give with{' '}
        <code>npm run cards -- {chapter.file}</code>.
      </p>
    </div>
  );
}

function ChapterPager({ previous, next }: { previous?: Chapter; next?: Chapter }) {
  if (!previous && !next) return null;
  return (
    <nav className="chapter-pager" aria-label="Previous and next chapter">
      {previous && (
        <Link href={paths.chapter(previous.id)} className="pager-link pager-previous" rel="prev">
          <span className="pager-direction">Previous chapter</span>
          <span className="pager-title">{chapterLabel(previous)}</span>
        </Link>
      )}
      {next && (
        <Link href={paths.chapter(next.id)} className="pager-link pager-next" rel="next">
          <span className="pager-direction">Next chapter</span>
          <span className="pager-title">{chapterLabel(next)}</span>
        </Link>
      )}
    </nav>
  );
}

function SectionIndex({ chapter, groups }: { chapter: Chapter; groups: SectionConcepts[] }) {
  const sections = groups.flatMap((group) => (group.section ? [group.section] : []));
  if (sections.length < 2) return null;
  return (
    <details className="section-index">
      <summary>Sections in this chapter ({sections.length})</summary>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <Link href={paths.chapter(chapter.id, section.id)}>{section.title}</Link>
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
        <Link href={paths.home()} className="button">
          See all chapters
        </Link>
      </p>
    </div>
  );
}

export function ChapterScreen({ deck, chapterId }: ChapterScreenProps) {
  const [searchParams] = useSearchParams();
  const targetSectionId = searchParams.get(SECTION_PARAM);
  const chapters = [...deck.chapters].sort((a, b) => a.order - b.order);
  const index = chapters.findIndex((chapter) => chapter.id === chapterId);
  const chapter = chapters[index];
  useScrollToSection(targetSectionId, chapter !== undefined);
  if (!chapter) return <ChapterNotFound chapterId={chapterId} />;

  const groups = chapterConcepts(chapter, deck.cards);
  const counts = countChapterCards(deck.cards, chapter.id);
  const isEmpty = chapter.empty || (counts.cards === 0 && chapter.sections.length === 0);
  const targetMissing = targetSectionId !== null && !groups.some((group) => group.section?.id === targetSectionId);
  return (
    <div className="screen container narrow">
      <PageTitle title={chapter.title} />
      <p className="back-link">
        <Link href={paths.home()}>← All chapters</Link>
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
          <SectionIndex chapter={chapter} groups={groups} />
          {groups.map((group) => (
            <SectionBlock key={group.section?.id ?? 'other-notes'} group={group} isTarget={group.section?.id === targetSectionId} />
          ))}
        </>
      )}
      <ChapterPager previous={chapters[index - 1]} next={chapters[index + 1]} />
    </div>
  );
}
