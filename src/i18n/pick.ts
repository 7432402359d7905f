import type { Lang } from './format';

/** Inline bilingual text, for labels that belong to one module. */
export const pick = (lang: Lang, zh: string, en: string): string => (lang === 'zh' ? zh : en);

/** A row's label in the UI language, falling back to the Chinese the source printed. */
export const labelOf = (row: { labelZh: string; labelEn: string }, lang: Lang): string =>
  lang === 'en' && row.labelEn !== '' ? row.labelEn : row.labelZh;

/** A row's quality note in the UI language, the other language only when this one is empty. */
export const noteText = (
  row: { qualityNote: string; qualityNoteZh: string },
  lang: Lang,
): string =>
  lang === 'zh' ? row.qualityNoteZh || row.qualityNote : row.qualityNote || row.qualityNoteZh;
