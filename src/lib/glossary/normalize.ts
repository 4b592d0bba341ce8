/**
 * Folds text for matching: Unicode-normalised, diacritics and zero-width characters removed,
 * case-folded, punctuation turned to spaces, runs of space collapsed. "Zelenskyy’s" and
 * "zelenskyy's" fold alike; so do "Ishiba" and "ISHIBA".
 */
export function normalizeText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f\u200b-\u200f\u2060\ufeff]/g, '')
		.replace(/[\ud800-\udfff]/g, (char, index: number, whole: string) => {
			const code = char.charCodeAt(0);
			const isHigh = code < 0xdc00;
			const pair = isHigh ? whole.charCodeAt(index + 1) : whole.charCodeAt(index - 1);
			const paired = isHigh ? pair >= 0xdc00 && pair <= 0xdfff : pair >= 0xd800 && pair < 0xdc00;
			return paired ? char : '';
		})
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\p{Extended_Pictographic}]+/gu, ' ')
		.trim();
}
