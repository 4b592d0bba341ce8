import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('reproducible builds', () => {
	it('gives byte-identical output, offline copy and zip included, from two builds of the same sources', () => {
		const runs = ['a', 'b'].map((name) => {
			const outDir = path.join(work, name, 'dist');
			const offlineDir = path.join(work, name, 'dist-offline');
			const result = buildSite({ outDir, offlineDir, quiet: true });
			expect(result.ok, result.output).toBe(true);
			return { site: fingerprint(outDir), offline: fingerprint(offlineDir) };
		});
		expect(Object.keys(runs[0]!.site).length).toBeGreaterThan(100);
		expect(runs[0]!.site).toEqual(runs[1]!.site);
		expect(runs[0]!.offline).toEqual(runs[1]!.offline);
	});
});
