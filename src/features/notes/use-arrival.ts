// Lands a link on its place in the notes (`?section=`, `?card=`, `?line=`): scrolled into view, focused (so keyboard
// and screen-reader users are there too) and highlighted; the highlight fades unless the learner prefers less motion.
import { useEffect } from 'react';

export const ARRIVED_CLASS = 'is-arrived';

export interface Arrival {
  /** Element ids of the place, best first: the first one on the page is used. */
  elementIds: string[];
  /** Sections start at the top of the view; a line is brought to the middle, with its context around it. */
  block: ScrollLogicalPosition;
}

/** `key` changes when the link changes, so following a second link to the same screen lands again. */
export function useArrival(arrival: Arrival | null, key: string): void {
  const elementIds = arrival?.elementIds.join(' ') ?? '';
  const block = arrival?.block ?? 'start';
  useEffect(() => {
    if (elementIds === '') return;
    // After this render's effects: the shell resets scroll and focus on a route change, and must not undo this.
    const timer = window.setTimeout(() => {
      const element = elementIds
        .split(' ')
        .map((id) => document.getElementById(id))
        .find((candidate) => candidate !== null);
      if (!element) return;
      // A list item is brought into view by its own line: with its nested lines (and an open card) it can be taller
      // than the screen. An instant jump: a long smooth scroll on arrival feels slow. jsdom has no scrollIntoView.
      const line = element.querySelector(':scope > .note-line') ?? element;
      line.scrollIntoView?.({ block });
      if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
      element.focus({ preventScroll: true });
      element.classList.remove(ARRIVED_CLASS);
      // Restarts the fade when the same place is reached again.
      void element.offsetWidth;
      element.classList.add(ARRIVED_CLASS);
    }, 0);
    return () => window.clearTimeout(timer);
  }, [elementIds, block, key]);
}
