import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneOfflineCopy } from '../../scripts/site-build.ts';
import { filesUnder } from '../../src/lib/site/built-files.ts';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A folder holding `files` (each with a line of text). */
function copyWith(files: string[]): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'offline-prune-'));
	folders.push(dir);
	for (const file of files) {
		mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		writeFileSync(path.join(dir, file), file);
	}
	return dir;
}

const kept = ['index.html', 'glossary/index.html', '_astro/site.css', '_offline/a1.js', 'cite/page.ris', 'feed.xml'];
const leftOut = ['og/index.png', 'og/glossary/atacms.png', '_astro/page.js', 'llms.txt', 'llms-full.txt'];

describe('the copy to open from disk leaves out what it cannot use', () => {
	it('removes preview images, module scripts and llms files, and the folders they leave empty', () => {
		const dir = copyWith([...kept, ...leftOut]);
		expect(pruneOfflineCopy(dir).sort()).toEqual([...leftOut].sort());
		expect(filesUnder(dir)).toEqual([...kept].sort());
		expect(existsSync(path.join(dir, 'og'))).toBe(false);
		expect(existsSync(path.join(dir, '_astro'))).toBe(true);
	});

	it.each([
		['preview images', /^og\//, /og.*preview images.*remove the rule/],
		['module scripts', /^_astro\//, /_astro.*module scripts.*remove the rule/],
		['llms files', /^llms/, /llms.*language models.*remove the rule/],
	])('fails, naming the rule, when the build wrote no %s', (_, gone, message) => {
		const dir = copyWith([
			...kept.filter((file) => !gone.test(file) || file.endsWith('.css')),
			...leftOut.filter((file) => !gone.test(file)),
		]);
		expect(() => pruneOfflineCopy(dir)).toThrow(message);
	});
});
