import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomXml, nameUuid } from '../../src/lib/share/atom.ts';

const feed = {
	id: nameUuid('A story/feed'),
	title: 'A story: corrections & later events',
	link: 'https://example.org/',
	self: 'https://example.org/feed.xml',
	author: 'A story',
	updated: new Date('2030-03-02T00:00:00Z'),
	entries: [
		{
			id: nameUuid('A story/corrections/one'),
			title: 'Correction: <b> is not a tag here',
			link: 'https://example.org/corrections/#one',
			updated: new Date('2030-03-02T00:00:00Z'),
			summary: 'Now says A & B.',
			paragraphs: ['What the site said: “x”.', 'Why: because.'],
		},
	],
};

describe('the Atom feed', () => {
	it('gives the same name the same version 5 UUID, and another name another', () => {
		expect(nameUuid('a')).toBe(nameUuid('a'));
		expect(nameUuid('a')).not.toBe(nameUuid('b'));
		expect(nameUuid('a')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});

	it('escapes text through the XML library, so it parses back to the same words', () => {
		const xml = atomXml(feed);
		const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).feed;
		expect(parsed.title).toBe(feed.title);
		expect(parsed.entry.title).toBe(feed.entries[0]!.title);
		expect(parsed.entry.summary).toBe('Now says A & B.');
		expect(parsed.entry.content.div.p).toEqual(feed.entries[0]!.paragraphs);
		expect(parsed.entry.link.href).toBe('https://example.org/corrections/#one');
		expect(parsed.updated).toBe('2030-03-02T00:00:00.000Z');
	});

	it('writes the same bytes for the same input', () => {
		expect(atomXml(feed)).toBe(atomXml(structuredClone(feed)));
	});
});
