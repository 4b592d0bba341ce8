/** Each page's link-preview image, e.g. /og/story/background.png, drawn once per distinct card. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogPages, type OgPage } from '../../data/og';
import { ogCacheKey, renderOgImage } from '../../lib/share/og-image';
import { ogCacheDir, ogStats } from '../../lib/share/og-stats';

// Keyed by a hash of the card, the fonts and the layout, so an unchanged page is not redrawn.
const cacheDir = ogCacheDir();

export const getStaticPaths = (async () =>
	(await ogPages()).map((page) => ({ params: { image: page.file }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { page } = props as { page: OgPage };
	const cached = path.join(cacheDir, `${ogCacheKey(page.card)}.png`);
	let png: Buffer;
	const stats = ogStats();
	const started = performance.now();
	try {
		png = readFileSync(cached);
		stats.cached += 1;
	} catch {
		png = await renderOgImage(page.card, page.path);
		mkdirSync(cacheDir, { recursive: true });
		writeFileSync(cached, png);
		stats.drawn += 1;
	}
	stats.ms += performance.now() - started;
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
