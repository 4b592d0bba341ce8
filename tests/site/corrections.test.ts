import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatDayRange } from '../../src/lib/site/dates.ts';
import { projectRoot } from '../support/build.ts';
import { builtPages, readHtml } from '../support/dist.ts';
import { attributeOf, descendants, elementsOf, hasClass, textOf } from '../support/html.ts';
import { pageText } from '../support/page-text.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();
const content = path.join(projectRoot, 'src/content');

const readYaml = <T>(file: string): T => yaml.load(readFileSync(file, 'utf8')) as T;
const yamlFiles = (collection: string) =>
	readdirSync(path.join(content, collection))
		.filter((file) => /\.ya?ml$/.test(file))
		.sort()
		.map((file) => ({ id: file.replace(/\.ya?ml$/, ''), file: path.join(content, collection, file) }));
const day = (value: Date | string) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

interface Correction {
	id: string;
	date: string;
	title: string;
	touches: Partial<Record<'docs' | 'glossary' | 'people' | 'places' | 'events' | 'quotes', string[]>>;
	oldWording?: string[];
	newWording?: string[];
}
const corrections: Correction[] = yamlFiles('corrections').map(({ id, file }) => {
	const data = readYaml<Omit<Correction, 'id' | 'date'> & { date: Date | string }>(file);
	return { ...data, id, date: day(data.date) };
});
const settings = readYaml<{
	reportDate: Date;
	published: Date;
	decisionWeek: { start: Date; end: Date; events?: string[] };
	updates?: { date: Date }[];
}>(path.join(content, 'story/story.yaml'));
const reportDay = day(settings.reportDate);
const events = yamlFiles('events').map(({ id, file }) => ({ id, ...readYaml<{ date: Date; title: string }>(file) }));

/** A page's own `updated` day from its content file, if it has one: a page revised after its latest correction says so. */
function ownUpdated(page: string): string | undefined {
	const [, collection = '', id = ''] = /^\/(?:(glossary|people|places)\/)?(.*?)\/?$/.exec(page) ?? [];
	const candidates = collection
		? [path.join(content, collection, `${id}.md`), path.join(content, collection, `${id}.yaml`)]
		: [`${id || 'index'}.mdx`, `${id || 'index'}.md`].map((file) => path.join(content, 'docs', file));
	const file = candidates.find((candidate) => existsSync(candidate));
	if (!file) return undefined;
	const text = readFileSync(file, 'utf8');
	const data = (file.endsWith('.yaml') ? yaml.load(text) : yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '')) as
		{ updated?: Date | string } | undefined;
	return data?.updated === undefined ? undefined : day(data.updated);
}

/** The built pages a correction touches: the same rules as src/data/corrections.ts, from the files themselves. */
function pagesOf(correction: Correction): string[] {
	const { docs = [], glossary = [], people = [], places = [], events = [], quotes = [] } = correction.touches;
	return [
		...new Set([
			...docs.map((id) => (id === 'index' ? '/' : `/${id}/`)),
			...glossary.map((id) => `/glossary/${id}/`),
			...people.map((id) => `/people/${id}/`),
			...places.map((id) => `/places/${id}/`),
			...(events.length > 0 ? ['/timeline/'] : []),
			...quotes.map(
				(id) => `/people/${readYaml<{ speaker: string }>(path.join(content, 'quotes', `${id}.yaml`)).speaker}/`,
			),
		]),
	];
}

/** Elements of a page with a given class, as their links and text. */
function byClass(html: string, name: string): { text: string; hrefs: string[] }[] {
	return elementsOf(html)
		.filter((element) => hasClass(element, name))
		.map((element) => ({
			text: textOf(element),
			hrefs: [element, ...descendants(element)].flatMap((node) => attributeOf(node, 'href') || []),
		}));
}

