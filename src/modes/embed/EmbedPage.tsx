import { useEffect, type ReactNode } from 'react';
import { CHART_IDS, type ChartDefinition } from '../../charts/chartTypes';
import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import { regionNotFound } from '../../i18n/regionNotice';
import { whyNoRegions } from '../../data/report';
import { useResolvedTheme } from '../../view/useResolvedTheme';
import { EmbedFigure } from './EmbedFigure';
import { dashboardHref } from './embedLinks';
import type { EmbedParams } from '../../view/embed/embedParams';
import { useSettled, type EmbedData } from './useEmbedModel';
import { useReportHeight } from './useReportHeight';

/** One chart for other sites' iframes: `embed.html?chart=exit-timeline&region=421202&lang=zh&theme=auto`. */
export function EmbedPage({
  params,
  data: dataPromise,
  chart: chartPromise,
}: {
  params: EmbedParams;
  /** Started with the script (startEmbedData). */
  data: Promise<EmbedData>;
  /** The chart's code, loading since the script started (or why it failed); null for an unknown chart. */
  chart: Promise<ChartDefinition | Error> | null;
}) {
  const { chart, state, frameId, transparent, subtitle, regionGiven } = params;
  const { lang } = state;
  const theme = useResolvedTheme(state.theme);
  const report = useReportHeight(frameId);
  const data = useSettled<EmbedData>(dataPromise, { status: 'loading' });
  const definition = useSettled(chartPromise ?? NEVER, null);
  const dashboard = dashboardHref(
    definition instanceof Error ? null : definition,
    state,
    window.location.search,
    document.baseURI,
  );

  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang === 'zh' ? 'zh-CN' : 'en';
    root.toggleAttribute('data-transparent', transparent);
  }, [lang, transparent]);

  if (!chart.ok) {
    const what =
      chart.given === null
        ? pick(lang, '地址中缺少 chart 参数。', 'The address has no chart= parameter.')
        : pick(lang, `未知图表：“${chart.given}”。`, `Unknown chart: "${chart.given}".`);
    return (
      <Notice lang={lang} dashboard={dashboard}>
        {what} {pick(lang, '可用的图表：', 'Valid charts: ')}
        <code>{CHART_IDS.join(', ')}</code>
      </Notice>
    );
  }
  if (data.status === 'error')
    return (
      <Notice lang={lang} dashboard={dashboard}>
        {pick(
          lang,
          `无法加载数据：${data.message.zh}`,
          `Could not load the data: ${data.message.en}`,
        )}
      </Notice>
    );
  if (definition instanceof Error)
    return (
      <Notice lang={lang} dashboard={dashboard}>
        {pick(
          lang,
          `无法加载图表：${definition.message}`,
          `Could not load the chart: ${definition.message}`,
        )}
      </Notice>
    );
  if (data.status === 'loading' || definition === null)
    return (
      <main className="embed">
        <p role="status" className="embed-loading">
          {pick(lang, '正在加载…', 'Loading…')}
        </p>
      </main>
    );
  // No regions at all is the data's fault, not the code's: name the file and its reason.
  if (!data.model.regions.root)
    return (
      <Notice lang={lang} dashboard={dashboard}>
        {pick(lang, whyNoRegions(data.report).zh, whyNoRegions(data.report).en)}
      </Notice>
    );
  const asked = regionGiven ?? state.region;
  if (!data.model.region(asked))
    return (
      <Notice lang={lang} dashboard={dashboard}>
        {regionNotFound([asked], 'nothing', lang)}
      </Notice>
    );
  return (
    <EmbedFigure
      model={data.model}
      chart={definition}
      state={state}
      theme={theme}
      dashboard={dashboard}
      onRendered={report}
      subtitle={subtitle}
    />
  );
}

const NEVER = new Promise<never>(() => {});

function Notice({
  lang,
  dashboard,
  children,
}: {
  lang: Lang;
  dashboard: string;
  children: ReactNode;
}) {
  return (
    <main className="embed embed-notice">
      <p role="alert">{children}</p>
      <p>
        <a href={dashboard} target="_blank" rel="noopener">
          {pick(lang, '打开完整看板 ↗', 'Open the full dashboard ↗')}
        </a>
      </p>
    </main>
  );
}
