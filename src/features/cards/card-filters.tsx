// The card browser's filters: chapter, section, state, leeches, flag, due within N days, and text.
import { BROWSER_STATES, type BrowserState, type RowFilter } from '../../domain/card-browser-rows';
import type { Deck } from '../../domain/deck';
import { CARD_FLAGS, type CardFlag } from '../../domain/progress';
import { chapterLabel } from '../../components/scope-label';
import { FLAG_LABELS, STATE_LABELS } from './card-text';

interface CardFiltersProps {
  deck: Deck;
  filter: RowFilter;
  onChange: (filter: RowFilter) => void;
}

const ALL = '';

export function CardFilters({ deck, filter, onChange }: CardFiltersProps) {
  const set = (change: Partial<RowFilter>) => onChange({ ...filter, ...change });
  const chapter = deck.chapters.find((candidate) => candidate.id === filter.chapterId);
  return (
    <form className="card-filters" role="search" aria-label="Filter cards" onSubmit={(event) => event.preventDefault()}>
      <label className="card-filter card-filter-text">
        <span>Text</span>
        <input type="search" value={filter.text} onChange={(event) => set({ text: event.target.value })} placeholder="Front, answer or term" />
      </label>
      <label className="card-filter">
        <span>Chapter</span>
        <select value={filter.chapterId ?? ALL} onChange={(event) => set({ chapterId: event.target.value || null, sectionId: null })}>
          <option value={ALL}>All chapters</option>
          {deck.chapters.map((option) => (
            <option key={option.id} value={option.id}>
              {chapterLabel(option)}
            </option>
          ))}
        </select>
      </label>
      <label className="card-filter">
        <span>Section</span>
        <select value={filter.sectionId ?? ALL} onChange={(event) => set({ sectionId: event.target.value || null })} disabled={!chapter}>
          <option value={ALL}>{chapter ? 'All sections' : 'Choose a chapter first'}</option>
          {chapter?.sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.title}
            </option>
          ))}
        </select>
      </label>
      <label className="card-filter">
        <span>State</span>
        <select value={filter.state ?? ALL} onChange={(event) => set({ state: (event.target.value || null) as BrowserState | null })}>
          <option value={ALL}>Any state</option>
          {BROWSER_STATES.map((state) => (
            <option key={state} value={state}>
              {STATE_LABELS[state]}
            </option>
          ))}
        </select>
      </label>
      <label className="card-filter">
        <span>Flag</span>
        <select value={filter.flag ?? ALL} onChange={(event) => set({ flag: (event.target.value || null) as RowFilter['flag'] })}>
          <option value={ALL}>Flagged or not</option>
          <option value="any">Any flag</option>
          <option value="none">No flag</option>
          {CARD_FLAGS.map((flag: CardFlag) => (
            <option key={flag} value={flag}>
              {FLAG_LABELS[flag]}
            </option>
          ))}
        </select>
      </label>
      <label className="card-filter card-filter-days">
        <span>Due within (days)</span>
        <input
          type="number"
          min={0}
          max={3650}
          inputMode="numeric"
          value={filter.dueWithinDays ?? ''}
          placeholder="any"
          onChange={(event) => {
            const days = event.target.value === '' ? null : Math.max(0, Math.round(Number(event.target.value)));
            set({ dueWithinDays: days === null || Number.isNaN(days) ? null : days });
          }}
        />
      </label>
      <label className="card-filter card-filter-check">
        <input type="checkbox" checked={filter.leechesOnly} onChange={(event) => set({ leechesOnly: event.target.checked })} />
        <span>Leeches only</span>
      </label>
    </form>
  );
}
