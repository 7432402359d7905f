import * as z from 'zod/mini';
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
  // 审图号 of the boundaries, when the publisher has one: shown with every map.
  map_approval: z.optional(z.string({ error: 'must be text' })),
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

/** Depth of nested arrays/objects, measured on the text so a hostile file cannot blow the stack. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}

export function parseManifest(text: string): { manifest: Manifest | null; issues: Issue[] } {
  const fail = (en: string, zh: string) => ({
    manifest: null,
    issues: [issueAt(MANIFEST_FILE, null, null, null, en, zh)],
  });
  if (text.trim() === '') return fail('The file is empty.', '文件是空的。');
  const depth = jsonDepth(text);
  if (depth > LIMITS.jsonDepth)
    return fail(
      `JSON is nested ${depth} levels deep; the limit is ${LIMITS.jsonDepth}.`,
      `JSON 嵌套 ${depth} 层，上限为 ${LIMITS.jsonDepth} 层。`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail(
      `Not valid JSON: ${(e as Error).message}`,
      `不是有效的 JSON：${(e as Error).message}`,
    );
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
