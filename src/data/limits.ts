/** Input limits, documented in docs/data-format.md; each error message states its limit. */
export const LIMITS = {
  fileBytes: 200 * 1024 * 1024,
  columns: 200,
  jsonDepth: 32,
  rows: 2_000_000,
} as const;

export const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
