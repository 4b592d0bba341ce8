import { astroBuild as runAstroBuild, projectRoot } from '../../scripts/site-build.ts';

export { projectRoot };

export interface BuildResult {
	status: number | null;
	output: string;
}

/** Runs `astro build` quietly with extra environment (OUT_DIR, CONTENT_DIR…), returning its output without colours. */
export function astroBuild(env: Record<string, string> = {}): Promise<BuildResult> {
	return runAstroBuild({ FORCE_COLOR: '0', NO_COLOR: '1', ...env }, { quiet: true });
}
