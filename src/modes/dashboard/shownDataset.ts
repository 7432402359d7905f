import type { ReadResult } from '../../data/readDataset';
import type { Lang } from '../../i18n/format';
import type { DashboardModel } from '../../model/dashboardModel';

/** What the panels describing the dataset itself (its banner, the sources view) are given. */
export interface ShownDataset {
  model: DashboardModel;
  result: ReadResult;
  lang: Lang;
}
