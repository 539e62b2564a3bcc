// Anki's review keys: Space or Enter shows the answer, 1–4 grade, Z undoes.
import type { Grade } from '../../domain/progress';

export type KeyAction = { kind: 'flip' } | { kind: 'grade'; grade: Grade } | { kind: 'undo' };

type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'repeat' | 'isComposing' | 'target'>;

const TEXT_ENTRY = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
// Space and Enter already activate these; the shortcut must not act a second time.
const ACTIVATES_ON_SPACE_OR_ENTER = `button, a[href], summary, [role="button"], [role="link"], ${TEXT_ENTRY}`;

const targetMatches = (target: EventTarget | null, selector: string) => target instanceof Element && target.closest(selector) !== null;

export function reviewKeyAction(event: KeyPress): KeyAction | null {
  if (event.repeat || event.isComposing || event.altKey || targetMatches(event.target, TEXT_ENTRY)) return null;
  const { key } = event;
  // Ctrl+Z and ⌘Z undo too, as everywhere else.
  if ((key === 'z' || key === 'Z') && !event.shiftKey) return { kind: 'undo' };
  if (event.ctrlKey || event.metaKey) return null;
  if (key === ' ' || key === 'Enter') return targetMatches(event.target, ACTIVATES_ON_SPACE_OR_ENTER) ? null : { kind: 'flip' };
  if (key === '1' || key === '2' || key === '3' || key === '4') return { kind: 'grade', grade: Number(key) as Grade };
  return null;
}
