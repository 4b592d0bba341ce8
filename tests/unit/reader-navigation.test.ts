import { describe, expect, it } from 'vitest';
import { groupMentions, splitShown } from '../../src/lib/content/mention-groups.ts';
import { markParentSection, tocHasSections, type SidebarEntryLike } from '../../src/lib/site/route-state.ts';
import { labelLandmark, unhideSidebarScripts } from '../../src/lib/html/starlight-markup.ts';

describe('groupMentions', () => {
	const mentions = [
		{ url: '/story/one/', title: 'Chapter one' },
		{ url: '/timeline/#a', title: 'Timeline: Talks open' },
		{ url: '/glossary/x/', title: 'Glossary: X' },
		{ url: '/timeline/#b', title: 'Timeline: Talks close' },
		{ url: '/story/two/', title: 'Reactions: who said what' },
		{ url: '/glossary/y/', title: 'Glossary: Y' },
	];

	it('keeps pages as links and groups entries by kind, in the order first met', () => {
		expect(groupMentions(mentions)).toEqual([
			{ url: '/story/one/', title: 'Chapter one', items: [] },
			{
				url: '/timeline/',
				title: 'Timeline',
				items: [
					{ url: '/timeline/#a', title: 'Talks open' },
					{ url: '/timeline/#b', title: 'Talks close' },
				],
			},
			{
				url: '/glossary/',
				title: 'Glossary',
				items: [
					{ url: '/glossary/x/', title: 'X' },
					{ url: '/glossary/y/', title: 'Y' },
				],
			},
			// A colon in a page title is not a kind: the URL has no "reactions" folder.
			{ url: '/story/two/', title: 'Reactions: who said what', items: [] },
		]);
	});

	it('works under a base path', () => {
		expect(groupMentions([{ url: '/atacms/timeline/#a', title: 'Timeline: A' }])[0]?.url).toBe('/atacms/timeline/');
	});

	it('folds away the rest past a few, but never a single item', () => {
		expect(splitShown([1, 2, 3, 4, 5], 4)).toEqual({ visible: [1, 2, 3, 4, 5], hidden: [] });
		expect(splitShown([1, 2, 3, 4, 5, 6], 4)).toEqual({ visible: [1, 2, 3, 4], hidden: [5, 6] });
	});
});

describe('markParentSection', () => {
	const sidebar = (): SidebarEntryLike[] => [
		{ type: 'link', href: '/', isCurrent: false, attrs: {} },
		{
			type: 'group',
			entries: [
				{ type: 'link', href: '/glossary/', isCurrent: false, attrs: {} },
				{ type: 'link', href: '/people/', isCurrent: false, attrs: {} },
			],
		},
	];

	it('marks the section a detail page belongs to', () => {
		const entries = sidebar();
		expect(markParentSection(entries, '/glossary/term/')).toBe('/glossary/');
		const group = entries[1] as Extract<SidebarEntryLike, { type: 'group' }>;
		expect(group.entries[0]).toMatchObject({ attrs: { 'aria-current': 'true' }, isCurrent: false });
		expect(group.entries[1]).toMatchObject({ attrs: {} });
	});

	it('leaves pages the sidebar lists, and pages of no section, alone', () => {
		const listed = sidebar();
		const group = listed[1] as Extract<SidebarEntryLike, { type: 'group' }>;
		(group.entries[0] as Extract<SidebarEntryLike, { type: 'link' }>).isCurrent = true;
		expect(markParentSection(listed, '/glossary/')).toBeUndefined();
		expect(markParentSection(sidebar(), '/elsewhere/page/')).toBeUndefined();
		// The home page is everyone's prefix, never a section.
		expect(markParentSection(sidebar(), '/404.html')).toBeUndefined();
	});

	it('respects the base path', () => {
		const entries: SidebarEntryLike[] = [
			{ type: 'link', href: '/atacms/', isCurrent: false, attrs: {} },
			{ type: 'link', href: '/atacms/people/', isCurrent: false, attrs: {} },
		];
		expect(markParentSection(entries, '/atacms/people/someone/', '/atacms/')).toBe('/atacms/people/');
		expect(markParentSection(entries, '/atacms/other/', '/atacms/')).toBeUndefined();
	});
});

describe('tocHasSections', () => {
	const overview = { slug: '_top', children: [] };
	it('is false when the table of contents has only the page title', () => {
		expect(tocHasSections([overview])).toBe(false);
		expect(tocHasSections([overview, { slug: 'a', children: [] }])).toBe(true);
	});
});

describe('unhideSidebarScripts', () => {
	it('removes the attribute from scripts only, byte for byte elsewhere', () => {
		const html = '<div aria-hidden="true"><script aria-hidden="true">let a = "<b>";</script><script>b()</script></div>';
		expect(unhideSidebarScripts(html)).toBe(
			'<div aria-hidden="true"><script>let a = "<b>";</script><script>b()</script></div>',
		);
	});

	it('fails when there is nothing to fix, so a Starlight update cannot silently make the override pointless', () => {
		expect(() => unhideSidebarScripts('<p>no scripts</p>')).toThrow(/Sidebar: no <script aria-hidden> found/);
	});
});

describe('labelLandmark', () => {
	const toc = { component: 'MobileTableOfContents', tagName: 'nav', label: 'On this page (menu)' };
	it('names the landmark in place of the element it was labelled by', () => {
		expect(labelLandmark('<nav aria-labelledby="x" class="toc"><a>y</a></nav>', toc)).toBe(
			'<nav aria-label="On this page (menu)" class="toc"><a>y</a></nav>',
		);
	});

	it('finds the element by class and escapes the label', () => {
		const aside = { component: 'TwoColumnContent', tagName: 'aside', className: 'right', label: 'A "b"' };
		expect(labelLandmark('<aside class="left"></aside><aside class="x right"></aside>', aside)).toBe(
			'<aside class="left"></aside><aside aria-label="A &quot;b&quot;" class="x right"></aside>',
		);
	});

	it('fails when the element is missing, unless it is optional', () => {
		expect(() => labelLandmark('<div></div>', toc)).toThrow(/MobileTableOfContents: no <nav> to name/);
		expect(labelLandmark('<div></div>', { ...toc, required: false })).toBe('<div></div>');
	});
});
