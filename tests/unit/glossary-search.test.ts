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

const hostile: [string, unknown][] = [
	['empty string', ''],
	['only spaces', '     '],
	['only tabs and newlines', '\t\n\r\n'],
	['ten thousand characters', 'a'.repeat(10_000)],
	['ten thousand mixed characters', 'ATACMS '.repeat(1_500)],
	['regex metacharacters', '.*+?^${}()|[]\\'],
	['a regex that would backtrack', '(a+)+$'],
	['unbalanced bracket', '['],
	['HTML', '<b>ATACMS</b>'],
	['script tag', '<script>alert(1)</script>'],
	['img onerror', '<img src=x onerror=alert(1)>'],
	['attribute breakout', '"><svg onload=alert(1)>'],
	['emoji', '🚀💥'],
	['flag emoji sequence', '🇺🇦'],
	['emoji with ZWJ', '👩‍👩‍👧'],
	['right-to-left Arabic', 'صاروخ'],
	['right-to-left Hebrew', 'טיל'],
	['RTL override character', '\u202eSMCATA'],
	['zero-width spaces', '\u200b\u200b\u200b'],
	['zero-width inside a word', 'ATA\u200bCMS'],
	['lone high surrogate', '\ud800'],
	['lone low surrogate', 'x\udc00y'],
	['null character', '\u0000'],
	['SQL-ish', "' OR 1=1 --"],
	['percent encoding', '%3Cscript%3E'],
	['combining marks only', '\u0301\u0301\u0301'],
	['not a string', { toString: () => 'ATACMS' }],
	['undefined', undefined],
];

describe('glossary search with hostile input', () => {
	it.each(hostile)('survives %s', (_label, query) => {
		const results = searchGlossary(real, query);
		expect(Array.isArray(results)).toBe(true);
		for (const result of results) expect(real.items.some((item) => item.entry === result.entry)).toBe(true);
	});

	it('caps the query it compares', () => {
		expect(normalizeQuery('b'.repeat(10_000)).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
	});

	it('still finds a term through invisible characters', () => {
		expect(first('ATA\u200bCMS')?.entry.s).toBe('atacms');
		expect(first('\u202eATACMS')?.entry.s).toBe('atacms');
	});

	it('returns nothing for input with no letters or digits', () => {
		for (const query of ['', '   ', '.*+?^${}()|[]\\', '\u200b', '\ud800'])
			expect(searchGlossary(real, query)).toEqual([]);
	});
});
