import type { SlotOrigin } from '../../load/protocol';
import { localeNumber, type Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';

// toLocaleString builds a new formatter on each call (milliseconds each); the banner asks for
// two languages per file on every render.
const formatters = new Map<Lang, Intl.DateTimeFormat>();

/** "2024/5/1 10:22" or "01/05/2024, 10:22": when the user loaded a file, in their language. */
export function formatLoadedAt(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    formatters.set(lang, f);
  }
  return f.format(d);
}

/** Where a file came from, as plain text (file names are user data: never markup). */
export function originLabel(origin: SlotOrigin | null, lang: Lang): string {
  if (!origin) return pick(lang, '未提供', 'not supplied');
  if (origin.kind === 'bundled') return pick(lang, '内置数据', 'bundled data');
  if (origin.kind === 'url') return pick(lang, `网址 ${origin.url}`, `URL ${origin.url}`);
  return pick(lang, `你的文件“${origin.name}”`, `your file “${origin.name}”`);
}

export const countLabel = (n: number, lang: Lang) => localeNumber(n, lang);
