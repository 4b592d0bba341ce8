import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { storySchema, type Story } from '../../schemas/story.ts';
import { contentDir } from './dir.ts';

/**
 * The story settings (`<content>/story/story.yaml`) for plain scripts outside Astro, e.g. the
 * zip step that dates its files by the report date. Throws, naming the file, when they are
 * missing or invalid; the content check gives the full list of problems.
 */
export function readStorySettings(projectRoot: string, dir = contentDir()): Story {
	const file = path.resolve(projectRoot, dir, 'story/story.yaml');
	let data: unknown;
	try {
		data = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
	} catch (error) {
		throw new Error(
			`${file}: cannot read the story settings (${error instanceof Error ? error.message : String(error)})`,
			{ cause: error },
		);
	}
	const result = storySchema().safeParse(data);
	if (!result.success) {
		throw new Error(`${file}: the story settings are invalid; run \`npm run check:content\` for details`);
	}
	return result.data;
}
