import { entryHref } from '../data/site-path';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { correctionUrl, corrections } from '../data/corrections';
import { sortEvents, story } from '../data/site';
import { atomXml, nameUuid, type AtomEntry } from '../lib/share/atom';
import { formatDate } from '../lib/site/dates';
import { updateEntries } from '../lib/share/feed';
import { absoluteUrl, withBase } from '../lib/site/urls';

const base = import.meta.env.BASE_URL;

/**
 * An Atom feed of corrections, of later events (those after the report date) and of the
 * explainer's own updates (the story settings' `updates`), newest first.
 * Every date comes from content, so two builds write the same bytes. Links are absolute when the
 * build knows its host (SITE_URL); ids are name-based UUIDs, the same on every host.
 */
export const GET: APIRoute = async ({ site }) => {
	const settings = await story();
	const url = (path: string) => absoluteUrl(path, site);
	const reportDay = formatDate(settings.reportDate);

	const entries: AtomEntry[] = [
		...(await corrections()).map((correction) => ({
			id: nameUuid(`${settings.title}/corrections/${correction.id}`),
			title: `Correction: ${correction.data.title}`,
			link: url(correctionUrl(correction.id)),
			updated: correction.data.date,
			summary: correction.data.saysNow,
			paragraphs: [
				`What the site said: ${correction.data.said}`,
				`What it says now: ${correction.data.saysNow}`,
				`Why: ${correction.data.why}`,
			],
		})),
		...sortEvents(await getCollection('events'))
			.filter((event) => event.data.date > settings.reportDate)
			.map((event) => ({
				id: nameUuid(`${settings.title}/events/${event.id}`),
				title: `Later: ${event.data.title}`,
				link: url(entryHref('events', event.id)),
				updated: event.data.date,
				summary: event.data.summary,
				paragraphs: [`${formatDate(event.data.date)}, after the report of ${reportDay}.`, event.data.summary],
			})),
		...updateEntries(settings.updates, { storyTitle: settings.title, href: (path) => url(withBase(base, path)) }),
	].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.link.localeCompare(b.link));

	const xml = atomXml({
		id: nameUuid(`${settings.title}/feed`),
		title: `${settings.title}: corrections, later events and updates`,
		subtitle: settings.asReportedOn,
		link: url(base),
		self: url(withBase(base, 'feed.xml')),
		author: settings.title,
		updated: new Date(Math.max(settings.reportDate.getTime(), ...entries.map((entry) => entry.updated.getTime()))),
		entries,
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
