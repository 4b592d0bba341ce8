/**
 * Where the content collections live, relative to the project root. Tests and the benchmark
 * point `CONTENT_DIR` at a fixture or a generated copy; everyone else gets `src/content`.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	return (env.CONTENT_DIR ?? 'src/content').replace(/\/+$/, '');
}
