import { useCallback, useEffect, useState } from 'react';

/** Full screen for the whole page; touch screens have no F11, so the screen offers a button. */
export function useFullscreen(): { active: boolean; toggle: () => void } {
  const [active, setActive] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    // A browser may refuse (no user gesture, kiosk policy); the page stays as it is.
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    request.catch(() => {});
  }, []);
  return { active, toggle };
}
