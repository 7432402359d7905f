import type { HeadlineFigure, HeadlineKey } from '../model/headline';
import type { Lang } from './format';
import { INDICATOR_LABELS, METRIC_LABELS } from './labels';
import { pick } from './pick';

export const HEADLINE_LABELS: Record<HeadlineKey, { zh: string; en: string }> = {
  people_lifted: INDICATOR_LABELS.people_lifted,
  counties_exited: INDICATOR_LABELS.counties_exited,
  villages_exited: INDICATOR_LABELS.villages_exited,
  poor_people: INDICATOR_LABELS.poor_people,
  poor_households: INDICATOR_LABELS.poor_households,
  incidence: METRIC_LABELS.incidence,
  poor_villages: INDICATOR_LABELS.poor_villages,
  exit_share: METRIC_LABELS.exit_share,
  funds: { zh: '当年扶贫资金', en: 'Funds in the year' },
};

/** A one-year exit rate is named as that year's, so it never reads as progress to date. */
export function figureLabel(figure: HeadlineFigure, lang: Lang): string {
  const end = figure.period?.end;
  return figure.derivation?.kind === 'year_rate' && end !== undefined
    ? pick(lang, `${end}年当年贫困村出列率`, `Poor villages exited in ${end}`)
    : HEADLINE_LABELS[figure.key][lang];
}
