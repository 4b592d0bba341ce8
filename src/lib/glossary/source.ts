import path from 'node:path';
import { glossarySchema } from '../../schemas/glossary.ts';
import { plainRef } from '../../schemas/ref.ts';
import { contentDir } from '../content/dir.ts';
import { readContentDir } from '../content/files.ts';
import { buildGlossaryIndex, type GlossaryIndex, type GlossaryIndexSource } from './search-index.ts';

/**
 * Builds the glossary search index straight from the content files, through the same schema
 * and the same builder as the site's glossary-index.json, so the terminal and the browser
 * search the same index without needing a build first.
 */
export async function loadGlossaryIndex(projectRoot: string): Promise<GlossaryIndex> {
	const { entries } = await readContentDir(projectRoot, path.resolve(projectRoot, contentDir()));
	const schema = glossarySchema(plainRef);
	const terms: GlossaryIndexSource[] = [];
	for (const entry of entries) {
		if (entry.collection !== 'glossary') continue;
		const parsed = schema.safeParse(entry.data);
		if (!parsed.success) throw new Error(`${entry.file} has problems; run npm run check:content to see them.`);
		terms.push({ id: entry.id, data: parsed.data });
	}
	return buildGlossaryIndex(terms);
}
