import { describe, expect, it, vi } from 'vitest';
import { mockedAstroContent, storyEntry } from './mock-content.ts';

const event = (id: string, date: string, extra: Record<string, unknown> = {}) => ({
	id,
	data: { date, title: `Event ${id}`, summary: 'Something happened.', phase: 'before', sources: ['s'], ...extra },
});
const term = (id: string, name: string) => ({
	id,
	data: { term: name, definition: `${name} is a term defined for the tests here.`, category: 'policy', sources: ['s'] },
});

vi.mock('astro:content', () =>
	mockedAstroContent({
		story: [storyEntry({ reportDate: '2030-05-10' })],
		docs: [
			{ id: 'story/two', data: { title: 'Two', section: 'story', order: 2, people: ['ada'] }, glossaryLinks: ['levy'] },
			{ id: 'story/one', data: { title: 'One', section: 'story', order: 1, terms: ['levy'] } },
		],
		glossary: [term('levy', 'Levy'), term('toll', 'Toll')],
		events: [
			event('2030-06-01-b', '2030-06-01', { phase: 'after', people: ['ada'] }),
			event('2030-04-01-z', '2030-04-01'),
			event('2030-04-01-a', '2030-04-01', { terms: ['toll'] }),
		],
	}),
);

const { glossaryIndex, mentionsOf, sortEvents, story } = await import('../../src/data/site.ts');
const { entryHref } = await import('../../src/data/site-path.ts');
const { getCollection } = await import('astro:content');

describe('site data', () => {
	it('links every kind of entry through one helper, base included', () => {
		expect(entryHref('docs', 'index')).toBe('/');
		expect(entryHref('docs', 'story/one')).toBe('/story/one/');
		expect(entryHref('places', 'sumy')).toBe('/places/sumy/');
		expect(entryHref('events', '2030-05-10-vote')).toBe('/timeline/#event-2030-05-10-vote');
		expect(entryHref('sources', 'report')).toBe('/sources/#report');
	});

	it('orders events by day, then by id', async () => {
		expect(sortEvents(await getCollection('events')).map((e) => e.id)).toEqual([
			'2030-04-01-a',
			'2030-04-01-z',
			'2030-06-01-b',
		]);
	});

	it('reads the story settings', async () => {
		expect((await story()).title).toBe('A story');
	});

	it('finds what mentions an entry: pages in reading order, then glossary terms, then events, later ones marked', async () => {
		expect((await mentionsOf('glossary', 'levy')).map((m) => m.url)).toEqual(['/story/one/', '/story/two/']);
		expect((await mentionsOf('people', 'ada')).map((m) => [m.url, m.title])).toEqual([
			['/story/two/', 'Two'],
			['/timeline/#event-2030-06-01-b', 'Timeline: Event 2030-06-01-b (later)'],
		]);
		expect((await mentionsOf('glossary', 'toll')).map((m) => m.url)).toEqual(['/timeline/#event-2030-04-01-a']);
	});

	it('indexes every glossary term for the search', async () => {
		const index = await glossaryIndex();
		expect(JSON.stringify(index)).toContain('Levy');
		expect(JSON.stringify(index)).toContain('Toll');
	});
});
