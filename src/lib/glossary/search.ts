import type { GlossaryIndexEntry } from './search-index.ts';
import { normalizeText } from './normalize.ts';
import { editDistance } from './edit-distance.ts';

/** How a result matched, best first. */
type MatchKind = 'term' | 'alias' | 'prefix' | 'typo' | 'definition';

export interface SearchResult {
	entry: GlossaryIndexEntry;
	kind: MatchKind;
	/** The alias that matched, when it was an alias. */
	via?: string;
	score: number;
}

interface Prepared {
	entry: GlossaryIndexEntry;
	/** Alphabetical rank of the term, for breaking ties without comparing strings per query. */
	rank: number;
	/** Folded term first, then folded aliases. */
	names: string[];
}

/**
 * Keys sorted so that every key starting with a given text is one contiguous range, each with
 * the entries it belongs to: a prefix lookup is a binary search, not a scan of the glossary.
 */
interface PrefixIndex {
	keys: string[];
	entries: number[][];
}

/** The prepared glossary: folded entries plus the lookups that keep each keystroke cheap. */
export interface PreparedIndex {
	items: Prepared[];
	/** Whole folded names (terms and aliases). */
	names: PrefixIndex;
	/** Single words of names, for "storm shad" → "Storm Shadow". */
	nameWords: PrefixIndex;
	/** Words of definitions, three letters or longer. */
	definitionWords: PrefixIndex;
	/** Which entries each pair of neighbouring letters of a name occurs in, for near-misses. */
	bigrams: Map<string, number[]>;
}

/** Longer queries are cut: nothing in a glossary needs more, and it bounds the work. */
export const MAX_QUERY_LENGTH = 100;

const scores: Record<MatchKind, number> = { term: 1000, alias: 900, prefix: 700, typo: 500, definition: 300 };
const collator = new Intl.Collator('en', { sensitivity: 'base' });

function bigramsOf(text: string): Set<string> {
	const pairs = new Set<string>();
	for (let i = 0; i < text.length - 1; i++) pairs.add(text.slice(i, i + 2));
	return pairs;
}

function buildPrefixIndex(pairs: Iterable<[key: string, position: number]>): PrefixIndex {
	const byKey = new Map<string, number[]>();
	for (const [key, position] of pairs) {
		const list = byKey.get(key) ?? [];
		if (list[list.length - 1] !== position) list.push(position);
		byKey.set(key, list);
	}
	const keys = [...byKey.keys()].sort();
	return { keys, entries: keys.map((key) => byKey.get(key)!) };
}

/** Calls back with every entry having a key that starts with `prefix` (or equals it, if `exact`). */
function lookup(
	index: PrefixIndex,
	prefix: string,
	visit: (position: number, key: string) => void,
	exact = false,
): void {
	let low = 0;
	let high = index.keys.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (index.keys[middle]! < prefix) low = middle + 1;
		else high = middle;
	}
	for (let i = low; i < index.keys.length && index.keys[i]!.startsWith(prefix); i++) {
		if (exact && index.keys[i] !== prefix) break;
		for (const position of index.entries[i]!) visit(position, index.keys[i]!);
	}
}

/** Entries that have, for every query word, a key starting with it. */
function everyWord(index: PrefixIndex, words: string[], size: number): Uint8Array {
	let result: Uint8Array | undefined;
	for (const word of words) {
		const hits = new Uint8Array(size);
		lookup(index, word, (position) => (hits[position] = 1));
		if (result) for (let i = 0; i < size; i++) result[i]! &= hits[i]!;
		else result = hits;
	}
	return result ?? new Uint8Array(size);
}

