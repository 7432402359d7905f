import type { FundSource, IndicatorKey, QualityFlag } from '../data/types';
import type { MetricKey } from '../model/metrics';
import type { Lang } from './format';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;

export const METRIC_LABELS: Labels<MetricKey> = {
  exit_share: { zh: '贫困村出列比例', en: 'Share of poor villages exited' },
  poor_people: { zh: '贫困人口', en: 'Poor population' },
  incidence: { zh: '贫困发生率', en: 'Poverty incidence' },
  funds: { zh: '扶贫资金', en: 'Poverty-alleviation funds' },
};

export const INDICATOR_LABELS: Labels<IndicatorKey> = {
  poor_households: { zh: '贫困户', en: 'Poor households' },
  poor_people: { zh: '贫困人口', en: 'Poor people' },
  poverty_incidence: { zh: '贫困发生率', en: 'Poverty incidence' },
  people_lifted: { zh: '脱贫人口', en: 'People lifted out' },
  households_lifted: { zh: '脱贫户数', en: 'Households lifted out' },
  poor_villages: { zh: '贫困村', en: 'Poor villages' },
  villages_exited: { zh: '出列贫困村', en: 'Villages exited' },
  poor_counties: { zh: '贫困县', en: 'Poor counties' },
  counties_exited: { zh: '摘帽贫困县', en: 'Counties exited' },
  poverty_line: { zh: '贫困标准', en: 'Poverty line' },
  income_per_capita: { zh: '人均收入', en: 'Income per person' },
  gdp: { zh: '地区生产总值', en: 'GDP' },
  other: { zh: '其他', en: 'Other' },
};

export const FUND_SOURCE_LABELS: Labels<FundSource> = {
  central_provincial: { zh: '中央和省级专项', en: 'Central & provincial special funds' },
  central: { zh: '中央专项', en: 'Central funds' },
  provincial: { zh: '省级专项', en: 'Provincial funds' },
  city_budget: { zh: '市级财政', en: 'City budget' },
  county_budget: { zh: '县级财政', en: 'County budget' },
  credit: { zh: '扶贫信贷', en: 'Credit' },
  social: { zh: '社会捐助', en: 'Social donations' },
  pairing_aid: { zh: '对口帮扶', en: 'Pairing aid' },
  integrated: { zh: '整合涉农资金', en: 'Integrated agricultural funds' },
  industry: { zh: '产业资金', en: 'Industry funds' },
  other: { zh: '其他', en: 'Other' },
};

export const FLAG_LABELS: Labels<QualityFlag> = {
  doubtful: { zh: '存疑', en: 'Doubtful' },
  inconsistent: { zh: '前后不一', en: 'Inconsistent' },
  derived: { zh: '推算', en: 'Derived' },
  period_inferred: { zh: '年份推定', en: 'Year inferred' },
  unmatched: { zh: '未匹配代码', en: 'Unmatched code' },
};

/**
 * Whether a flag is printed as a badge on the number. An inferred year leaves the number as
 * printed, so it is told in tables, tooltips' source lines and the sources view instead.
 */
export const onNumber = (flag: QualityFlag | null): flag is QualityFlag =>
  flag !== null && flag !== 'period_inferred';

export const label = <K extends string>(labels: Labels<K>, key: K, lang: Lang): string =>
  labels[key][lang];
