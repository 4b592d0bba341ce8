import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type ContentProblem } from '../../src/lib/content/check.ts';
import { readContentDir, type RawEntry } from '../../src/lib/content/files.ts';
import { projectRoot } from '../support/build.ts';

/**
 * The content check's message for each kind of mistake, one at a time, on the small valid
 * content set (tests/fixtures/_base) with one field changed in memory.
 */
let base: RawEntry[];
beforeAll(async () => {
	const { entries, problems } = await readContentDir(projectRoot, path.join(projectRoot, 'tests/fixtures/_base'));
	expect(problems).toEqual([]);
	base = entries;
});

/** The base with `change` applied to one entry's data (or, through its second argument, the entry), on a deep copy: the base stays valid. */
function checkWith(
	collection: string,
	id: string,
	change: (data: Record<string, unknown>, entry: RawEntry) => void,
): ContentProblem[] {
	const entries = structuredClone(base);
	const entry = entries.find((candidate) => candidate.collection === collection && candidate.id === id);
	if (!entry) throw new Error(`no ${collection}/${id} in the base`);
	change(entry.data, entry);
	return checkContent(entries);
}

const only = (problems: ContentProblem[]) => {
	expect(problems).toHaveLength(1);
	return { field: problems[0]!.field, message: problems[0]!.message };
};

describe('what the content check says', () => {
	it('passes the base unchanged', () => {
		expect(checkContent(structuredClone(base))).toEqual([]);
	});

	it.each([
		[
			'a text below its minimum length',
			'glossary',
			'atacms',
			(data: Record<string, unknown>) => (data.definition = 'Too short.'),
			{ field: 'definition', message: '`definition` is too short (at least 20 characters); write it out in full' },
		],
		[
			'a text above its maximum length',
			'glossary',
			'atacms',
			(data: Record<string, unknown>) => (data.definition = 'A missile. '.repeat(30)),
			{ field: 'definition', message: '`definition` is too long (at most 240 characters); shorten it' },
		],
		[
			'an empty text',
			'glossary',
			'atacms',
			(data: Record<string, unknown>) => (data.term = '   '),
			{ field: 'term', message: '`term` is empty; fill it in' },
		],
		[
			'an empty list that needs one item',
			'places',
			'sumy',
			(data: Record<string, unknown>) => (data.sources = []),
			{ field: 'sources', message: '`sources` needs at least 1 item' },
		],
		[
			'an empty value where text belongs',
			'places',
			'sumy',
			(data: Record<string, unknown>) => (data.name = null),
			{ field: 'name', message: '`name` should be text but is empty' },
		],
		[
			'a list where text belongs',
			'places',
			'sumy',
			(data: Record<string, unknown>) => (data.name = ['Sumy']),
			{ field: 'name', message: '`name` should be text but is a list' },
		],
		[
			'a date where a list belongs',
			'glossary',
			'atacms',
			(data: Record<string, unknown>) => (data.aliases = new Date('2024-11-17')),
			{ field: 'aliases', message: '`aliases` should be a list such as [first, second], but is a date' },
		],
		[
			'a number where text belongs',
			'places',
			'sumy',
			(data: Record<string, unknown>) => (data.country = 7),
			{ field: 'country', message: '`country` should be text but is a number' },
		],
		[
			'a number out of range',
			'places',
			'sumy',
			(data: Record<string, unknown>) => (data.lat = -91),
			{ field: 'lat', message: '`lat` is -91, but latitude must be between -90 and 90' },
		],
		[
			'a missing field inside a list item, named by its position',
			'maps',
			'region',
			(data: Record<string, unknown>) => delete (data.rings as Record<string, unknown>[])[0]!.radiusKm,
			{
				field: 'rings[0].radiusKm',
				message: '`rings[0].radiusKm` is missing; add a `rings[0].radiusKm:` line (src/schemas/ says what it holds)',
			},
		],
		[
			'a story map that does not exist, with the closest id',
			'story',
			'story',
			(data: Record<string, unknown>) => (data.map = 'regoin'),
			{
				field: 'map',
				message: '`map` names the map `regoin`, which is not in src/content/maps/. Did you mean `region`?',
			},
		],
		[
			'a story map that does not exist and resembles none',
			'story',
			'story',
			(data: Record<string, unknown>) => (data.map = 'zzzzzzzzzz'),
			{
				field: 'map',
				message:
					'`map` names the map `zzzzzzzzzz`, which is not in src/content/maps/. Add src/content/maps/zzzzzzzzzz.yaml or fix the id.',
			},
		],
		[
			'a map’s other map that does not exist',
			'maps',
			'region',
			(data: Record<string, unknown>) => (data.elsewhere = 'regio'),
			{
				field: 'elsewhere',
				message: '`elsewhere` names the map `regio`, which is not in src/content/maps/. Did you mean `region`?',
			},
		],
		[
			'a marker at a place the map does not show',
			'maps',
			'region',
			(data: Record<string, unknown>) => {
				data.places = [];
				data.markers = [
					{ place: 'sumy', date: new Date('2024-11-17'), label: 'Sumy', symbol: 'strike', sources: ['report'] },
				];
			},
			{
				field: 'markers[0].place',
				message: '`markers[0].place` is `sumy`, which the map does not show; add it to `places`',
			},
		],
		[
			'a missing date, which a union checks, as missing',
			'events',
			'decision',
			(data: Record<string, unknown>) => delete data.date,
			{ field: 'date', message: '`date` is missing; add a `date:` line (src/schemas/ says what it holds)' },
		],
		[
			'a missing choice from a list as missing',
			'glossary',
			'atacms',
			(data: Record<string, unknown>) => delete data.category,
			{ field: 'category', message: '`category` is missing; add a `category:` line (src/schemas/ says what it holds)' },
		],
	])('names %s', (_, collection, id, change, expected) => {
		expect(only(checkWith(collection, id, change))).toEqual(expected);
	});

	it.each([
		['ATACMS', 'term'],
		['Army Tactical Missile System', 'alias'],
	])('says whether "%s" is already a term or an alias of another entry', (name, kind) => {
		const entries = structuredClone(base);
		const glossary = (id: string) => entries.find((entry) => entry.collection === 'glossary' && entry.id === id)!;
		glossary('atacms').data.aliases = ['Army Tactical Missile System'];
		glossary('himars').data.aliases = ['M142', name];
		expect(only(checkContent(entries))).toEqual({
			field: 'aliases[1]',
			message: `"${name}" is already the ${kind} "${name}" of tests/fixtures/_base/glossary/atacms.md; a name must lead to one entry, so remove it from one of them`,
		});
	});
});

