import { describe, expect, it } from 'vitest';
import { highlightCode } from '../../src/lib/share/highlight.ts';

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
});
