import { useLayoutEffect, useRef, useState } from 'react';

/** An element's content size, kept current: a panel's chart is built for the cell it gets. */
export function useElementSize<T extends HTMLElement>(): [
  React.RefObject<T | null>,
  { width: number; height: number },
] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const set = (width: number, height: number) =>
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    set(el.clientWidth, el.clientHeight);
    const ro = new ResizeObserver(([entry]) => {
      if (entry) set(Math.floor(entry.contentRect.width), Math.floor(entry.contentRect.height));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, size];
}
