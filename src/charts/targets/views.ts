// The dashboard views that show this chart: a file of its own, so the dashboard knows every
// view's charts without loading their builders (view/viewCharts.ts).
export const views = ['targets'] as const;
