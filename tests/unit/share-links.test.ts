import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { fullAddress } from '../../src/scripts/cite-copy.ts';
import {
	displayAddress,
	isExternalHref,
	rehypeExternalLinks,
	type ExternalLinkOptions,
} from '../../src/lib/markdown/external-links.ts';
import { absoluteUrl } from '../../src/lib/site/urls.ts';

describe('absolute addresses', () => {
	it('joins a site path to the site’s address when the build has one', () => {
		expect(absoluteUrl('/atacms/glossary/', new URL('https://example.org'))).toBe(
			'https://example.org/atacms/glossary/',
		);
		expect(absoluteUrl('/feed.xml', 'https://example.org')).toBe('https://example.org/feed.xml');
	});

	it('leaves the path as it is without one', () => {
		expect(absoluteUrl('/story/background/', undefined)).toBe('/story/background/');
	});

	it('completes a citation’s path from the address the page was reached at, but not from disk', () => {
		expect(fullAddress('/story/background/', 'http://127.0.0.1:4321/story/background/#cite-heading')).toBe(
			'http://127.0.0.1:4321/story/background/',
		);
		expect(fullAddress('/atacms/glossary/', 'https://example.org/atacms/glossary/?q=x')).toBe(
			'https://example.org/atacms/glossary/',
		);
		expect(fullAddress('/story/background/', 'file:///home/me/offline/story/background/index.html')).toBeUndefined();
	});
});

describe('links to other sites', () => {
	it('knows another site from the site’s own address, paths and other schemes', () => {
		expect(isExternalHref('https://www.defense.gov/News/')).toBe(true);
		expect(isExternalHref('http://example.com/a')).toBe(true);
		expect(isExternalHref('https://example.org/glossary/', 'https://example.org')).toBe(false);
		expect(isExternalHref('https://www.defense.gov/', 'https://example.org')).toBe(true);
		for (const href of ['/sources/', '#source-a', '../index.html', 'mailto:a@example.org', 'data:,x'])
			expect(isExternalHref(href), href).toBe(false);
	});

	it('shows an address without its scheme for the copy opened from disk', () => {
		expect(displayAddress('https://www.defense.gov/')).toBe('www.defense.gov');
		expect(displayAddress('https://www.un.org/sg/en/content/sg/press-encounter/2024-11-17/')).toBe(
			'www.un.org/sg/en/content/sg/press-encounter/2024-11-17/',
		);
	});

	const page = (): Root => ({
		type: 'root',
		children: [
			{
				type: 'element',
				tagName: 'p',
				properties: {},
				children: [
					{
						type: 'element',
						tagName: 'a',
						properties: { href: 'https://www.un.org/x' },
						children: [{ type: 'text', value: 'UN' }],
					},
					{ type: 'text', value: ' and ' },
					{
						type: 'element',
						tagName: 'a',
						properties: { href: '/glossary/' },
						children: [{ type: 'text', value: 'glossary' }],
					},
				],
			},
		],
	});
	const run = (options: ExternalLinkOptions) => {
		const tree = page();
		rehypeExternalLinks(options)()(tree);
		return (tree.children[0] as { children: unknown[] }).children;
	};

	it('marks Markdown links to other sites for every reader, in the same tab', () => {
		const [external, , internal] = run({ offline: false }) as {
			properties: Record<string, unknown>;
			children: unknown[];
		}[];
		expect(external!.properties).toEqual({ href: 'https://www.un.org/x', className: ['external-link'] });
		expect(external!.children).toEqual([
			{ type: 'text', value: 'UN' },
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['sr-only'] },
				children: [{ type: 'text', value: ' (external site)' }],
			},
		]);
		expect(internal!.properties).toEqual({ href: '/glossary/' });
	});

	it('spells out the address after the link in the copy opened from disk', () => {
		const children = run({ offline: true });
		expect(children).toHaveLength(4);
		expect(children[1]).toEqual({
			type: 'element',
			tagName: 'span',
			properties: { className: ['external-address'] },
			children: [{ type: 'text', value: ' (www.un.org/x)' }],
		});
	});
});
