// The workload each desired retention implies, next to where it is set: reviews a day over the next 30 days at
// 0.80 / 0.85 / 0.90 / 0.95, simulated (seeded) with the parameters in use, the daily limits and the learner's own
// time per review. Computed when asked, so Settings opens at once even with 14,000 cards.
import { logEntries } from '../../domain/review-log';
import { useState } from 'react';
import { useStore } from 'zustand';
import type { Deck } from '../../domain/deck';
import { DEFAULT_FSRS_PARAMETERS } from '../../domain/fsrs-evaluation';
import { meanSecondsPerReview, retentionWorkloads, simulationCards, type RetentionWorkload } from '../../domain/fsrs-simulation';
import { clampMaximumInterval } from '../../domain/scheduler';
import { selectDeckLog, selectDeckProgress, selectSettings } from '../../store/study-selectors';
import { useStudyStore } from '../../store/study-store-context';

interface RetentionWorkloadProps {
  deck: Pick<Deck, 'id' | 'cards'>;
  clock: () => number;
}

/** Fixed, so the same data always shows the same figures. */
const SEED = 14;

export function RetentionWorkloadTable({ deck, clock }: RetentionWorkloadProps) {
  const store = useStudyStore();
  const settings = useStore(store, selectSettings);
  const [workloads, setWorkloads] = useState<RetentionWorkload[] | null>(null);

  const compute = () => {
    const state = store.getState();
    const progress = selectDeckProgress(deck.id)(state);
    const secondsPerReview = meanSecondsPerReview(logEntries(selectDeckLog(deck.id)(state)));
    setWorkloads(
      retentionWorkloads({
        cards: simulationCards(deck.cards, progress, settings.studyReverseCards),
        parameters: settings.fsrsParameters ?? DEFAULT_FSRS_PARAMETERS,
        maximumIntervalDays: clampMaximumInterval(settings.maximumIntervalDays),
        newCardsPerDay: settings.newCardsPerDay,
        reviewsPerDay: settings.reviewsPerDay,
        secondsPerReview,
        secondsPerNewCard: 2 * secondsPerReview,
        now: clock(),
        dayStartHour: settings.dayStartHour,
        seed: SEED,
        runs: 4,
      }),
    );
  };

  return (
    <div className="retention-workload">
      <button type="button" className="button" onClick={compute}>
        {workloads ? 'Compare again' : 'Compare the workload of each retention'}
      </button>
      {workloads && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Workload by desired retention">
          <table className="fsrs-evaluation">
            <caption>
              The next 30 days at each desired retention (simulated with your cards, limits and {settings.fsrsParameters ? 'trained' : 'default'} parameters)
            </caption>
            <thead>
              <tr>
                <th scope="col">Retention</th>
                <th scope="col">Reviews/day</th>
                <th scope="col">Min/day</th>
                <th scope="col">Recall at day 30</th>
              </tr>
            </thead>
            <tbody>
              {workloads.map((workload) => (
                <tr key={workload.retention} aria-current={workload.retention === settings.desiredRetention ? 'true' : undefined}>
                  <th scope="row">{workload.retention.toFixed(2)}</th>
                  <td>{Math.round(workload.reviewsPerDay)}</td>
                  <td>{Math.round(workload.minutesPerDay)}</td>
                  <td>{Math.round(workload.recallAfter * 100)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
