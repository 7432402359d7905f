import type { EChartsCoreOption } from 'echarts/core';
import type { ThemeColors } from '../../charts/theme';
import { regionNameOf } from '../../i18n/figureNotes';
import type { Lang } from '../../i18n/format';
import type { DashboardModel } from '../../model/dashboardModel';

/** Where the tour stands on the national map. */
export interface TourStop {
  /** The province to outline, as the map names it; null for a stop with no province. */
  area: string | null;
  /** The stop's own position (regions.csv lon/lat); null when the dataset gives none. */
  coord: readonly [number, number] | null;
}

/** A stop on the national map: the province it lies in (itself if a province), and its pin. */
export function tourStop(model: DashboardModel, code: string, lang: Lang): TourStop {
  const path = model.regions.path(code);
  const province = path[1];
  const here = path[path.length - 1];
  return {
    area: province ? regionNameOf(province, lang) : null,
    coord: here && here.lon !== null && here.lat !== null ? [here.lon, here.lat] : null,
  };
}

/**
 * How far the tour zooms in on a stop: about a province's width across the panel, so the pins
 * of neighbouring regions with data (咸宁市 and 咸安区, 岳阳市 and 汨罗市) stand apart.
 */
const ZOOM = 2;

/**
 * The national map with the tour's current stop marked: centred and zoomed on it, its province
 * outlined, and a ring round its pin, drawn over the map's own pins so the other regions with
 * data nearby stay in view. Returns a new option; the built one is not touched.
 */
export function tourOption(
  option: EChartsCoreOption,
  stop: TourStop,
  colors: Pick<ThemeColors, 'text'>,
  px: number,
): EChartsCoreOption {
  const geo = option.geo as { regions?: object[] } | undefined;
  const series = (option.series as object[] | undefined) ?? [];
  return {
    ...option,
    ...(geo && stop.area !== null
      ? {
          geo: {
            ...geo,
            ...(stop.coord ? { center: [...stop.coord], zoom: ZOOM } : {}),
            // Sized from the panel's shorter side, so a 32:9 wall's wide panel does not
            // stretch the map sideways, as a box from the panel's edges does.
            layoutCenter: ['50%', '50%'],
            layoutSize: '100%',
            regions: [
              ...(geo.regions ?? []),
              { name: stop.area, itemStyle: { borderColor: colors.text, borderWidth: 3 } },
            ],
          },
        }
      : {}),
    series: stop.coord
      ? [
          ...series,
          {
            type: 'scatter',
            coordinateSystem: 'geo',
            geoIndex: 0,
            z: 6,
            silent: true,
            symbol: 'circle',
            symbolSize: px * 2.5,
            itemStyle: { color: 'transparent', borderColor: colors.text, borderWidth: 3 },
            data: [[stop.coord[0], stop.coord[1]]],
          },
        ]
      : series,
  };
}
