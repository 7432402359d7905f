import type { ChartContext } from './chartTypes';

/** A full context from the parts a caller knows; the dashboard, screen, embed and CLI share it. */
export function chartContext(
  parts: Partial<ChartContext> & Pick<ChartContext, 'region' | 'year'>,
): ChartContext {
  return {
    metric: 'exit_share',
    lang: 'zh',
    theme: 'light',
    decal: false,
    animation: true,
    medium: 'screen',
    width: 800,
    height: null,
    fontScale: 1,
    ...parts,
  };
}
