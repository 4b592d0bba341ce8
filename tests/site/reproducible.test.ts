import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../scripts/site-build.ts';
import { filesUnder } from '../../src/lib/site/files.ts';
import { outsideVitest } from '../support/build.ts';

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
		const result = outsideVitest(() => buildSite({ outDir, offlineDir, basePath: '/', quiet: true }));
		expect(result.ok, result.output).toBe(true);
	} finally {
		if (previous === undefined) delete process.env.ASTRO_CACHE_DIR;
		else process.env.ASTRO_CACHE_DIR = previous;
	}
	return { outDir, offlineDir };
}

/** The files that differ between two builds, each with the text around its first differing byte. */
function differences(a: string, b: string): string[] {
	const [left, right] = [fingerprint(a), fingerprint(b)];
	const files = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
	return files
		.filter((file) => left[file] !== right[file])
		.map((file) => {
			if (!left[file] || !right[file]) return `${file}: only in ${left[file] ? a : b}`;
			const [x, y] = [readFileSync(path.join(a, file)), readFileSync(path.join(b, file))];
			let at = 0;
			while (at < x.length && x[at] === y[at]) at++;
			const around = (bytes: Buffer) =>
				JSON.stringify(bytes.subarray(Math.max(0, at - 200), at + 200).toString('utf8'));
			return `${file} at byte ${at}: ${around(x)} vs ${around(y)}`;
		});
}

describe('reproducible builds', () => {
	it('gives byte-identical output from two builds with separate caches, offline copy and zip included', () => {
		// The first build is the one every test shares (tests/support/global-setup.ts), with its own cache.
		const first = { outDir: inject('distDir'), offlineDir: inject('offlineDir') };
		const second = buildAgain(path.join(work, 'cache'));
		expect(filesUnder(first.outDir).length).toBeGreaterThan(100);
		expect(differences(first.outDir, second.outDir)).toEqual([]);
		expect(differences(first.offlineDir, second.offlineDir)).toEqual([]);
	}, 300_000);
});
