import { useEffect, useMemo, useRef, useState } from 'react';
import { RotationController, type RotationStatus } from '../../controllers/rotationController';

export interface Rotation {
  /** Position in the playlist, always within it. */
  index: number;
  status: RotationStatus;
  controller: React.RefObject<RotationController | null>;
  /** Stable across renders, so the buttons' props hold no render's data. */
  actions: { previous: () => void; next: () => void; toggle: () => void };
}

/** Runs a RotationController over a playlist of `count` slides; React holds the index. */
export function useRotation(count: number, intervalMs: number, idleMs: number): Rotation {
  const [index, setIndex] = useState(0);
  const [status, setStatus] = useState<RotationStatus>('playing');
  const live = useRef({ index: 0, count });
  const controller = useRef<RotationController | null>(null);

  useEffect(() => {
    live.current.count = count;
  }, [count]);

  useEffect(() => {
    const manager = {
      get count() {
        return live.current.count;
      },
      get index() {
        return live.current.index;
      },
      setIndex(i: number) {
        live.current.index = i;
        setIndex(i);
      },
    };
    const c = new RotationController(manager, { intervalMs, idleMs, onStatusChange: setStatus });
    controller.current = c;
    c.play();
    return () => {
      c.dispose();
      controller.current = null;
    };
  }, [intervalMs, idleMs]);

  const actions = useMemo(
    () => ({
      previous: () => controller.current?.previous(),
      next: () => controller.current?.next(),
      toggle: () => controller.current?.toggle(),
    }),
    [],
  );
  return { index: count === 0 ? 0 : Math.min(index, count - 1), status, controller, actions };
}
