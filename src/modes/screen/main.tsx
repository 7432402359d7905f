// The wall mode (screen.html; old ?mode=screen links land here): a rotating playlist for big displays.
import '../../view/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import ScreenMode from './ScreenMode';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ScreenMode />
  </StrictMode>,
);
