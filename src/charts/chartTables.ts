import type { TableName } from '../data/types';
import type { ChartId } from './chartTypes';

/**
 * The tables each chart draws from, besides the manifest: a page showing one chart reads only
 * these (test/unit/chartTables.test.ts checks that each chart draws the same from them alone).
 */
export const CHART_TABLES: Record<ChartId, readonly TableName[]> = {
  // The map marks where any table has data (hasData), so it needs them all.
  map: ['regions', 'villageExits', 'indicators', 'funds', 'infrastructure', 'milestones'],
  'exit-timeline': ['regions', 'villageExits', 'indicators', 'milestones'],
  milestones: ['regions', 'milestones'],
  targets: ['regions', 'villageExits', 'indicators', 'funds', 'infrastructure'],
  'funds-source': ['regions', 'funds'],
  'funds-use': ['regions', 'funds'],
  infrastructure: ['regions', 'infrastructure'],
  assistance: ['regions', 'infrastructure'],
  causes: ['regions', 'indicators'],
  headcount: ['regions', 'indicators'],
};
