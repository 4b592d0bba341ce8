/**
 * "Later" is checked, not remembered: a one-line text that names a day after the story's report
 * date must say that it came later, or a reader takes it for part of what was reported.
 */
import { isoDate } from '../site/dates.ts';

/**
 * Words that tell a reader a date lies after the report: it came later ("Later, on 19 November
 * 2024, …"), or it was only scheduled then ("was due to take office on 20 January 2025").
 */
const laterMarkers = [
	'later',
	'after the report',
	'afterwards',
	'subsequently',
	'since the report',
	'was due',
	'were due',
	'scheduled',
] as const;

/** The one-line fields the rule reads, by collection: what previews, search and lists show out of context. */
const laterFields = {
	docs: ['description'],
	events: ['summary'],
	glossary: ['definition'],
	places: ['summary', 'whyItMatters'],
	people: ['summary', 'inThisStory'],
} as const satisfies Record<string, readonly string[]>;

const monthNames = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];
const monthPattern =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// "19 November 2024", "18 and 19 Nov 2024", "18–19 November", "November 2024", "2024-11-19".
const datePattern = new RegExp(
	`\\b(?:(\\d{1,2})(?:\\s*(?:–|-|to|and)\\s*(\\d{1,2}))?\\s+)?${monthPattern}(?:,?\\s+(\\d{4}))?\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
	'gi',
);

/** A date named in a text: the words as written and the last day they can mean. */
export interface NamedDate {
	text: string;
	/** The latest day the words can mean: a range's last day, a month's last day. */
	latest: Date;
	/** The earliest day: a range's first day, a month's first day. */
	earliest: Date;
}

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));

/**
 * The dates a text names. A day and month without a year take `defaultYear` (the story's year);
 * a month named alone, without a day or a year, is not a date ("may" is also a verb).
 */
export function namedDates(text: string, defaultYear: number): NamedDate[] {
	const found: NamedDate[] = [];
	for (const match of text.matchAll(datePattern)) {
		const [whole, firstDay, lastDay, monthWord, yearWord, isoYear, isoMonth, isoDayText] = match;
		if (isoYear) {
			const day = utc(Number(isoYear), Number(isoMonth) - 1, Number(isoDayText));
			found.push({ text: whole, earliest: day, latest: day });
			continue;
		}
		if (!monthWord || (!firstDay && !yearWord)) continue;
		const month = monthNames.findIndex((name) => name.startsWith(monthWord.toLowerCase().replace('.', '')));
		const year = yearWord ? Number(yearWord) : defaultYear;
		if (firstDay) {
			found.push({
				text: whole,
				earliest: utc(year, month, Number(firstDay)),
				latest: utc(year, month, Number(lastDay ?? firstDay)),
			});
		} else {
			found.push({ text: whole, earliest: utc(year, month, 1), latest: utc(year, month + 1, 0) });
		}
	}
	return found;
}

/** Whether a text says it is about later events, e.g. "Two days after the report, …". */
export function hasLaterMarker(text: string): boolean {
	return laterMarkers.some((marker) => new RegExp(`\\b${marker}\\b`, 'i').test(text));
}

/** The first date in `text` wholly after `reportDate` when the text does not say "later"; else undefined. */
export function unmarkedLaterDate(text: string, reportDate: Date): NamedDate | undefined {
	if (hasLaterMarker(text)) return undefined;
	return namedDates(text, reportDate.getUTCFullYear()).find((date) => date.earliest > reportDate);
}

/** One entry as the rule sees it: its collection, file and parsed fields. */
export interface LaterCandidate {
	collection: string;
	file: string;
	data: Record<string, unknown>;
}

/** Every one-line field that names a day after `reportDate` without a marker, as file/field/message. */
export function checkLater(
	entries: readonly LaterCandidate[],
	reportDate: Date,
): { file: string; field: string; message: string }[] {
	const problems: { file: string; field: string; message: string }[] = [];
	const reportDay = isoDate(reportDate);
	for (const entry of entries) {
		const fields: readonly string[] = laterFields[entry.collection as keyof typeof laterFields] ?? [];
		for (const field of fields) {
			const text = entry.data[field];
			if (typeof text !== 'string') continue;
			const date = unmarkedLaterDate(text, reportDate);
			if (!date) continue;
			problems.push({
				file: entry.file,
				field,
				message: `\`${field}\` names ${date.text}, after the report date (${reportDay}), without saying so; say “later” or “after the report” (e.g. “Later, on ${date.text}, …”), or move the date out of this line`,
			});
		}
	}
	return problems;
}

/** Collections whose entries have a page that says when it was last updated. */
const datedPageCollections = ['docs', 'glossary', 'people', 'places'] as const;

/** One entry with a page, as the page-date rule sees it: its prose and its own `updated` day, if any. */
export interface DatedPage extends LaterCandidate {
	body: string;
	updated?: Date;
}

/**
 * A page may not name a day after the one it says it was last updated: the later of the story's
 * `published` day and the entry's own `updated`. (Corrections date a page too, but a page that
 * gained a later date in its text needs its own `updated`.) Reads the body and the one-line fields.
 */
export function checkPageDays(
	entries: readonly DatedPage[],
	published: Date,
	reportDate: Date,
): { file: string; field: string; message: string }[] {
	const problems: { file: string; field: string; message: string }[] = [];
	for (const entry of entries) {
		if (!(datedPageCollections as readonly string[]).includes(entry.collection)) continue;
		const pageDay = entry.updated && entry.updated > published ? entry.updated : published;
		const fields: readonly string[] = laterFields[entry.collection as keyof typeof laterFields] ?? [];
		const texts = [entry.body, ...fields.map((field) => entry.data[field]).filter((text) => typeof text === 'string')];
		const dates = texts.flatMap((text) => namedDates(String(text), reportDate.getUTCFullYear()));
		const latest = dates.filter((date) => date.earliest > pageDay).sort((a, b) => +b.latest - +a.latest)[0];
		if (!latest) continue;
		problems.push({
			file: entry.file,
			field: 'updated',
			message: `the page names ${latest.text}, after the day it says it was last updated (${isoDate(pageDay)}); add \`updated: YYYY-MM-DD\` with the day you revised it, on or after ${isoDate(latest.latest)}`,
		});
	}
	return problems;
}
