import { useEffect, useState } from 'react';

/**
 * Cycles through `pages` every `periodMs`, from the first page again whenever `resetKey`
 * changes. One interval, and none for a single page. The key is a string on purpose: state
 * that held the previous chart object would keep the previous dataset alive after a reload.
 */
export function usePager(pages: number, resetKey: string, periodMs: number): number {
  const [state, setState] = useState({ key: resetKey, page: 0 });
  useEffect(() => {
    if (pages <= 1) return;
    const id = setInterval(
      () =>
        setState((s) =>
          s.key === resetKey
            ? { key: resetKey, page: (s.page + 1) % pages }
            : { key: resetKey, page: 1 % pages },
        ),
      periodMs,
    );
    return () => clearInterval(id);
  }, [pages, resetKey, periodMs]);
  return state.key === resetKey && state.page < pages ? state.page : 0;
}
