import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { builtPages, readHtml } from '../support/dist.ts';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();

/**
 * Sites that copy, aggregate or mirror other outlets' articles, seen while the sources of this
 * explainer were looked up (/work/research/urls.md, "Never cite"; /work/shared/later-facts.md). A
 * reader sent there cannot tell who wrote the text, so the site names and links the original outlet
 * instead. The list is research data about the web, not story text: it lives in this test, which
 * checks what the published site actually links to, rather than in src/ or the story settings.
 */
const copySites = [
	'adsitepro.com',
	'almayadeen.net',
	'arise.tv',
	'atlasbulletin.us',
	'aus-city.com',
	'bharatpulsenews.com',
	'britanniadaily.co.uk',
	'catch4all.com',
	'devdiscourse.com',
	'devevil.com',
	'eir.news',
	'europenews.uk',
	'europesays.com',
	'exbulletin.com',
	'fakti.bg',
	'gla.news',
	'glance.com',
	'localeurope.news',
	'menafn.com',
	'miamidaily.life',
	'miragenews.com',
	'mixedtimes.com',
	'mtwm.net',
	'news-front.su',
	'news-pravda.com',
	'newser.com',
	'newstrolley.com',
	'npub.pro',
	'ovoodocorvo.blogspot.com',
	'particle.news',
	'pocketgreat.info',
	'rss.aubry.org',
	'smartencyclopedia.org',
	'spokomptontimes.com',
	'theuniverse.pk',
	'theworldupdates.com',
	'todaynews81.com',
	'trumpscrimes.com',
	'vnnow.net',
	'webjosh.com',
	'worldwebnewspapers.com',
];

/** Why a host may not be linked, or undefined when it may. */
function refusal(host: string): string | undefined {
	const bare = host.toLowerCase().replace(/\.$/, '');
	if (/^\d{1,3}(\.\d{1,3}){3}$/.test(bare) || bare.startsWith('[')) return 'a bare IP address (a proxy or mirror)';
	const site = copySites.find((name) => bare === name || bare.endsWith(`.${name}`));
	return site ? `${site}, a copy or aggregator site` : undefined;
}

const sourcesDir = path.join(projectRoot, 'src/content/sources');
const sources = readdirSync(sourcesDir)
	.filter((file) => /^[^_].*\.ya?ml$/.test(file))
	.map((file) => ({ file, data: yaml.load(readFileSync(path.join(sourcesDir, file), 'utf8')) as { url?: string } }));

describe('links to sources', () => {
	it('refuses copy sites and bare addresses, by host and by subdomain', () => {
		expect(refusal('www.menafn.com')).toBe('menafn.com, a copy or aggregator site');
		expect(refusal('italy.news-pravda.com')).toBe('news-pravda.com, a copy or aggregator site');
		expect(refusal('209.141.35.7')).toBe('a bare IP address (a proxy or mirror)');
		expect(refusal('www.reuters.com')).toBeUndefined();
		expect(refusal('notmenafn.com')).toBeUndefined();
	});

	it('no source entry links to a copy or aggregator site', () => {
		const bad = sources.flatMap(({ file, data }) => {
			if (!data.url) return [];
			const why = refusal(new URL(data.url).hostname);
			return why ? [`src/content/sources/${file}: \`url\` is on ${why}; link the original outlet’s page`] : [];
		});
		expect(sources.length).toBeGreaterThan(20);
		expect(bad).toEqual([]);
	});

	it('/sources/ links every source that has an address', () => {
		const html = readHtml(distDir, '/sources/');
		const missing = sources
			.filter(({ data }) => data.url)
			.filter(({ data }) => !html.includes(`href="${data.url!.replace(/&/g, '&amp;')}"`))
			.map(({ file }) => file);
		expect(missing).toEqual([]);
	});

	it('no built page links to a copy or aggregator site', () => {
		const bad = builtPages(distDir).flatMap((page) =>
			[...readHtml(distDir, page).matchAll(/\shref="(https?:\/\/[^"]+)"/g)].flatMap(([, href]) => {
				const why = refusal(new URL(href!.replace(/&amp;/g, '&')).hostname);
				return why ? [`${page} links ${href}: ${why}`] : [];
			}),
		);
		expect(bad).toEqual([]);
	});
});
