/**
 * Folds text for matching: Unicode-normalised, diacritics and zero-width characters removed,
 * case-folded, punctuation turned to spaces, runs of space collapsed; lone surrogates dropped. "Zelenskyy’s" and
 * "zelenskyy's" fold alike; so do "Ishiba" and "ISHIBA".
 */
export function normalizeText(text: string): string {
	// A lone surrogate (half an emoji, pasted) becomes U+FFFD, dropped with the marks below. A browser
	// without toWellFormed (before 2023) keeps the surrogate, which the last step folds to a space.
	return (text.toWellFormed?.() ?? text)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f\u200b-\u200f\u2060\ufeff\ufffd]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\p{Extended_Pictographic}]+/gu, ' ')
		.trim();
}
