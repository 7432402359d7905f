import { useCallback, useEffect, useRef } from 'react';
import { isPing, resizeMessage } from '../../view/embed/resizeMessage';

const inFrame = (): boolean => window.parent !== window;

/**
 * Tells the host page how tall this embed is, whenever that changes: body resizes, web
 * fonts arriving, the chart's renders. A ping from the host (its script loaded after us)
 * gets the current height again. Returns a callback for the chart's render events.
 */
export function useReportHeight(frameId: string): () => void {
  const last = useRef(-1);

  const report = useCallback(
    (force = false) => {
      if (!inFrame()) return;
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height === 0 || (!force && height === last.current)) return;
      last.current = height;
      // The height is not secret and the host may be any site, hence '*'.
      window.parent.postMessage(resizeMessage(frameId, height), '*');
    },
    [frameId],
  );

  useEffect(() => {
    if (!inFrame()) return;
    const observer = new ResizeObserver(() => report());
    observer.observe(document.body);
    let live = true;
    void document.fonts?.ready.then(() => live && report());
    const onMessage = (e: MessageEvent) => {
      if (e.source === window.parent && isPing(e.data)) report(true);
    };
    window.addEventListener('message', onMessage);
    return () => {
      live = false;
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [report]);

  return useCallback(() => report(), [report]);
}
