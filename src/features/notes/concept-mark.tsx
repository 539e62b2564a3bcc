// A concept in the notes: its words as a button with a mastery dot; pressed, it shows the concept's cards with
// "Review this card" and "Quiz this section". One concept is open at a time; Escape closes it.
import type { KeyboardEvent, ReactNode } from 'react';
import { Link } from 'wouter';
import type { Card } from '../../domain/deck';
import type { MasteryStatus } from '../../domain/mastery';
import { toneClass } from '../../components/charts/chart-tones';
import { SourceNote } from '../../components/source-note';
import { type NoteConcept, conceptChipText, conceptStatus } from './note-concepts';
import { useNotesView } from './notes-view-context';
import '../../components/charts/charts.css';
import { paths } from '../../config/paths';

const panelId = (concept: NoteConcept) => `concept-panel-${concept.key}`;
const markId = (concept: NoteConcept) => `concept-mark-${concept.key}`;

/** The dot's colour says the state; the control's name says it in words. */
function MasteryDot({ status }: { status: MasteryStatus }) {
  return <span className={`mastery-dot ${toneClass(status)}`} aria-hidden="true" />;
}

/** Named in full, so every screen reader reads the same: the words shown first, then the state. */
const masteryName = (shown: string, status: MasteryStatus) => `${shown}, mastery: ${status}`;

function useConceptToggle(concept: NoteConcept) {
  const { mastery, openKey, setOpenKey } = useNotesView();
  const open = openKey === concept.key;
  return {
    open,
    status: conceptStatus(concept, mastery),
    props: {
      type: 'button' as const,
      id: markId(concept),
      'aria-expanded': open,
      'aria-controls': open ? panelId(concept) : undefined,
      onClick: () => setOpenKey(open ? null : concept.key),
    },
  };
}

/** The concept's own words in the line (`shown` is their text, as written). */
export function ConceptMark({ concept, shown, children }: { concept: NoteConcept; shown: string; children: ReactNode }) {
  const { status, props } = useConceptToggle(concept);
  return (
    <button {...props} className={`concept-mark is-${status}`} aria-label={masteryName(shown, status)} title={`Mastery: ${status}`}>
      {children}
      <MasteryDot status={status} />
    </button>
  );
}

/** A concept whose words are not in the line (a section title's list, a question): a chip beside it. */
export function ConceptChip({ concept }: { concept: NoteConcept }) {
  const { status, props } = useConceptToggle(concept);
  const text = conceptChipText(concept);
  return (
    <button
      {...props}
      className={`concept-chip is-${status}`}
      aria-label={masteryName(text === concept.label ? text : `${text}: ${concept.label}`, status)}
      title={`Mastery: ${status}`}
    >
      {text}
      <MasteryDot status={status} />
    </button>
  );
}

function kindText(card: Card): string {
  switch (card.kind) {
    case 'definition':
      return card.reverse ? 'Definition → term' : 'Term → definition';
    case 'enumeration':
      return `List of ${card.items?.length ?? 0}`;
    case 'question':
      return card.reverse ? 'Answer → question' : 'Question';
    case 'cloze':
      return 'Fill in the blank';
  }
}

function CardSummary({ card }: { card: Card }) {
  const { mastery } = useNotesView();
  const status = mastery[card.id]?.status ?? 'new';
  return (
    <li className="concept-card">
      <p className="concept-card-kind">
        {kindText(card)} · <span className={`mastery-dot ${toneClass(status)}`} aria-hidden="true" /> {status}
      </p>
      <dl>
        <dt>Prompt</dt>
        <dd>{card.prompt}</dd>
        <dt>Answer</dt>
        <dd>
          {card.items ? (
            <ol>
              {card.items.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ol>
          ) : (
            card.answer
          )}
        </dd>
      </dl>
    </li>
  );
}

/** The open concept's cards, if one of these concepts is open. */
export function ConceptPanel({ concepts }: { concepts: readonly NoteConcept[] }) {
  const { openKey, setOpenKey } = useNotesView();
  const concept = concepts.find((candidate) => candidate.key === openKey);
  if (concept === undefined) return null;
  const close = () => {
    setOpenKey(null);
    document.getElementById(markId(concept))?.focus();
  };
  const cardIds = concept.cards.map((card) => card.id);
  return (
    <div id={panelId(concept)} className="concept-panel" role="group" aria-label={`Cards: ${concept.label}`}>
      <ul className="concept-cards">
        {concept.cards.map((card) => (
          <CardSummary key={card.id} card={card} />
        ))}
      </ul>
      <SourceNote source={concept.cards[0].source} />
      <div className="concept-actions">
        <Link href={paths.review.customHref(cardIds)} className="button button-primary">
          {cardIds.length === 1 ? 'Review this card' : `Review these ${cardIds.length} cards`}
        </Link>
        {concept.sectionId && (
          <Link href={paths.quiz.href({ kind: 'section', sectionId: concept.sectionId })} className="button">
            Quiz this section
          </Link>
        )}
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
    </div>
  );
}

/** Escape anywhere on the line closes its open concept (focus is usually on the concept's own button). */
export function useCloseOnEscape(concepts: readonly NoteConcept[]) {
  const { openKey, setOpenKey } = useNotesView();
  return (event: KeyboardEvent) => {
    const open = concepts.find((concept) => concept.key === openKey);
    if (event.key !== 'Escape' || open === undefined) return;
    event.stopPropagation();
    setOpenKey(null);
    document.getElementById(markId(open))?.focus();
  };
}
