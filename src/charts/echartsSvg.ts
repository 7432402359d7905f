import { SVGRenderer } from 'echarts/renderers';
import { echarts } from './echartsSetup';

// Exports and the CLI draw SVG; pages that only show charts never download this renderer.
echarts.use([SVGRenderer]);

export { echarts };
