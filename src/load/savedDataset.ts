import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { DATASET_FILES } from '../data/datasetFiles';
import type { LoadInput, SlotFill } from './protocol';

/** The user's own dataset, kept in IndexedDB across reloads until they clear it. */
export interface SavedDataset {
  version: 1;
  savedAt: string;
  slots: Array<Pick<SlotFill, 'file' | 'blob' | 'origin' | 'name' | 'chosen'>>;
}

const KEY = 'dataset';
let store: UseStore | null = null;
const db = () => (store ??= createStore('poverty-dashboard-byod', 'datasets'));

export interface SavedProblem {
  en: string;
  zh: string;
}

const ORIGINS = new Set(['bundled', 'url', 'file']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** What is wrong with a saved record, checked field by field; null when it can be loaded. */
export function savedProblem(value: unknown): SavedProblem | null {
  if (!isObject(value) || value.version !== 1 || !Array.isArray(value.slots))
    return { en: 'the saved record is not a saved dataset', zh: '保存的记录不是数据集' };
  const seen = new Set<string>();
  for (const [i, slot] of (value.slots as unknown[]).entries()) {
    const file = isObject(slot) && typeof slot.file === 'string' ? slot.file : null;
    const where = file ?? `#${i + 1}`;
    const bad = (en: string, zh: string) => ({ en: `${where}: ${en}`, zh: `${where}：${zh}` });
    if (!isObject(slot) || file === null || !DATASET_FILES.includes(file))
      return bad('not a dataset file', '不是数据集文件');
    if (seen.has(file)) return bad('saved twice', '保存了两次');
    seen.add(file);
    if (!(slot.blob instanceof Blob)) return bad('its contents are missing', '文件内容缺失');
    if (typeof slot.name !== 'string') return bad('its name is missing', '文件名缺失');
    if (!isObject(slot.origin) || !ORIGINS.has(slot.origin.kind as string))
      return bad('where it came from is missing', '来源信息缺失');
    if (slot.chosen !== null && slot.chosen !== 'utf-8' && slot.chosen !== 'gb18030')
      return bad('its encoding is not one the loader knows', '编码无法识别');
  }
  return null;
}

/**
 * The saved dataset, or why it cannot be used. Whatever IndexedDB holds (a record from an
 * older version, a slot set to null, a failing store), the page still starts.
 */
export async function loadSaved(): Promise<
  { saved: SavedDataset; problem: null } | { saved: null; problem: SavedProblem | null }
> {
  let value: unknown;
  try {
    value = await get<unknown>(KEY, db());
  } catch (e) {
    const why = (e as Error)?.message ?? String(e);
    return { saved: null, problem: { en: `could not be read (${why})`, zh: `无法读取（${why}）` } };
  }
  if (value === undefined) return { saved: null, problem: null };
  const problem = savedProblem(value);
  return problem ? { saved: null, problem } : { saved: value as SavedDataset, problem: null };
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
