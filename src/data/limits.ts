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
