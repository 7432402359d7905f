// The embed mode (embed.html): one chart for other sites' iframes; its URL contract lives in src/view/embed.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadChart } from '../../charts/chartLoaders';
import { CHART_TABLES } from '../../charts/chartTables';
import { EmbedPage } from './EmbedPage';
import { parseEmbedParams } from '../../view/embed/embedParams';
import { startEmbedData } from './useEmbedModel';
import './embed.css';

// The data and the chart's code start downloading now, side by side, not after React mounts.
const params = parseEmbedParams(window.location.search);
const data = startEmbedData(
  window.location.search,
  window.location.href,
  params.chart.ok ? CHART_TABLES[params.chart.id] : [],
);
const chart = params.chart.ok ? loadChart(params.chart.id).catch((e: unknown) => e as Error) : null;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EmbedPage params={params} data={data} chart={chart} />
  </StrictMode>,
);
