import type { Manifest, SourceCitation, SourceEntry } from '../data/types';
import type { Lang } from './format';
import { pick } from './pick';

/**
 * Width, in Chinese characters, a title keeps in the short form: about what a tooltip line or
 * the wall's source strip holds beside a second name. Latin letters count half.
 */
const SHORT_WIDTH = 16;

/** The manifest's entry for a source file; undefined when the manifest does not list it. */
export const sourceEntry = (
  manifest: Manifest | null | undefined,
  file: string,
): SourceEntry | undefined => manifest?.sources.find((s) => s.file === file);

const widthOf = (ch: string) => (/[\u2e80-\uffff]/u.test(ch) ? 1 : 0.5);

/** The title whole when it fits SHORT_WIDTH, else cut with "…" to fit. */
function shorten(title: string): string {
  const chars = [...title];
  if (chars.reduce((w, ch) => w + widthOf(ch), 0) <= SHORT_WIDTH) return title;
  let width = widthOf('…');
  let out = '';
  for (const ch of chars) {
    if ((width += widthOf(ch)) > SHORT_WIDTH) break;
    out += ch;
  }
  // A cut at a dash or a space would leave it dangling before the "…".
  return `${out.replace(/[\s\u2013\u2014-]+$/u, '')}…`;
}

/**
 * A cited publication as a reader names it: "人民日报 2020-01-25 第1版" / "People's Daily,
 * 2020-01-25, p. 1", its title first when it has one; the short form drops title and page.
 */
function citationName(c: SourceCitation, lang: Lang, form: 'full' | 'short'): string {
  const publisher = pick(lang, c.publisher, c.publisher_en?.trim() || c.publisher);
  const page = c.page?.trim() ?? '';
  if (form === 'short') return pick(lang, `${publisher} ${c.date}`, `${publisher}, ${c.date}`);
  const title = c.title.trim();
  const zh = [title && `《${title}》`, publisher, c.date, page && `第${page}版`];
  const en = [title && `《${title}》`, publisher, c.date, page && `p. ${page}`];
  return pick(lang, zh.filter(Boolean).join(' '), en.filter(Boolean).join(', '));
}

/**
 * Where a reader opens a source: the held document at `sources/<file>`, or a citation's URL.
 * Relative to the page, as every link to a held document is.
 */
export function sourceHref(manifest: Manifest | null | undefined, file: string): string {
  const doc = sourceEntry(manifest, file);
  return doc?.kind === 'citation' ? doc.url : `sources/${encodeURIComponent(file)}`;
}

/**
 * A source document as a reader names it: 《title》 and its publisher, or in the short form
 * (tooltips, the wall) the title alone, cut to fit. Titles are Chinese and stay Chinese in
 * English, as published: nothing is translated. The file name is the name only of a document
 * the manifest does not list or lists without a title; a clerk finds files in the data tables.
 */
export function sourceName(
  manifest: Manifest | null | undefined,
  file: string,
  lang: Lang,
  form: 'full' | 'short' = 'full',
): string {
  const doc = sourceEntry(manifest, file);
  if (doc?.kind === 'citation') return citationName(doc, lang, form);
  const title = doc?.title.trim() ?? '';
  if (!doc || title === '') return file;
  if (form === 'short') return `《${shorten(title)}》`;
  const publisher = doc.publisher.trim();
  if (publisher === '') return `《${title}》`;
  return pick(lang, `《${title}》，${publisher}`, `《${title}》, ${publisher}`);
}
