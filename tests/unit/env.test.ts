import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSettings, environmentVariables, servePort, siteUrl } from '../../src/lib/site/env.ts';

describe('build settings from the environment', () => {
	it('has defaults for everything, as absolute paths', () => {
		expect(buildSettings({}, '/project')).toEqual({
			base: '/',
			site: undefined,
			outDir: '/project/dist',
			contentDir: '/project/src/content',
			offline: false,
			cacheDir: '/project/node_modules/.astro',
		});
	});
	it('reads each variable', () => {
		const settings = buildSettings(
			{
				BASE_PATH: 'atacms',
				SITE_URL: 'https://example.org/',
				OUT_DIR: '/tmp/out',
				CONTENT_DIR: 'tests/fixtures/_base/',
				OFFLINE_BUILD: '1',
				ASTRO_CACHE_DIR: '.cache',
			},
			'/project',
		);
		expect(settings).toEqual({
			base: '/atacms/',
			site: 'https://example.org',
			outDir: '/tmp/out',
			contentDir: '/project/tests/fixtures/_base',
			offline: true,
			cacheDir: '/project/.cache',
		});
	});
	it('refuses a SITE_URL without a scheme or with a path, in one line saying what to write', () => {
		expect(() => siteUrl('example.org')).toThrowErrorMatchingInlineSnapshot(
			`[Error: SITE_URL "example.org" is not an address with a scheme; write it like SITE_URL=https://example.org]`,
		);
		expect(() => siteUrl('https://example.org/atacms')).toThrowErrorMatchingInlineSnapshot(
			`[Error: SITE_URL "https://example.org/atacms" has a path; give the host only (SITE_URL=https://example.org) and the path as BASE_PATH=/atacms/]`,
		);
		expect(() => siteUrl('ftp://example.org')).toThrow(/SITE_URL=https:\/\/example\.org/);
		expect(siteUrl('  ')).toBeUndefined();
	});
	it('refuses a port that is not one', () => {
		expect(servePort({})).toBe(4321);
		expect(() => servePort({ PORT: 'eighty' })).toThrow('PORT "eighty" is not a port number');
	});
});

describe('the README', () => {
	const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
	it('lists every environment variable the code reads, with its default and effect', () => {
		const rows = new Map(
			readme
				.split('\n')
				.filter((line) => line.startsWith('| `'))
				.map((line) => line.split(' | ').map((cell) => cell.replace(/^\|?\s*|\s*\|?$/g, '')))
				.map(([name = '', ...rest]) => [name, rest]),
		);
		for (const [name, { default: fallback, effect }] of Object.entries(environmentVariables)) {
			expect(rows.get(`\`${name}\``), name).toEqual([fallback, effect]);
		}
	});
});
