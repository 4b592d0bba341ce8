import { describe, expect, it } from 'vitest';
import { citePage, cslItem } from '../../src/lib/share/citation.ts';
import { mlaStyle } from '../../src/lib/share/csl-styles.ts';

const page = {
	key: 'story-background',
	title: 'Background: the long road to a decision',
	url: 'https://example.org/story/background/',
	updated: new Date('2024-11-17T00:00:00Z'),
};
const settings = { siteName: 'The decision, explained', publisher: 'The decision, explained' };

describe('cite this page', () => {
	const citations = citePage(page, settings);

	it('names the site in the cited title, once', () => {
		expect(cslItem(page, settings).title).toBe('Background: the long road to a decision – The decision, explained');
		expect(cslItem(page, settings)).not.toHaveProperty('container-title');
		expect(cslItem({ ...page, title: settings.siteName }, settings).title).toBe(settings.siteName);
	});

	it('formats APA 7 with the date in parentheses and the site name', () => {
		expect(citations.apa.text).toMatchInlineSnapshot(
			`"Background: the long road to a decision – The decision, explained. (2024, November 17). https://example.org/story/background/"`,
		);
		expect(citations.apa.html).toContain('<i>Background: the long road to a decision – The decision, explained</i>');
	});

	it('formats MLA 9 with the title in quotes and the day-month-year date', () => {
		expect(citations.mla.text).toMatchInlineSnapshot(
			`"Background: The Long Road to a Decision – The Decision, Explained. 17 Nov. 2024, https://example.org/story/background/."`,
		);
	});

	it('formats Chicago notes and bibliography: a note and a bibliography entry', () => {
		expect(citations.chicagoBibliography.text).toMatchInlineSnapshot(
			`"“Background: The Long Road to a Decision – The Decision, Explained,” November 17, 2024. https://example.org/story/background/."`,
		);
		expect(citations.chicagoNote.text).toMatchInlineSnapshot(
			`"“Background: The Long Road to a Decision – The Decision, Explained.”"`,
		);
	});

	it('names an author from the settings when there is one', () => {
		const withAuthor = citePage(page, { ...settings, author: 'Editorial team' });
		expect(withAuthor.apa.text.startsWith('Editorial team. (2024, November 17).')).toBe(true);
	});

	it('exports BibTeX, RIS and CSL-JSON that carry the title, date and address', () => {
		expect(citations.bibtex).toMatch(/^@misc\{story_background,/);
		// BibTeX writes the dash as "--" and keeps the capital of "The" in braces.
		expect(citations.bibtex).toContain(
			'title = {Background: the long road to a decision -- {The} decision, explained}',
		);
		expect(citations.ris).toMatch(/^TY {2}- ELEC$/m);
		expect(citations.ris).toMatch(/^UR {2}- https:\/\/example\.org\/story\/background\/$/m);
		expect(citations.ris).toMatch(/^ER {2}- $/m);
		const [item] = JSON.parse(citations.cslJson) as Record<string, unknown>[];
		expect(item).toMatchObject({ type: 'webpage', URL: page.url, issued: { 'date-parts': [[2024, 11, 17]] } });
	});

	it('leaves the access date to the reader', () => {
		expect(cslItem(page, settings)).not.toHaveProperty('accessed');
		expect(citations.apa.text).not.toMatch(/Retrieved|Accessed/i);
	});

	it('adds the publisher only when it differs from the site name', () => {
		expect(cslItem(page, settings)).not.toHaveProperty('publisher');
		expect(cslItem(page, { ...settings, publisher: 'A newsroom' })).toHaveProperty('publisher', 'A newsroom');
	});
});

describe('the MLA style', () => {
	it('is the CSL project’s MLA 9th edition, with its authors and licence', () => {
		const xml = mlaStyle();
		expect(xml).toContain('<title>Modern Language Association 9th edition</title>');
		expect(xml).toContain('<name>Sebastian Karcher</name>');
		expect(xml).toContain('<rights license="http://creativecommons.org/licenses/by-sa/3.0/">');
		expect(xml).toContain('<bibliography');
	});
});
