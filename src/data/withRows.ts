import { perTable } from './schema';
import type { DatasetTables } from './types';
import type { ValidatedDataset } from './validateDataset';

// Apart from validation, so a page that gets validated columns (the dashboard from its worker,
// the embed from its build-time file) loads no validator with it.

/** Adds `tables`, the rows as objects, made from the columns when first read. */
export function withRows<T extends Omit<ValidatedDataset, 'tables'>>(
  dataset: T,
): T & { readonly tables: DatasetTables } {
  let tables: DatasetTables | null = null;
  // Not enumerable: copying the dataset ({...d}, postMessage) must not make 266,000 objects.
  return Object.defineProperty(dataset, 'tables', {
    get: () => (tables ??= perTable((t) => dataset.columns[t].rows()) as unknown as DatasetTables),
  }) as T & { readonly tables: DatasetTables };
}
