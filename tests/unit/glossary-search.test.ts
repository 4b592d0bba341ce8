import { describe, expect, it } from 'vitest';
import { buildGlossaryIndex } from '../../src/lib/glossary/search-index.ts';
import { MAX_QUERY_LENGTH, normalizeQuery, prepareIndex, searchGlossary } from '../../src/lib/glossary/search.ts';
import { loadGlossaryIndex } from '../../src/lib/glossary/source.ts';
import { projectRoot } from '../support/build.ts';

const real = prepareIndex((await loadGlossaryIndex(projectRoot)).terms);
const first = (query: unknown) => searchGlossary(real, query)[0];

const small = prepareIndex(
	buildGlossaryIndex([
		{
			id: 'apec',
			data: {
				term: 'APEC',
				aliases: ['Asia-Pacific Economic Cooperation'],
				definition: 'A forum of Pacific economies.',
				category: 'diplomacy',
			},
		},
		{ id: 'apex', data: { term: 'Apex', aliases: [], definition: 'The top of something.', category: 'policy' } },
		{
			id: 'ape-forum',
			data: { term: 'APEC summit', aliases: ['APEC'], definition: 'Leaders meeting.', category: 'diplomacy' },
		},
		{
			id: 'kursk',
			data: {
				term: 'Kursk incursion',
				aliases: [],
				definition: 'Ukraine pushed into the Kursk region (APEC is unrelated).',
				category: 'military',
			},
		},
		{
			id: 'zelenskyy',
			data: { term: 'Zelénskyy', aliases: [], definition: 'President of Ukraine.', category: 'policy' },
		},
	]).terms,
);

describe('glossary search', () => {
	it('finds ATACMS by its lowercase term', () => {
		expect(first('atacms')?.entry.s).toBe('atacms');
		expect(first('atacms')?.kind).toBe('term');
	});

	it("finds ATACMS by the report's spelling, as an alias", () => {
		expect(first('ATACMs')?.entry.s).toBe('atacms');
	});

	it('finds a term from a prefix', () => {
		expect(first('atacm')?.entry.s).toBe('atacms');
		expect(first('himar')?.entry.s).toBe('himars');
	});

	it('forgives a small typo', () => {
		expect(first('apek')?.entry.s).toBe('apec');
		expect(first('apek')?.kind).toBe('typo');
		expect(first('atcams')?.entry.s).toBe('atacms');
	});

	it('ignores case and diacritics', () => {
		expect(searchGlossary(small, 'ZELENSKYY')[0]?.entry.s).toBe('zelenskyy');
		expect(searchGlossary(small, 'zelénskyy')[0]?.entry.s).toBe('zelenskyy');
	});

	it('ranks exact term above alias above prefix above typo above definition', () => {
		expect(searchGlossary(small, 'apec').map((r) => [r.entry.s, r.kind])).toEqual([
			['apec', 'term'],
			['ape-forum', 'alias'],
			['apex', 'typo'],
			['kursk', 'definition'],
		]);
		// Among prefixes, a shorter name (a closer match) comes first.
		expect(searchGlossary(small, 'ape').map((r) => r.entry.s)).toEqual(['apec', 'apex', 'ape-forum', 'kursk']);
	});

	it('matches words of the definition', () => {
		expect(searchGlossary(small, 'pacific economies')[0]?.entry.s).toBe('apec');
	});

	it('finds a multi-word term by the start of its words', () => {
		expect(first('storm shad')?.entry.s).toBe('storm-shadow');
		expect(first('kursk inc')?.entry.s).toBe('kursk-incursion');
	});
});

// A glossary of its own, so each expected result below depends on the search alone.
const fixed = prepareIndex(
	buildGlossaryIndex([
		{
			id: 'atacms',
			data: {
				term: 'ATACMS',
				aliases: ['ATACMs'],
				definition: 'A ballistic missile fired from a launcher.',
				category: 'weapons',
			},
		},
		{
			id: 'himars',
			data: {
				term: 'HIMARS',
				aliases: [],
				definition: 'A truck-mounted launcher that can fire ATACMS.',
				category: 'weapons',
			},
		},
		{
			id: 'apec',
			data: { term: 'APEC', aliases: [], definition: 'A forum of Pacific economies.', category: 'diplomacy' },
		},
		{
			id: 'air-defence',
			data: { term: 'Air defence', aliases: [], definition: 'Systems that shoot down missiles.', category: 'military' },
		},
	]).terms,
);

/** What a reader may type or paste, and the slugs the search should list for it, best first. */
const hostile: [label: string, query: unknown, expected: string[]][] = [
	['the empty string', '', []],
	['only spaces', '     ', []],
	['only tabs and newlines', '\t\n\r\n', []],
	['ten thousand letters', 'a'.repeat(10_000), []],
	['ten thousand characters repeating a term', 'ATACMS '.repeat(1_500), ['atacms']],
	['regex quantifiers', '.*+?', []],
	['every regex metacharacter', '.*+?^${}()|[]\\', []],
	['a regex that would backtrack, read as the letter a', '(a+)+$', ['apec', 'atacms', 'air-defence']],
	['an unbalanced bracket', '[', []],
	['a term in angle brackets', '<ATACMS>', ['atacms', 'himars']],
	['a script tag', '<script>alert(1)</script>', []],
	['an img with onerror', '<img src=x onerror=alert(1)>', []],
	['an attribute breakout', '"><svg onload=alert(1)>', []],
	['percent-encoded markup', '%3Cscript%3E', []],
	['SQL', "' OR 1=1 --", []],
	['emoji', '🚀💥', []],
	['a flag emoji sequence', '🇺🇦', []],
	['an emoji joined with ZWJ', '👩‍👩‍👧', []],
	['right-to-left Arabic', 'صاروخ', []],
	['right-to-left Hebrew', 'טיל', []],
	['a term behind a right-to-left override', '\u202eATACMS', ['atacms', 'himars']],
	['reversed letters behind a right-to-left override', '\u202eSMCATA', []],
	['only zero-width spaces', '\u200b\u200b\u200b', []],
	['a zero-width space inside a term', 'ATA\u200bCMS', ['atacms', 'himars']],
	['a term in full-width letters', 'ＡＴＡＣＭＳ', ['atacms', 'himars']],
	['a lone high surrogate', '\ud800', []],
	['a lone low surrogate', 'x\udc00y', []],
	['a null character', '\u0000', []],
	['combining marks only', '\u0301\u0301\u0301', []],
	['an object that stringifies to a term', { toString: () => 'ATACMS' }, []],
	['undefined', undefined, []],
];

describe('glossary search with hostile input', () => {
	it.each(hostile)('lists the expected terms for %s', (_label, query, expected) => {
		const results = searchGlossary(fixed, query);
		expect(results.map((result) => result.entry.s)).toEqual(expected);
		expect(JSON.stringify(results), 'no markup from the query comes back').not.toMatch(/[<>]/);
	});

	it('finds ATACMS in the real glossary from a very long repeated "ATACMS "', () => {
		expect(first('ATACMS '.repeat(1_500))?.entry.s).toBe('atacms');
	});

	it('returns no markup from the real glossary, whatever the query', () => {
		for (const [, query] of hostile) expect(JSON.stringify(searchGlossary(real, query))).not.toMatch(/<[a-z/]/i);
	});

	it('caps the query it compares', () => {
		expect(normalizeQuery('b'.repeat(10_000))).toBe('b'.repeat(MAX_QUERY_LENGTH));
	});
});
