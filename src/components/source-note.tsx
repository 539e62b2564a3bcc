// Where a concept comes from, so the learner can find it in their notes.
import type { SourcePlace } from '../domain/deck';

export function SourceNote({ source }: { source: SourcePlace }) {
  return (
    <p className="source-note">
      From your notes: <code>{`${source.file}:${source.line}`}</code>
    </p>
  );
}
