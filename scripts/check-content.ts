// Checks the content collections without building the site: `npm run check:content`.
import path from 'node:path';
import { formatProblems } from '../src/lib/content/check.ts';
import { checkContentDir } from '../src/lib/content/check-dir.ts';
import { contentDir } from '../src/lib/content/dir.ts';

const root = process.cwd();
const { entries, problems } = await checkContentDir(root, path.resolve(root, contentDir()));
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exitCode = 1;
} else {
	console.log(`${entries.length} content entries checked: no problems.`);
}
