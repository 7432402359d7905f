import type { ThemeName } from '../charts/theme';
import type { Background } from './frame';

/** How one chart is rendered to a file, whichever the format. */
export interface RenderOptions {
  /** CSS px; the chart was built at this width (ChartContext.width). */
  width: number;
  /** Total image height in CSS px; default: the builder's preferred height plus the frame. */
  height?: number;
  theme: ThemeName;
  background: Background;
}
