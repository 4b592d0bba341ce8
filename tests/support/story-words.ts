import type { RawEntry } from '../../src/lib/content/files.ts';

/**
 * The words that name a story, taken from its content: glossary names, people and places (and
 * each capitalised part of their names, also in capitals), the story's title and dates in the
 * forms a writer uses, event and source ids. Used to prove code (and another story's build)
 * names none of them.
 */
const months = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** "2024-11-17" → ["2024-11-17", "17 November 2024", "17 November", "November 17"]. */
export function writtenForms(isoDate: string): string[] {
	const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
	const name = months[month - 1];
	return [isoDate, `${day} ${name} ${year}`, `${day} ${name}`, `${name} ${day}`];
}

const asIso = (value: unknown): string | undefined => {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
};

/** The story words of a content set, each with where it comes from. */
export function storyWords(entries: readonly RawEntry[]): Map<string, string> {
	const words = new Map<string, string>();
	const add = (word: unknown, origin: string) => {
		if (typeof word !== 'string') return;
		const trimmed = word.trim();
		// Very short names ("UN", "G7") and lower-case words are too common in code to mean the story.
		if (trimmed.length < 4 && !/\d/.test(trimmed)) return;
		if (!words.has(trimmed)) words.set(trimmed, origin);
	};
	const addName = (name: unknown, origin: string) => {
		add(name, origin);
		// A person or place is named by each capitalised part of its name too: "Biden", "Janeiro".
		if (typeof name === 'string') {
			for (const part of name.split(/\s+/)) {
				if (!/^\p{Lu}\p{L}{3,}$/u.test(part)) continue;
				add(part, origin);
				add(part.toUpperCase(), origin); // as in a constant's name: SUMY_BORDER_POINT
			}
		}
	};
	for (const entry of entries) {
		const { data } = entry;
		const origin = entry.file;
		switch (entry.collection) {
			case 'glossary':
				add(data.term, origin);
				if (Array.isArray(data.aliases)) for (const alias of data.aliases) add(alias, origin);
				break;
			case 'people':
			case 'places':
				addName(data.name, origin);
				break;
			case 'sources':
				add(entry.id, origin);
				break;
			case 'story': {
				add(data.title, origin);
				for (const date of [data.reportDate, ...Object.values(data.decisionWeek ?? {})]) {
					const iso = asIso(date);
					if (iso) for (const form of writtenForms(iso)) add(form, origin);
				}
				break;
			}
			case 'events': {
				add(entry.id, origin);
				const iso = asIso(data.date);
				if (iso) add(iso, origin);
				break;
			}
			default:
				break;
		}
	}
	return words;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for a word standing alone: letters or digits around it make another word; `_` does not ("ATACMS_RANGE" names it). */
export const wordPattern = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(word)}(?![\\p{L}\\p{N}])`, 'u');
