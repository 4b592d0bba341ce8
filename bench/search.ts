import type { GlossaryIndexEntry } from '../src/lib/glossary/search-index.ts';
import { prepareIndex, searchGlossary } from '../src/lib/glossary/search.ts';

export interface BenchQuery {
	/** How the query is shown in results: long or invisible inputs get a readable name. */
	label: string;
	query: string;
}

const plain = (...texts: string[]): BenchQuery[] => texts.map((query) => ({ label: query, query }));

/** What readers type: whole terms, the first letters of one, typos, words of a definition, and junk. */
export const benchQueries: BenchQuery[] = [
	...plain('ATACMS', 'APEC', 'G20', 'HIMARS', 'NATO', 'Kremlin', 'Pentagon', 'Oreshnik', 'Storm Shadow', 'oblast'),
	...plain('atacms', 'army tactical missile system', 'asia-pacific economic cooperation', 'white house', 'ATACMs'),
	...plain('a', 'at', 'ata', 'hi', 'nu', 'kur', 'bal', 'sec', 'stor', 'm2'),
	...plain('apek', 'atcams', 'himras', 'natto', 'pentagn', 'kremln', 'oreshnick', 'balistic'),
	...plain('missile', 'ukraine', 'summit', 'range', 'russia', 'launcher', 'cruise missile', 'north korean'),
	{ label: '(empty)', query: '' },
	{ label: '(spaces)', query: '   ' },
	{ label: '"x" × 10,000', query: 'x'.repeat(10_000) },
	{ label: '"ATACMS " × 100', query: 'ATACMS '.repeat(100) },
	{ label: '"á" (combining) × 200', query: 'a\u0301'.repeat(200) },
	...plain('<script>alert(1)</script>', "'; DROP TABLE terms; --", '.*+?^${}()|[]\\', '🚀🚀🚀', 'صاروخ'),
	{ label: 'NUL + zero-width', query: '\u0000\u200b\ufeff' },
	{ label: 'lone surrogate', query: '\ud800atacms' },
];

export interface LatencyStats {
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
	// A first pass over every query, so every code path (prefix, typo, definition) is compiled.
	for (const { query } of benchQueries) searchGlossary(index, query);
	const samples = benchQueries.map(() => [] as number[]);
	const results = benchQueries.map(() => 0);
	const deadline = performance.now() + budgetMs;
	let round = 0;
	for (; round < rounds && (round < 5 || performance.now() < deadline); round++) {
		benchQueries.forEach(({ query }, i) => {
			const started = performance.now();
			results[i] = searchGlossary(index, query).length;
			samples[i]!.push(performance.now() - started);
		});
	}
	const perQuery = benchQueries.map(({ label }, i) => ({ query: label, results: results[i]!, ...stats(samples[i]!) }));
	const slowest = perQuery.reduce((worst, item) => (item.p95 > worst.p95 ? item : worst));
	return { terms: entries.length, rounds: round, perQuery, overall: stats(samples.flat()), slowest };
}
