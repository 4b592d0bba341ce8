import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { updateEntries } from '../../src/lib/share/feed.ts';
import { atomXml, nameUuid } from '../../src/lib/share/atom.ts';
import { storySchema } from '../../src/schemas/story.ts';
import { storySettings } from '../support/story-settings.ts';

// A story's settings with two updates, as a writer would put them in story.yaml.
const settings = storySchema().parse(
	storySettings({
		updates: [
			{
				date: '2031-01-10',
				title: 'What became known later',
				summary: 'Open questions now says what the record answered.',
				link: '/story/open-questions/',
			},
			{ date: '2030-06-01', title: 'A new map', summary: 'The home page map shows the later strikes.', link: '/' },
		],
	}),
);
const href = (path: string) => new URL(path.replace(/^\//, ''), 'https://example.org/atacms/').href;

describe('updates in the feed', () => {
	const entries = updateEntries(settings.updates, { storyTitle: settings.title, href });

	it('gives each update of the story settings an entry linking its page', () => {
		expect(entries.map(({ title, link, updated }) => ({ title, link, updated: updated.toISOString() }))).toEqual([
			{
				title: 'Update: What became known later',
				link: 'https://example.org/atacms/story/open-questions/',
				updated: '2031-01-10T00:00:00.000Z',
			},
			{ title: 'Update: A new map', link: 'https://example.org/atacms/', updated: '2030-06-01T00:00:00.000Z' },
		]);
		expect(entries[0]!.summary).toBe('Open questions now says what the record answered.');
	});

	it('keeps each entry’s id the same on every build and host', () => {
		expect(entries[0]!.id).toBe(nameUuid('A story/updates/2031-01-10/story/open-questions/'));
		const elsewhere = updateEntries(settings.updates, { storyTitle: settings.title, href: (path) => path });
		expect(elsewhere.map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id));
	});

	it('writes them into the Atom feed', () => {
		const xml = atomXml({
			id: nameUuid('A story/feed'),
			title: 'A story',
			link: href('/'),
			self: href('/feed.xml'),
			author: 'A story',
			updated: new Date('2031-01-10T00:00:00Z'),
			entries,
		});
		const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).feed;
		expect(feed.entry.map((entry: { title: string }) => entry.title)).toEqual([
			'Update: What became known later',
			'Update: A new map',
		]);
	});

	it('takes no updates when the settings list none, and refuses a link that is not a site path', () => {
		const { updates, ...rest } = settings;
		expect(updates).toHaveLength(2);
		const withoutUpdates = storySchema().parse({ ...rest, origin: undefined });
		expect(withoutUpdates.updates).toEqual([]);
		const bad = storySchema().safeParse({
			...rest,
			updates: [{ date: '2031-01-10', title: 'x', summary: 'y', link: 'https://example.org/' }],
		});
		expect(bad.success).toBe(false);
		expect(bad.error?.issues[0]?.message).toMatch(/a path within the site starting with "\/"/);
	});
});
