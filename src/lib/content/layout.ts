/**
 * How each collection's files are written: the one declaration both `content.config.ts` (its
 * glob loaders) and the pre-build content check's reader (`files.ts`) use, so the two cannot
 * disagree about which files are entries. To add a collection, add it here.
 */
export const collectionFiles = {
	docs: { format: 'markdown', extensions: ['md', 'mdx'] },
	glossary: { format: 'markdown', extensions: ['md'] },
	people: { format: 'yaml', extensions: ['yaml', 'yml'] },
	places: { format: 'yaml', extensions: ['yaml', 'yml'] },
	events: { format: 'yaml', extensions: ['yaml', 'yml'] },
	quotes: { format: 'yaml', extensions: ['yaml', 'yml'] },
	sources: { format: 'yaml', extensions: ['yaml', 'yml'] },
	story: { format: 'yaml', extensions: ['yaml', 'yml'] },
	maps: { format: 'yaml', extensions: ['yaml', 'yml'] },
	corrections: { format: 'yaml', extensions: ['yaml', 'yml'] },
} as const satisfies Record<string, { format: 'markdown' | 'yaml'; extensions: readonly string[] }>;

export type ContentCollection = keyof typeof collectionFiles;

/** The glob loader's pattern: files with the collection's extensions, except those whose name starts with "_". */
export function filePattern(collection: ContentCollection): string {
	const { extensions } = collectionFiles[collection];
	return `**/[^_]*.${extensions.length === 1 ? extensions[0] : `{${extensions.join(',')}}`}`;
}

/** Whether a file (path relative to the collection's folder) is an entry, by the same rule as `filePattern`. */
export function isEntryFile(collection: ContentCollection, relativePath: string): boolean {
	const name = relativePath.split(/[\\/]/).at(-1)!;
	if (name.startsWith('_') || name.startsWith('.')) return false;
	return (collectionFiles[collection].extensions as readonly string[]).includes(name.split('.').at(-1)!);
}

/** The file name a writer would create for a new entry, e.g. "glossary/himars.md". */
export function newEntryFile(collection: ContentCollection, id: string): string {
	return `${collection}/${id}.${collectionFiles[collection].extensions[0]}`;
}
