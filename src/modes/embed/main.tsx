// The embed mode (embed.html): one chart for other sites' iframes; its URL contract lives in src/view/embed.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedPage } from './EmbedPage';
import './embed.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EmbedPage />
  </StrictMode>,
);
