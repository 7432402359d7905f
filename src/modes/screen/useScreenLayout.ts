import { useEffect, useState } from 'react';
import { screenLayout, type ScreenLayout } from './screenLayout';

const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });

/** The layout for the current window, re-laid on resize; sets the root font size it implies. */
export function useScreenLayout(): ScreenLayout & { width: number; height: number } {
  const [size, setSize] = useState(viewport);
  useEffect(() => {
    const onResize = () => setSize(viewport());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const layout = screenLayout(size.width, size.height);
  useEffect(() => {
    const root = document.documentElement;
    root.style.fontSize = `${layout.rootPx}px`;
    root.classList.add('screen-mode');
    return () => {
      root.style.fontSize = '';
      root.classList.remove('screen-mode');
    };
  }, [layout.rootPx]);
  return { ...layout, ...size };
}
