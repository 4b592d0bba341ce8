import type { GlossaryIndexEntry } from '../src/lib/glossary/search-index.ts';
import { prepareIndex, searchGlossary } from '../src/lib/glossary/search.ts';

export interface BenchQuery {
	/** How the query is shown in results: long or invisible inputs get a readable name. */
	label: string;
	query: string;
}

const plain = (...texts: string[]): BenchQuery[] => texts.map((query) => ({ label: query, query }));
/** A word with two letters swapped, as a hurried reader types it: "atcams". */
const swapped = (word: string) =>
	word.length < 4 ? word : `${word.slice(0, 1)}${word.slice(2, 3)}${word.slice(1, 2)}${word.slice(3)}`;

/**
 * What readers type, drawn from the glossary itself (so any story's glossary can be timed): whole
 * terms and aliases, terms in lower case, the first letters of terms, typos, words of the
 * definitions, and junk (empty, very long, combining marks, markup, regex characters, emoji,
 * right-to-left text, control characters, a lone surrogate).
 */
function benchQueries(entries: readonly GlossaryIndexEntry[]): BenchQuery[] {
	const terms = entries.slice(0, 10).map((entry) => entry.t);
	const first = terms[0] ?? 'term';
	const prefixes = [...new Set(terms.flatMap((term) => [1, 2, 3].map((n) => term.slice(0, n).toLowerCase())))];
	const words = [...new Set(entries.flatMap((entry) => entry.d.toLowerCase().match(/\p{L}{5,}/gu) ?? []))];
	return [
		...plain(...terms),
		...plain(
			...terms.slice(0, 4).map((term) => term.toLowerCase()),
			...entries.flatMap((entry) => entry.a).slice(0, 4),
		),
		...plain(...prefixes.slice(0, 10)),
		...plain(...terms.filter((term) => term.length >= 5).map((term) => swapped(term.toLowerCase()))),
		...plain(...words.slice(0, 8)),
		{ label: '(empty)', query: '' },
		{ label: '(spaces)', query: '   ' },
		{ label: '"x" × 10,000', query: 'x'.repeat(10_000) },
		{ label: `"${first} " × 100`, query: `${first} `.repeat(100) },
		{ label: '"á" (combining) × 200', query: 'a\u0301'.repeat(200) },
		...plain('<script>alert(1)</script>', "'; DROP TABLE terms; --", '.*+?^${}()|[]\\', '🚀🚀🚀', 'صاروخ'),
		{ label: 'NUL + zero-width', query: '\u0000\u200b\ufeff' },
		{ label: 'lone surrogate', query: `\ud800${first.toLowerCase()}` },
	];
}

interface LatencyStats {
	/** Milliseconds. */
	p50: number;
	p95: number;
	max: number;
}

export interface QueryLatency extends LatencyStats {
	query: string;
	results: number;
}

export interface SearchBench {
	terms: number;
	/** Timed calls per query: fewer than asked when the time budget ran out. */
	rounds: number;
	perQuery: QueryLatency[];
	/** Over every call of every query. */
	overall: LatencyStats;
	/** The query with the highest p95: the target holds only if it holds for this one. */
	slowest: QueryLatency;
}

function stats(samples: number[]): LatencyStats {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
	return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

/**
 * Times `searchGlossary` per call, the way the browser calls it on every keystroke: the index
 * is prepared once, then every query runs once per round for `rounds` rounds. Round-robin
 * rather than query after query, so a burst of load from other processes on the machine
 * spreads over all queries instead of landing on one.
 */
export function benchSearch(
	entries: readonly GlossaryIndexEntry[],
	rounds: number,
	/** Stop starting new rounds after this long (keeping at least 5): slow searches would blow the run's budget. */
	budgetMs = Infinity,
): SearchBench {
	const index = prepareIndex(entries);
	const queries = benchQueries(entries);
	// A first pass over every query, so every code path (prefix, typo, definition) is compiled.
	for (const { query } of queries) searchGlossary(index, query);
	const samples = queries.map(() => [] as number[]);
	const results = queries.map(() => 0);
	const deadline = performance.now() + budgetMs;
	let round = 0;
	for (; round < rounds && (round < 5 || performance.now() < deadline); round++) {
		queries.forEach(({ query }, i) => {
			const started = performance.now();
			results[i] = searchGlossary(index, query).length;
			samples[i]!.push(performance.now() - started);
		});
	}
	const perQuery = queries.map(({ label }, i) => ({ query: label, results: results[i]!, ...stats(samples[i]!) }));
	const slowest = perQuery.reduce((worst, item) => (item.p95 > worst.p95 ? item : worst));
	return { terms: entries.length, rounds: round, perQuery, overall: stats(samples.flat()), slowest };
}
