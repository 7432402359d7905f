import '../../view/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import ScreenMode from './ScreenMode';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ScreenMode />
  </StrictMode>,
);
