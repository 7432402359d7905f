import * as z from 'zod/mini';
import { JsonSyntax, positionAt, readJson } from './jsonText';
import { LIMITS } from './limits';
import { MANIFEST_FILE } from './schema';
import { issueAt, type Issue } from './report';
import type { Manifest, SourceEntry } from './types';

// zod/mini: the same checks as zod with a tree-shakable API, ~20 KB less on every page.
const nonEmpty = () =>
  z.string({ error: 'must be text' }).check(z.minLength(1, 'must not be empty'));
const optionalText = () => z.optional(z.string({ error: 'must be text' }));

/**
 * One source: a document (no `kind`, as in manifests written before citations, or
 * `"document"`) or a citation. Fields are checked per kind so a message names the field.
 */
const sourceSchema = z
  .object({
    kind: z.optional(z.enum(['document', 'citation'], 'must be "document" or "citation"')),
    file: nonEmpty(),
    title: optionalText(),
    publisher: optionalText(),
    publisher_en: optionalText(),
    date: optionalText(),
    page: optionalText(),
    url: optionalText(),
    author: optionalText(),
    mirror: z.optional(z.boolean({ error: 'must be true or false' })),
    region_code: optionalText(),
  })
  .check(
    z.superRefine((s, ctx) => {
      const need = (field: keyof typeof s, message: string) =>
        ctx.addIssue({ code: 'custom', path: [field], message, input: s[field] });
      if (s.kind !== 'citation') {
        // A document's fields stay required, as before citations existed; they may be empty.
        for (const f of ['title', 'publisher', 'date', 'region_code'] as const)
          if (s[f] === undefined) need(f, 'is required for a document');
        return;
      }
      // A reader must be able to find a cited publication: who published it, when, and where.
      if (!s.publisher?.trim()) need('publisher', 'a citation needs its publisher');
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s.date ?? ''))
        need('date', 'a citation needs its date as YYYY, YYYY-MM or YYYY-MM-DD');
      if (!/^https?:\/\/\S+$/.test(s.url ?? ''))
        need('url', 'a citation needs its URL (http:// or https://)');
    }),
  );
const manifestSchema = z.object({
  name: nonEmpty(),
  name_zh: nonEmpty(),
  as_of: z
    .string()
    .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'as_of must be YYYY, YYYY-MM or YYYY-MM-DD')),
  synthetic: z.boolean({ error: 'must be true or false' }),
  sources: z.array(sourceSchema),
});

type ParsedSource = z.infer<typeof sourceSchema>;

/** The typed entry: optional text a citation left out reads as empty, as a document's would. */
function toEntry(s: ParsedSource): SourceEntry {
  const base = {
    file: s.file,
    title: s.title ?? '',
    publisher: s.publisher ?? '',
    date: s.date ?? '',
    region_code: s.region_code ?? '',
  };
  if (s.kind !== 'citation') return s.kind ? { kind: s.kind, ...base } : base;
  return {
    kind: 'citation',
    ...base,
    url: s.url!,
    ...(s.publisher_en ? { publisher_en: s.publisher_en } : {}),
    ...(s.page ? { page: s.page } : {}),
    ...(s.author ? { author: s.author } : {}),
    ...(s.mirror ? { mirror: true } : {}),
  };
}

const normalise = (m: z.infer<typeof manifestSchema>): Manifest => ({
  ...m,
  sources: m.sources.map(toEntry),
});

export function parseManifest(text: string): { manifest: Manifest | null; issues: Issue[] } {
  const fail = (en: string, zh: string) => ({
    manifest: null,
    issues: [issueAt(MANIFEST_FILE, null, null, null, en, zh)],
  });
  if (text.trim() === '') return fail('The file is empty.', '文件是空的。');
  let json: unknown;
  try {
    const read = readJson(text, LIMITS.jsonDepth);
    json = read.value;
    const dup = read.reader.duplicates[0];
    if (dup) {
      const p = positionAt(text, dup.at);
      return {
        manifest: null,
        issues: [
          issueAt(
            MANIFEST_FILE,
            p.line,
            p.column,
            dup.key,
            `Key "${dup.key}" appears twice in one object; JSON would keep only one of them.`,
            `键“${dup.key}”在同一对象中出现两次；JSON 只会保留其中一个。`,
          ),
        ],
      };
    }
  } catch (e) {
    if (!(e instanceof JsonSyntax)) throw e;
    const p = e.located(text);
    return {
      manifest: null,
      issues: [issueAt(MANIFEST_FILE, p.line, p.column, null, p.en, p.zh)],
    };
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    return {
      manifest: null,
      issues: result.error.issues.map((i) => {
        const path = i.path.join('.') || '(root)';
        return issueAt(
          MANIFEST_FILE,
          null,
          null,
          path,
          `${path}: ${i.message}`,
          `${path}：${i.message}`,
        );
      }),
    };
  }
  const duplicate = result.data.sources.find(
    (s, i, all) => all.findIndex((o) => o.file === s.file) !== i,
  );
  if (duplicate)
    return fail(
      `sources: "${duplicate.file}" is listed twice; each source needs its own file or id.`,
      `sources：“${duplicate.file}”列出了两次；每个来源的文件名或编号须唯一。`,
    );
  return { manifest: normalise(result.data), issues: [] };
}
