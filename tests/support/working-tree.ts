import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../scripts/site-build.ts';

// Astro always writes its generated types to .astro/ in the project (ignored by git, and what
// `astro check` reads); node_modules/ is the installer's. Nothing else may appear.
const allowed = /^(node_modules|\.astro)\//;

/** What git ignores in the working tree (dist/, dist-offline/, zips…), each with its last change. */
function ignoredFiles(): Set<string> {
	const result = spawnSync('git', ['status', '--porcelain', '--ignored'], { cwd: projectRoot, encoding: 'utf8' });
	if (result.status !== 0) return new Set();
	return new Set(
		result.stdout
			.split('\n')
			.filter((line) => line.startsWith('!! '))
			.map((line) => line.slice(3))
			.filter((file) => !allowed.test(file))
			.map((file) => `${file} (changed ${statSync(path.join(projectRoot, file)).mtime.toISOString()})`),
	);
}

/**
 * Vitest's root global setup: once per run, whatever the projects, it fails the run when a test
 * left files in the working tree (a build into dist/, a zip, screenshots…), naming them.
 */
export function setup() {
	const before = ignoredFiles();
	return () => {
		const written = [...ignoredFiles()].filter((file) => !before.has(file));
		if (written.length > 0)
			throw new Error(
				`The tests wrote into the working tree (write into a temporary folder instead):\n  ${written.slice(0, 20).join('\n  ')}`,
			);
	};
}
