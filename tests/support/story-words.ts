import type { RawEntry } from '../../src/lib/content/files.ts';

/**
 * The words that name a story, taken from its content: glossary names (acronyms in lower case too),
 * people and places (and each capitalised part of their names, also in capitals), the story's
 * title, its phase and glossary-group headings, and its dates in the forms a writer uses (the
 * month and year included), event and source ids. Used to prove code (and another story's build)
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

/** "2024-11-17" → ["2024-11-17", "17 November 2024", "17 November", "November 17", "November 2024"]. */
export function writtenForms(isoDate: string): string[] {
	const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
	const name = months[month - 1];
	return [isoDate, `${day} ${name} ${year}`, `${day} ${name}`, `${name} ${day}`, `${name} ${year}`];
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
				for (const name of [data.term, ...(Array.isArray(data.aliases) ? data.aliases : [])]) {
					add(name, origin);
					// An acronym is a name in lower case too, as in a key or an id: "atacms-explainer".
					if (typeof name === 'string' && /^[\p{Lu}\d]{4,}$/u.test(name)) add(name.toLowerCase(), origin);
				}
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
				// The headings the story gives its timeline phases and glossary groups.
				for (const phase of Object.values((data.phases ?? {}) as Record<string, { label?: unknown }>))
					add(phase.label, origin);
				for (const label of Object.values((data.glossaryCategories ?? {}) as Record<string, unknown>))
					add(label, origin);
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
