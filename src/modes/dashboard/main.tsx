// The dashboard mode (index.html): regions, views, loading your own data, exports; see docs/architecture.md.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadCharts } from '../../charts/chartLoaders';
import { parseViewState } from '../../view/urlState';
import { shownCharts } from './shownCharts';
import '../../view/base.css';
import './app.css';

// The charts of the view in the address (builders and ECharts modules) download while the data
// loads; other views' charts load when a view is opened (useChartModules).
// A failure here is reported by the view, which asks again.
loadCharts(shownCharts(parseViewState(window.location.search).view)).catch(() => {});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
