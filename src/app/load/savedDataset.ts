import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { LoadInput, SlotFill } from '../../data/workerProtocol';

/** The user's own dataset, kept in IndexedDB across reloads until they clear it. */
export interface SavedDataset {
  version: 1;
  savedAt: string;
  slots: Array<Pick<SlotFill, 'file' | 'blob' | 'origin' | 'name' | 'chosen'>>;
}

const KEY = 'dataset';
let store: UseStore | null = null;
const db = () => (store ??= createStore('poverty-dashboard-byod', 'datasets'));

export async function loadSaved(): Promise<SavedDataset | null> {
  const saved = await get<SavedDataset>(KEY, db());
  return saved?.version === 1 && Array.isArray(saved.slots) ? saved : null;
}

/** Saves every file of the dataset, its bundled parts too, so a reload needs no network. */
export function saveDataset(slots: readonly SlotFill[]): Promise<void> {
  const saved: SavedDataset = {
    version: 1,
    savedAt: new Date().toISOString(),
    slots: slots
      .filter((s) => s.blob !== null)
      .map(({ file, blob, origin, name, chosen }) => ({ file, blob, origin, name, chosen })),
  };
  return set(KEY, saved, db());
}

export function clearSaved(): Promise<void> {
  return del(KEY, db());
}

/** The saved files as loader inputs, each in its own slot with the user's encoding answer. */
export function savedInputs(saved: SavedDataset): LoadInput[] {
  return saved.slots.map((s) => ({
    blob: s.blob ?? undefined,
    name: s.name,
    slot: s.file,
    origin: s.origin,
    encoding: s.chosen,
    fallback: false,
  }));
}
