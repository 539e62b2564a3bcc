// Leeches: cards forgotten again and again, with their lapses, where they are in the notes (rewording a note is the
// usual cure), and the two ways out: suspend (kept out of reviews until unsuspended) or reset (a new card again).
import { cardValue } from '../../domain/card-map';
import { useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Card, Deck } from '../../domain/deck';
import { LEECH_LAPSES, type CardProgress, type DeckProgress } from '../../domain/progress';
import { cardName } from '../../components/card-name';
import { chapterLabel } from '../../components/scope-label';
import { paths } from '../../config/paths';
import { useStudyStore } from '../../store/study-store-context';

interface LeechesSectionProps {
  deck: Deck;
  leeches: readonly Card[];
  progress: DeckProgress;
  clock: () => number;
}

interface LeechRowProps {
  card: Card;
  place: string;
  progress: CardProgress;
  confirming: boolean;
  onSuspend: (suspended: boolean) => void;
  onAskReset: () => void;
  onReset: () => void;
  onCancelReset: () => void;
}

function LeechRow({ card, place, progress, confirming, onSuspend, onAskReset, onReset, onCancelReset }: LeechRowProps) {
  const titleId = useId();
  const name = cardName(card);
  const resetRef = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    onCancelReset();
    resetRef.current?.focus();
  };
  return (
    <li className={progress.suspended ? 'leech is-suspended' : 'leech'} aria-labelledby={titleId}>
      <div className="leech-text">
        <h3 id={titleId} className="leech-title">
          <Link href={paths.chapter.href(card.chapterId, { sectionId: card.sectionId })}>{name}</Link>
          {card.reverse && <span className="leech-tag">reverse</span>}
        </h3>
        <p className="small-note leech-meta">
          <strong>{progress.scheduling.lapses} lapses</strong> · {place}
          {progress.suspended && <> · suspended</>}
        </p>
        <p className="small-note">
          From your notes: <code>{`${card.source.file}:${card.source.line}`}</code>
        </p>
      </div>
      <div className="actions leech-actions">
        <button type="button" className="button" onClick={() => onSuspend(!progress.suspended)}>
          {progress.suspended ? 'Unsuspend' : 'Suspend'} <span className="visually-hidden">{name}</span>
        </button>
        <button ref={resetRef} type="button" className="button" aria-expanded={confirming} onClick={onAskReset}>
          Reset <span className="visually-hidden">{name}</span>
        </button>
      </div>
      {confirming && (
        <div className="leech-confirm" role="group" aria-label={`Reset ${name}?`}>
          <p>Reset “{name}”? It becomes a new card and starts its learning again; its review history is kept.</p>
          <div className="actions">
            <button type="button" className="button leech-reset-button" onClick={onReset}>
              Reset card
            </button>
            {/* The safe choice takes focus first. */}
            <button type="button" className="button" onClick={cancel} autoFocus>
              Cancel
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

function placeOf(deck: Deck, card: Card): string {
  const chapter = deck.chapters.find((candidate) => candidate.id === card.chapterId);
  const section = chapter?.sections.find((candidate) => candidate.id === card.sectionId);
  const chapterText = chapter ? chapterLabel(chapter) : card.chapterId;
  return section ? `${chapterText} › ${section.title}` : chapterText;
}

export function LeechesSection({ deck, leeches, progress, clock }: LeechesSectionProps) {
  const store = useStudyStore();
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const suspend = (card: Card, suspended: boolean) => {
    store.getState().setSuspended(deck.id, card.id, suspended, clock());
    setMessage(suspended ? `Suspended ${cardName(card)}: it will not come up in reviews.` : `Unsuspended ${cardName(card)}: it comes up in reviews again.`);
  };
  const reset = (card: Card) => {
    store.getState().resetCard(deck.id, card.id, clock());
    setConfirmingId(null);
    setMessage(`Reset ${cardName(card)}: it is a new card again.`);
    // Its row is gone (no lapses left), so focus goes back to the list's heading.
    headingRef.current?.focus();
  };

  return (
    <section className="panel chart-figure leeches-section" aria-labelledby="leeches-title">
      <h2 id="leeches-title" ref={headingRef} tabIndex={-1} className="chart-title">
        Leeches
      </h2>
      <p className="chart-description">
        Cards forgotten {LEECH_LAPSES} times or more. Rewording the note often helps; suspending keeps a card out of reviews until you bring it back; resetting
        makes it a new card.
      </p>
      {leeches.length === 0 ? (
        <p className="leeches-none">No leeches: no card has been forgotten {LEECH_LAPSES} times.</p>
      ) : (
        <ul className="leech-list" aria-label="Leeches">
          {leeches.map((card) => (
            <LeechRow
              key={card.id}
              card={card}
              place={placeOf(deck, card)}
              progress={cardValue(progress, card.id)!}
              confirming={confirmingId === card.id}
              onSuspend={(suspended) => suspend(card, suspended)}
              onAskReset={() => setConfirmingId(card.id)}
              onReset={() => reset(card)}
              onCancelReset={() => setConfirmingId(null)}
            />
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