describe('the message with several problems', () => {
	it('counts them, groups them by file in name order, and sorts each file’s by field', () => {
		const entries = structuredClone(base);
		const place = entries.find((entry) => entry.collection === 'places')!;
		place.data.summary = '';
		place.data.name = '';
		const term = entries.find((entry) => entry.collection === 'glossary' && entry.id === 'atacms')!;
		term.data.definition = 'Short.';
		const problems = checkContent(entries);
		expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
			[term.file, 'definition'],
			[place.file, 'name'],
			[place.file, 'summary'],
		]);
		expect(formatProblems(problems)).toBe(
			[
				'The content has 3 problems; nothing was built.',
				'',
				`  ${term.file}`,
				'    - `definition` is too short (at least 20 characters); write it out in full',
				'',
				`  ${place.file}`,
				'    - `name` is empty; fill it in',
				'    - `summary` is empty; fill it in',
			].join('\n'),
		);
	});
});

describe('the day a page says it was last updated', () => {
	/** The base with the ATACMS entry's body changed, and optionally its `updated` day. */
	const withAtacmsBody = (body: string, updated?: string) =>
		checkWith('glossary', 'atacms', (data, entry) => {
			entry.body = body;
			if (updated) data.updated = updated;
		});

	it('refuses a page whose text names a day after it, and says which field to set', () => {
		expect(only(withAtacmsBody('Later, on 3 March 2027, something else happened.'))).toEqual({
			field: 'updated',
			message:
				'the page names 3 March 2027, after the day it says it was last updated (2026-11-25); add `updated: YYYY-MM-DD` with the day you revised it, on or after 2027-03-03',
		});
	});

	it('accepts it once the page has an `updated` day on or after that day', () => {
		expect(withAtacmsBody('Later, on 3 March 2027, something else happened.', '2027-03-03')).toEqual([]);
	});

	it('refuses a publication day before the report', () => {
		expect(only(checkWith('story', 'story', (data) => (data.published = '2024-11-16')))).toEqual({
			field: 'published',
			message:
				'`published` (2024-11-16) is before `reportDate` (2024-11-17); the explainer cannot come out before the report it explains, so give the day it was first published',
		});
	});
});

