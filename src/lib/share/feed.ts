/**
 * Entries of the feed of corrections, later events and updates (src/pages/feed.xml.ts) that are
 * more than a copy of one content field: the explainer's own updates, from the story settings.
 */
import { nameUuid, type AtomEntry } from './atom.ts';
import { isoDate } from '../site/dates.ts';
import type { Story } from '../../schemas/story.ts';

interface UpdateEntryOptions {
	/** The story's title, which names the feed's ids, e.g. "The ATACMS decision". */
	storyTitle: string;
	/** A site path as the feed links it: with the base path, absolute when the site has a host. */
	href: (sitePath: string) => string;
}

/**
 * One feed entry per update in the story settings: "Update: <title>", linking the page it names.
 * Its id comes from the story, the day and the page, so it stays the same on every build and host.
 */
export function updateEntries(updates: Story['updates'], { storyTitle, href }: UpdateEntryOptions): AtomEntry[] {
	return updates.map((update) => ({
		id: nameUuid(`${storyTitle}/updates/${isoDate(update.date)}${update.link}`),
		title: `Update: ${update.title}`,
		link: href(update.link),
		updated: update.date,
		summary: update.summary,
		paragraphs: [update.summary],
	}));
}
