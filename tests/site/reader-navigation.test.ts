import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor, readHtml } from '../support/dist.ts';
import { attributeOf, descendants, elementsOf, textOf, type Element } from '../support/html.ts';
import { useDist } from '../support/site.ts';

const { distDir, offlineDir } = useDist();
const pages = builtPages(distDir);

/** The elements with this tag inside `root`. */
const within = (root: Element, tag: string) => descendants(root).filter((element) => element.tagName === tag);

/** The entries of the desktop "On this page" list, as [href, text]. */
function tocEntries(html: string): [string, string][] {
	const toc = elementsOf(html).find((element) => element.tagName === 'starlight-toc');
	if (!toc) return [];
	return within(toc, 'a').map((a) => [attributeOf(a, 'href') ?? '', textOf(a, { collapse: false }).trim()]);
}

describe('reader navigation, on the built pages', () => {
	it.each(['/timeline/', '/glossary/', '/people/', '/places/'])(
		'%s lists its own sections under "On this page", each pointing at a heading on the page',
		(page) => {
			const html = readHtml(distDir, page);
			const entries = tocEntries(html);
			expect(entries.length, `${page}: only "Overview" in the table of contents`).toBeGreaterThan(2);
			const ids = new Set(elementsOf(html).map((element) => attributeOf(element, 'id')));
			for (const [href] of entries) expect(ids, `${page}: ${href} points at nothing`).toContain(href.slice(1));
		},
	);

	it('shows the sticky phone "On this page" bar only on pages with sections', () => {
		const wrong = pages.filter((page) => {
			const html = readHtml(distDir, page);
			const bar = elementsOf(html).some((element) => element.tagName === 'mobile-starlight-toc');
			return bar && tocEntries(html).length <= 1;
		});
		expect(wrong).toEqual([]);
		// And the pages with sections keep it.
		expect(elementsOf(readHtml(distDir, '/timeline/')).some((e) => e.tagName === 'mobile-starlight-toc')).toBe(true);
	});

	it.each(['/glossary/', '/people/', '/places/'])(
		'detail pages under %s highlight that section in the sidebar',
		(section) => {
			const details = pages.filter((page) => page.startsWith(section) && page !== section);
			expect(details.length).toBeGreaterThan(0);
			for (const page of details) {
				const sidebar = elementsOf(readHtml(distDir, page)).find((e) => attributeOf(e, 'id') === 'starlight__sidebar');
				const current = within(sidebar!, 'a').filter((a) => attributeOf(a, 'aria-current'));
				expect(
					current.map((a) => [attributeOf(a, 'href'), attributeOf(a, 'aria-current')]),
					page,
				).toEqual([[section, 'true']]);
			}
		},
	);

	it('"Mentioned in" is grouped and shows only a few links before folding the rest into <details>', () => {
		const termPages = pages.filter((page) => /^\/(glossary|people|places)\/[^/]+\/$/.test(page));
		let folded = 0;
		for (const page of termPages) {
			const html = readHtml(distDir, page);
			const box = elementsOf(html).find((e) => attributeOf(e, 'class') === 'mentions');
			if (!box) continue;
			const all = within(box, 'a').length;
			const inDetails = within(box, 'details').flatMap((d) => within(d, 'a')).length;
			// Four pages with four entries each, at most, stay open.
			expect(all - inDetails, page).toBeLessThanOrEqual(4 + 4 * 4);
			if (inDetails > 0) folded++;
		}
		expect(folded, 'no term page has enough mentions to fold: the test proves nothing').toBeGreaterThan(0);
	});

	it('no page puts aria-hidden on a <script> (the W3C Nu checker rejects it)', () => {
		const offending = pages.filter((page) =>
			elementsOf(readHtml(distDir, page)).some(
				(e) => e.tagName === 'script' && attributeOf(e, 'aria-hidden') !== undefined,
			),
		);
		expect(offending).toEqual([]);
	});

	it("no page misuses aria-label (html-validate's aria-label-misuse, with the preset's own options), hosted or opened from disk", async () => {
		// The audit (tests/site/pages.test.ts) relaxes two other rules; this one runs as the preset sets it.
		const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
		const misuse: string[] = [];
		for (const dir of [distDir, offlineDir]) {
			for (const page of builtPages(dir)) {
				const report = await validator.validateFile(fileFor(dir, page));
				for (const m of report.results.flatMap((result) => result.messages)) {
					if (m.ruleId === 'aria-label-misuse') misuse.push(`${dir}${page} at ${m.line}: ${m.message} (${m.selector})`);
				}
			}
		}
		expect(misuse).toEqual([]);
	}, 180_000);
});
