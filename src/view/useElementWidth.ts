import { useLayoutEffect, useRef, useState } from 'react';

const contentWidth = (el: HTMLElement): number => {
  const style = getComputedStyle(el);
  return Math.round(
    el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
  );
};

/**
 * Tracks an element's content width so charts are built for the space they get. Null until
 * measured: the first render runs before layout, and a chart mounted there at a guessed width
 * keeps its first canvas size for a few frames after the rebuild, overflowing its box.
 */
export function useElementWidth<T extends HTMLElement>(): [
  React.RefObject<T | null>,
  number | null,
] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(contentWidth(el));
    const ro = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}
