import { describe, expect, it } from 'vitest';
import { buildGlossaryIndex } from '../../src/lib/glossary/search-index.ts';
import { prepareIndex, searchGlossary } from '../../src/lib/glossary/search.ts';

const entry = (id: string, term: string, aliases: string[], definition: string) => ({
	id,
	data: { term, aliases, definition, category: 'weapons' },
});

const index = prepareIndex(
	buildGlossaryIndex([
		entry('storm-shadow', 'Storm Shadow', ['SCALP'], 'A cruise missile made in Europe.'),
		entry('stormbreaker', 'Stormbreaker', [], 'A glide bomb.'),
		entry('himars', 'HIMARS', [], 'A rocket launcher on wheels.'),
		entry('harpoon', 'Harpoon', [], 'An anti-ship missile.'),
		entry('oreshnik', 'Oreshnik', [], 'A ballistic missile.'),
	]).terms,
);

/** Each result as slug, how it matched (and through which alias) and its score. */
const search = (query: string, limit?: number) =>
	searchGlossary(index, query, limit).map(
		(result) => `${result.entry.s} ${result.kind}${result.via ? ` via ${result.via}` : ''} ${result.score}`,
	);

describe('glossary search ranking and scores', () => {
	it.each([
		['storm shadow', ['storm-shadow term 1000']],
		['scalp', ['storm-shadow alias via SCALP 900']],
		['storm', ['storm-shadow prefix 749.88', 'stormbreaker prefix 749.88']],
		['scal', ['storm-shadow prefix 699.95']],
		['shad', ['storm-shadow prefix 600']],
		['rocket', ['himars definition 300']],
		['cruise europe', ['storm-shadow definition 300']],
		['cruise asia', []],
		['missile', ['harpoon definition 300', 'oreshnik definition 300', 'storm-shadow definition 300']],
		['missiles', []],
	])('%j gives %j', (query, expected) => {
		expect(search(query)).toEqual(expected);
	});

	it.each([
		['a missing letter in a 5-letter query', 'hmars', ['himars typo 450']],
		['the start of a longer name, one letter off', 'himr', ['himars typo 450']],
		['two letters off a 4-letter query (one edit allowed)', 'hmrs', []],
		['a missing letter in a 7-letter query', 'oreshnk', ['oreshnik typo 450']],
		['two letters off a 6-letter query (one edit allowed)', 'orshnk', []],
		['two letters swapped', 'orsehnik', ['oreshnik typo 450']],
		['two letters swapped at the start of a longer name', 'tsorm', ['storm-shadow typo 450', 'stormbreaker typo 450']],
		['two letters off a 10-letter query (two edits allowed)', 'stormbrekr', ['stormbreaker typo 400']],
		['three letters, too short for any typo', 'abc', []],
		['one letter, too short for definitions', 'a', []],
	])('forgives %s: %j', (_what, query, expected) => {
		expect(search(query)).toEqual(expected);
	});

	it('stops at the limit, keeping the best', () => {
		expect(search('missile', 2)).toEqual(['harpoon definition 300', 'oreshnik definition 300']);
		expect(search('missile', 1)).toEqual(['harpoon definition 300']);
	});
});
