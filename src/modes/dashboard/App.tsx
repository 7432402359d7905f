import { useEffect } from 'react';
import { pick } from '../../i18n/pick';
import { Dashboard } from './Dashboard';
import { DataLoader } from '../../view/load/DataLoader';
import { DatasetContext } from '../../view/load/DatasetContext';
import { useDataset } from '../../view/load/useDataset';
import { ThemeSelect } from '../../view/ThemeSelect';
import { useResolvedTheme } from '../../view/useResolvedTheme';
import { useViewState } from '../../view/useViewState';

/** The dashboard page: header controls, loading and error states, then the dashboard. */
export function App() {
  const [state, update] = useViewState();
  const dataset = useDataset();
  const theme = useResolvedTheme(state.theme);
  const { lang } = state;

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = pick(lang, '精准扶贫进度看板', 'Poverty Alleviation Progress Dashboard');
  }, [lang]);

  return (
    <DatasetContext.Provider value={dataset}>
      <div className="app">
        {/* Keyboard readers reach the charts without tabbing through every region first. */}
        <a className="skip-link" href="#view-panel">
          {pick(lang, '跳到图表', 'Skip to the charts')}
        </a>
        <header className="app-header">
          <h1>{pick(lang, '精准扶贫进度看板', 'Poverty Alleviation Progress')}</h1>
          <div className="app-controls">
            <DataLoader lang={lang} />
            <button
              type="button"
              onClick={() => update({ lang: lang === 'zh' ? 'en' : 'zh' })}
              lang={lang === 'zh' ? 'en' : 'zh-CN'}
            >
              {lang === 'zh' ? 'English' : '中文'}
            </button>
            <ThemeSelect
              lang={lang}
              value={state.theme}
              onChange={(theme) => update({ theme })}
              auto={['跟随系统', 'Auto']}
            />
            <label>
              <input
                type="checkbox"
                checked={state.decal}
                onChange={(e) => update({ decal: e.target.checked })}
              />{' '}
              {pick(lang, '图案填充', 'Patterns')}
            </label>
          </div>
        </header>
        {dataset.status === 'loading' && (
          <div className="loading" role="status">
            <p>{pick(lang, '正在加载数据…', 'Loading data…')}</p>
            <progress
              max={dataset.total}
              value={dataset.loaded}
              aria-label={pick(lang, '加载进度', 'Loading progress')}
            />
          </div>
        )}
        {dataset.status === 'error' && (
          <p role="alert" className="load-error">
            {pick(lang, '无法加载数据：', 'Could not load the data: ')}
            {pick(lang, dataset.message.zh, dataset.message.en)}
          </p>
        )}
        {dataset.status === 'ready' && (
          <Dashboard
            model={dataset.model}
            result={dataset.result}
            state={state}
            update={update}
            theme={theme}
          />
        )}
      </div>
    </DatasetContext.Provider>
  );
}
