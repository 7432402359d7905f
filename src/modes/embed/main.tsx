// The embed mode (embed.html): one chart for other sites' iframes; its URL contract lives in src/view/embed.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDefinition, registerChartModules } from '../../charts/chartLoaders';
import { EmbedPage } from './EmbedPage';
import { parseEmbedParams } from '../../view/embed/embedParams';
import { startEmbedData } from './useEmbedModel';
import './embed.css';

// The chart's code starts downloading now, not after React mounts; its data is read as soon as
// its small definition says which tables (embed.html has already requested the files).
const params = parseEmbedParams(window.location.search);
const definition = params.chart.ok ? loadDefinition(params.chart.id) : null;
const data = (definition ?? Promise.resolve(null)).then(
  (d) => startEmbedData(window.location.search, window.location.href, d),
  () => startEmbedData(window.location.search, window.location.href, null),
);
const chart =
  definition
    ?.then(async (d) => {
      await registerChartModules([d]);
      return d;
    })
    .catch((e: unknown) => e as Error) ?? null;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EmbedPage params={params} data={data} chart={chart} />
  </StrictMode>,
);
