import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ogStats, ogStatsFile } from '../lib/share/og-stats.ts';
import { filesUnder } from '../lib/site/built-files.ts';
import { HtmlEditor } from '../lib/html/editor.ts';
import type { BuildStep } from './post-build.ts';

/** The og:image of one built page, or undefined. */
function ogImageOf(html: string): string | undefined {
	const editor = new HtmlEditor(html);
	const meta = editor
		.elements()
		.find((element) => element.tagName === 'meta' && editor.attribute(element, 'property') === 'og:image');
	return meta && editor.attribute(meta, 'content');
}

/**
 * After the build: every page but 404.html has an og:image whose file was written, or the build
 * fails naming the page. Logs how long drawing took (npm run bench reads the line) and, without
 * SITE_URL, one line saying previews need it.
 */
export const ogImages: BuildStep = {
	name: 'og-images',
	// Counts are per build, also when one process runs several builds.
	start() {
		Object.assign(ogStats(), { drawn: 0, cached: 0, ms: 0 });
	},
	run({ dir, base, site, logger }) {
		const pages = filesUnder(dir).filter(
			(file) => file.endsWith('.html') && file !== '404.html' && !/^(pagefind|_astro)\//.test(file),
		);
		for (const file of pages) {
			const image = ogImageOf(readFileSync(path.join(dir, file), 'utf8'));
			if (!image) throw new Error(`${file}: no og:image; add the page to ogPages() in src/data/og.ts`);
			const pathname = new URL(image, 'http://site.invalid/').pathname;
			const local = path.join(dir, decodeURIComponent(pathname.slice(base.length)));
			if (!existsSync(local)) throw new Error(`${file}: its og:image ${image} was not written (expected ${local})`);
		}
		const stats = ogStats();
		const statsFile = ogStatsFile();
		mkdirSync(path.dirname(statsFile), { recursive: true });
		writeFileSync(statsFile, `${JSON.stringify({ pages: pages.length, ...stats, ms: Math.round(stats.ms) })}\n`);
		logger.info(
			`og images: ${pages.length} pages, ${stats.drawn} drawn, ${stats.cached} from cache, ${Math.round(stats.ms)} ms drawing`,
		);
		if (!site)
			logger.warn(
				'Link previews need SITE_URL (e.g. SITE_URL=https://example.org): og:image URLs are relative without it.',
			);
	},
};
