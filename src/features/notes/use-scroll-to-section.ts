// Deep links (`#/chapters/x?section=y`) bring the section into view and move focus to its heading,
// so keyboard and screen-reader users land where the link pointed.
import { useEffect } from 'react';

export function useScrollToSection(sectionId: string | null, ready: boolean): void {
  useEffect(() => {
    if (!sectionId || !ready) return;
    const section = document.getElementById(sectionId);
    if (!section) return;
    // An instant jump: a long smooth scroll on arrival feels slow. jsdom has no scrollIntoView; browsers do.
    section.scrollIntoView?.({ block: 'start' });
    section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }, [sectionId, ready]);
}
