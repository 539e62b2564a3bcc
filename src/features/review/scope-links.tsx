// Other places to study from here: the whole deck and each chapter, with how many cards each has for today.
import { Link } from 'wouter';
import { scopeLabel } from '../../components/scope-label';
import { paths } from '../../config/paths';
import type { Deck } from '../../domain/deck';
import { buildReviewQueue, type QueueInput } from '../../domain/review-queue';
import { scopeKey, WHOLE_DECK, type StudyScope } from '../../domain/study-scope';

interface ScopeLinksProps {
  deck: Deck;
  current: StudyScope;
  /** The queue input of the current scope; other scopes reuse its progress, log, settings and time. */
  input: QueueInput;
}

interface ScopeChoice {
  scope: StudyScope;
  label: string;
  toStudy: number;
}

function cardsToStudy(input: QueueInput, scope: StudyScope): number {
  const { counts } = buildReviewQueue({ ...input, scope });
  return counts.new + counts.learning + counts.review;
}

export function ScopeLinks({ deck, current, input }: ScopeLinksProps) {
  const chapters = [...deck.chapters].filter((chapter) => deck.cards.some((card) => card.chapterId === chapter.id)).sort((a, b) => a.order - b.order);
  const scopes: { scope: StudyScope; label: string }[] = [
    WHOLE_DECK,
    ...chapters.map((chapter): StudyScope => ({ kind: 'chapter', chapterId: chapter.id })),
  ].map((scope) => ({ scope, label: scopeLabel(deck, scope) ?? '' }));
  const choices: ScopeChoice[] = scopes
    .filter((choice) => scopeKey(choice.scope) !== scopeKey(current))
    .map((choice) => ({ ...choice, toStudy: cardsToStudy(input, choice.scope) }));
  if (choices.length === 0) return null;
  return (
    <nav className="scope-links" aria-labelledby="scope-links-title">
      <h3 id="scope-links-title" className="scope-links-title">
        Study another part
      </h3>
      <ul>
        {choices.map((choice) => (
          <li key={scopeKey(choice.scope)}>
            <Link href={paths.review.href(choice.scope)} className="scope-link">
              <span className="scope-link-label">{choice.label}</span>
              <span className={choice.toStudy > 0 ? 'scope-link-count' : 'scope-link-count is-zero'}>
                {choice.toStudy === 0 ? 'nothing due' : `${choice.toStudy} to study`}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
