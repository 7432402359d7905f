/** YYYY-MM-DD of the last day a date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) covers. */
export function lastDayOf(iso: string): string {
  const [y = 0, m = 12, d] = iso.split('-').map(Number);
  if (d !== undefined) return iso;
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
