import { z } from 'astro/zod';
import { correctionsSchema } from '../../schemas/corrections.ts';
import { docsExtension } from '../../schemas/docs.ts';
import { eventsSchema } from '../../schemas/events.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { mapsSchema } from '../../schemas/map.ts';
import { peopleSchema } from '../../schemas/people.ts';
import { placesSchema } from '../../schemas/places.ts';
import { quotesSchema } from '../../schemas/quotes.ts';
import { storyDates, type CollectionName, type RefBuilder } from '../../schemas/ref.ts';
import { sourcesSchema } from '../../schemas/sources.ts';
import { storySchema } from '../../schemas/story.ts';
import type { ContentCollection, RawEntry, ReadProblem } from './files.ts';
import { newEntryFile } from './layout.ts';
import { normalizeText } from '../glossary/normalize.ts';
import { closest } from '../glossary/edit-distance.ts';
import { isoDate } from '../site/dates.ts';
import { checkLater, checkPageDays } from './later.ts';
import { checkEvidence } from './evidence.ts';
import { checkSourceAddresses } from './source-addresses.ts';

/** One thing wrong with the content: which file, which field, what to do. */
export interface ContentProblem {
	file: string;
	field?: string;
	message: string;
}

interface Reference {
	__ref: CollectionName;
	id: string;
}

/** The content check's reference field: keeps the id and remembers where it points. */
const markerRef = ((collection: CollectionName) =>
	z
		.string()
		.min(1)
		.transform((id): Reference => ({ __ref: collection, id }))) as unknown as RefBuilder;

const schemas: Record<ContentCollection, z.ZodType> = {
	docs: docsExtension(markerRef).extend({ title: z.string().trim().min(1) }),
	glossary: glossarySchema(markerRef),
	people: peopleSchema(markerRef),
	places: placesSchema(markerRef),
	events: eventsSchema(markerRef),
	quotes: quotesSchema(markerRef),
	sources: sourcesSchema(),
	story: storySchema(),
	maps: mapsSchema(markerRef),
	corrections: correctionsSchema(markerRef),
};

const singular: Record<ContentCollection, string> = {
	docs: 'page',
	glossary: 'glossary entry',
	people: 'person',
	places: 'place',
	events: 'event',
	quotes: 'quote',
	sources: 'source',
	story: 'story settings file',
	maps: 'map',
	corrections: 'correction',
};

function fieldName(path: readonly PropertyKey[]): string {
	return path
		.map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
		.join('.')
		.replace(/\.\[/g, '[');
}

function describeType(value: unknown): string {
	if (value === null) return 'empty';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return 'a date';
	return `a ${typeof value}`;
}

const typeWords: Record<string, string> = {
	string: 'text',
	number: 'a number',
	array: 'a list such as [first, second],',
	object: 'a set of `field: value` lines',
	date: 'a date',
};

/** Turns one schema complaint into a sentence a writer can act on. */
function explainIssue(issue: z.core.$ZodIssue, data: Record<string, unknown>): string {
	const field = fieldName(issue.path);
	const input = issue.path.reduce<unknown>(
		(value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
		data,
	);
	// A field left out fails as a wrong type, a value not in a list or no form of a union: all
	// of them say "missing" to the writer.
	if (input === undefined && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code)) {
		return `\`${field}\` is missing; add a \`${field}:\` line (src/schemas/ says what it holds)`;
	}
	if (
		issue.code === 'invalid_type' ||
		(issue.code === 'invalid_union' && input !== undefined && typeof input !== 'string')
	) {
		const expected = 'expected' in issue ? String(issue.expected) : 'text';
		return `\`${field}\` should be ${typeWords[expected] ?? expected} but is ${describeType(input)}`;
	}
	if (issue.code === 'invalid_value' && 'values' in issue) {
		const allowed = issue.values.map(String);
		const guess = typeof input === 'string' ? closest(input, allowed) : undefined;
		return `\`${field}\` is ${JSON.stringify(input)}, which is not one of: ${allowed.join(', ')}${guess ? `. Did you mean \`${guess}\`?` : ''}`;
	}
	if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
		return `\`${field}\` is ${String(input)}, but ${issue.message}`;
	}
	if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1) {
		return `\`${field}\` is empty; fill it in`;
	}
	if (issue.code === 'too_small' && issue.origin === 'string') {
		return `\`${field}\` is too short (at least ${String(issue.minimum)} characters); write it out in full`;
	}
	if (issue.code === 'too_small' && issue.origin === 'array') {
		return `\`${field}\` needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
	}
	if (issue.code === 'too_big' && issue.origin === 'string') {
		return `\`${field}\` is too long (at most ${String(issue.maximum)} characters); shorten it`;
	}
	if (issue.code === 'invalid_union') {
		const inner = issue.errors.flat().find((sub) => sub.code === 'invalid_format' || sub.code === 'custom');
		return `\`${field}\`: ${inner?.message ?? issue.message}`;
	}
	return `\`${field}\`: ${issue.message}`;
}

