import { vi } from 'vitest';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import type { RefBuilder } from '../../src/schemas/ref.ts';
import { correctionsSchema } from '../../src/schemas/corrections.ts';
import { docsExtension } from '../../src/schemas/docs.ts';
import { eventsSchema } from '../../src/schemas/events.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { mapsSchema } from '../../src/schemas/map.ts';
import { peopleSchema } from '../../src/schemas/people.ts';
import { placesSchema } from '../../src/schemas/places.ts';
import { quotesSchema } from '../../src/schemas/quotes.ts';
import { sourcesSchema } from '../../src/schemas/sources.ts';
import { storySchema } from '../../src/schemas/story.ts';
import { storySettings } from '../support/story-settings.ts';

type ImageField = Parameters<ReturnType<typeof docsSchema>>[0]['image'];

/** A reference as Astro's `reference()` gives it once parsed: `{ collection, id }`. */
const ref = ((collection: string) => z.string().transform((id) => ({ collection, id }))) as unknown as RefBuilder;

const schemas = {
	// No page here has an image: the image field is there for the schema's shape only.
	docs: docsSchema({ extend: docsExtension(ref) })({ image: (() => z.never()) as unknown as ImageField }),
	glossary: glossarySchema(ref),
	people: peopleSchema(ref),
	places: placesSchema(ref),
	events: eventsSchema(ref),
	quotes: quotesSchema(ref),
	sources: sourcesSchema(),
	story: storySchema(),
	corrections: correctionsSchema(ref),
	maps: mapsSchema(ref),
};
type Collection = keyof typeof schemas;

/**
 * An entry as written in its file: `id`, the frontmatter or YAML as `data`, the Markdown `body`,
 * and the glossary terms the auto-linker would find in it (what `render()` reports).
 */
export interface RawEntry {
	id: string;
	data: Record<string, unknown>;
	body?: string;
	glossaryLinks?: string[];
}

/**
 * `astro:content` with these entries, each parsed by the project's own schema, as Starlight's
 * tests mock it: `vi.mock('astro:content', () => mockedAstroContent({ story: [...], docs: [...] }))`.
 */
export async function mockedAstroContent(raw: Partial<Record<Collection, RawEntry[]>>) {
	const actual = await vi.importActual<Record<string, unknown>>('astro:content');
	const entries = Object.fromEntries(
		Object.entries(raw).map(([collection, list]) => [
			collection,
			list.map(({ id, data, body = '', glossaryLinks = [] }) => ({
				id,
				collection,
				data: schemas[collection as Collection].parse(data),
				body,
				filePath: `src/content/${collection}/${id}`,
				glossaryLinks,
			})),
		]),
	) as Record<string, { id: string; collection: string; glossaryLinks: string[] }[]>;
	const find = (collection: string, id: string) => entries[collection]?.find((entry) => entry.id === id);
	return {
		...actual,
		getCollection: async (collection: string, filter?: (entry: unknown) => unknown) =>
			(entries[collection] ?? []).filter((entry) => !filter || filter(entry)),
		getEntry: async (collectionOrRef: string | { collection: string; id: string }, id?: string) =>
			typeof collectionOrRef === 'string'
				? find(collectionOrRef, id!)
				: find(collectionOrRef.collection, collectionOrRef.id),
		getEntries: async (refs: { collection: string; id: string }[]) => refs.map((r) => find(r.collection, r.id)),
		render: async (entry: { glossaryLinks: string[] }) => ({
			Content: () => null,
			headings: [],
			remarkPluginFrontmatter: { glossaryLinks: entry.glossaryLinks },
		}),
	};
}

/** The story settings entry, with the fields a test sets. */
export const storyEntry = (data: Record<string, unknown> = {}): RawEntry => ({
	id: 'story',
	data: storySettings(data),
});
