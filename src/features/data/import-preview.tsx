// The preview of an import: what the file holds compared with this browser, then what the chosen mode would change,
// with today's counts before and after.
import { useId } from 'react';
import { plural } from '../../components/card-counts';
import type { ImportMode, ProgressFileInfo } from '../../store/progress-transfer/progress-transfer';
import type { ImportPreview } from '../../store/progress-transfer/progress-transfer-preview';
import { cardComparisonText, dueNow, modeNames, outcomeLines } from './import-text';
import { settingLabels, settingValueText } from './setting-text';

interface FileSummaryProps {
  fileName: string;
  file: ProgressFileInfo;
  /** Records of a backup that could not be read (they are not imported). */
  damagedCount: number;
  preview: ImportPreview;
}

function fileOrigin(fileName: string, file: ProgressFileInfo): string {
  if (file.kind === 'progress') return `${fileName}, exported ${dateTime(file.exportedAt ?? Number.NaN)} by Study Deck ${file.appVersion ?? ''}.`;
  const taken = file.exportedAt === null ? '' : `, taken ${dateTime(file.exportedAt)}`;
  return `${fileName}: a backup of progress this browser could not read${taken}. What can be read is below.`;
}

const dateTime = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const newCount = (total: number, here: number) => (total === 0 ? 'None' : `${total} in the file, ${here} not in this browser yet`);

export function FileSummary({ fileName, file, damagedCount, preview }: FileSummaryProps) {
  const titleId = useId();
  const otherDecks = preview.decks.filter((deck) => !deck.active);
  return (
    <section className="import-summary" aria-labelledby={titleId}>
      <h3 id={titleId}>What the file holds</h3>
      <p className="small-note data-hint">{fileOrigin(fileName, file)}</p>
      {damagedCount > 0 && (
        <p className="small-note data-hint">
          {plural(damagedCount, 'damaged record')} could not be read and {damagedCount === 1 ? 'is' : 'are'} left out.
        </p>
      )}
      <dl className="data-facts">
        <div>
          <dt>Cards with progress</dt>
          <dd>{cardComparisonText(preview.cards)}</dd>
        </div>
        <div>
          <dt>Review log</dt>
          <dd>{newCount(preview.reviewsInFile, preview.reviewsNew)}</dd>
        </div>
        <div>
          <dt>Quiz history</dt>
          <dd>{newCount(preview.quizzesInFile, preview.quizzesNew)}</dd>
        </div>
        <div>
          <dt>Settings</dt>
          <dd>
            {preview.settings.length === 0 ? (
              'The same as in this browser'
            ) : (
              <ul className="data-list">
                {preview.settings.map(({ key, current, incoming }) => (
                  <li key={key}>
                    {settingLabels[key]}: {settingValueText(key, current)} here, {settingValueText(key, incoming)} in the file
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {otherDecks.length > 0 && (
          <div>
            <dt>Other decks</dt>
            <dd>
              <ul className="data-list">
                {otherDecks.map((deck) => (
                  <li key={deck.deckId}>
                    {deck.title ?? `“${deck.deckId}”`}: {plural(deck.cards.newToBrowser + deck.cards.changed + deck.cards.unchanged, 'card')},{' '}
                    {plural(deck.reviews, 'review')} {deck.title === null ? '(not in this browser; kept for when it is)' : '(an imported deck)'}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

interface OutcomeProps {
  mode: ImportMode;
  preview: ImportPreview;
  deckTitle: string;
}

export function ImportOutcomeView({ mode, preview, deckTitle }: OutcomeProps) {
  const titleId = useId();
  const outcome = preview.outcomes[mode];
  const lines = outcomeLines(mode, outcome);
  const before = preview.dueBefore;
  return (
    <section className="import-outcome" aria-labelledby={titleId}>
      <h3 id={titleId}>What {modeNames[mode].toLocaleLowerCase()} would change</h3>
      {lines.length === 0 ? (
        <p>Nothing: this browser already has everything in the file.</p>
      ) : (
        <ul className="data-list">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <table className="data-due">
        <caption>{deckTitle} today</caption>
        <thead>
          <tr>
            <th scope="col">Cards</th>
            <th scope="col">Now</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Due now</th>
            <td>{dueNow(before)}</td>
            <td>{dueNow(outcome.due)}</td>
          </tr>
          <tr>
            <th scope="row">New today</th>
            <td>{before.new}</td>
            <td>{outcome.due.new}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
