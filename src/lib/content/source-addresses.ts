import { publicSourceKinds } from '../../schemas/sources.ts';

/** One source entry as the rule sees it: its file and parsed fields. */
export interface SourceCandidate {
	collection: string;
	file: string;
	data: Record<string, unknown>;
}

const kindWords: Record<(typeof publicSourceKinds)[number], string> = {
	report: 'a report',
	statement: 'a statement',
	reference: 'a reference work',
};

/**
 * A source readers could look up must say where: the address of a page they can open (`url`), or,
 * when there truly is none, why not, in plain words (`noUrl`). Without either, a reader has a name
 * and a date and nothing to check.
 */
export function checkSourceAddresses(
	entries: readonly SourceCandidate[],
): { file: string; field: string; message: string }[] {
	return entries.flatMap(({ collection, file, data }) => {
		if (collection !== 'sources') return [];
		const kind = publicSourceKinds.find((candidate) => candidate === data.kind);
		if (!kind || data.url !== undefined || data.noUrl !== undefined) return [];
		return [
			{
				file,
				field: 'url',
				message: `\`url\` and \`noUrl\` are both missing: ${kindWords[kind]} needs the address of a page where readers can read it (\`url: https://…\`, found on that public page, never guessed or built), or \`noUrl:\` saying in plain words why it has none`,
			},
		];
	});
}
