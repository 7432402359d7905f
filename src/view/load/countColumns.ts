import type { HeadColumn } from '../TableHead';

/**
 * A file's rows, as every table of validation results counts them: accepted + rejected = total.
 * Its own module: the Sources view shows it on the first screen, the loader's report (which
 * loads with a load) too.
 */
export const COUNT_COLUMNS: readonly HeadColumn[] = [
  ['接受', 'Accepted', 'num'],
  ['拒绝', 'Rejected', 'num'],
  ['总行数', 'Total', 'num'],
];
