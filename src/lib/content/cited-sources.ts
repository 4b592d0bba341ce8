/** The sources a set of entries cites, each once, by id: what a page listing those entries shows at its foot. */
export function citedSources(entries: readonly { data: { sources: readonly { id: string }[] } }[]): string[] {
	return [...new Set(entries.flatMap((entry) => entry.data.sources.map((ref) => ref.id)))].sort();
}
