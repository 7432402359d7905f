import Papa from 'papaparse';
import { formatOf, readJsonTable } from './jsonTable';
import { LIMITS } from './limits';
import { detectDelimiter } from './parseTable';
import { issueAt, type Issue } from './report';
import { BOUNDARIES_FILE, DATASET_FILES, isBoundariesName } from './datasetFiles';
import { MANIFEST_FILE, TABLES, type TableSpec } from './schema';

/** Which dataset file a user's file is: by name first, then by its header columns. */

const SLOTS = DATASET_FILES;

export { tableFileName, tableFileNames } from './datasetFiles';

/**
 * The slot a file name stands for: exact names, any case, with the " (1)" or "-2" a browser
 * or a copy adds to a download. A table in JSON (funds.json, funds.ndjson, funds.jsonl) stands
 * for the same slot as its CSV.
 */
export function slotByName(name: string): string | null {
  const base = name.split(/[\\/]/).pop()!.trim().toLowerCase();
  // Any GeoJSON or TopoJSON is the dataset's own boundaries.
  if (isBoundariesName(base)) return BOUNDARIES_FILE;
  const plain = base.replace(/(?:\s*\(\d+\)|[-_ ]\d+|[-_ ]copy)(?=\.[a-z]+$)/, '');
  if (SLOTS.includes(plain)) return plain;
  const table = plain.replace(/\.(?:json|ndjson|jsonl)$/, '.csv');
  return table !== plain && table !== MANIFEST_FILE && SLOTS.includes(table) ? table : null;
}

/** The header row of a CSV text, as the parser will read it. */
export function headerOf(text: string): string[] {
  const start = text.search(/\S/);
  if (start === -1) return [];
  const firstLines = text.slice(start, start + 64 * 1024);
  const parsed = Papa.parse<string[]>(firstLines, {
    delimiter: detectDelimiter(firstLines),
    preview: 1,
  });
  return (parsed.data[0] ?? []).map((h) => h.trim());
}

/**
 * How well a header fits a table: every required column must be there; then each known
 * column counts for, and each foreign column against (indicators also carry `category`).
 */
function fit(spec: TableSpec, header: ReadonlySet<string>): number | null {
  for (const c of spec.columns) if (c.required && !header.has(c.name)) return null;
  const known = new Set(spec.columns.map((c) => c.name));
  let score = 0;
  for (const h of header) score += known.has(h) ? 1 : -1;
  return score;
}

/** The table whose columns the header has; null when none fits. */
export function slotByHeader(header: readonly string[]): string | null {
  if (header.length === 0 || header.length > LIMITS.columns) return null;
  const set = new Set(header);
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const spec of TABLES) {
    const score = fit(spec, set);
    if (score !== null && score > bestScore) [best, bestScore] = [spec.file, score];
  }
  return best;
}

/** An object with the manifest's own keys; JSON that does not parse is no manifest. */
function looksLikeManifest(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return (
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      ('sources' in value || 'as_of' in value)
    );
  } catch {
    return false;
  }
}

/**
 * The slot a file's content looks like: a JSON table by its records' keys, JSON with the
 * manifest's keys is the manifest, CSV goes by its header. A JSON file that does not parse
 * looks like nothing, so its own name decides and its syntax error is what the report says.
 */
export function slotByContent(text: string, name = ''): string | null {
  const first = text.trimStart()[0];
  const format = formatOf(name);
  if (format === 'ndjson' || first === '{' || first === '[') {
    const table = slotByHeader(
      readJsonTable(name, format === 'ndjson' ? format : 'json', text).header,
    );
    return table ?? (format !== 'ndjson' && looksLikeManifest(text) ? MANIFEST_FILE : null);
  }
  return slotByHeader(headerOf(text));
}

export type SlotMatch = { slot: string; by: 'name' | 'content' } | { slot: null; issue: Issue };

/**
 * Decides the slot of one user file. A name that says one file while the columns say
 * another is an error: loading funds into the village schedule would silently show nothing.
 */
export function matchSlot(name: string, text: string): SlotMatch {
  const named = slotByName(name);
  // Boundaries are JSON that would read as a manifest; their validation says what is wrong.
  if (named === BOUNDARIES_FILE) return { slot: named, by: 'name' };
  const content = slotByContent(text, name);
  if (named) {
    if (content && content !== named) {
      return {
        slot: null,
        issue: issueAt(
          named,
          null,
          null,
          null,
          `"${name}" is named ${named} but its contents are those of ${content}. Rename the file or choose the right one.`,
          `“${name}”的文件名是 ${named}，但其内容属于 ${content}。请更正文件名或选择正确的文件。`,
        ),
      };
    }
    return { slot: named, by: 'name' };
  }
  if (content) return { slot: content, by: 'content' };
  const header = text.trim() === '' ? [] : headerOf(text);
  const why =
    text.trim() === ''
      ? ['The file is empty.', '文件是空的。']
      : header.length > LIMITS.columns
        ? [
            `Its header has ${header.length} columns; the limit is ${LIMITS.columns}.`,
            `其表头有 ${header.length} 列，上限为 ${LIMITS.columns} 列。`,
          ]
        : [
            `Neither its name nor its columns match a dataset file (${SLOTS.join(', ')}).`,
            `文件名和列都与数据集文件（${SLOTS.join('、')}）不符。`,
          ];
  return {
    slot: null,
    issue: issueAt(name, null, null, null, `"${name}": ${why[0]}`, `“${name}”：${why[1]}`),
  };
}
