import { DATASET_FILES, tableFileNames } from '../data/datasetFiles';
import type { ReadBytes } from '../data/readDataset';
import { readInput } from './readInput';
import type { LoadInput, SlotFill } from './protocol';

/** Where the dataset comes from: `?data=` (same origin only) or the bundled folder. */
export function datasetUrl(
  search: string,
  href: string,
): { url: string; bundled: boolean } | { error: string; errorZh: string } {
  const requested = new URLSearchParams(search).get('data');
  const bundled = new URL('data/', href).href;
  if (requested === null || requested === '') return { url: bundled, bundled: true };
  let url: URL;
  try {
    url = new URL(requested, href);
  } catch {
    return {
      error: `?data=${requested} is not a valid address`,
      errorZh: `?data=${requested} 不是有效的地址`,
    };
  }
  const site = new URL(href).origin;
  if (url.origin !== site)
    return {
      error: `?data= must be on this site (${site}); ${url.origin} is not`,
      errorZh: `?data= 必须是本站（${site}）的地址；${url.origin} 不是`,
    };
  return { url: url.href, bundled: url.href === bundled };
}

/** Every dataset file of a folder URL, for the loading worker to fetch, CSV or JSON. */
export function urlInputs(folder: string, bundled: boolean): LoadInput[] {
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  return DATASET_FILES.map((file) => ({
    url: new URL(file, base).href,
    alternates: tableFileNames(file).slice(1),
    name: file,
    slot: file,
    origin: bundled ? { kind: 'bundled' } : { kind: 'url', url: base },
    encoding: null,
    fallback: false,
  }));
}

/** What the banner says about the dataset showing: one kind, and the user's own files. */
export interface SourceDescription {
  kind: 'bundled' | 'url' | 'files';
  url: string | null;
  /** The user's files, slot by slot, with their own names and when they were loaded. */
  files: Array<{ file: string; name: string; loadedAt: string }>;
  /** Slots filled from elsewhere when the user gave only some files. */
  others: Array<{ file: string; from: 'bundled' | 'url' }>;
}

export function describeSource(slots: readonly SlotFill[]): SourceDescription {
  const files: SourceDescription['files'] = [];
  const others: SourceDescription['others'] = [];
  let url: string | null = null;
  for (const s of slots) {
    if (s.origin.kind === 'file')
      files.push({ file: s.file, name: s.origin.name, loadedAt: s.origin.loadedAt });
    else {
      if (s.origin.kind === 'url') url = s.origin.url;
      others.push({ file: s.file, from: s.origin.kind });
    }
  }
  const kind = files.length > 0 ? 'files' : url !== null ? 'url' : 'bundled';
  return { kind, url, files, others };
}

/**
 * Reads a dataset over HTTP from a folder URL as the dashboard's worker does (readInput): a 404
 * means the file is absent, another error or a file over the size limit refuses it.
 */
export function fetchReader(baseUrl: string, fetchFn: typeof fetch = fetch): ReadBytes {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return (file) => readInput({ url: `${base}${file}`, name: file }, () => {}, fetchFn);
}
