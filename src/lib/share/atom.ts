import { createHash } from 'node:crypto';
import { XMLBuilder } from 'fast-xml-parser';

/** One feed entry: a correction or a later event. */
export interface AtomEntry {
	/** A stable IRI that never changes for this entry, e.g. from nameUuid("correction:<id>"). */
	id: string;
	title: string;
	/** Where the entry is read on the site, absolute when the site has a host. */
	link: string;
	/** The day the entry was published or happened. */
	updated: Date;
	/** One line shown in lists. */
	summary: string;
	/** Paragraphs of the full text. */
	paragraphs: string[];
}

export interface AtomFeed {
	id: string;
	title: string;
	subtitle?: string;
	/** The site's home page. */
	link: string;
	/** The feed's own URL. */
	self: string;
	author: string;
	/** The latest day of any entry: from content, never the build clock. */
	updated: Date;
	entries: AtomEntry[];
}

// A fixed namespace, so the same name always gives the same id.
const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** A name-based (version 5) UUID as a URN: the same name gives the same id on every build and host. */
export function nameUuid(name: string): string {
	const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
	hash[6] = (hash[6]! & 0x0f) | 0x50;
	hash[8] = (hash[8]! & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const xhtml = (paragraphs: string[]) => ({
	'@_type': 'xhtml',
	div: { '@_xmlns': 'http://www.w3.org/1999/xhtml', p: paragraphs },
});

/** An Atom 1.0 document (RFC 4287), built as a tree and serialised by an XML library, which escapes the text. */
export function atomXml(feed: AtomFeed): string {
	const builder = new XMLBuilder({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		format: true,
		indentBy: '\t',
		suppressEmptyNode: true,
	});
	return builder.build({
		'?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
		feed: {
			'@_xmlns': 'http://www.w3.org/2005/Atom',
			'@_xml:lang': 'en-GB',
			id: feed.id,
			title: feed.title,
			...(feed.subtitle ? { subtitle: feed.subtitle } : {}),
			updated: feed.updated.toISOString(),
			author: { name: feed.author },
			link: [
				{ '@_rel': 'alternate', '@_type': 'text/html', '@_href': feed.link },
				{ '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': feed.self },
			],
			entry: feed.entries.map((entry) => ({
				id: entry.id,
				title: entry.title,
				link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': entry.link },
				updated: entry.updated.toISOString(),
				summary: entry.summary,
				content: xhtml(entry.paragraphs),
			})),
		},
	});
}
