import * as z from 'zod/mini';
import { JsonSyntax, positionAt, readJson } from './jsonText';
import { LIMITS } from './limits';
import { MANIFEST_FILE } from './schema';
import { issueAt, type Issue } from './report';
import type { Manifest } from './types';

// zod/mini: the same checks as zod with a tree-shakable API, ~20 KB less on every page.
const nonEmpty = () =>
  z.string({ error: 'must be text' }).check(z.minLength(1, 'must not be empty'));
const manifestSchema = z.object({
  name: nonEmpty(),
  name_zh: nonEmpty(),
  as_of: z
    .string()
    .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'as_of must be YYYY, YYYY-MM or YYYY-MM-DD')),
  synthetic: z.boolean({ error: 'must be true or false' }),
  sources: z.array(
    z.object({
      file: nonEmpty(),
      title: z.string(),
      publisher: z.string(),
      date: z.string(),
      region_code: z.string(),
    }),
  ),
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
  return { manifest: result.data, issues: [] };
}
