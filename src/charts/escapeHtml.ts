const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** ECharts renders tooltip strings as HTML; every piece of data text goes through this. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Tooltip body from plain-text lines: the only way option builders make tooltip HTML. */
export function tooltipLines(lines: ReadonlyArray<string | null | undefined>): string {
  return lines
    .filter((l): l is string => typeof l === 'string' && l !== '')
    .map((l, i) => (i === 0 ? `<b>${escapeHtml(l)}</b>` : escapeHtml(l)))
    .join('<br/>');
}
