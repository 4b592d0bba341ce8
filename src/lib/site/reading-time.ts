/** Words a reader gets through in a minute: a common figure for reading on screen. */
const WORDS_PER_MINUTE = 200;

/**
 * The words a reader sees in a Markdown or MDX body: without import lines, components and
 * HTML tags, link targets and Markdown punctuation. "It was [authorised](/x/) <Cite id="a" />." → 3.
 */
export function countWords(body: string): number {
	const text = body
		.replace(/^\s*(?:import|export)\s.*$/gm, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/[#*_`>|[\]-]+/g, ' ');
	return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}

/** Whole minutes to read a body, at least one: "4" for about 800 words. */
export function readingMinutes(body: string, wordsPerMinute = WORDS_PER_MINUTE): number {
	return Math.max(1, Math.round(countWords(body) / wordsPerMinute));
}
