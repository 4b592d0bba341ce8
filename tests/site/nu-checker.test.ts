import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDist } from '../support/site.ts';

const { distDir } = useDist();
/** The jar the `vnu-jar` package ships (its main export is the jar's path). */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * Messages of the checker's CSS part that are wrong about valid CSS: it predates `paint-order`
 * (CSS Fill and Stroke, in every current browser) and container queries (CSS Containment 3). It
 * only sees CSS inlined in a page, so it reports them only where the critical CSS carries them.
 * Each pattern matches one exact message; anything else fails the test.
 */
const outdatedCssChecks = [
	/^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
	/^CSS: “container”: Property “container” doesn't exist\.$/,
	/^CSS: “container-type”: Property “container-type” doesn't exist\.$/,
	/^CSS: “container-name”: Property “container-name” doesn't exist\.$/,
	/^CSS: Unrecognized at-rule “@container”$/,
];

interface VnuMessage {
	type: string;
	subType?: string;
	url?: string;
	lastLine?: number;
	message: string;
}

describe('the W3C Nu HTML Checker (vnu-jar)', () => {
	// `npm test` installs a Java runtime first (scripts/ensure-test-tools.ts): never skipped.
	it(
		'finds no error on any built page',
		() => {
			// One run over the whole folder: starting Java once per page would take minutes more.
			const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', distDir], {
				encoding: 'utf8',
				maxBuffer: 64 * 1024 * 1024,
			});
			if (run.error)
				throw new Error(
					`Could not start Java for the Nu checker (run npm run ensure:test-tools): ${run.error.message}`,
				);
			// The JSON report goes to stderr; the exit status is 1 whenever there is an error.
			const report = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
			const errors = report.messages
				.filter((m) => m.type === 'error' || m.subType === 'fatal')
				.filter((m) => !outdatedCssChecks.some((pattern) => pattern.test(m.message)))
				.map((m) => `${path.relative(distDir, (m.url ?? '').replace(/^file:/, ''))}:${m.lastLine}: ${m.message}`);
			expect(errors).toEqual([]);
		},
		15 * 60_000,
	);
});