/** Folds every name and definition once, so each keystroke only compares strings. */
export function prepareIndex(entries: readonly GlossaryIndexEntry[]): PreparedIndex {
	const ranks = new Map(
		[...entries].sort((a, b) => collator.compare(a.t, b.t) || (a.s < b.s ? -1 : 1)).map((entry, i) => [entry, i]),
	);
	const items = entries.map((entry) => ({
		entry,
		rank: ranks.get(entry)!,
		names: [normalizeText(entry.t), ...entry.a.map(normalizeText).filter(Boolean)],
	}));
	const bigrams = new Map<string, number[]>();
	items.forEach((item, position) => {
		for (const pair of new Set(item.names.flatMap((name) => [...bigramsOf(name)]))) {
			const list = bigrams.get(pair) ?? [];
			list.push(position);
			bigrams.set(pair, list);
		}
	});
	const each = function* (words: (item: Prepared) => string[]): Generator<[string, number]> {
		for (const [position, item] of items.entries()) for (const word of new Set(words(item))) yield [word, position];
	};
	return {
		items,
		names: buildPrefixIndex(each((item) => item.names)),
		nameWords: buildPrefixIndex(each((item) => item.names.flatMap((name) => name.split(' ')))),
		definitionWords: buildPrefixIndex(
			each((item) =>
				normalizeText(item.entry.d)
					.split(' ')
					.filter((word) => word.length >= 3),
			),
		),
		bigrams,
	};
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

/**
 * Which entries are worth an edit-distance comparison. A name within k edits of the query
 * shares at least (letters - 1) - 2k of its letter pairs; one less is asked, so that a swap of
 * two letters ("atcams") still counts as one edit, and at least one pair for short queries.
 */
function typoCandidates(index: PreparedIndex, query: string, edits: number): number[] {
	const needed = Math.max(1, query.length - 2 - 2 * edits);
	const shared = new Map<number, number>();
	const candidates: number[] = [];
	for (const pair of bigramsOf(query)) {
		for (const position of index.bigrams.get(pair) ?? []) {
			const count = (shared.get(position) ?? 0) + 1;
			shared.set(position, count);
			if (count === needed) candidates.push(position);
		}
	}
	return candidates;
}

/** The smallest edit distance from the query to a name of the entry, or to the start of a longer one. */
function nearestName(item: Prepared, query: string, limit: number): number {
	let best = limit + 1;
	for (const name of item.names) {
		best = Math.min(best, editDistance(query, name, limit));
		// A typo inside the start of a longer name: "atcam" for "ATACMS". Only where the first
		// letters agree (or are swapped), which keeps this cheap on a large glossary.
		if (name.length > query.length && (name[0] === query[0] || (name[0] === query[1] && name[1] === query[0]))) {
			best = Math.min(best, editDistance(query, name, limit, query.length));
		}
	}
	return best;
}

/**
 * Searches the glossary. Ranks an exact term above an exact alias, above a prefix, above a
 * near-miss, above a word of the definition; ties go alphabetically. Never throws: any input,
 * however long or strange, gives a (possibly empty) list.
 */
export function searchGlossary(index: PreparedIndex, query: unknown, limit = 20): SearchResult[] {
	const folded = normalizeQuery(query);
	if (folded === '') return [];
	const size = index.items.length;
	const best = new Map<number, Omit<SearchResult, 'entry'>>();
	const offer = (position: number, result: Omit<SearchResult, 'entry'>) => {
		const known = best.get(position);
		if (!known || known.score < result.score) best.set(position, result);
	};

	lookup(index.names, folded, (position, name) => {
		const item = index.items[position]!;
		const which = item.names.indexOf(name);
		if (name === folded) {
			offer(
				position,
				which === 0
					? { kind: 'term', score: scores.term }
					: { kind: 'alias', via: item.entry.a[which - 1], score: scores.alias },
			);
		} else {
			// Among prefixes, the term over an alias, and a shorter (closer) name first.
			offer(position, { kind: 'prefix', score: scores.prefix + (which === 0 ? 50 : 0) - name.length / 100 });
		}
	});
	const queryWords = folded.split(' ');
	const byWords = everyWord(index.nameWords, queryWords, size);
	for (let position = 0; position < size; position++) {
		if (byWords[position] === 1) offer(position, { kind: 'prefix', score: scores.prefix - 100 });
	}

	// Near-misses and definition words rank below every name match: look for them only when the
	// name matches leave room in the list.
	if (best.size < limit) {
		const edits = typoLimit(folded.length);
		if (edits > 0) {
			for (const position of typoCandidates(index, folded, edits)) {
				if (best.has(position)) continue;
				const distance = nearestName(index.items[position]!, folded, edits);
				if (distance <= edits) offer(position, { kind: 'typo', score: scores.typo - distance * 50 });
			}
		}
		if (queryWords.every((word) => word.length >= 3)) {
			const inDefinition = everyWord(index.definitionWords, queryWords, size);
			for (let position = 0; position < size; position++) {
				if (inDefinition[position] === 1) offer(position, { kind: 'definition', score: scores.definition });
			}
		}
	}

	// Numbers only in the comparison: a broad query can match thousands of terms.
	return [...best]
		.sort(([a, x], [b, y]) => y.score - x.score || index.items[a]!.rank - index.items[b]!.rank)
		.slice(0, limit)
		.map(([position, result]) => ({ entry: index.items[position]!.entry, ...result }));
}
