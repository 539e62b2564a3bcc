// The focused card in full: what it asks and answers, where it comes from in the notes, its whole history (every
// grade with its source and the interval it left), and its siblings (cards of the same note).
import { Link } from 'wouter';
import { paths } from '../../config/paths';
import type { HistoryLine } from '../../domain/card-history';
import type { CardRow } from '../../domain/card-browser-rows';
import type { Card } from '../../domain/deck';
import { formatInterval } from '../../domain/scheduler';
import { studyDayKey } from '../../domain/study-day';
import { cardName } from '../../components/card-name';
import { GRADE_LABELS } from '../../components/grade-labels';
import { SourceNote } from '../../components/source-note';
import { STATE_LABELS } from './card-text';

interface CardDetailProps {
  row: CardRow;
  history: readonly HistoryLine[];
  siblings: readonly CardRow[];
  dayStartHour: number;
  onFocusCard: (cardId: string) => void;
}

const timeText = (at: number) => new Date(at).toTimeString().slice(0, 5);

function HistoryTable({ history, dayStartHour }: { history: readonly HistoryLine[]; dayStartHour: number }) {
  if (history.length === 0) return <p className="muted">Never graded.</p>;
  return (
    <table className="card-history">
      <caption className="visually-hidden">Review history</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Grade</th>
          <th scope="col">Source</th>
          <th scope="col">Interval after</th>
        </tr>
      </thead>
      <tbody>
        {history.map((line) => (
          <tr key={line.at}>
            <td>
              {studyDayKey(line.at, dayStartHour)} <span className="muted">{timeText(line.at)}</span>
            </td>
            {line.kind === 'grade' ? (
              <>
                <td>{GRADE_LABELS[line.rating]}</td>
                <td>{line.origin === 'quiz' ? 'Quiz' : 'Review'}</td>
                <td>{formatInterval(line.intervalAfterMs)}</td>
              </>
            ) : (
              <>
                <td>Forgotten</td>
                <td>By hand</td>
                <td>New again</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NoteLines({ card }: { card: Card }) {
  return (
    <div className="card-note-lines">
      <p>
        <strong>{card.prompt}</strong>
      </p>
      <p>{card.answer}</p>
      {card.details.length > 0 && (
        <ul>
          {card.details.map((detail, index) => (
            <li key={index} style={{ marginInlineStart: `${detail.depth - 1}rem` }}>
              {detail.text}
            </li>
          ))}
        </ul>
      )}
      <SourceNote source={card.source} />
    </div>
  );
}

export function CardDetail({ row, history, siblings, dayStartHour, onFocusCard }: CardDetailProps) {
  const { card } = row;
  return (
    <section className="panel card-detail" aria-labelledby="card-detail-title">
      <h2 id="card-detail-title">{cardName(card)}</h2>
      <p className="muted">
        {card.kind}
        {card.reverse ? ' (reverse)' : ''} · {STATE_LABELS[row.state]} · {row.sectionTitle ? `${row.chapterTitle} › ${row.sectionTitle}` : row.chapterTitle}
      </p>
      <h3>From your notes</h3>
      <NoteLines card={card} />
      <p>
        <Link href={paths.chapter.sourceHref(card)}>Open in notes</Link>
      </p>
      <h3>History</h3>
      <HistoryTable history={history} dayStartHour={dayStartHour} />
      <h3>Siblings</h3>
      {siblings.length === 0 ? (
        <p className="muted">No other card comes from this note.</p>
      ) : (
        <ul className="card-siblings" aria-label="Siblings">
          {siblings.map((sibling) => (
            <li key={sibling.card.id}>
              <button type="button" className="button-link" onClick={() => onFocusCard(sibling.card.id)}>
                {cardName(sibling.card)}
                {sibling.card.reverse ? ' (reverse)' : ''}
              </button>{' '}
              <span className="muted">{STATE_LABELS[sibling.state]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
