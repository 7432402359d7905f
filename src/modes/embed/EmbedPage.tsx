import { useEffect, useMemo, type ReactNode } from 'react';
import { CHART_IDS } from '../../charts/registry';
import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import { useResolvedTheme } from '../../view/useResolvedTheme';
import { EmbedFigure } from './EmbedFigure';
import { dashboardHref } from './embedLinks';
import { parseEmbedParams } from './embedParams';
import { useEmbedModel } from './useEmbedModel';
import { useReportHeight } from './useReportHeight';

/** One chart for other sites' iframes: `embed.html?chart=exit-timeline&region=421202&lang=zh&theme=auto`. */
export function EmbedPage() {
  const { chart, state, frameId, transparent, subtitle } = useMemo(
    () => parseEmbedParams(window.location.search),
    [],
  );
  const { lang } = state;
  const theme = useResolvedTheme(state.theme);
  const report = useReportHeight(frameId);
  const data = useEmbedModel();
  const dashboard = dashboardHref(
    chart.ok ? chart.id : null,
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
        {pick(lang, `无法加载数据：${data.message}`, `Could not load the data: ${data.message}`)}
      </Notice>
    );
  if (data.status === 'loading')
    return (
      <main className="embed">
        <p role="status" className="embed-loading">
          {pick(lang, '正在加载…', 'Loading…')}
        </p>
      </main>
    );
  if (!data.model.region(state.region))
    return (
      <Notice lang={lang} dashboard={dashboard}>
        {pick(
          lang,
          `数据中没有地区代码“${state.region}”。`,
          `The dataset has no region with code "${state.region}".`,
        )}
      </Notice>
    );
  return (
    <EmbedFigure
      model={data.model}
      chartId={chart.id}
      state={state}
      theme={theme}
      dashboard={dashboard}
      onRendered={report}
      subtitle={subtitle}
    />
  );
}

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
