import { normalizeText } from './normalize.ts';

/** The A–Z heading a term is filed under: its first letter, or "#" for a digit. */
export function letterOf(term: string): string {
	const first = normalizeText(term).charAt(0).toUpperCase();
	return /[A-Z]/.test(first) ? first : '#';
}

/** The order terms are listed in everywhere (A–Z page, exports, search index): alphabetical, ignoring case and accents. */
export function compareTerms(a: string, b: string): number {
	return a.localeCompare(b, 'en', { sensitivity: 'base' });
}
