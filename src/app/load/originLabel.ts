import type { SlotOrigin } from '../../data/workerProtocol';
import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';

/** "2024/5/1 10:22" or "01/05/2024, 10:22": when the user loaded a file, in their language. */
export function formatLoadedAt(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** Where a file came from, as plain text (file names are user data: never markup). */
export function originLabel(origin: SlotOrigin | null, lang: Lang): string {
  if (!origin) return pick(lang, '未提供', 'not supplied');
  if (origin.kind === 'bundled') return pick(lang, '内置数据', 'bundled data');
  if (origin.kind === 'url') return pick(lang, `网址 ${origin.url}`, `URL ${origin.url}`);
  return pick(lang, `你的文件“${origin.name}”`, `your file “${origin.name}”`);
}

export const countLabel = (n: number, lang: Lang) =>
  n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
