import { useEffect, useState } from 'react';
import { COUNT_UP_MS } from './countUp';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Progress, 0 → 1, of a count-up that starts whenever `runKey` changes. One animation frame
 * loop for all the numbers that share it, cancelled when the key changes or the component
 * goes, so no frame outlives its slide. Without `enabled` (the `animation=0` player) or under
 * prefers-reduced-motion it is 1 at once and no frame is requested.
 */
export function useCountUp(runKey: string, enabled: boolean): number {
  const [state, setState] = useState(() => ({
    key: runKey,
    t: enabled && !reducedMotion() ? 0 : 1,
  }));
  useEffect(() => {
    if (!enabled || reducedMotion()) return;
    let frame = 0;
    let start: number | null = null;
    const tick = (now: number) => {
      start ??= now;
      const t = Math.min(1, (now - start) / COUNT_UP_MS);
      setState({ key: runKey, t });
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [runKey, enabled]);
  if (!enabled) return 1;
  // A new key reads 0 until its first frame, so the new figures never flash at full value.
  if (state.key !== runKey) return reducedMotion() ? 1 : 0;
  return state.t;
}
