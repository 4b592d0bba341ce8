import type { GlossaryIndexEntry } from './glossary-index.ts';
import { normalizeText } from './normalize.ts';
import { editDistance } from './suggest.ts';

/** How a result matched, best first. */
export type MatchKind = 'term' | 'alias' | 'prefix' | 'typo' | 'definition';

export interface SearchResult {
	entry: GlossaryIndexEntry;
	kind: MatchKind;
	/** The alias that matched, when it was an alias. */
	via?: string;
	score: number;
}

interface Prepared {
	entry: GlossaryIndexEntry;
	term: string;
	aliases: string[];
	names: string[];
	words: string[];
	definitionWords: string[];
}

/** Longer queries are cut: nothing in a glossary needs more, and it bounds the work. */
export const MAX_QUERY_LENGTH = 100;

const scores: Record<MatchKind, number> = { term: 1000, alias: 900, prefix: 700, typo: 500, definition: 300 };

/** Folds every name and definition once, so each keystroke only compares strings. */
export function prepareIndex(entries: readonly GlossaryIndexEntry[]): Prepared[] {
	return entries.map((entry) => {
		const term = normalizeText(entry.t);
		const aliases = entry.a.map(normalizeText).filter(Boolean);
		const names = [term, ...aliases];
		return {
			entry,
			term,
			aliases,
			names,
			words: [...new Set(names.flatMap((name) => name.split(' ')))],
			definitionWords: [...new Set(normalizeText(entry.d).split(' '))],
		};
	});
}

/** Turns whatever a reader typed (or pasted) into the folded text the index is compared with. */
export function normalizeQuery(query: unknown): string {
	if (typeof query !== 'string') return '';
	return normalizeText(query.slice(0, MAX_QUERY_LENGTH * 4))
		.slice(0, MAX_QUERY_LENGTH)
		.trim();
}

function typoLimit(length: number): number {
	if (length < 4) return 0;
	return length < 8 ? 1 : 2;
}

function match(item: Prepared, query: string, queryWords: string[]): Omit<SearchResult, 'entry'> | undefined {
	if (item.term === query) return { kind: 'term', score: scores.term };
	const aliasIndex = item.aliases.indexOf(query);
	if (aliasIndex >= 0) return { kind: 'alias', via: item.entry.a[aliasIndex], score: scores.alias };

	const prefixOf = item.names.findIndex((name) => name.startsWith(query));
	if (prefixOf >= 0)
		return { kind: 'prefix', score: scores.prefix + (prefixOf === 0 ? 50 : 0) - item.names[prefixOf]!.length / 100 };
	if (queryWords.every((word) => item.words.some((candidate) => candidate.startsWith(word)))) {
		return { kind: 'prefix', score: scores.prefix - 100 };
	}

	const limit = typoLimit(query.length);
	if (limit > 0) {
		let best = limit + 1;
		for (const name of item.names) {
			best = Math.min(best, editDistance(query, name, limit));
			// A typo inside the start of a longer name: "atcam" for "ATACMS".
			if (name.length > query.length) best = Math.min(best, editDistance(query, name.slice(0, query.length), limit));
		}
		if (best <= limit) return { kind: 'typo', score: scores.typo - best * 50 };
	}

	if (
		queryWords.every((word) => word.length >= 3 && item.definitionWords.some((candidate) => candidate.startsWith(word)))
	) {
		return { kind: 'definition', score: scores.definition };
	}
	return undefined;
}

/**
 * Searches the glossary. Ranks an exact term above an exact alias, above a prefix, above a
 * near-miss, above a word of the definition; ties go alphabetically. Never throws: any input,
 * however long or strange, gives a (possibly empty) list.
 */
export function searchGlossary(index: readonly Prepared[], query: unknown, limit = 20): SearchResult[] {
	const folded = normalizeQuery(query);
	if (folded === '') return [];
	const queryWords = folded.split(' ');
	const results: SearchResult[] = [];
	for (const item of index) {
		const found = match(item, folded, queryWords);
		if (found) results.push({ entry: item.entry, ...found });
	}
	return results
		.sort((a, b) => b.score - a.score || a.entry.t.localeCompare(b.entry.t, 'en', { sensitivity: 'base' }))
		.slice(0, limit);
}
