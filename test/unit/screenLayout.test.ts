import { describe, expect, it } from 'vitest';
import { screenLayout } from '../../src/modes/screen/screenLayout';

describe('screenLayout', () => {
  it('sets type a quarter larger than a desk at the 1920×1080 design size, chart text 18 px at least', () => {
    expect(screenLayout(1920, 1080)).toEqual({
      rootPx: 20,
      chartFontScale: 1.625,
      minChartPx: 18,
      maxPanels: 3,
      portrait: false,
    });
  });

  it('scales type with the smaller ratio to the design size, never below half', () => {
    const uhd = screenLayout(3840, 2160);
    expect(uhd.rootPx).toBe(40);
    expect(uhd.minChartPx).toBe(36);
    expect(uhd.maxPanels).toBe(3);
    const small = screenLayout(1366, 768);
    expect(small.rootPx).toBeCloseTo(14.22, 2);
    expect(small.minChartPx).toBe(12.8);
    expect(screenLayout(200, 100).chartFontScale).toBe(0.5 * 1.3);
  });

  it('turns extra width into columns of panels, not larger panels', () => {
    // 16:9 → 2 columns (3 panels), 21:9 → 3 (5), three 16:9 screens side by side → 5 (9).
    expect(screenLayout(2560, 1080).maxPanels).toBe(5);
    const triple = screenLayout(5760, 1080);
    expect(triple.maxPanels).toBe(9);
    expect(triple.rootPx).toBe(20);
  });

  it('stacks three panels on a portrait screen, its design size turned on its side', () => {
    const portrait = screenLayout(1080, 1920);
    expect(portrait).toMatchObject({ portrait: true, maxPanels: 3, rootPx: 20, minChartPx: 18 });
  });
});
