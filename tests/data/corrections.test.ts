import { describe, expect, it, vi } from 'vitest';
import { mockedAstroContent, storyEntry } from './mock-content.ts';

vi.mock('astro:content', () =>
	mockedAstroContent({
		story: [
			storyEntry({
				published: '2030-06-01',
				updates: [{ date: '2030-06-12', title: 'More', summary: 'Later events added.', link: '/story/one/' }],
			}),
		],
		docs: [
			{ id: 'index', data: { title: 'Home', section: 'overview' } },
			{ id: 'story/one', data: { title: 'One', section: 'story', order: 1, updated: '2030-06-20' } },
			{ id: 'story/two', data: { title: 'Two', section: 'story', order: 2 } },
		],
		people: [
			{
				id: 'ada',
				data: {
					name: 'Ada',
					role: 'Mayor',
					country: 'Freedonia',
					summary: 'A mayor.',
					inThisStory: 'She spoke.',
					sources: ['s'],
				},
			},
		],
		quotes: [
			{
				id: 'q',
				data: { text: 'Yes.', speaker: 'ada', date: '2030-05-10', setting: 'a press conference', source: 's' },
			},
		],
		events: [
			{
				id: '2030-05-10-vote',
				data: {
					date: '2030-05-10',
					title: 'The vote',
					summary: 'The council voted.',
					phase: 'decision',
					sources: ['s'],
				},
			},
		],
		corrections: [
			{
				id: '2030-06-10-older',
				data: {
					date: '2030-06-10',
					title: 'Older',
					severity: 'low',
					touches: { docs: ['story/two'], events: ['2030-05-10-vote'] },
					said: 'a',
					saysNow: 'b',
					why: 'c',
				},
			},
			{
				id: '2030-06-15-newer',
				data: {
					date: '2030-06-15',
					title: 'Newer',
					severity: 'high',
					touches: { docs: ['story/two', 'index'], quotes: ['q'] },
					said: 'a',
					saysNow: 'b',
					why: 'c',
				},
			},
		],
	}),
);

const { corrections, correctionsFor, correctionsOf, lastUpdated, touchedPages } =
	await import('../../src/data/corrections.ts');
const day = (date: Date) => date.toISOString().slice(0, 10);

describe('corrections', () => {
	it('lists newest first', async () => {
		expect((await corrections()).map((c) => c.id)).toEqual(['2030-06-15-newer', '2030-06-10-older']);
	});

	it('finds the pages a correction touches: a quote on its speaker’s page, an event on the timeline', async () => {
		const [newer, older] = await corrections();
		expect((await touchedPages(newer!)).map((page) => page.href)).toEqual(['/story/two/', '/', '/people/ada/#quoted']);
		expect((await touchedPages(older!)).map((page) => page.href)).toEqual([
			'/story/two/',
			'/timeline/#event-2030-05-10-vote',
		]);
	});

	it('gives a page its corrections, newest first, and an entry its own', async () => {
		expect((await correctionsFor('/story/two/')).map((c) => c.id)).toEqual(['2030-06-15-newer', '2030-06-10-older']);
		expect(await correctionsFor('/story/one/')).toEqual([]);
		expect((await correctionsOf('events', '2030-05-10-vote')).map((c) => c.id)).toEqual(['2030-06-10-older']);
	});
});

describe('the day a page was last updated', () => {
	it('is the latest of the published day, the page’s own updated day and its corrections', async () => {
		expect(day(await lastUpdated('/story/one/'))).toBe('2030-06-20');
		expect(day(await lastUpdated('/story/two/'))).toBe('2030-06-15');
		expect(day(await lastUpdated('/people/ada/'))).toBe('2030-06-15');
	});

	it('counts the story’s latest update for pages built from whole collections, not for an entry’s own page', async () => {
		expect(day(await lastUpdated('/timeline/'))).toBe('2030-06-12');
		expect(day(await lastUpdated('/glossary/'))).toBe('2030-06-12');
		expect(day(await lastUpdated('/sources/'))).toBe('2030-06-12');
		expect(day(await lastUpdated('/'))).toBe('2030-06-15');
	});

	it('is the newest correction for the corrections page itself', async () => {
		expect(day(await lastUpdated('/corrections/'))).toBe('2030-06-15');
	});
});
