import { describe, expect, it } from 'vitest';
import { ogCacheKey, ogRenderers, ogSvg, renderOgImage } from '../../src/lib/share/og-image.ts';

const card = {
	title: 'The decision',
	section: 'The story',
	siteName: 'A site, explained',
	dateLine: 'As reported on 17 November 2024',
};
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('link-preview images', () => {
	it('draws a 1200×630 PNG under 150 KB', async () => {
		const png = await renderOgImage({ ...card, text: 'One plain sentence that says what the term means.' }, '/x/');
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(png.length).toBeLessThan(150 * 1024);
	});

	it('draws the same bytes twice', async () => {
		expect((await renderOgImage(card, '/x/')).equals(await renderOgImage(card, '/x/'))).toBe(true);
	});

	it('wraps a 200-character title and ends it with an ellipsis', async () => {
		const title = `${'A very long page title that goes on and on '.repeat(5)}`.slice(0, 200);
		expect(title).toHaveLength(200);
		const svg = await ogSvg({ ...card, title }, { embedFont: false });
		const lines = [...svg.matchAll(/<text[^>]*font-size="68"[^>]*>[\s\S]*?<\/text>/g)].map((match) => match[0]);
		const ys = new Set(lines.map((line) => line.match(/ y="([\d.]+)"/)?.[1]));
		expect(ys.size).toBe(3);
		expect(svg).toContain('…');
		expect(svg).not.toContain(title.slice(-20));
	});

	it('keeps every line of text inside the card, the footer included', async () => {
		const svg = await ogSvg(
			{ ...card, title: `${'Supercalifragilistic'.repeat(6)} ${'word '.repeat(20)}`, text: 'word '.repeat(80) },
			{ embedFont: false },
		);
		const boxes = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/g)].map((m) =>
			m.slice(1).map(Number),
		);
		expect(svg).toContain('>November<');
		for (const [x, y, width] of boxes) {
			expect(y).toBeLessThan(630);
			expect(x! + width!).toBeLessThanOrEqual(1200);
		}
	});

	it('keys the cache by everything drawn', () => {
		expect(ogCacheKey(card)).toBe(ogCacheKey({ ...card }));
		expect(ogCacheKey(card)).not.toBe(ogCacheKey({ ...card, title: 'Other' }));
	});

	it('keys the cache by the renderers’ versions, so an upgrade redraws every image', () => {
		expect(Object.keys(ogRenderers).sort()).toEqual(['@resvg/resvg-js', 'satori']);
		expect(ogCacheKey(card)).toBe(ogCacheKey(card, { ...ogRenderers }));
		expect(ogCacheKey(card)).not.toBe(ogCacheKey(card, { ...ogRenderers, satori: '0.0.1' }));
		expect(ogCacheKey(card)).not.toBe(ogCacheKey(card, { ...ogRenderers, '@resvg/resvg-js': '0.0.1' }));
	});

	it('names the page when drawing fails', async () => {
		await expect(renderOgImage({ ...card, mapSvg: '<not svg' }, '/places/x/')).rejects.toThrow(
			/^OG image for \/places\/x\/: /,
		);
	});
});
