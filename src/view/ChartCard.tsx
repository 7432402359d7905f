import { useId, useState, type ReactNode, type Ref } from 'react';
import type EChartsReactCore from 'echarts-for-react/esm/core';
import type { BuiltChart } from '../charts/chartTypes';
import type { Lang } from '../i18n/format';
import { pick } from '../i18n/pick';
import { sourceHref } from '../i18n/sourceName';
import { DataTable } from './DataTable';
import { EChart } from './EChart';
import { FlagDetails, NoData, SourceLine } from './FigureParts';
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
            ownMaps={built.ownMaps}
            label={built.description}
            onEvents={onEvents}
            chartRef={chartRef}
            lang={lang}
          />
        ) : (
          <NoData lang={lang} />
        )}
      </div>
      {built.option && <p className="sr-only">{built.description}</p>}
      <footer className="chart-card-foot">
        <SourceLine
          files={built.sourceFiles}
          manifest={manifest}
          href={(f) => sourceHref(manifest, f)}
          lang={lang}
          className="source-line"
        />
        <FlagDetails flags={built.flags} lang={lang} className="flags" />
      </footer>
    </section>
  );
}
