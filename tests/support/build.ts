import { astroBuild as runAstroBuild, projectRoot } from '../../scripts/site-build.ts';

export { projectRoot };

export interface BuildResult {
	status: number | null;
	output: string;
}

// Variables Vitest sets in its workers (import.meta.env mirrors them): inherited by a build,
// DEV=1 would make it render development-only markup.
const vitestVariables = [
	'DEV',
	'PROD',
	'SSR',
	'MODE',
	'BASE_URL',
	'TEST',
	'VITEST',
	'VITEST_MODE',
	'VITEST_POOL_ID',
	'VITEST_WORKER_ID',
];

/** Runs `build` with the environment a developer's shell would have, without Vitest's variables. */
export function outsideVitest<T>(build: () => T): T {
	const saved = Object.fromEntries(vitestVariables.map((name) => [name, process.env[name]]));
	for (const name of vitestVariables) delete process.env[name];
	try {
		return build();
	} finally {
		for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
	}
}

/** Runs `astro build` quietly with extra environment (OUT_DIR, CONTENT_DIR…), returning its output without colours. */
export function astroBuild(env: Record<string, string> = {}): BuildResult {
	return outsideVitest(() => runAstroBuild({ FORCE_COLOR: '0', NO_COLOR: '1', ...env }, { quiet: true }));
}
