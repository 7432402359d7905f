import { useId, useState, type ReactNode, type Ref } from 'react';
import type EChartsReactCore from 'echarts-for-react/esm/core';
import type { BuiltChart } from '../charts/chartTypes';
import type { Lang } from '../i18n/format';
import { FLAG_LABELS } from '../i18n/labels';
import { pick } from '../i18n/pick';
import { sourceHref, sourceName } from '../i18n/sourceName';
import { DataTable } from './DataTable';
import { EChart } from './EChart';
import { Tabs } from './Tabs';
import type { Manifest } from '../data/types';

export interface ChartCardProps {
  chartId: string;
  built: BuiltChart;
  lang: Lang;
  manifest: Manifest | null;
  onEvents?: Record<string, (params: unknown) => void>;
  chartRef?: Ref<EChartsReactCore>;
  /** Controls shown above the chart (year player, metric picker). */
  controls?: ReactNode;
  /** Export and embed buttons. */
  actions?: ReactNode;
}

/** One chart with its table tab, its sources and its data-quality flags. */
export function ChartCard({
  chartId,
  built,
  lang,
  manifest,
  onEvents,
  chartRef,
  controls,
  actions,
}: ChartCardProps) {
  const [tab, setTab] = useState<'chart' | 'table'>('chart');
  const prefix = useId();
  return (
    <section className="chart-card" data-chart={chartId} aria-labelledby={`${prefix}-title`}>
      <header className="chart-card-head">
        <h3 id={`${prefix}-title`}>{built.title}</h3>
        <Tabs
          idPrefix={prefix}
          label={pick(lang, '显示方式', 'Display')}
          active={tab}
          onSelect={setTab}
          items={[
            { id: 'chart', label: pick(lang, '图表', 'Chart') },
            { id: 'table', label: pick(lang, '数据表', 'Table') },
          ]}
        />
        {actions}
      </header>
      {controls}
      <div
        id={`${prefix}-panel`}
        role="tabpanel"
        aria-labelledby={`${prefix}-tab-${tab}`}
        className="chart-card-body"
      >
        {tab === 'table' ? (
          <DataTable table={built.table} caption={built.title} lang={lang} />
        ) : built.option ? (
          <EChart
            option={built.option}
            height={built.height}
            maps={built.maps}
            label={built.description}
            onEvents={onEvents}
            chartRef={chartRef}
            lang={lang}
          />
        ) : (
          <p className="no-data" role="note">
            {pick(
              lang,
              '无数据：来源文件未提供此项数据。',
              'No data: the sources do not give these figures.',
            )}
          </p>
        )}
      </div>
      {built.option && <p className="sr-only">{built.description}</p>}
      <footer className="chart-card-foot">
        {built.sourceFiles.length > 0 && (
          <p className="source-line">
            {pick(lang, '来源：', 'Source: ')}
            {built.sourceFiles.map((f, i) => (
              <span key={f}>
                {i > 0 && pick(lang, '；', '; ')}
                <a href={sourceHref(manifest, f)} target="_blank" rel="noopener">
                  {sourceName(manifest, f, lang)}
                </a>
              </span>
            ))}
          </p>
        )}
        {built.flags.length > 0 && (
          <details className="flags">
            <summary>
              ⚠{' '}
              {pick(
                lang,
                `${built.flags.length} 项数据质量提示`,
                `${built.flags.length} data-quality flag(s)`,
              )}
            </summary>
            <ul>
              {built.flags.map((f) => (
                <li key={f.id}>
                  <strong>{FLAG_LABELS[f.flag][lang]}</strong>「{f.quote}」{f.note}
                </li>
              ))}
            </ul>
          </details>
        )}
      </footer>
    </section>
  );
}
