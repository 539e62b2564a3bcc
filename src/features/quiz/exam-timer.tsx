// The exam's countdown, shown as mm:ss. A timer role is not read out as it changes; the screen announces
// only the last minute (in its own live region), so a screen reader is not interrupted every second.
import { useId } from 'react';
import { formatClock } from './quiz-text';

/** Below this the countdown turns to a warning (and the screen says so once). */
export const LAST_MINUTE_MS = 60_000;

export function ExamTimer({ remainingMs }: { remainingMs: number }) {
  const labelId = useId();
  const low = remainingMs <= LAST_MINUTE_MS;
  return (
    <div className={low ? 'exam-timer is-low' : 'exam-timer'}>
      <svg
        className="clock-icon"
        width="16"
        height="16"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="12" cy="13" r="8" />
        <path d="M12 9v4l2 2M9 2h6" />
      </svg>
      <span id={labelId} className="exam-timer-label">
        Time left
      </span>
      <span role="timer" aria-labelledby={labelId} className="exam-timer-value">
        {formatClock(remainingMs)}
      </span>
    </div>
  );
}
