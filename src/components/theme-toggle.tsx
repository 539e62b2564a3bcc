// System / light / dark, in the header: a radio group (one Tab stop, arrow keys choose) drawn as three icons.
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { ThemePreference } from './theme-document';
import { useThemePreference } from './theme-preference';
import './theme-toggle.css';

interface ThemeOption {
  value: ThemePreference;
  label: string;
  icon: ReactNode;
}

const iconProps = {
  width: 20,
  height: 20,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

const options: readonly ThemeOption[] = [
  {
    value: 'system',
    label: 'System',
    icon: (
      <svg {...iconProps}>
        <rect x="3" y="4" width="18" height="12" rx="2" />
        <path d="M8 20h8M12 16v4" />
      </svg>
    ),
  },
  {
    value: 'light',
    label: 'Light',
    icon: (
      <svg {...iconProps}>
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    ),
  },
  {
    value: 'dark',
    label: 'Dark',
    icon: (
      <svg {...iconProps}>
        <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />
      </svg>
    ),
  },
];

export function ThemeToggle() {
  const [theme, setTheme] = useThemePreference();
  // Unique per toggle, so a second theme control (the settings screen) is a separate radio group.
  const name = useId();
  return (
    <fieldset className="theme-toggle">
      <legend className="visually-hidden">Theme</legend>
      {options.map((option) => (
        <label key={option.value} className="theme-option" title={`${option.label} theme`}>
          <input
            type="radio"
            className="theme-option-input"
            name={name}
            value={option.value}
            checked={theme === option.value}
            onChange={() => setTheme(option.value)}
          />
          {option.icon}
          <span className="visually-hidden">{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
