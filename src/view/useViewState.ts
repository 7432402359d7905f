import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isNavigation, parseViewState, serializeViewState, type ViewState } from './urlState';

/** View state mirrored in the URL: drill-downs push history entries, other changes replace. */
export function useViewState(
  defaults?: ViewState,
): [ViewState, (patch: Partial<ViewState>) => void] {
  const [state, setState] = useState<ViewState>(() =>
    parseViewState(window.location.search, defaults),
  );
  // The latest state for `update`, which computes the next URL without waiting for a render.
  const current = useRef(state);
  useLayoutEffect(() => {
    current.current = state;
  }, [state]);

  useEffect(() => {
    const onPop = () => setState(parseViewState(window.location.search, defaults));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [defaults]);

  const update = useCallback((patch: Partial<ViewState>) => {
    const prev = current.current;
    const next = { ...prev, ...patch };
    const url = `${window.location.pathname}${serializeViewState(next, window.location.search)}${window.location.hash}`;
    if (isNavigation(prev, next)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    current.current = next;
    setState(next);
  }, []);

  return [state, update];
}
