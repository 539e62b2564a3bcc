// A chapter as its concepts, section by section: what the notes screen shows when it has no document of the
// chapter's notes (decks imported in the browser keep their cards, not a rendered copy of their notes).
import type { Deck } from '../../domain/deck';
import { SectionMastery } from '../../components/section-mastery';
import type { SectionConcepts } from './chapter-concepts';
import { ConceptView } from './concept-view';

interface ConceptSectionsProps {
  deck: Deck;
  groups: SectionConcepts[];
  targetSectionId: string | null;
  clock: () => number;
}

function SectionBlock({ deck, group, isTarget, clock }: { deck: Deck; group: SectionConcepts; isTarget: boolean; clock: () => number }) {
  const { section, concepts } = group;
  const id = section?.id ?? 'other-notes';
  const titleId = `${id}-title`;
  return (
    <section id={id} className={isTarget ? 'notes-section is-target' : 'notes-section'} aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title" tabIndex={-1}>
        {section?.title ?? 'Other notes'}
      </h2>
      {section?.note && <p className="section-note">{section.note}</p>}
      {section && <SectionMastery deck={deck} sectionId={section.id} title={section.title} clock={clock} />}
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

export function ConceptSections({ deck, groups, targetSectionId, clock }: ConceptSectionsProps) {
  return groups.map((group) => (
    <SectionBlock
      key={group.section?.id ?? 'other-notes'}
      deck={deck}
      group={group}
      isTarget={group.section?.id === targetSectionId}

      clock={clock}
    />
  ));
}
