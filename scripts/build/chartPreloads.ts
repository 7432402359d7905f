// Which built files each chart's embed needs beyond the page's own: read from the bundle.

/** The parts of a Rolldown output chunk this reads. */
export interface BuiltChunk {
  type: 'chunk';
  fileName: string;
  moduleIds: readonly string[];
  imports: readonly string[];
  dynamicImports: readonly string[];
}
type Bundle = Record<string, BuiltChunk | { type: 'asset' }>;

/** A chunk and every chunk it imports statically, transitively, by file name. */
function withImports(bundle: Bundle, fileName: string, into = new Set<string>()): Set<string> {
  const chunk = bundle[fileName];
  if (into.has(fileName) || chunk?.type !== 'chunk') return into;
  into.add(fileName);
  for (const f of chunk.imports) withImports(bundle, f, into);
  return into;
}

/**
 * For each chart, the files of its definition and of its ECharts modules with what they
 * import, less what the page itself already loads (`entry`'s static imports). The page loads
 * them through two dynamic imports, one after the other; listed, the HTML can ask for them all
 * at once (modulePreloadScript).
 */
export function chartPreloads(
  bundle: Bundle,
  entry: string,
  ids: readonly string[],
): Record<string, string[]> {
  const page = withImports(bundle, entry);
  const chunks = Object.values(bundle).filter((c): c is BuiltChunk => c.type === 'chunk');
  const holding = (path: string) =>
    chunks.find((c) => c.moduleIds.some((m) => m.endsWith(path)))?.fileName;
  return Object.fromEntries(
    ids.map((id) => {
      const definition = holding(`/src/charts/${id}/index.ts`);
      if (!definition) throw new Error(`the build has no chunk for chart ${id}`);
      // The chunk its echartsModules() imports (a chart may draw with another folder's).
      const modules = (bundle[definition] as BuiltChunk).dynamicImports.filter((f) => {
        const c = bundle[f];
        return c?.type === 'chunk' && c.moduleIds.some((m) => m.endsWith('/echartsModules.ts'));
      });
      const files = new Set<string>();
      for (const root of [definition, ...modules]) withImports(bundle, root, files);
      return [id, [...files].filter((f) => !page.has(f))];
    }),
  );
}
