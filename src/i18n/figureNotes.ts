import type { Level, Region } from '../data/types';
import type { Coverage } from '../model/coverage';
import type { HeadlineFigure } from '../model/headline';
import type { Derivation } from '../model/metrics';
import { formatPeriod, type Lang } from './format';
import { pick } from './pick';

// What a figure covers and how it was computed, in words: cards, map labels, chart titles,
// exports and the CLI all say it the same way.

const LEVEL_NOUNS: Partial<Record<Level, [string, string]>> = {
  province: ['省份', 'provinces'],
  prefecture: ['市州', 'prefectures'],
  county: ['县区', 'counties'],
  zone: ['县区', 'counties'],
  township: ['乡镇', 'townships'],
  village: ['村', 'villages'],
};

export const regionNameOf = (r: Region, lang: Lang): string =>
  lang === 'en' && r.nameEn !== '' ? r.nameEn : r.name;

/** Up to three names, then a count: "咸安区、利州区等5个". */
function names(regions: readonly Region[], lang: Lang): string {
  const shown = regions.slice(0, 3).map((r) => regionNameOf(r, lang));
  const more = regions.length - shown.length;
  if (more <= 0) return shown.join(pick(lang, '、', ', '));
  return pick(
    lang,
    `${shown.join('、')}等${regions.length}个地区`,
    `${shown.join(', ')} and ${more} more`,
  );
}

/**
 * "部分：咸安区（6个县区中1个有数据）" / "partial: Xian'an (data in 1 of 6 counties)" for a
 * part; null for a figure that is the region's own or the sum of all its subdivisions.
 */
export function partText(c: Coverage, lang: Lang): string | null {
  if (c.kind !== 'part') return null;
  const [zh, en] = (c.childLevel && LEVEL_NOUNS[c.childLevel]) ?? ['下级地区', 'subdivisions'];
  const of =
    c.children > 0
      ? pick(
          lang,
          `（${c.children}个${zh}中${c.childrenWithData}个有数据）`,
          ` (data in ${c.childrenWithData} of ${c.children} ${en})`,
        )
      : '';
  return pick(
    lang,
    `部分：${names(c.contributors, lang)}${of}`,
    `partial: ${names(c.contributors, lang)}${of}`,
  );
}

/** How a computed value was reached; null for a value read off one row. */
export function derivationText(d: Derivation | null, c: Coverage, lang: Lang): string | null {
  if (!d) return null;
  switch (d.kind) {
    case 'village_schedule':
      return pick(
        lang,
        `据贫困村出列名单统计：共${d.villages}个村，已出列${d.exited}个`,
        `Counted from the village exit list: ${d.exited} of ${d.villages} villages exited`,
      );
    case 'exits_over_poor_villages':
      return pick(
        lang,
        `计算：出列村${d.exited}个 ÷ 贫困村${d.poorVillages}个`,
        `Computed: ${d.exited} villages exited ÷ ${d.poorVillages} poor villages`,
      );
    case 'year_rate':
      return pick(
        lang,
        `当年出列率，非累计进度：当年出列${d.exited}个 ÷ 贫困村${d.poorVillages}个`,
        `That year's rate, not progress to date: ${d.exited} exited in the year ÷ ${d.poorVillages} poor villages`,
      );
    case 'children_sum':
      return c.kind === 'sum'
        ? pick(lang, `${c.children}个下级地区合计`, `Sum of all ${c.children} subdivisions`)
        : pick(
            lang,
            '下级地区合计，仅为部分，不是本地区总数',
            'Sum of some subdivisions: a part, not the total',
          );
    case 'fund_sum':
      return pick(lang, `${d.rows}项资金合计`, `Sum of ${d.rows} fund figures`);
  }
}

/**
 * When a headline figure holds: its period, or the village list it was counted from, and
 * whether it is older than the year in view. The dashboard's card says how much older
 * ("2019年（2020年无新数据）"); the wall, read from across a room, says only "（最新）".
 */
export function figureYearText(
  figure: Pick<HeadlineFigure, 'period' | 'year'>,
  lang: Lang,
  brief = false,
): { text: string; older: boolean } {
  const { period, year } = figure;
  if (!period) return { text: pick(lang, '据出列名单', 'from the village list'), older: false };
  const text = formatPeriod(period, lang);
  if (period.end >= year) return { text, older: false };
  return {
    text: brief
      ? pick(lang, `${text}（最新）`, `${text} (latest)`)
      : pick(lang, `${text}（${year}年无新数据）`, `${text} (none newer by ${year})`),
    older: true,
  };
}
