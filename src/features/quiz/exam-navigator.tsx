// Every exam question as a button: which are answered, which flagged, which is on screen; a click goes there.
import type { Question } from '../../domain/quiz-types';

interface ExamNavigatorProps {
  questions: readonly Question[];
  current: number;
  isAnswered: (question: Question) => boolean;
  flagged: readonly string[];
  onGo: (index: number) => void;
}

export function FlagIcon() {
  return (
    <svg className="flag-icon" width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M5 21V4m0 0h11l-2 4 2 4H5" fill="currentColor" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}

export function ExamNavigator({ questions, current, isAnswered, flagged, onGo }: ExamNavigatorProps) {
  const answeredCount = questions.filter(isAnswered).length;
  return (
    <nav className="exam-nav" aria-label="Questions">
      <ol className="exam-nav-list">
        {questions.map((question, index) => {
          const answered = isAnswered(question);
          const isFlagged = flagged.includes(question.id);
          const classes = ['exam-nav-button', answered ? 'is-answered' : '', isFlagged ? 'is-flagged' : '', index === current ? 'is-current' : '']
            .filter(Boolean)
            .join(' ');
          return (
            <li key={question.id}>
              <button
                type="button"
                className={classes}
                aria-current={index === current ? 'step' : undefined}
                aria-label={`Question ${index + 1}: ${answered ? 'answered' : 'not answered'}${isFlagged ? ', flagged' : ''}`}
                onClick={() => onGo(index)}
              >
                {index + 1}
                {isFlagged && <FlagIcon />}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="exam-nav-summary">
        {answeredCount} of {questions.length} answered
        {flagged.length > 0 && ` · ${flagged.length} flagged`}
      </p>
    </nav>
  );
}
