// The dashboard mode (index.html): regions, views, loading your own data, exports; see docs/architecture.md.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerChartModules } from '../../charts/chartLoaders';
import { getChart } from '../../charts/registry';
import { parseViewState } from '../../view/urlState';
import { shownCharts } from './shownCharts';
import '../../view/base.css';
import './app.css';

// The ECharts modules of the view in the address download while the data loads; other views'
// modules load when a view is opened (useChartModules).
// A failure here is reported by the view, which asks again.
registerChartModules(shownCharts(parseViewState(window.location.search).view).map(getChart)).catch(
  () => {},
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
