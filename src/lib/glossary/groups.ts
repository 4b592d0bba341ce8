import { normalizeText } from './normalize.ts';

/** The A–Z heading a term is filed under: its first letter, or "#" for a digit. */
export function letterOf(term: string): string {
	const first = normalizeText(term).charAt(0).toUpperCase();
	return /[A-Z]/.test(first) ? first : '#';
}

/** Groups items by a key, keeping keys and items in the order they are met. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const key = keyOf(item);
		groups.set(key, [...(groups.get(key) ?? []), item]);
	}
	return [...groups];
}
