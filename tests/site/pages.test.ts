import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { brokenLinks, builtPages, fileFor } from '../support/dist.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();
const pages = builtPages(distDir);

// The recommended preset, with two rules set to what HTML5 allows: Starlight's heading anchor
// id "_top" (valid-id), and Astro writing some void elements as <meta /> (void-style).
const htmlValidate = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: { 'valid-id': ['error', { relaxed: true }], 'void-style': 'off' },
});

describe('every built page, statically', () => {
	it('found the whole site', () => {
		expect(pages.length).toBeGreaterThan(60);
		expect(pages).toEqual(expect.arrayContaining(['/', '/glossary/', '/timeline/', '/404.html']));
	});

	it.each(pages)('%s passes html-validate', async (page) => {
		const report = await htmlValidate.validateFile(fileFor(distDir, page));
		const messages = report.results.flatMap((result) =>
			result.messages.map((m) => `${m.ruleId} at ${m.line}: ${m.message}`),
		);
		expect(messages).toEqual([]);
	});

	it.each(pages)('%s has no broken internal link or #fragment', (page) => {
		expect(brokenLinks(distDir, page)).toEqual([]);
	});
});
