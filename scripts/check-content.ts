// Checks the content collections without building the site: `npm run check:content`.
import path from 'node:path';
import { checkContent, formatProblems } from '../src/lib/content/check.ts';
import { contentDir } from '../src/lib/content/dir.ts';
import { readContentDir } from '../src/lib/content/files.ts';

const root = process.cwd();
const { entries, problems: readProblems } = await readContentDir(root, path.resolve(root, contentDir()));
const problems = checkContent(entries, readProblems);
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exitCode = 1;
} else {
	console.log(`${entries.length} content entries checked: no problems.`);
}
