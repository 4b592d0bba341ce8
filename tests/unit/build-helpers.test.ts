import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../../src/lib/content/files.ts';
import { customPageTargets, isKnownCustomPage } from '../../src/lib/site/custom-pages.ts';

describe('links to generated pages', () => {
	const entry = (collection: RawEntry['collection'], id: string): RawEntry => ({
		collection,
		id,
		file: '',
		data: {},
		body: '',
	});
	const targets = customPageTargets(
		[
			entry('glossary', 'atacms'),
			entry('people', 'joe-biden'),
			entry('events', '2024-11-17-decision'),
			entry('sources', 'report'),
		],
		'/atacms/',
	);
	it('knows real pages and their fragments', () => {
		for (const link of [
			'/atacms/glossary/atacms/',
			'/atacms/people/joe-biden/#mentioned-in',
			'/atacms/timeline/#event-2024-11-17-decision',
			'/atacms/sources/#report',
			'/atacms/glossary/#letter-a',
		]) {
			expect(isKnownCustomPage(link, targets), link).toBe(true);
		}
	});
	it('reports typos in pages and fragments', () => {
		for (const link of [
			'/atacms/glossary/atacmz/',
			'/atacms/people/joe-bidn/',
			'/atacms/timeline/#event-nope',
			'/glossary/atacms/',
		]) {
			expect(isKnownCustomPage(link, targets), link).toBe(false);
		}
	});
});
