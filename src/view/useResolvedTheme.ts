import { useEffect, useState } from 'react';
import type { ThemeName } from '../charts/theme';
import type { ThemeChoice } from './urlState';

/** `auto` follows prefers-color-scheme, live. */
export function useResolvedTheme(choice: ThemeChoice): ThemeName {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const mq = window.matchMedia(query);
    const on = () => setDark(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  const theme = choice === 'auto' ? (dark ? 'dark' : 'light') : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
