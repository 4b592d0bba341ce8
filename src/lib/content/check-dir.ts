import { checkContent, type ContentProblem } from './check.ts';
import { readContentDir, type RawEntry } from './files.ts';

/**
 * Reads every content file under `contentRoot` and checks it: what the build, `npm run
 * check:content` and the content-error tests all run. File names in the problems are relative
 * to `projectRoot` when inside it.
 */
export async function checkContentDir(
	projectRoot: string,
	contentRoot: string,
): Promise<{ entries: RawEntry[]; problems: ContentProblem[] }> {
	const { entries, problems } = await readContentDir(projectRoot, contentRoot);
	return { entries, problems: checkContent(entries, problems) };
}
