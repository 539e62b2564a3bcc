// A keyboard shortcut shown on a control. Hidden from assistive technology: the control names the
// shortcut once with `aria-keyshortcuts`, so a screen reader does not read the key twice.
import './kbd.css';

export function Kbd({ children }: { children: string }) {
  return (
    <kbd className="kbd" aria-hidden="true">
      {children}
    </kbd>
  );
}
