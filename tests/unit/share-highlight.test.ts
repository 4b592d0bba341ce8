import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightCode } from '../../src/lib/markdown/highlight.ts';

describe('build-time highlighting', () => {
	it('colours BibTeX tokens for both themes', async () => {
		const html = await highlightCode('@misc{key,\n\ttitle = {A page},\n}', 'bibtex');
		expect(html).toMatch(/^<pre class="shiki shiki-themes /);
		expect(html).toMatch(/--shiki-light:#[0-9a-f]{6}/i);
		expect(html).toMatch(/--shiki-dark:#[0-9a-f]{6}/i);
		expect(html).not.toContain('<script');
	});

	it('tells RIS tags from their values with its own grammar', async () => {
		const html = await highlightCode('TY  - ELEC\nER  - ', 'ris');
		const colours = [...html.matchAll(/<span style="([^"]+)">(TY|ELEC)<\/span>/g)].map((match) => match[1]);
		expect(colours).toHaveLength(2);
		expect(colours[0]).not.toBe(colours[1]);
	});

	describe('on a machine so busy that every step of the tokenizer takes a second', () => {
		afterEach(() => vi.restoreAllMocks());

		it('colours the same tokens as on an idle one', async () => {
			const code = '{ "url": "https://example.org/glossary.json", "count": 29 }\n{ "terms": [] }';
			const idle = await highlightCode(code, 'json');
			let now = Date.now();
			// The tokenizer reads the clock to stop a line that takes too long.
			vi.spyOn(Date, 'now').mockImplementation(() => (now += 1_000));
			expect(await highlightCode(code, 'json')).toBe(idle);
		});
	});
});
