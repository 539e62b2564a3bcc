// A horizontal progress bar with an accessible name and a spoken value ("5 of 20 answered").
import './progress-bar.css';

interface ProgressBarProps {
  label: string;
  value: number;
  max: number;
  /** What a screen reader says instead of a bare percentage. */
  valueText?: string;
}

export function ProgressBar({ label, value, max, valueText }: ProgressBarProps) {
  const safeMax = Math.max(0, max);
  const safeValue = Math.min(Math.max(0, value), safeMax);
  const share = safeMax === 0 ? 0 : safeValue / safeMax;
  return (
    <div
      className="progress-bar"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={safeMax}
      aria-valuenow={safeValue}
      aria-valuetext={valueText}
    >
      <div className="progress-bar-fill" style={{ width: `${(share * 100).toFixed(2)}%` }} />
    </div>
  );
}