describe('timeline events the story settings name', () => {
	it('refuses a `reportEvent` that is not an event, with the closest id', () => {
		expect(only(checkWith('story', 'story', (data) => (data.reportEvent = 'decisoin')))).toEqual({
			field: 'reportEvent',
			message: '`reportEvent` names `decisoin`, which is not an event in src/content/events/. Did you mean `decision`?',
		});
	});

	it('refuses a decision-week event that is not an event', () => {
		const problems = checkWith('story', 'story', (data) => {
			(data.decisionWeek as Record<string, unknown>).events = ['decision', 'no-such-event-at-all'];
		});
		expect(only(problems)).toEqual({
			field: 'decisionWeek.events[1]',
			message:
				'`decisionWeek.events[1]` names `no-such-event-at-all`, which is not an event in src/content/events/. Use the id of an event file, or leave the field out.',
		});
	});

	it('refuses a decision-week event dated outside the week', () => {
		const problems = checkWith('story', 'story', (data) => {
			Object.assign(data.decisionWeek as Record<string, unknown>, {
				start: '2024-11-18',
				end: '2024-11-19',
				events: ['decision'],
			});
		});
		expect(only(problems)).toEqual({
			field: 'decisionWeek.events[0]',
			message:
				'`decisionWeek.events[0]` names `decision`, dated 2024-11-17, outside the decision week (2024-11-18 to 2024-11-19); choose an event within the week, or widen it',
		});
	});

	it("accepts the report's event and a week that holds its events", () => {
		const problems = checkWith('story', 'story', (data) => {
			data.reportEvent = 'decision';
			(data.decisionWeek as Record<string, unknown>).events = ['decision'];
		});
		expect(problems).toEqual([]);
	});
});

describe('an event after the report date', () => {
	/** The base with its one event moved after the report, and its one source given an address or a reason it has none. */
	function laterEvent(event: Record<string, unknown>, url?: string): ContentProblem[] {
		const entries = structuredClone(base);
		const decision = entries.find((entry) => entry.collection === 'events' && entry.id === 'decision')!;
		Object.assign(decision.data, { date: '2025-03-13', phase: 'after' }, event);
		const report = entries.find((entry) => entry.collection === 'sources' && entry.id === 'report')!;
		// A source either has an address or says why not (`noUrl`); only `url` counts here.
		delete report.data.url;
		if (url) report.data.url = url;
		else report.data.noUrl = 'The fixture’s report has no public address.';
		return checkContent(entries);
	}

	it('passes when it says how it is known and cites a source with an address', () => {
		expect(laterEvent({ evidence: 'claim' }, 'https://example.org/report')).toEqual([]);
	});

	it('refuses one that does not say how it is known, and lists the three kinds', () => {
		expect(only(laterEvent({}, 'https://example.org/report'))).toMatchInlineSnapshot(`
			{
			  "field": "evidence",
			  "message": "\`evidence\` is missing: the event is dated 2025-03-13, after the report date (2024-11-17), so it must say how it is known; add \`evidence: official\` (said or confirmed on the record), \`report\` (an outlet citing unnamed officials) or \`claim\` (one side’s word, not verified)",
			}
		`);
	});

	it('refuses one whose sources have no address, naming them', () => {
		expect(only(laterEvent({ evidence: 'report' }))).toMatchInlineSnapshot(`
			{
			  "field": "sources",
			  "message": "\`sources\`: the event is dated 2025-03-13, after the report date (2024-11-17), but none of its sources (\`report\`) has a \`url\`; cite a source with the address of a public page that reports it, so readers can check it",
			}
		`);
	});

	it('asks nothing of an event on or before the report date', () => {
		expect(laterEvent({ date: '2024-11-17' })).toEqual([]);
	});

	it('leaves a source that is not there to the reference check, which names it once', () => {
		const problems = laterEvent({ evidence: 'claim', sources: ['repot'] });
		expect(problems.map((problem) => problem.field)).toEqual(['sources[0]']);
	});
});

describe('a source readers could look up', () => {
	it('is refused without an address or a reason for none, naming the file, the fields and the fix', () => {
		const problems = checkWith('sources', 'report', (data) => delete data.noUrl);
		expect(formatProblems(problems)).toMatchInlineSnapshot(`
			"The content has 1 problem; nothing was built.

			  tests/fixtures/_base/sources/report.yaml
			    - \`url\` and \`noUrl\` are both missing: a report needs the address of a page where readers can read it (\`url: https://…\`, found on that public page, never guessed or built), or \`noUrl:\` saying in plain words why it has none"
		`);
	});

	it('passes with an address or with a reason, and a compilation needs neither', () => {
		expect(
			checkWith('sources', 'report', (data) => {
				delete data.noUrl;
				data.url = 'https://example.org/report';
			}),
		).toEqual([]);
		expect(checkWith('sources', 'report', (data) => (data.noUrl = 'It was read aloud and never printed.'))).toEqual([]);
		expect(
			checkWith('sources', 'report', (data) => {
				delete data.noUrl;
				data.kind = 'compilation';
			}),
		).toEqual([]);
	});

	it.each(['report', 'statement', 'reference'])('asks the same of a %s', (kind) => {
		const problems = checkWith('sources', 'report', (data) => {
			delete data.noUrl;
			data.kind = kind;
		});
		expect(problems.map(({ field }) => field)).toEqual(['url']);
	});
});
