// Asked before a new quiz replaces the one in progress: discard that one and start, or keep it.
import { useEffect, useRef } from 'react';
import { describeQuizInProgress } from '../../components/resume-quiz-panel';
import type { QuizStart } from './use-quiz-start';

interface ReplaceQuizConfirmProps {
  replacing: NonNullable<QuizStart['replacing']>;
  onReplace: () => void;
  onKeep: () => void;
  now: number;
}

export function ReplaceQuizConfirm({ replacing, onReplace, onKeep, now }: ReplaceQuizConfirmProps) {
  const keepRef = useRef<HTMLButtonElement>(null);
  // The safe choice takes focus first.
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <div className="notice quiz-replace-confirm" role="group" aria-label="Start a new quiz?">
      <p>
        <strong>You have a quiz in progress.</strong> {describeQuizInProgress(replacing.running, now)} Starting “{replacing.plan.scopeLabel}” discards it; the
        grades it already gave stay.
      </p>
      <div className="actions">
        <button type="button" className="button button-danger" onClick={onReplace}>
          Discard it and start
        </button>
        <button ref={keepRef} type="button" className="button" onClick={onKeep}>
          Keep it
        </button>
      </div>
    </div>
  );
}
