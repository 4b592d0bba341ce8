import { compareTerms } from './groups.ts';

/** One term as the search index carries it: short keys keep the file small. */
export interface GlossaryIndexEntry {
	/** slug, e.g. "atacms" */
	s: string;
	/** term, e.g. "ATACMS" */
	t: string;
	/** aliases */
	a: string[];
	/** one-sentence definition */
	d: string;
	/** category key */
	c: string;
}

export interface GlossaryIndex {
	version: 1;
	terms: GlossaryIndexEntry[];
}

/** The fields of a glossary entry the index needs, from Astro's collection or raw files alike. */
export interface GlossaryIndexSource {
	id: string;
	data: { term: string; aliases?: string[]; definition: string; category: string };
}

/** Builds the search index, sorted by term so the file is the same on every build. */
export function buildGlossaryIndex(entries: readonly GlossaryIndexSource[]): GlossaryIndex {
	const terms = entries
		.map(({ id, data }) => ({
			s: id,
			t: data.term,
			a: [...(data.aliases ?? [])],
			d: data.definition,
			c: data.category,
		}))
		.sort((a, b) => compareTerms(a.t, b.t) || a.s.localeCompare(b.s));
	return { version: 1, terms };
}
