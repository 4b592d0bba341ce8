import { describe, expect, it } from 'vitest';
import { jsonLdScript, newsArticle, webSite } from '../../src/lib/share/json-ld.ts';

const input = {
	url: 'https://example.org/story/one/',
	headline: 'One',
	description: 'The first part.',
	datePublished: new Date('2024-11-17T00:00:00Z'),
	dateModified: new Date('2024-11-20T00:00:00Z'),
	publisher: {
		name: 'A site',
		url: 'https://example.org/',
		logo: { url: 'https://example.org/og/logo.png', width: 512, height: 512 },
	},
	sources: [{ title: 'A report', publisher: 'A newsroom', date: new Date('2024-11-17T00:00:00Z') }],
	terms: [{ slug: 'abc', term: 'ABC', aliases: [], definition: 'A term.', url: 'https://example.org/glossary/abc/' }],
	people: [{ name: 'A Person', role: 'Minister', url: 'https://example.org/people/a/' }],
	places: [{ name: 'A Town', lat: 50.9, lon: 34.8, url: 'https://example.org/places/a/' }],
};

describe('NewsArticle JSON-LD', () => {
	const article = newsArticle(input, 'https://example.org/glossary/');

	it('dates the article by day', () => {
		expect(article).toMatchObject({ datePublished: '2024-11-17', dateModified: '2024-11-20' });
	});

	it('cites sources, is about glossary terms and mentions people and places', () => {
		expect(article.citation).toEqual([
			{
				'@type': 'CreativeWork',
				name: 'A report',
				publisher: { '@type': 'Organization', name: 'A newsroom' },
				datePublished: '2024-11-17',
			},
		]);
		expect(article.about).toEqual([expect.objectContaining({ '@type': 'DefinedTerm', termCode: 'abc' })]);
		expect(article.mentions).toEqual([
			expect.objectContaining({ '@type': 'Person', name: 'A Person', jobTitle: 'Minister' }),
			expect.objectContaining({
				'@type': 'Place',
				geo: { '@type': 'GeoCoordinates', latitude: 50.9, longitude: 34.8 },
			}),
		]);
	});

	it('names its publisher with a logo, and the publisher as author when the settings name none', () => {
		const publisher = {
			'@type': 'Organization',
			name: 'A site',
			url: 'https://example.org/',
			logo: {
				'@type': 'ImageObject',
				url: 'https://example.org/og/logo.png',
				width: { '@type': 'QuantitativeValue', value: 512, unitCode: 'E37' },
				height: { '@type': 'QuantitativeValue', value: 512, unitCode: 'E37' },
			},
		};
		expect(article.publisher).toEqual(publisher);
		expect(article.author).toEqual({ '@type': 'Organization', name: 'A site', url: 'https://example.org/' });
		expect(newsArticle({ ...input, author: 'Explainer desk' }, '').author).toEqual({
			'@type': 'Organization',
			name: 'Explainer desk',
		});
	});

	it('describes the site itself for the home page', () => {
		expect(
			webSite({ name: 'A site', url: 'https://example.org/', description: 'About it.', publisher: input.publisher }),
		).toMatchObject({
			'@type': 'WebSite',
			'@id': 'https://example.org/#website',
			name: 'A site',
			url: 'https://example.org/',
			publisher: { '@type': 'Organization', logo: { '@type': 'ImageObject' } },
		});
	});

	it('cannot close its script element', () => {
		expect(jsonLdScript({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script>');
	});
});
