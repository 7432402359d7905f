import { useEffect } from 'react';
import type { RotationController } from '../../controllers/rotationController';

const INTERACTIONS = ['pointerdown', 'pointermove', 'wheel'] as const;

/**
 * ← → step, space pauses or resumes, F toggles full screen; any other key, pointer or touch
 * holds the slide while someone is looking.
 */
export function useScreenInput(
  controller: React.RefObject<RotationController | null>,
  toggleFullscreen: () => void,
): void {
  useEffect(() => {
    const interact = () => controller.current?.interact();
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const c = controller.current;
      const actions: Record<string, (() => void) | undefined> = {
        ArrowRight: () => c?.next(),
        ArrowLeft: () => c?.previous(),
        ' ': () => c?.toggle(),
        f: toggleFullscreen,
        F: toggleFullscreen,
      };
      const action = actions[e.key];
      if (!action) return interact();
      // Space would also press a focused button: the key does the one thing it is labelled with.
      e.preventDefault();
      if (!e.repeat || e.key.startsWith('Arrow')) action();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ') e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    for (const type of INTERACTIONS) window.addEventListener(type, interact, { passive: true });
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
      for (const type of INTERACTIONS) window.removeEventListener(type, interact);
    };
  }, [controller, toggleFullscreen]);
}
