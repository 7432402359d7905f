// ECharts ships its locale objects without type declarations.
declare module 'echarts/i18n/langZH-obj.js' {
  const lang: Parameters<typeof import('echarts/core').registerLocale>[1];
  export default lang;
}
