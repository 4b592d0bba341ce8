import { describe, expect, it } from 'vitest';
import { storySettings } from '../support/story-settings.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import type { RawEntry } from '../../src/lib/content/files.ts';
import { checkLater, hasLaterMarker, namedDates, unmarkedLaterDate } from '../../src/lib/content/later.ts';

const reportDate = new Date('2024-11-17T00:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('dates named in a text', () => {
	it('reads a day, a range of days, a month and an ISO date', () => {
		const dates = namedDates('On 19 November 2024, 18 and 19 Nov 2024, January 2025 and 2024-11-21.', 2024);
		expect(dates.map(({ text, earliest, latest }) => [text, earliest, latest])).toEqual([
			['19 November 2024', day('2024-11-19'), day('2024-11-19')],
			['18 and 19 Nov 2024', day('2024-11-18'), day('2024-11-19')],
			['January 2025', day('2025-01-01'), day('2025-01-31')],
			['2024-11-21', day('2024-11-21'), day('2024-11-21')],
		]);
	});

	it('gives a day without a year the story’s year, and ignores a month named alone', () => {
		expect(namedDates('They may meet on 21 November.', 2024).map((d) => d.earliest)).toEqual([day('2024-11-21')]);
	});
});

describe('the "later" rule', () => {
	it('flags a day after the report date when the text does not say later', () => {
		expect(unmarkedLaterDate('Russia fired a new missile at Dnipro on 21 November 2024.', reportDate)?.text).toBe(
			'21 November 2024',
		);
	});

	it('accepts the same text once it says later or after the report', () => {
		expect(unmarkedLaterDate('Later, on 21 November 2024, Russia fired a new missile.', reportDate)).toBeUndefined();
		expect(unmarkedLaterDate('Two days after the report, on 19 November 2024, …', reportDate)).toBeUndefined();
	});

	it('lets through the report day, earlier days and spans that start before it', () => {
		expect(unmarkedLaterDate('Reported on 17 November 2024.', reportDate)).toBeUndefined();
		expect(unmarkedLaterDate('Talks on 15 and 16 November 2024.', reportDate)).toBeUndefined();
		expect(unmarkedLaterDate('From 15 to 19 November 2024.', reportDate)).toBeUndefined();
		expect(unmarkedLaterDate('In November 2024.', reportDate)).toBeUndefined();
	});

	it('matches markers as whole words only', () => {
		expect(hasLaterMarker('The collateral damage on 19 November 2024')).toBe(false);
		expect(hasLaterMarker('It came later.')).toBe(true);
		expect(hasLaterMarker('After the report, Russia…')).toBe(true);
	});

	it('reads only the one-line fields, and names the file and field', () => {
		const problems = checkLater(
			[
				{ collection: 'places', file: 'places/dnipro.yaml', data: { summary: 'Struck on 21 November 2024.' } },
				{ collection: 'glossary', file: 'glossary/x.md', data: { definition: 'Fired on 21 November 2024.' } },
				{ collection: 'events', file: 'events/x.yaml', data: { title: 'On 21 November 2024', summary: 'Ok.' } },
			],
			reportDate,
		);
		expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual([
			'places/dnipro.yaml summary',
			'glossary/x.md definition',
		]);
		expect(problems[0]?.message).toMatchInlineSnapshot(
			`"\`summary\` names 21 November 2024, after the report date (2024-11-17), without saying so; say “later” or “after the report” (e.g. “Later, on 21 November 2024, …”), or move the date out of this line"`,
		);
	});

	it('takes the report date from the story settings in the content check', () => {
		const entry = (collection: RawEntry['collection'], id: string, data: Record<string, unknown>): RawEntry => ({
			collection,
			id,
			file: `src/content/${collection}/${id}.yaml`,
			body: '',
			data,
		});
		const problems = checkContent([
			entry('story', 'story', storySettings({ published: '2030-03-02' })),
			entry('docs', 'after', { title: 'After', description: 'What happened on 2 March 2030.' }),
		]);
		expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['src/content/docs/after.yaml description']);
	});
});
