// The four answer buttons, each with the interval it would give, as on Anki's answer bar.
import type { Ref } from 'react';
import type { Grade } from '../../domain/progress';
import { GRADES, type IntervalPreview } from '../../domain/scheduler';
import { Kbd } from '../../components/kbd';
import { GRADE_LABELS } from '../../components/grade-labels';

interface GradeButtonsProps {
  previews: Record<Grade, IntervalPreview>;
  onGrade: (grade: Grade) => void;
  groupRef: Ref<HTMLDivElement>;
}

export function GradeButtons({ previews, onGrade, groupRef }: GradeButtonsProps) {
  return (
    <div ref={groupRef} className="grade-buttons" role="group" aria-label="How well did you recall it?" tabIndex={-1}>
      {GRADES.map((grade) => {
        const { label } = previews[grade];
        return (
          <button
            key={grade}
            type="button"
            className={`grade-button grade-${GRADE_LABELS[grade].toLowerCase()}`}
            aria-keyshortcuts={String(grade)}
            onClick={() => onGrade(grade)}
          >
            {/* Name first, so it reads "Good 10m"; the interval is drawn above it. */}
            <span className="grade-name">{GRADE_LABELS[grade]}</span> <span className="grade-interval">{label}</span>
            <Kbd>{String(grade)}</Kbd>
          </button>
        );
      })}
    </div>
  );
}
