import type { Lang } from '../i18n/format';
import { pick } from '../i18n/pick';
import type { ThemeChoice } from './urlState';

const NAMES: Record<Exclude<ThemeChoice, 'auto'>, [string, string]> = {
  light: ['浅色', 'Light'],
  dark: ['深色', 'Dark'],
};

/**
 * Light, dark, or whatever the viewer's system prefers; `auto` names whose system that is
 * (the dashboard's user, or an embed's reader).
 */
export function ThemeSelect(p: {
  lang: Lang;
  value: ThemeChoice;
  onChange: (theme: ThemeChoice) => void;
  auto: [zh: string, en: string];
}) {
  return (
    <label>
      {pick(p.lang, '主题', 'Theme')}{' '}
      <select value={p.value} onChange={(e) => p.onChange(e.target.value as ThemeChoice)}>
        {Object.entries({ ...NAMES, auto: p.auto }).map(([value, [zh, en]]) => (
          <option key={value} value={value}>
            {pick(p.lang, zh, en)}
          </option>
        ))}
      </select>
    </label>
  );
}
