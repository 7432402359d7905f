import type { Lang } from './format';
import { pick } from './pick';

/** A region code from the URL, shown as the reader typed it but never longer than a code. */
const shown = (code: string) => (code.length > 40 ? `${code.slice(0, 40)}…` : code);

/**
 * The notice for `region=` codes the data does not have, saying what is shown instead: the
 * dashboard falls back to the nation, the wall skips them, the embed shows no chart.
 */
export function regionNotFound(
  codes: readonly string[],
  instead: 'nation' | 'skipped' | 'nothing',
  lang: Lang,
): string {
  const zh = codes.map((c) => `“${shown(c)}”`).join('、');
  const en = codes.map((c) => `"${shown(c)}"`).join(', ');
  const one = codes.length === 1;
  const head = pick(
    lang,
    `数据中没有地区代码${zh}`,
    `The dataset has no region with code${one ? '' : 's'} ${en}`,
  );
  const tail = {
    nation: pick(lang, '，现显示全国。', '; showing the whole country instead.'),
    skipped: pick(lang, '，已跳过。', one ? '; it is skipped.' : '; they are skipped.'),
    nothing: pick(lang, '。', '.'),
  }[instead];
  return `${head}${tail}`;
}
