/** Input limits, documented in docs/data-format.md; each error message states its limit. */
export const LIMITS = {
  fileBytes: 200 * 1024 * 1024,
  columns: 200,
  jsonDepth: 32,
  rows: 2_000_000,
} as const;

export const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;

/**
 * A size and the limit it passed, in words that never read as equal: 200.0 MB against
 * 200.0 MB would contradict the refusal, so then both are given in exact bytes.
 */
export function sizeAgainstLimit(n: number, limit: number = LIMITS.fileBytes): [string, string] {
  const [a, b] = [formatBytes(n), formatBytes(limit)];
  if (a !== b) return [a, b];
  const exact = (x: number) => `${x.toLocaleString('en')} bytes`;
  return [exact(n), exact(limit)];
}

/** A file not read, and why, in both languages. */
export class ReadRefused extends Error {
  constructor(
    readonly en: string,
    readonly zh: string,
  ) {
    super(en);
  }
}

export function tooLarge(bytes: number): ReadRefused {
  const [size, limit] = sizeAgainstLimit(bytes);
  return new ReadRefused(
    `The file is ${size}; the limit is ${limit}. It was not read.`,
    `文件大小为 ${size}，上限为 ${limit}，未读取。`,
  );
}
