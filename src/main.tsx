import { StrictMode, lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './modes/dashboard/App';
import './modes/dashboard/app.css';

const ScreenMode = lazy(() => import('./modes/screen/ScreenMode'));
const isScreen = new URLSearchParams(window.location.search).get('mode') === 'screen';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {isScreen ? (
      <Suspense fallback={null}>
        <ScreenMode />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
