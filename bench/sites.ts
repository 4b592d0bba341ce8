import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { timedBuild, type BuildTiming } from './astro-build.ts';
import { outRoot, stockFixture } from './paths.ts';

export const siteDir = path.join(outRoot, 'site');
export const stockDir = path.join(outRoot, 'stock');

/** Times one `astro build` of the real site from src/content (the hosted site, without the offline copy). */
export function timeSiteBuild(): Promise<BuildTiming> {
	return timedBuild({ label: 'site', outDir: siteDir });
}

/**
 * Builds the stock Starlight fixture with the project's Astro. It builds from a copy under
 * bench/out because Astro writes generated types and caches (.astro/) into the root it builds,
 * and in bench/stock those would be picked up by the project's lint and type checks.
 */
export async function buildStock(): Promise<BuildTiming> {
	const root = path.join(outRoot, 'stock-root');
	await rm(root, { recursive: true, force: true });
	await cp(stockFixture, root, {
		recursive: true,
		filter: (source) => !/[\\/](\.astro|node_modules|dist)$/.test(source),
	});
	return timedBuild({ label: 'stock', outDir: stockDir, args: ['--root', root, '--outDir', stockDir] });
}
