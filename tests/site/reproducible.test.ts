import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { filesUnder } from '../../src/lib/site/built-files.ts';

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

/**
 * The second build, from tests/support/global-setup.ts: it is still running when the tests start,
 * and writes result.json when it ends.
 */
async function secondBuild(reproDir: string) {
	const resultFile = path.join(reproDir, 'result.json');
	const deadline = Date.now() + 240_000;
	while (!existsSync(resultFile)) {
		if (Date.now() > deadline) throw new Error(`The second build did not end: no ${resultFile}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	const result = JSON.parse(readFileSync(resultFile, 'utf8')) as { ok: boolean; output: string };
	expect(result.ok, result.output).toBe(true);
	return { outDir: path.join(reproDir, 'dist'), offlineDir: path.join(reproDir, 'dist-offline') };
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
	it('gives byte-identical output from two builds with separate caches, in two time zones, offline copy and zip included', async () => {
		// The first build is the one every test shares, with a cache of its own.
		const first = { outDir: inject('distDir'), offlineDir: inject('offlineDir') };
		const second = await secondBuild(inject('reproDir'));
		expect(filesUnder(first.outDir).length).toBeGreaterThan(100);
		expect(differences(first.outDir, second.outDir)).toEqual([]);
		expect(differences(first.offlineDir, second.offlineDir)).toEqual([]);
	}, 300_000);
});
