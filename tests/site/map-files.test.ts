import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { MAP_SIZE } from '../../src/lib/map/projection.ts';
import { projectRoot } from '../support/build.ts';
import { useDist } from '../support/site.ts';

const { distDir, offlineDir, subpathDir } = useDist();
const mapsDir = path.join(projectRoot, 'src/content/maps');
const maps = readdirSync(mapsDir).map((file) => ({
	id: file.replace(/\.yaml$/, ''),
	...(yaml.load(readFileSync(path.join(mapsDir, file), 'utf8')) as { places: string[] }),
}));
const html = (dir: string, page: string) => readFileSync(path.join(dir, page, 'index.html'), 'utf8');
const imgSrc = (page: string) => /<img class="map-img[^>]*?\ssrc="([^"]+)"/.exec(page)?.[1];

describe('the map files', () => {
	it('draws one SVG file per map and per place it marks, each small', () => {
		for (const map of maps) {
			for (const file of [`${map.id}.svg`, ...map.places.map((place) => `${map.id}-${place}.svg`)]) {
				const full = path.join(distDir, 'maps', file);
				expect(existsSync(full), file).toBe(true);
				const svg = readFileSync(full);
				expect(svg.toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
				expect(gzipSync(svg, { level: 9 }).length, file).toBeLessThan(9 * 1024);
			}
		}
	});

	it('keeps the map out of the page: an <img> with its size, no inline SVG map', () => {
		for (const page of ['', 'places/sumy']) {
			const text = html(distDir, page);
			expect(text).toMatch(new RegExp(`<img class="map-img[^>]*width="${MAP_SIZE.width}" height="${MAP_SIZE.height}"`));
			expect(text).not.toMatch(new RegExp(`<svg[^>]*viewBox="0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}"`));
		}
	});

	it('points at the files from the offline copy and the sub-path build, and the service worker precaches them', () => {
		expect(imgSrc(html(offlineDir, 'places/sumy'))).toBe('../../maps/region-sumy.svg');
		expect(existsSync(path.join(offlineDir, 'maps/region-sumy.svg'))).toBe(true);
		expect(imgSrc(html(subpathDir, ''))).toMatch(/^\/[^/]+\/maps\/region\.svg$/);
		const sw = readFileSync(path.join(distDir, 'sw.js'), 'utf8');
		for (const map of maps) expect(sw).toContain(`maps/${map.id}.svg`);
	});
});
