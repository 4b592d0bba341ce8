import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import type { RawEntry } from '../../src/lib/content/files.ts';

const story = (window: { start: string; end: string }): RawEntry => ({
	collection: 'story',
	id: 'story',
	file: 'content/story/story.yaml',
	body: '',
	data: {
		title: 'A story',
		description: 'A story for a test.',
		reportDate: '1987-06-05',
		published: '1987-06-06',
		asReportedOn: 'As reported on 5 June 1987.',
		window,
		phases: { before: { label: 'Before' }, decision: { label: 'Decision' }, after: { label: 'After' } },
		decisionWeek: { start: '1987-06-03', end: '1987-06-07' },
		glossaryCategories: { terms: 'Terms' },
	},
});
const source = (date: string): RawEntry => ({
	collection: 'sources',
	id: 'paper',
	file: 'content/sources/paper.yaml',
	body: '',
	data: { title: 'Paper', short: 'Paper', publisher: 'Press', kind: 'report', note: 'A paper.', noUrl: 'None.', date },
});

describe("the story's window", () => {
	it('comes from the story settings, not from the code', () => {
		expect(checkContent([story({ start: '1987-01-01', end: '1987-12-31' }), source('1987-06-05')])).toEqual([]);
		expect(checkContent([story({ start: '1990-01-01', end: '1990-12-31' }), source('1987-06-05')])).toEqual([
			{
				file: 'content/sources/paper.yaml',
				field: 'date',
				message: "`date`: 1987-06-05 is outside the story's window (1990-01-01 to 1990-12-31); check the year",
			},
		]);
	});

	it('still refuses a date that is not on the calendar', () => {
		const [problem] = checkContent([story({ start: '1987-01-01', end: '1987-12-31' }), source('1987-02-30')]);
		expect(problem?.message).toContain('1987-02-30 is not a real calendar date');
	});
});
