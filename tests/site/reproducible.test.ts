import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../scripts/site-build.ts';
import { filesUnder } from '../../src/lib/site/files.ts';

const work = mkdtempSync(path.join(tmpdir(), 'atacms-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under a folder with a hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
	return Object.fromEntries(
		filesUnder(dir).map((file) => [
			file,
			createHash('sha256')
				.update(readFileSync(path.join(dir, file)))
				.digest('hex'),
		]),
	);
}

/** Builds the site again as the shared build did, but with Astro's cache in a folder of its own. */
function buildAgain(cacheDir: string) {
	const outDir = path.join(work, 'dist');
	const offlineDir = path.join(work, 'dist-offline');
	const previous = process.env.ASTRO_CACHE_DIR;
	process.env.ASTRO_CACHE_DIR = cacheDir;
	try {
		const result = buildSite({ outDir, offlineDir, basePath: '/', quiet: true });
		expect(result.ok, result.output).toBe(true);
	} finally {
		if (previous === undefined) delete process.env.ASTRO_CACHE_DIR;
		else process.env.ASTRO_CACHE_DIR = previous;
	}
	return { outDir, offlineDir };
}

describe('reproducible builds', () => {
	it('gives byte-identical output, offline copy and zip included, from two builds with separate caches', () => {
		// The first build is the one every test shares (tests/support/global-setup.ts), with its own cache.
		const first = { outDir: inject('distDir'), offlineDir: inject('offlineDir') };
		const second = buildAgain(path.join(work, 'cache'));
		const site = fingerprint(first.outDir);
		expect(Object.keys(site).length).toBeGreaterThan(100);
		expect(fingerprint(second.outDir)).toEqual(site);
		expect(fingerprint(second.offlineDir)).toEqual(fingerprint(first.offlineDir));
	}, 300_000);
});