/** Dates made by `storyDate()` anywhere in an entry's data, with the field that holds each. */
function findStoryDates(value: unknown, path: string, found: { field: string; date: Date }[]): void {
	if (value instanceof Date) {
		if (storyDates.has(value)) found.push({ field: path, date: value });
	} else if (Array.isArray(value)) {
		value.forEach((item, index) => findStoryDates(item, `${path}[${index}]`, found));
	} else if (value && typeof value === 'object') {
		for (const [key, inner] of Object.entries(value)) findStoryDates(inner, path ? `${path}.${key}` : key, found);
	}
}

function findReferences(value: unknown, path: string, found: { field: string; ref: Reference }[]): void {
	if (Array.isArray(value)) {
		value.forEach((item, index) => findReferences(item, `${path}[${index}]`, found));
	} else if (value && typeof value === 'object' && !(value instanceof Date)) {
		const record = value as Record<string, unknown>;
		if (typeof record.__ref === 'string' && typeof record.id === 'string') {
			found.push({ field: path, ref: record as unknown as Reference });
			return;
		}
		for (const [key, inner] of Object.entries(record)) findReferences(inner, path ? `${path}.${key}` : key, found);
	}
}

/**
 * Checks every content file against its schema and against the others: references that lead
 * nowhere, ids used twice, glossary names claimed by two terms. Returns every problem found,
 * so a writer can fix them all in one go.
 */
