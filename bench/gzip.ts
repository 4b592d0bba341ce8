import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const cache = new Map<string, number>();

/** Gzipped size at level 9, the most a static host's compression would save; cached per file. */
export async function gzipFileSize(file: string): Promise<number> {
	const known = cache.get(file);
	if (known !== undefined) return known;
	const size = gzipSync(await readFile(file), { level: 9 }).length;
	cache.set(file, size);
	return size;
}
