import { createContext, useContext } from 'react';
import type { DatasetHandle } from './useDataset';

/** The dataset showing and its actions, for the loader in the header and the banner. */
export const DatasetContext = createContext<DatasetHandle | null>(null);

export function useDatasetHandle(): DatasetHandle | null {
  return useContext(DatasetContext);
}
