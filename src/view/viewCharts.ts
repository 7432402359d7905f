import type { ChartId } from '../charts/chartTypes';
import type { ViewId } from './urlState';

/** Which charts each dashboard view shows, in order. */
export const VIEW_CHARTS: Record<ViewId, readonly ChartId[]> = {
  overview: ['map'],
  timeline: ['exit-timeline', 'milestones'],
  targets: ['targets'],
  funds: ['funds-source', 'funds-use'],
  infrastructure: ['infrastructure'],
  assistance: ['assistance'],
  people: ['causes', 'headcount'],
  sources: [],
};