describe('the corrections trail', () => {
	it('has corrections to show', () => {
		expect(corrections.length).toBeGreaterThan(0);
	});

	it('lists every correction on /corrections/, newest first, each under its own anchor', () => {
		const html = readHtml(distDir, '/corrections/');
		const ids = [...html.matchAll(/<article aria-labelledby="([^"]+)"/g)].map((match) => match[1]);
		const expected = [...corrections].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
		expect(ids).toEqual(expected.map((correction) => correction.id));
		for (const correction of corrections) expect(html).toContain(`<h2 id="${correction.id}">`);
	});

	it.each([...new Set(corrections.flatMap(pagesOf))])(
		'%s counts its corrections in its dateline and lists them at its foot, with no box between headline and text',
		(page) => {
			const ids = corrections.filter((c) => pagesOf(c).includes(page)).map((c) => c.id);
			const html = readHtml(distDir, page);
			const [link] = byClass(html, 'page-corrections');
			expect(link, `no corrections link in the dateline of ${page}`).toBeDefined();
			expect(link!.text).toBe(`${ids.length} ${ids.length === 1 ? 'correction' : 'corrections'}`);
			expect(link!.hrefs).toEqual(['#page-corrections']);
			expect(byClass(html, 'page-dates')[0]!.text).toContain(link!.text);
			// The notes are listed at the page's foot, each leading to its entry on /corrections/,
			// not in a box between the headline and the text.
			const [list] = byClass(html, 'page-corrections-list');
			expect(list?.hrefs.sort()).toEqual(ids.map((id) => `/corrections/#${id}`).sort());
			expect(html.indexOf('class="correction-note"')).toBeGreaterThan(html.indexOf('class="sl-markdown-content"'));
		},
	);

	it.each(corrections.flatMap((c) => pagesOf(c).map((page) => ({ c, page }))))(
		'$page shows none of the old wording of $c.id and all of its new wording',
		({ c, page }) => {
			const { description, body, title } = pageText(readHtml(distDir, page), page);
			// The note itself quotes nothing: the page's own words are checked.
			const text = `${title} ${description} ${body}`;
			for (const phrase of c.oldWording ?? []) expect(text, `${page} still says “${phrase}”`).not.toContain(phrase);
			for (const phrase of c.newWording ?? []) expect(text, `${page} does not say “${phrase}”`).toContain(phrase);
		},
	);

	it('dates each corrected page by its latest correction or its own later `updated` day, and others by the day the explainer was published', () => {
		const latest = new Map<string, string>();
		for (const c of corrections)
			for (const page of pagesOf(c)) if ((latest.get(page) ?? '') < c.date) latest.set(page, c.date);
		for (const [page, date] of latest) {
			const own = ownUpdated(page);
			if (own && own > date) latest.set(page, own);
		}
		// A story page updated on the day it was published gives that day once, as "Published".
		const updatedOn = (page: string) =>
			/class="page-(?:updated|published)".*?<time datetime="([^"]+)"/s.exec(
				readHtml(distDir, page).replace(/<span class="page-published".*?(?=<span class="page-updated")/s, ''),
			)?.[1];
		for (const [page, date] of latest) expect(updatedOn(page), page).toBe(date);
		// A page built from whole collections (the glossary index, the timeline) changes with every update of the story.
		const latestUpdate = [day(settings.published), ...(settings.updates ?? []).map((update) => day(update.date))]
			.sort()
			.at(-1);
		expect(updatedOn('/glossary/')).toBe(latestUpdate);
		expect(updatedOn('/timeline/')).toBe(latestUpdate);
		// No page says it was updated before the explainer came out (it used to say the report's day).
		const dated = builtPages(distDir).filter((page) => updatedOn(page) !== undefined);
		expect(dated.length).toBeGreaterThan(60);
		for (const page of dated) expect(updatedOn(page)! >= day(settings.published), page).toBe(true);
	});
});

describe('the feed', () => {
	const xml = readFileSync(path.join(distDir, 'feed.xml'), 'utf8');
	const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).feed as {
		id: string;
		updated: string;
		entry: { id: string; title: string; updated: string; link: { href: string } }[];
	};
	const later = events.filter((event) => day(event.date) > reportDay);

	it('has one entry per correction and per event after the report, newest first', () => {
		// One entry per correction, per later event, and per update of the story (the story settings' `updates`).
		expect(feed.entry).toHaveLength(corrections.length + later.length + (settings.updates ?? []).length);
		const dates = feed.entry.map((entry) => entry.updated);
		expect(dates).toEqual([...dates].sort().reverse());
		for (const correction of corrections) {
			const entry = feed.entry.find((e) => e.link.href.endsWith(`/corrections/#${correction.id}`));
			expect(entry?.updated, correction.id).toBe(`${correction.date}T00:00:00.000Z`);
		}
		for (const event of later) {
			const entry = feed.entry.find((e) => e.link.href.endsWith(`/timeline/#event-${event.id}`));
			expect(entry?.updated, event.id).toBe(`${day(event.date)}T00:00:00.000Z`);
			expect(entry?.title).toContain(event.title);
		}
	});

	it('gives every entry a unique, stable IRI as its id, and dates the feed by its latest entry', () => {
		const ids = feed.entry.map((entry) => entry.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of [feed.id, ...ids])
			expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(feed.updated).toBe(feed.entry[0]!.updated);
	});

	it('is announced in the head of every page', () => {
		const pages = builtPages(distDir).filter((page) => page.endsWith('/'));
		const without = pages.filter(
			(page) =>
				!/<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/feed\.xml"/.test(readHtml(distDir, page)),
		);
		expect(without).toEqual([]);
	});
});

describe('dates on the timeline and in the decision week', () => {
	const labelOf = (item: { text: string }) => /· (day of the report|later)/.exec(item.text)?.[1];

	it('labels events on the report date and after it from their dates', () => {
		const items = byClass(readHtml(distDir, '/timeline/'), 'event-date');
		expect(items).toHaveLength(events.length);
		const sorted = [...events].sort((a, b) => day(a.date).localeCompare(day(b.date)) || a.id.localeCompare(b.id));
		sorted.forEach((event, index) => {
			const expected =
				day(event.date) === reportDay ? 'day of the report' : day(event.date) > reportDay ? 'later' : undefined;
			expect(labelOf(items[index]!), event.id).toBe(expected);
		});
	});

	it('shows the days the story settings give for the decision week, and only those', () => {
		const html = readHtml(distDir, '/');
		const week = byClass(html, 'decision-week')[0]!;
		const start = day(settings.decisionWeek.start);
		const end = day(settings.decisionWeek.end);
		const inWeek = events.filter((event) => day(event.date) >= start && day(event.date) <= end);
		expect(byClass(html, 'decision-week').length).toBe(1);
		expect(week.text).toContain(formatDayRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`)));
		const listed = inWeek.filter((event) => settings.decisionWeek.events?.includes(event.id) ?? true);
		expect(listed.length).toBeGreaterThan(0);
		for (const event of listed) expect(week.text).toContain(event.title);
		const list = html.slice(html.indexOf('class="decision-week-list"'));
		expect(list.slice(0, list.indexOf('</ol>')).match(/<time /g)).toHaveLength(listed.length);
		expect(week.hrefs).toEqual(['/timeline/']);
	});
});