export function checkContent(
	entries: readonly RawEntry[],
	readProblems: readonly ReadProblem[] = [],
): ContentProblem[] {
	const problems: ContentProblem[] = readProblems.map(({ file, field, message }) => ({ file, field, message }));
	const parsed: { entry: RawEntry; data: Record<string, unknown> }[] = [];

	for (const entry of entries) {
		const result = schemas[entry.collection].safeParse(entry.data);
		if (result.success) {
			parsed.push({ entry, data: result.data as Record<string, unknown> });
		} else {
			for (const issue of result.error.issues) {
				problems.push({ file: entry.file, field: fieldName(issue.path), message: explainIssue(issue, entry.data) });
			}
		}
	}

	// Every dated entry must fall within the story's window, and every glossary term must name one of
	// its glossary categories, both set in the story settings.
	const settings = parsed.find(({ entry }) => entry.collection === 'story')?.data as
		{ window: { start: Date; end: Date }; glossaryCategories: Record<string, string> } | undefined;
	if (settings) {
		const categories = Object.keys(settings.glossaryCategories);
		for (const { entry, data } of parsed) {
			if (entry.collection !== 'glossary' || categories.includes(String(data.category))) continue;
			const guess = closest(String(data.category), categories);
			problems.push({
				file: entry.file,
				field: 'category',
				message: `\`category\` is "${String(data.category)}", which is not one of the story settings' glossaryCategories: ${categories.join(', ')}.${guess ? ` Did you mean \`${guess}\`?` : ''}`,
			});
		}
		const { start, end } = settings.window;
		for (const { entry, data } of parsed) {
			const found: { field: string; date: Date }[] = [];
			findStoryDates(data, '', found);
			for (const { field, date } of found) {
				if (date >= start && date <= end) continue;
				problems.push({
					file: entry.file,
					field,
					message: `\`${field}\`: ${isoDate(date)} is outside the story's window (${isoDate(start)} to ${isoDate(end)}); check the year`,
				});
			}
		}
	}

	const ids = new Map<ContentCollection, Map<string, string>>();
	for (const entry of entries) {
		const byId = ids.get(entry.collection) ?? new Map<string, string>();
		ids.set(entry.collection, byId);
		const other = byId.get(entry.id);
		if (other) {
			problems.push({
				file: entry.file,
				field: typeof entry.data.slug === 'string' ? 'slug' : undefined,
				message: `its id \`${entry.id}\` is already used by ${other}; give one of them another file name or \`slug\``,
			});
		} else {
			byId.set(entry.id, entry.file);
		}
	}

	// A file that could not be read still exists: references to it are not reported as missing.
	for (const { entry, file } of readProblems) {
		if (!entry) continue;
		const byId = ids.get(entry.collection) ?? new Map<string, string>();
		ids.set(entry.collection, byId);
		if (!byId.has(entry.id)) byId.set(entry.id, file);
	}

	for (const { entry, data } of parsed) {
		const found: { field: string; ref: Reference }[] = [];
		findReferences(data, '', found);
		for (const { field, ref } of found) {
			const known = ids.get(ref.__ref) ?? new Map<string, string>();
			if (known.has(ref.id)) continue;
			const guess = closest(ref.id, known.keys());
			problems.push({
				file: entry.file,
				field,
				message: `\`${field}\` names \`${ref.id}\`, which is not a ${singular[ref.__ref]} in src/content/${ref.__ref}/. ${
					guess ? `Did you mean \`${guess}\`?` : `Add src/content/${newEntryFile(ref.__ref, ref.id)} or fix the id.`
				}`,
			});
		}
	}

	// Maps are named by plain ids: story.yaml's `map` and a map's `elsewhere`; a map's markers
	// must sit at places the map shows.
	const mapIds = ids.get('maps') ?? new Map<string, string>();
	for (const { entry, data } of parsed) {
		const field = entry.collection === 'story' ? 'map' : entry.collection === 'maps' ? 'elsewhere' : undefined;
		const value = field ? data[field] : undefined;
		if (field && typeof value === 'string' && !mapIds.has(value)) {
			const guess = closest(value, mapIds.keys());
			problems.push({
				file: entry.file,
				field,
				message: `\`${field}\` names the map \`${value}\`, which is not in src/content/maps/. ${
					guess ? `Did you mean \`${guess}\`?` : `Add src/content/maps/${value}.yaml or fix the id.`
				}`,
			});
		}
		if (entry.collection !== 'maps') continue;
		const shown = new Set((data.places as Reference[]).map((ref) => ref.id));
		(data.markers as { place: Reference }[]).forEach((marker, index) => {
			if (shown.has(marker.place.id)) return;
			problems.push({
				file: entry.file,
				field: `markers[${index}].place`,
				message: `\`markers[${index}].place\` is \`${marker.place.id}\`, which the map does not show; add it to \`places\``,
			});
		});
	}

	// The story settings name timeline events by plain ids: the report's own entry (`reportEvent`)
	// and the decision week's `events`, which must fall within the week.
	const story = parsed.find(({ entry }) => entry.collection === 'story');
	if (story) {
		const { reportEvent, decisionWeek } = story.data as {
			reportEvent?: string;
			decisionWeek: { start: Date; end: Date; events?: string[] };
		};
		const eventIds = ids.get('events') ?? new Map<string, string>();
		const dates = new Map(
			parsed
				.filter(({ entry }) => entry.collection === 'events')
				.map(({ entry, data }) => [entry.id, data.date as Date]),
		);
		const named = [
			...(reportEvent ? [{ field: 'reportEvent', id: reportEvent, inWeek: false }] : []),
			...(decisionWeek.events ?? []).map((id, index) => ({ field: `decisionWeek.events[${index}]`, id, inWeek: true })),
		];
		for (const { field, id, inWeek } of named) {
			const date = dates.get(id);
			if (!eventIds.has(id)) {
				const guess = closest(id, eventIds.keys());
				problems.push({
					file: story.entry.file,
					field,
					message: `\`${field}\` names \`${id}\`, which is not an event in src/content/events/. ${
						guess ? `Did you mean \`${guess}\`?` : 'Use the id of an event file, or leave the field out.'
					}`,
				});
			} else if (inWeek && date && (date < decisionWeek.start || date > decisionWeek.end)) {
				problems.push({
					file: story.entry.file,
					field,
					message: `\`${field}\` names \`${id}\`, dated ${isoDate(date)}, outside the decision week (${isoDate(decisionWeek.start)} to ${isoDate(decisionWeek.end)}); choose an event within the week, or widen it`,
				});
			}
		}
	}

	problems.push(...checkSourceAddresses(parsed.map(({ entry, data }) => ({ ...entry, data }))));

	const claimedBy = new Map<string, { file: string; name: string; asTerm: boolean }>();
	for (const { entry, data } of parsed) {
		if (entry.collection !== 'glossary') continue;
		const names = [
			{ name: String(data.term), asTerm: true, field: 'term' },
			...(data.aliases as string[]).map((name, index) => ({ name, asTerm: false, field: `aliases[${index}]` })),
		];
		const ownKeys = new Set<string>();
		for (const { name, asTerm, field } of names) {
			const key = normalizeText(name);
			if (ownKeys.has(key)) continue;
			ownKeys.add(key);
			const previous = claimedBy.get(key);
			if (previous) {
				problems.push({
					file: entry.file,
					field,
					message: `"${name}" is already the ${previous.asTerm ? 'term' : 'alias'} "${previous.name}" of ${previous.file}; a name must lead to one entry, so remove it from one of them`,
				});
			} else {
				claimedBy.set(key, { file: entry.file, name, asTerm });
			}
		}
	}

	const storyEntry = parsed.find(({ entry }) => entry.collection === 'story');
	const reportDate = storyEntry?.data.reportDate;
	if (reportDate instanceof Date) {
		// The raw text: a field the schema does not list (a page's `description`) is still read.
		problems.push(...checkLater(entries, reportDate));
		problems.push(...checkEvidence(laterEvidence(parsed), sourceUrls(parsed), reportDate));
		const published = storyEntry!.data.published;
		if (published instanceof Date && published < reportDate) {
			problems.push({
				file: storyEntry!.entry.file,
				field: 'published',
				message: `\`published\` (${isoDate(published)}) is before \`reportDate\` (${isoDate(reportDate)}); the explainer cannot come out before the report it explains, so give the day it was first published`,
			});
		} else if (published instanceof Date) {
			const pages = parsed.map(({ entry, data }) => ({
				...entry,
				updated: data.updated instanceof Date ? data.updated : undefined,
			}));
			problems.push(...checkPageDays(pages, published, reportDate));
		}
	}

	return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.field ?? '').localeCompare(b.field ?? ''));
}

/** Every parsed event as the evidence rule reads it: its day, evidence and source ids. */
function laterEvidence(parsed: readonly { entry: RawEntry; data: Record<string, unknown> }[]) {
	return parsed
		.filter(({ entry }) => entry.collection === 'events')
		.map(({ entry, data }) => ({
			file: entry.file,
			date: data.date as Date,
			evidence: data.evidence as string | undefined,
			sources: (data.sources as Reference[]).map((ref) => ref.id),
		}));
}

/** For each source that parsed, whether it has a public address. */
function sourceUrls(parsed: readonly { entry: RawEntry; data: Record<string, unknown> }[]) {
	return new Map(
		parsed
			.filter(({ entry }) => entry.collection === 'sources')
			.map(({ entry, data }) => [entry.id, typeof data.url === 'string'] as const),
	);
}

/** The build's error text: every problem, grouped by file. */
export function formatProblems(problems: readonly ContentProblem[]): string {
	const lines = [`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built.`];
	let file = '';
	for (const problem of problems) {
		if (problem.file !== file) {
			file = problem.file;
			lines.push('', `  ${file}`);
		}
		lines.push(`    - ${problem.message}`);
	}
	return lines.join('\n');
}
